# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 # Libyan bases, airports, ports, crossings, fields
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G (row قاعدة معيتيقة)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "khums_port": ("crossing", "LY", 32.66, 14.28, "Al Khums port"),                      # K
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G* (base row, for bare الجفرة/الجفره)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabiya Air Base"),                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # Libyan regions and districts
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (الحدود الليبية التونسية)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),            # G* (district row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 # abroad
 "konya_base": ("base", "TR", 37.979, 32.562, "Konya Air Base"),                        # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "border_eg": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
}

TRAPS = {
 "gj1": ["نون بوست", "شارع طرابلس", "الخمس سنوات", "عملية بركان الغضب", "التونسية", "التركية", "تركياً",
         "الأراضي الليبية"],
 "gj2": ["القاهرة 24", "عملية الكرامة", "الجيش الوطني الليبي", "مصري", "الصينية", "الجانب الليبي"],
 "gj3": ["المدن", "الفيلق الأفريقي", "سالم البراكي", "أزمة مالية", "الروسي", "القواعد الليبية"],
 "gj4": ["الراي", "سرت أنباء", "عملية البنيان المرصوص", "قوة حماية طرابلس", "الجيش الوطني الليبي", "إماراتية",
         "الجزائرية"],
 "gj5": ["الراكوبة", "الجيش السوداني", "قوات الدعم السريع", "كتيبة سبل السلام", "محمد الإدريسي", "السودانيين",
         "التشادية"],
}

PHEN = {
 "gj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "gj4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "gj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TAF, GNA, LNA, RUS = "Turkish armed forces", "GNA forces", "Libyan National Army", "Russian forces"

MOVES = {
 "gj1": [
  mv("airlift", "reported", TAF, ["قاعدة قونية الجوية"], ["قاعدة الوطية الجوية"]),
  mv("redeploy", "reported", GNA, ["قاعدة امعيتيقة"], ["مطار مصراتة"]),
  mv("naval_landing", "reported", TAF, [], ["ميناء الخمس"]),
  mv("deploy", "planned", GNA, [], ["مطار زوارة"]),
  mv("reinforce", "conditional", TAF, [], ["امعيتيقة"]),
  mv("deploy", "denied", TAF, [], ["الوطية"]),
 ],
 "gj2": [
  mv("deploy", "denied", "Egyptian army", ["مرسى مطروح"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", LNA, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"], ["اجدابيا"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("deploy", "planned", LNA, [], ["طبرق"]),
  mv("withdraw", "reported", LNA, ["الخادم"], ["قاعدة بنينا الجوية"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["سيدي براني"]),
 ],
 "gj3": [
  mv("redeploy", "reported", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة براك الشاطئ الجوية"]),
  mv("airlift", "reported", RUS, ["قاعدة تمنهنت"], ["باماكو"]),
  mv("deploy", "planned", RUS, [], ["إدري"]),
  mv("withdraw", "conditional", RUS, ["براك"], ["الخادم"]),
  mv("reinforce", "denied", RUS, ["قاعدة حميميم"], ["الجفره"]),
  mv("withdraw", "reported", RUS, ["سوريا"], ["ليبيا"]),
 ],
 "gj4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("mobilise", "reported", LNA, [], ["سرت"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("naval_landing", "reported", LNA, [], ["ميناء السدرة"]),
  mv("redeploy", "planned", LNA, ["الجفرة"], ["القرضابية"]),
  mv("airlift", "denied", None, ["أبوظبي"], ["القرضابية"]),
 ],
 "gj5": [
  mv("airlift", "denied", None, ["أم جرس"], ["مطار الكفرة"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["مطار الكفرة"]),
  mv("advance", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("redeploy", "planned", LNA, ["مطار الكفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "gj1": ("Noon Post (Istanbul), Tripoli dateline: Turkish A400Ms Konya air base→Al-Watiya (airlift), GNU drones "
         "Mitiga→Misrata airport (redeploy; the headline and the officer's «وصلت إلى مصراتة» are the same move), a "
         "Turkish landing at Al-Khums port, a planned air-defence battery at Zuwara airport (Ras Ajdir and the Tunisian "
         "border only locate the coast it covers), Ankara's conditional batteries for «امعيتيقة» and a denied F-16 "
         "arrival at Al-Watiya. Tunis/Ankara/Tripoli as speakers are not movement places; شارع طرابلس (Misrata) and "
         "«الخمس سنوات» are traps."),
 "gj2": ("Cairo 24 (Cairo): Egypt denies Rafales Marsa Matruh→Al-Khadim (deny); LNA Wing Loongs Al-Khadim→Jufra air "
         "base with a fuel-tanker convoy Benghazi→Jufra via Ajdabiya (shipment, destination implied by «ترافقه»); an "
         "Il-76 airlift Benina→Al-Abraq airport; a planned air-defence system near Tobruk; old MiG-23s pulled "
         "«من القاعدة» (= Al-Khadim) to Benina; Egypt's conditional massing at Sidi Barrani («إذا اقتربت … من الحدود مع "
         "ليبيا» is the condition, not a move). Headline الجفرة is the same redeploy."),
 "gj3": ("Al-Modon (Beirut): Africa Corps MiG-29s Jufra air base→Brak al-Shati air base (the officer's «وصلت إلى براك» "
         "is the same move), an Il-76 airlift Tamanhint→Bamako, a planned Pantsir near Idri, a conditional pull-out "
         "Brak→Al-Khadim, the Kremlin's denied Su-34s Hmeimim→«الجفره», and the 2024 flashback pull-out Syria→Libya. "
         "Sabha, Sirte, Mali, Wadi al-Shati, Washington and the Moscow headline are locators/speakers."),
 "gj4": ("Al-Rai (Kuwait), Sirte dateline: an LNA airlift Benina→Ghardabiya air base, LNA massing at Sirte's western "
         "gate, the Misrata joint force's air defence Misrata→Abu Qurayn and its conditional advance on Al-Washka, an "
         "LNA landing at Es Sider port, a planned drone move Jufra→Ghardabiya and a denied Emirati cargo flight Abu "
         "Dhabi→Ghardabiya («وسرت أنباء» is the verb سرى, a trap). Families fleeing east are civilians, not a move."),
 "gj5": ("Al-Rakoba (Port Sudan): the Sudanese army's claim of foreign cargo flights Amdjarass→Kufra airport, denied "
         "by the LNA; an LNA Il-76 airlift Tamanhint (spelled تمنهنط)→Kufra airport; Subul al-Salam patrols "
         "Kufra→Jebel Uweinat; an RSF fuel-and-ammunition convoy Kufra→Al Malha and RSF massing there; a planned drone "
         "move Kufra airport→Maaten al-Sarra; a conditional reinforcement of the Sudan border. Sudanese refugees in "
         "Kufra are not a force move; El Fasher is only a target named in a purpose clause."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gj1", "gj2", "gj3", "gj4", "gj5")
