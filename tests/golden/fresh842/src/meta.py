# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية: point between Hun and Waddan)
 # qfl1 the west of Libya (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # qfl2 the Tunisian-Libyan border (Essahafa Al-Yawm)
 "border_tn_ly": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "border_tn_dz": ("region", "TN", 33.61253, 7.73967, "Tunisia-Algeria border (Tunisian side)"),  # G* (row الحدود التونسية الجزائرية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 # qfl3 the Egyptian border and the oil crescent (Al-Wafd)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين, found also by بوقرين)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa el Brega oil port"),           # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qfl4 the Russians in the south and a ship from Lebanon (Al-Liwaa)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Port of Tobruk"),                   # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qfl5 the Libya-Sudan-Chad borderlands (Al-Sudani)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G (مثلث العوينات); G* for المثلث الحدودي
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي, written كوري بوغودي)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
}

TRAPS = {
 "qfl1": ["القدس العربي", "الوسط", "ليبيا المستقبل", "بوابة أفريقيا الإخبارية", "المصراتية", "عبد الله الزنتاني",
          "السنوات الخمس", "الليبية", "قوة حماية طرابلس"],
 "qfl2": ["الشروق", "المرصد", "الصحافة اليوم", "الصباح", "المغرب", "الجيش التونسي", "مصادر ليبية", "علي النالوتي",
          "التوازن", "الصحف التونسية", "المنطقة العسكرية الغربية"],
 "qfl3": ["الوفد", "الأهرام", "الجيش المصري", "برنيق", "الجيش الوطني الليبي", "سرت شائعات", "المصري اليوم",
          "الشرق الأوسط", "القاهرية", "المصرية", "مصرية"],
 "qfl4": ["اللواء", "العربي الجديد", "الفيلق الأفريقي", "موسى إدريس", "إندبندنت عربية", "القوات الروسية", "الأخبار",
          "كتيبة طارق بن زياد", "نداء الوطن", "الليبي", "الجيش اللبناني"],
 "qfl5": ["الدعم السريع", "سبل السلام", "السوداني", "دارفور 24", "التيار", "الجيش الوطني الليبي", "سودان تربيون",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش التشادي", "التشادية", "إدريس الزوي", "تشادية"],
}

PHEN = {
 "qfl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil"],
 "qfl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qfl4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qfl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfl1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["الخمس"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["الزاوية"]),
  mv("withdraw", "denied", "GNA forces", ["العزيزية"], ["طرابلس"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرجبان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["غريان"]),
 ],
 "qfl2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("mobilise", "denied", "GNA forces", [], ["زوارة"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["منفذ وازن"]),
 ],
 "qfl3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["مرسى مطروح"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بوقرين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"]),
 ],
 "qfl4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة الويغ"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طبرق"]),
 ],
 "qfl5": [
  mv("shipment", "reported", "Sudanese armed groups", ["مثلث العوينات"], ["شمال دارفور"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("advance", "conditional", "Chadian armed groups", ["كوري بوغودي"], ["فايا لارجو"]),
 ],
}

NOTES = {
 "qfl1": "Press review of Libyan papers (Al-Quds Al-Arabi, London): «الوسط» reports a Misrata column Misrata→Tajura via "
         "Al-Khums (confirmed by a Tajura councillor); «ليبيا المستقبل» a planned two-battalion move Al-Watiya base→Zawiya "
         "(the Zawiya refinery is only the purpose); «بوابة أفريقيا» a GNA pull-back Al-Aziziyah→Tripoli, denied by the "
         "chief of staff's spokesman; the Zintan council denies massing 50 vehicles in Al-Rujban and says its forces will "
         "not leave 'the city' (Zintan) for Gharyan unless attacked (conditional advance). London = dateline; Tripoli "
         "first only 'the capital's surroundings'; Tunis only the venue of a 5+5 meeting; Mitiga only suspended flights.",
 "qfl2": "Tunisian and Libyan papers (Essahafa Al-Yawm, Tunis): «الصباح» a Tunisian army reinforcement Tataouine→Dehiba "
         "(confirmed by the ministry; the closed Wazin crossing is only the reason); «المغرب» a planned company "
         "Remada→Borj El Khadra (the border with Algeria and Libya only locates it, Tataouine governorate only the "
         "smuggling area); «الشروق» a GNA interior-ministry force massing 50 vehicles in Zuwara, denied (Ras Ajdir only "
         "'60 km' away, Ben Gardane only travellers' destination); «المرصد» a conditional GNA deployment Nalut→Wazin "
         "crossing. Tunis is the dateline (city), Tunisia the country in the last paragraph.",
 "qfl3": "Egyptian and Libyan papers (Al-Wafd, Cairo): «الأهرام» Egyptian reinforcements Mohamed Naguib base→Sidi "
         "Barrani via Marsa Matruh; «برنيق» (published in Benghazi) a planned LNA brigade by sea Benghazi port→Brega "
         "port; rumours and «المصري اليوم» on an LNA column Al-Jufra air base→Abu Qurayn (written بوقرين), denied; «الشرق "
         "الأوسط» a conditional LNA withdrawal from Sirte (Al-Watiya only in the condition); the 2020 Sirte-Jufra "
         "'red line' is background; 'سرت شائعات' is the verb 'spread'.",
 "qfl4": "A Lebanese daily's review (Al-Liwaa, Beirut): «العربي الجديد» a Russian airlift Al-Khadim base→Brak air base "
         "(Brak and Idri only where residents saw it); «إندبندنت عربية» a planned Russian transfer Al-Jufra→Al-Wigh base "
         "(the Niger border only locates it) and a Russian landing ship that unloaded armour at Tobruk port (reported); "
         "«الأخبار» a conditional LNA (Tariq Ben Ziyad brigade) advance Sabha→Murzuq (Sabha also the source); «نداء "
         "الوطن» a ship with military vehicles from the port of Tripoli (Lebanon)→Tobruk port, denied (actor null). "
         "Tripoli (Lebanon) is an MP's constituency; 'طرابلس الغرب' is the Libyan capital.",
 "qfl5": "Sudanese and Chadian outlets (Al-Sudani, Port Sudan): «دارفور 24» an RSF fuel-and-ammunition convoy from the "
         "Uweinat triangle toward North Darfur (shipment); «التيار» a Subul al-Salam (LNA) airlift Kufra airport→Maaten "
         "al-Sarra base, denied by its spokesman; his planned company Kufra→Rebiana (Kufra district and the Sudan border "
         "only where smugglers were seized); «سودان تربيون» the CCMSR's conditional advance Kouri Bougoudi→Faya-Largeau. "
         "'The border triangle' is the area the RSF took last year (control, no movement).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfl1", "qfl2", "qfl3", "qfl4", "qfl5")
