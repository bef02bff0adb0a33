# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "west_ly": ("region", "LY", 31.8, 12.8, "Western Libya"),                              # K
 # qbq1 the south-west (Emirates Policy Center, Abu Dhabi)
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (written اوباري)
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qbq2 the west (Arab Center for Research and Policy Studies, Doha)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # qbq3 Sirte-Jufra and the east (Carnegie Middle East Center, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.15, 16.00, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.980, "Port of Tobruk"),                   # K
 "tobruk_navbase": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),             # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qbq4 the Tunisian border (Tunisian Institute for Strategic Studies, Tunis)
 "border_tn_side": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G* (row تطاوين, kind district)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tripoint_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "sfax_port": ("crossing", "TN", 34.727, 10.770, "Port of Sfax"),                       # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # qbq5 the south-east and the triangle (Egyptian Center for Strategic Studies, Cairo)
 "tripoint_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (also written معطن السارة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "eoweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"), # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border"),            # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
}

TRAPS = {
 "qbq1": ["مركز الإمارات للسياسات", "طارق بن زياد", "الجيش الوطني الليبي", "المالي", "شركة مليتة للنفط والغاز",
          "الروسية", "الفيلق الأفريقي", "الجانب الجزائري", "الجزائرية", "الجيش الوطني الشعبي", "عثمان إدريس"],
 "qbq2": ["المركز العربي للأبحاث ودراسة السياسات", "الأيام الخمس", "اللواء 444 قتال", "عماد الطرابلسي", "ورفلة",
          "وكالة الأناضول", "التركية", "ليبيا الأحرار", "العربي الجديد"],
 "qbq3": ["مركز مالكوم كير–كارنيغي للشرق الأوسط", "إدريس الفيتوري", "غرفة عمليات تحرير سرت الجفرة",
          "الجيش اللبناني", "حرس المنشآت النفطية"],
 "qbq4": ["المعهد التونسي للدراسات الاستراتيجية", "الجيش التونسي", "الليبية", "موزاييك إف إم", "التوازنات"],
 "qbq5": ["المركز المصري للفكر والدراسات الاستراتيجية", "الدعم السريع", "سبل السلام", "الجيش الوطني الليبي",
          "مصري", "المعارضة التشادية", "حسن السوداني", "الليبية"],
}

PHEN = {
 "qbq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qbq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_crossings", "countries"],
 "qbq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "countries"],
 "qbq4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbq1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الفيل"], ["مرزق"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "qbq2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "Turkish armed forces", ["الوطية"], ["تركيا"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["إزمير"], ["ميناء الخمس"]),
  mv("deploy", "denied", "Zintan forces", [], ["غريان"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "qbq3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["هون"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["قاعدة القرضابية"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طبرق"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء السدرة"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["تاورغاء"]),
 ],
 "qbq4": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "planned", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"]),
  mv("deploy", "conditional", "GNA forces", ["زوارة"], ["منفذ رأس جدير"]),
  mv("shipment", "reported", "Tunisian army", ["ميناء صفاقس"], ["تطاوين"]),
 ],
 "qbq5": [
  mv("advance", "reported", "Sudanese armed groups", ["شمال دارفور"], ["جبل العوينات"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["مطار شرق العوينات"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "qbq1": "EPC weekly on the south-west: an LNA (Tariq bin Ziyad brigade, trap) column Sabha→Ghat via Ubari (written "
         "اوباري) and Al-Awaynat; an unconfirmed planned company El Feel field→Murzuq; a Russian denial of an Africa "
         "Corps (trap) pull-out Brak air base→Niger; a conditional LNA reinforcement Tamanhint base→Al-Qatrun (the Niger "
         "border only locates the attacks); an Algerian move Illizi→Djanet. Abu Dhabi is the dateline, Sabha also a "
         "speaker's city, Brak and Idri (beside the person trap عثمان إدريس) places of a no-movement note.",
 "qbq2": "ACRPS weekly on the west: the 444 Brigade (trap) Tripoli→Bani Walid via Tarhuna; a planned Turkish rotation "
         "by air Ankara→Al-Watiya base and the return Al-Watiya→Turkey (one-source caveat); a Turkish frigate landing "
         "marines from Izmir at Khoms port (الأيام الخمس is a common-word trap); Zintan's denied column to Gharyan (the "
         "Western Mountain only in the denial); Misrata brigades' conditional advance Misrata→Tripoli; Zawiya clashes "
         "without movement; Emad Trabelsi (trap) and Doha/Ankara as speakers' places.",
 "qbq3": "Carnegie weekly on Sirte-Jufra and the east: a Russian airlift Khmeimim base→Al-Khadim base ('east of "
         "Benghazi' a locator, Moscow only silent); a planned LNA battalion Sirte→Hun; a GNA conditional advance Abu "
         "Qurayn→Gardabiya base; a denied shipment from the Port of Tripoli (Lebanon) to Tobruk port; an LNA landing "
         "Tobruk naval base→Es Sider; an unconfirmed Misrata massing in Tawergha. Tripoli (Libya) is the GNA seat, "
         "Beirut the dateline and a metonym, Geneva only the ceasefire venue.",
 "qbq4": "ITES weekly on the Tunisian border: a Tunisian deployment Tataouine→Dehiba (Wazin only a distance "
         "reference); a planned armoured company Gabes→Remada; a denied pull-out from Borj El Khadra (the border "
         "triangle with Algeria and Libya only a locator); a GNA conditional force Zuwara→Ras Ajdir crossing; a "
         "reported equipment shipment Sfax port→Tataouine; Ben Gardane with no military movement; Tunis dateline vs "
         "Tunisia the country.",
 "qbq5": "ECSS weekly on the south-east: an unconfirmed RSF (trap) column North Darfur→Jebel Uweinat; LNA Subul "
         "al-Salam (trap) reinforcements Kufra→Maaten al-Sarra base and a denied pull-out from the base towards "
         "Kufra; a planned cargo airlift Benina base→Kufra airport; an Egyptian conditional reinforcement of Sharq "
         "El Owainat airport (the Egypt-Sudan border only the condition); an unconfirmed Chadian opposition massing "
         "near Rebiana ('west of Kufra' a locator); Cairo the dateline, Tazirbu only background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbq1", "qbq2", "qbq3", "qbq4", "qbq5")
