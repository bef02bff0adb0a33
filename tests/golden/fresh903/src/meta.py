# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "hasawna": ("region", "LY", 28.00000, 13.00000, "Jabal al-Hasawna wellfields (GMMR)"),  # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # qhu1 the Hasawna valves and Tripoli's water (Al-Quds Al-Arabi)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qhu2 Sarir, Tazirbu and Kufra (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "sarir_wf": ("region", "LY", 27.20000, 22.50000, "Sarir wellfield (GMMR)"),            # K
 "sarir_oil": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qhu3 eastern power stations and the Egyptian link (Al-Wafd)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.35000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 # qhu4 western power stations (Ammon)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal (port)"),    # G* (row مصفاة الزاوية)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "deir_ammar": ("town", "LB", 34.45000, 35.90000, "Deir Ammar"),                          # K
 # qhu5 the Ubari power station and the Fezzan (Sabq)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G* (row رياض; names include الرياض)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
}

TRAPS = {
 "qhu1": ["القدس العربي", "الجيش الوطني الليبي", "قبيلة الحساونة", "محمد إدريس", "المنطقة العسكرية الغربية", "خطبة الجمعة",
          "فرج الطرابلسي"],
 "qhu2": ["الجيش الوطني الليبي", "اللواء طارق بن زياد", "كتيبة سبل السلام", "عبد الله الجالوي", "قوات الدعم السريع",
          "الصندوق الكويتي للتنمية الاقتصادية العربية", "الليبي"],
 "qhu3": ["بوابة الوسط", "الجيش الوطني الليبي", "محمد المرجاوي", "الجيش المصري", "الليبية", "دورية مصرية"],
 "qhu4": ["عمون", "اللواء 444 قتال", "لواء شهداء الزاوية", "السنوات الخمس", "وزارة الدفاع التركية", "الأردني",
          "اللبنانية", "الليبية"],
 "qhu5": ["سبق", "الجيش الوطني الليبي", "إدريس المقرحي", "الفيلق الأفريقي الروسي"],
}

PHEN = {
 "qhu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases"],
 "qhu2": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qhu3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_oil", "coverage_crossings", "countries"],
 "qhu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhu1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["جبل الحساونة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["الشويرف"], ["براك"]),
  mv("mobilise", "denied", "GNA forces", [], ["مزدة"]),
  mv("advance", "conditional", "GNA forces", ["مزده"], ["القريات"]),
 ],
 "qhu2": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["السرير"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مثلث العوينات"]),
 ],
 "qhu3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["المرج", "القبة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة", "درنة"]),
  mv("withdraw", "denied", "Libyan National Army", ["الزويتينة"], ["أجدابيا"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
 ],
 "qhu4": [
  mv("advance", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("shipment", "planned", "GNA forces", ["مصراته"], ["الخمس"], ["زليتن"]),
  mv("withdraw", "conditional", "Zintan forces", ["مجمع مليتة"], ["الزنتان"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["ميناء الخمس"], ["ميناء الزاوية"]),
 ],
 "qhu5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["إدري"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة براك الجوية"], ["أوباري"]),
 ],
}

NOTES = {
 "qhu1": "Valves shut at the Jabal al-Hasawna wellfields: an LNA company Brak air base→the wellfield's control station "
         "('الحقل' = Jabal al-Hasawna), a planned second company Sabha→the Ash Shwayrif pumping station via Brak, a "
         "denied GNU massing of 50 vehicles in Mizda ('southwards' names no place), and a conditional GNU advance from "
         "units in Mizda (written مزده) to Al-Qaryat. Tripoli (dateline and the water's destination), Tajura, Janzour, "
         "Souq al-Jumaa and the western coast are not movement places; 'قبيلة الحساونة' is a tribe, 'محمد إدريس' and "
         "'فرج الطرابلسي' persons, 'خطبة الجمعة' the Friday sermon.",
 "qhu2": "An LNA battalion Ajdabiya→the Sarir wellfields via Jalu (the Sarir oil field only locates the sabotaged "
         "substation), a planned special-forces airlift Benina air base→Kufra airport, a conditional move of the Kufra "
         "battalion's units to Tazirbu ('280 km north-west of the city' measures from Kufra), and a denied RSF massing "
         "on the Libyan side of the Uweinat triangle (Rebiana only a distance reference; the Sudan border only in the "
         "quoted assurance). Kuwait is first the dateline (Kuwait City), then the country; Ajdabiya, Benghazi and Sirte "
         "in the water paragraph are not movement places.",
 "qhu3": "An LNA infantry battalion Benghazi→the Tobruk steam power station via Al-Marj and Al-Qubba (Derna as 'مدينة "
         "درنة' only the other end of the sabotaged line), a planned landing ship with a marine company Benghazi "
         "port→Derna port to guard the Derna station, a denied pull-out of the Zueitina station guard to Ajdabiya, and a "
         "conditional Egyptian move Mohamed Naguib base→Sallum if attacks reach the interconnector on the border with "
         "Libya. Cairo (dateline, headline), Egypt (speaker's country), the border and the Amsaad crossing (cable thefts) "
         "are not movement places; the Egyptian patrol's seizure of a lorry is not a force movement.",
 "qhu4": "A GNU force (444 Brigade) Tripoli→Zawiya via Janzour to retake the seized gas power station, a planned "
         "shipment of 12 armoured vehicles Misrata (written مصراته)→the Khoms steam station via Zliten, Zintan's force at "
         "the Mellitah complex that 'will not return to Zintan before' gas resumes (conditional withdrawal), and Turkey's "
         "denied landing of marines from a frigate Khoms port→Zawiya port (Ankara only the venue of the briefing). "
         "'غرب طرابلس' (area west of Tripoli; the West Tripoli station) keeps Tripoli as a gold place, not a movement "
         "place; Tripoli (Lebanon) and Deir Ammar are only a comparison; Amman is the dateline.",
 "qhu5": "An LNA reinforcement Sabha→the Ubari gas power station via Germa, a conditional airlift Al-Jufra air base→Sabha "
         "airport if the attack recurs, a planned company Tamanhint air base→Idri in Wadi al-Shati (the Jabal al-Hasawna "
         "wellfields are only the purpose of the guard), and a denied shipment of air-defence systems Brak air base→Ubari "
         "under Russian Africa Corps men. Riyadh is the dateline; the civilian technical team Tripoli→Sabha airport is "
         "not a force movement; Sabha, Murzuq, the Fezzan and the Niger border in the background are not movement "
         "places; 'إدريس المقرحي' contains إدري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhu1", "qhu2", "qhu3", "qhu4", "qhu5")
