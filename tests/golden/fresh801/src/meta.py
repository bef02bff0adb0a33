# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row: README point near Hun/Waddan)
 # qdw1 the central front (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                   # K
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qdw2 Russia's shift to Libya, from Beirut (Nidaa al-Watan)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus_port": ("crossing", "SY", 34.895, 35.870, "Port of Tartus"),                   # K
 "tobruk_port": ("crossing", "LY", 32.070, 23.980, "Port of Tobruk"),                   # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "maatan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qdw3 the Uweinat triangle, from Port Sudan (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "uweinat_mt": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                         # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # qdw4 the Tunisian border, from Tunis (Al-Maghrib)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "border_tn_side": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # qdw5 Ghat and the south-west, from Manama (Al-Ayam)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "DZ", 24.75, 9.85, "Algeria-Libya border (Algerian side)"),    # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
}

TRAPS = {
 "qdw1": ["القدس العربي", "الكتائب المصراتية", "الفيلق الأفريقي الروسي", "سرت شائعات", "اللواء طارق بن زياد",
          "الجيش الوطني الليبي", "ليبيا الحدث", "قوة حماية طرابلس", "عملية بركان الغضب", "الجيش الليبي"],
 "qdw2": ["نداء الوطن", "خالد الطرابلسي", "الجيش اللبناني", "الروسي", "السوريين"],
 "qdw3": ["السوداني", "إدريس", "كتيبة سبل السلام", "قوات الدعم السريع", "الجيش الوطني الليبي", "الجيش المصري",
          "الليبية"],
 "qdw4": ["المغرب", "الجيش التونسي", "منير المدنيني", "هذه الزاوية", "وكالة تونس إفريقيا للأنباء", "الجار الليبي"],
 "qdw5": ["الأيام", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الشرارة الأولى", "الجيش الجزائري", "إدريس المقرحي",
          "ليبيا الأحرار", "تشاديين"],
}

PHEN = {
 "qdw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qdw2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qdw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qdw4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdw1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["هون"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["بويرات الحسون"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
 ],
 "qdw2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار بنينا"], ["الجفرة"]),
  mv("deploy", "reported", "Syrian mercenaries", [], ["الغرب الليبي"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["تركيا"]),
  mv("redeploy", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
 ],
 "qdw3": [
  mv("deploy", "reported", "Libyan National Army", ["كفرة"], ["جبل العوينات"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("reinforce", "conditional", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["الكفرة"]),
 ],
 "qdw4": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["معبر رأس اجدير"], ["زوارة"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس اجدير"], ["زوارة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["وازن"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
 ],
 "qdw5": [
  mv("advance", "reported", "Libyan National Army", ["اوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار غات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حقل الشرارة"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qdw1": "Retired Libyan officers weigh the central front: Misrata brigades' reported push Misrata (written مصراته)→Abu "
         "Qurayn last month, the Russian Africa Corps' reported transfer of air defences Jufra air base→Gardabya base "
         "('south of Sirte' only locates it), the LNA's denied pull-back Sirte→Hun (the rumour verb «سرت شائعات» is a "
         "trap), a conditional LNA advance Sirte→Buwairat al-Hassoun, and a planned Turkish landing Mersin port→Khums "
         "port; Tripoli (seat of the government), Cairo's 2020 red line Sirte→Jufra, the Oil Crescent, Washington, "
         "Moscow and Al-Washka are not movement places.",
 "qdw2": "A retired Lebanese brigadier in Tripoli (Lebanon) on Russia in Libya: a reported Il-76 airlift Hmeimim→Al-Khadim "
         "base (Latakia and Benghazi only locate the bases), a reported landing Tartus port→Tobruk port, a denied airlift "
         "of Syrian fighters Benina airport→Jufra (Benghazi = the denying command's seat), a planned departure of Syrian "
         "fighters from Tripoli (Libya)→Turkey (Ankara = announcer; the fighters 'brought by Turkey to western Libya since 2020' are a reported deploy with only a destination), and a conditional Russian transfer Jufra air "
         "base→Maaten al-Sarra base (the border with Chad, Niger and Sudan are locators/ranges). Both طرابلس mentions "
         "of Lebanon are the speaker's city, not movement places.",
 "qdw3": "Two retired Sudanese generals on the Uweinat triangle: the LNA-aligned Subul al-Salam brigade's reported move "
         "Kufra (written كفرة)→Jebel Uweinat, RSF groups' reported pull-back triangle→Al-Malha (North Darfur only "
         "locates it), the LNA's denied fuel-and-ammunition convoys Kufra→Darfur, a conditional Egyptian "
         "reinforcement Kharga→East Oweinat (the triangle only the condition there), and a planned LNA massing in Kufra "
         "(El Fasher only a time reference; Kufra's distance from the border with Sudan is background).",
 "qdw4": "Retired Tunisian officers: a reported GNA force Zawiya→Ras Ajdir crossing via Zuwara, a reported Tunisian "
         "reinforcement Tataouine→Dehiba, a conditional GNA pull-back Ras Ajdir→Zuwara, Zintan's denied massing near "
         "Wazin (Dhehiba only as 'opposite'), and a planned reconnaissance company Remada→Borj El Khadra (the tripoint "
         "countries, the earth berm on the border with Libya, Zawiya/Tripoli/Ben Gardane in the last warning and "
         "Medenine in the officer's career are not movement places).",
 "qdw5": "A retired Libyan major-general on the south-west: a reported LNA column Ubari (written اوباري)→Ghat via "
         "Al-Awaynat, a reported fuel-and-ammunition convoy Sabha→Ghat, a planned airlift Benina base→Ghat airport, "
         "Chadian rebels' denied massing near the Sharara field, and a conditional Algerian deployment Djanet→the "
         "border with Libya (Algerian side) if fighting nears the Tin Alkoum crossing (condition only); Algiers, "
         "Idri, N'Djamena, Tripoli, Benghazi and the 'Ghat axis' commander's city are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdw1", "qdw2", "qdw3", "qdw4", "qdw5")
