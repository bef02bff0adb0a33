# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G (qcg5 full name); G* qcg2 «قاعدة بنينا»
 # qcg1 Tripoli, first day of Ramadan (Sada El Balad)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                       # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G (surface زنتان after لل)
 "qasr_ghashir": ("town", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G (gazetteer kind city)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qcg2 Benghazi, last ten days of Ramadan and Eid al-Fitr (Akhbar El Yom)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G (written الابيار; row الأبيار)
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri (Benghazi)"),                    # G
 "fuwayhat": ("town", "LY", 32.11486, 20.06859, "Al Fuwayhat (Benghazi)"),              # G
 "tukra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                  # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (written اجدابيا; row أجدابيا)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 # qcg3 Misrata, Eid al-Fitr (Petra)
 "misrata_airbase": ("base", "LY", 32.32556, 15.05972, "Misrata Air College base"),     # G* (row مطار مصراتة, names include الكلية الجوية)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # qcg4 Sabha before Eid al-Fitr (Al-Sudani)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم, written الخرطوم)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 # qcg5 Eid al-Adha round-up (Oman daily)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),   # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "makkah": ("city", "SA", 21.42664, 39.82563, "Makkah"),                                # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
}

TRAPS = {
 "qcg1": ["صدى البلد", "خالد الزاوي", "ميدان الجزائر", "الصلوات الخمس", "الليبية", "اللبنانية"],
 "qcg2": ["أخبار اليوم", "طارق بن زياد", "الجيش الوطني الليبي", "شارع عمر المختار", "المصرية", "عيد بلا سلاح"],
 "qcg3": ["بترا", "وكالة الأنباء الأردنية", "محمود إدريس الشريف", "شارع طرابلس", "البنيان المرصوص", "أحمد معيتيق"],
 "qcg4": ["السوداني", "الجيش الوطني الليبي", "الجديد", "إدريس الحضيري", "حركة تحرير السودان", "الهادي إدريس",
          "الليبية"],
 "qcg5": ["عُمان", "قوة حماية طرابلس", "الجيش الوطني الليبي", "الجيش التونسي", "الليبية", "الدينار الليبي"],
}

PHEN = {
 "qcg1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qcg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcg1": [
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["سوق الجمعة", "عين زارة"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["جنزور"]),
  mv("mobilise", "denied", "Zintan forces", [], ["قصر بن غشير"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء الخمس"], ["ميناء طرابلس"]),
 ],
 "qcg2": [
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["بنغازي"], ["الابيار"]),
  mv("shipment", "reported", "Libyan National Army", ["توكرة"], ["قاعدة بنينا"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة بنينا"], ["الصابري", "الفويهات"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار الأبرق"], ["مطار بنينا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("advance", "denied", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
 ],
 "qcg3": [
  mv("deploy", "reported", "Misrata forces", ["قاعدة الكلية الجوية"], ["مصراتة", "الدافنية"]),
  mv("withdraw", "reported", "Misrata forces", ["أبوقرين"], ["مصراتة"], ["تاورغاء"]),
  mv("redeploy", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["الهيشة"]),
 ],
 "qcg4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["قلعة سبها"], ["المنشية"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["قلعة سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["إدري"], ["براك"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غدوة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["القطرون"]),
 ],
 "qcg5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"], ["مجمع مليتة", "زوارة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["سبها"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "qcg1": "First day of Ramadan in Tripoli: Interior patrols Tajura→the markets of Souq al-Jumaa and Ain Zara (reported); "
         "a Joint Force column Misrata→Tripoli via Zliten and Al-Khums (planned); Radaa units Mitiga base→Janzour if "
         "clashes recur (conditional; Mitiga airport only civil flights); Zintan's military council denies massing in "
         "Qasr Bin Ghashir (زنتان written after لل); marines landed Khoms port→Tripoli port (reported). Algeria Square, the five prayers and Khalid al-Zawi are traps; "
         "Tripoli in Lebanon is a gold place with no movement.",
 "qcg2": "Eid al-Fitr in Benghazi: an LNA brigade column Al-Marj→Benghazi via Al-Abyar (reported); 12 ammunition trucks "
         "Tukra→Benina base (reported); military police from Benina base into the markets of As-Sabri and Al-Fuwayhat (reported; Omar al-Mukhtar Street a trap); a planned "
         "airlift La Abraq airport→Benina airport; a company Tobruk→the Amsaad crossing only if traffic across the "
         "border with Egypt passes 3,000 a day (conditional; border and Egypt are the condition); a denied column "
         "Benghazi→Sirte via Ajdabiya (Tripoli only in 'the Tripoli government').",
 "qcg3": "Petra on Eid al-Fitr in Misrata: Joint Force units from the Air College base into central Misrata and Dafniya "
         "(reported); a battalion back Abu Qurayn→Misrata via Tawergha (reported; 'west of Sirte' is a locator); its "
         "return to Abu Qurayn only if the General Staff asks (conditional); a marine landing Tripoli port→Misrata "
         "port (planned); a denied massing in Al-Hisha. Misrata and Mitiga airports, Tunis and Turkey carry civil flights only; "
         "Tripoli Street, the mayor Mahmoud Idris and Ahmed Maiteeq are traps.",
 "qcg4": "Sabha before Eid al-Fitr: an LNA column Brak air base→Sabha (reported); infantry from Sabha castle into the "
         "Al-Manshiya market (reported); ammunition trucks Tamanhint base→the castle (reported); a company Sabha→Idri via Brak (planned; Wadi al-Shati only locates Idri); an "
         "advance to Ghuddwa if travellers are attacked (conditional; Murzuq only names the road); a Sudanese movement denies "
         "massing in Al-Qatrun. Idris (twice) and Al-Sudani (media) are traps; Khartoum, the border with Sudan, the "
         "Libyan south and the Sharara field are not movement places.",
 "qcg5": "Eid al-Adha round-up: an Interior force Tripoli→Ras Ajdir crossing via the Mellitah complex and Zuwara (reported; the border with "
         "Tunisia only describes travellers); an LNA airlift Benina air base→Sabha airport (reported); a denied "
         "pull-out Sabha→Jufra air base; a planned Joint Force company Misrata→Zliten; Tunisian reinforcements "
         "Tataouine→Dehiba if the Wazin crossing overflows (conditional). Mecca, Mitiga airport and Benghazi carry no "
         "movement; 'Oman' is the outlet.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcg1", "qcg2", "qcg3", "qcg4", "qcg5")
