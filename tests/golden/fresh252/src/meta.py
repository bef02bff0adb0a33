# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                    # G* (row spelled أغاديس)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K
 # it1 fuel route west -> south
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G (row spelled أوباري)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),   # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                        # G
 "akkar": ("district", "LB", 34.54300, 36.08000, "Akkar"),                                 # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 # it2 Tunisian border
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),           # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                     # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "wazin_x": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "border_tnside": ("region", "TN", 32.05000, 10.55000, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G* (row جنوب تونس)
 # it3 Egypt's western desert
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "sandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                        # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh governorate"),               # G
 "border_egside": ("region", "EG", 29.30000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "bahariya": ("region", "EG", 28.34900, 28.86600, "Bahariya Oasis"),                       # K
 "farafra": ("town", "EG", 27.05680, 27.96979, "Farafra"),                                 # G
 "assiut": ("city", "EG", 27.18096, 31.18368, "Assiut"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "cairo_west": ("base", "EG", 30.11600, 30.91500, "Cairo West Air Base"),                  # K
 "siwa_airport": ("airport", "EG", 29.34500, 25.50600, "Siwa Airport"),                    # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed (Amsaad)"),                          # G* (row spelled امساعد)
 # it4 Kufra and Darfur
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                              # G* (row spelled آمستردام)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
 "sarir_ref": ("oilfield", "LY", 27.66240, 22.50860, "Sarir refinery (Sarir field)"),      # G* (row حقل السرير)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                         # K
 "tina": ("town", "SD", 15.03000, 22.83000, "Tina (Sudan)"),                               # K
 # it5 migrants and gold, Niger -> the coast
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                   # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),              # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G* (row spelled كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                             # G* (row spelled أسامكا)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G* (row spelled أبوستة)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
}

TRAPS = {
 "it1": ["ليبيا الأحرار", "سالم الغرياني"],
 "it2": ["الزمن الجميل", "سوق ليبيا", "إذاعة تطاوين", "الليبي", "تونسية", "زوارية"],
 "it3": ["مدى مصر", "عيد السلومي", "العملية الشاملة سيناء 2018", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي",
         "الليبية", "مصري"],
 "it4": ["عثمان الفاشري", "المياه المالحة", "سودان تريبيون", "قوات الدعم السريع", "الليبية"],
 "it5": ["الحاج إدريس", "الجيش الوطني الليبي", "التشادية", "النيجري", "الطريق الليبي"],
}

PHEN = {
 "it1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "it2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "it3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "it4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "it5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA = "GNA forces", "Libyan National Army"
MOVES = {
 "it1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("reinforce", "planned", LNA, ["سبها"], ["إدري"]),
  mv("withdraw", "denied", GNA, ["مصفاة الزاوية"]),
  mv("naval_landing", "conditional", GNA, ["طرابلس"], ["ميناء زوارة"]),
 ],
 "it2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["معبر رأس جدير"]),
  mv("redeploy", "conditional", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("mobilise", "denied", None, [], ["أبو كماش"]),
 ],
 "it3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار سيوة"]),
  mv("advance", "conditional", "Egyptian army", ["سيوة"], ["بحر الرمال الأعظم"]),
  mv("shipment", "planned", LNA, ["طبرق"], ["الجغبوب"]),
  mv("withdraw", "denied", LNA, ["الجغبوب", "مساعد"]),
 ],
 "it4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المالحة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الطينة"]),
 ],
 "it5": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("advance", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبو ستة البحرية"], ["ميناء زوارة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("redeploy", "conditional", None, ["ديركو"], ["ماداما"]),
 ],
}

NOTES = {
 "it1": "Daraj-style investigation of subsidised fuel smuggled from the Zawiya refinery south through Gharyan, Mizda, "
        "Ash Shwayrif, Brak and Sabha to Ubari/the Algerian border and to Al Qatrun/Toummo/Niger (precision: the "
        "tanker route, the Lebanese mazout comparison and the tankers towards Hamada al-Hamra are not force moves); "
        "a GNA force Tripoli->Zawiya refinery, an LNA company Brak air base->Ash Shwayrif, a planned LNA "
        "reinforcement Sabha->Idri, a denied pull-out from the refinery and a conditional coast-guard landing at "
        "Zuwara port; Lebanese Tripoli vs Libyan Tripoli.",
 "it2": "Inkyfada-style report on jerrycan fuel smuggling across Ras Ajdir (Ben Gardane, Medenine, Sfax, Tunis; "
        "Al Jumayl/Zaltan stations) — precision: smugglers' cars, goods and the traffic shifting to Wazin are not "
        "moves; a Tunisian army reinforcement Medenine->Ben Gardane, a planned GNA force Tripoli->the crossing, a "
        "conditional Remada->Dehiba redeploy and a denied Zuwara groups' massing at Abu Kammash.",
 "it3": "Mada Masr-style report on arms smuggled Jaghbub->Siwa through the Great Sand Sea to Bahariya, Farafra, "
        "Assiut and Sudan (not moves); an Egyptian reinforcement Mohamed Naguib base->Siwa via Marsa Matruh, an "
        "airlift Cairo West->Siwa airport, a conditional advance into the Great Sand Sea, a planned LNA ammunition "
        "shipment Tobruk->Jaghbub and a denied LNA pull-out from Jaghbub and Amsaad.",
 "it4": "Dabanga-style report on gold and fuel between Darfur and Kufra (traders, drivers, fuel from the Sarir "
        "refinery are not moves); an RSF-escorted fuel convoy Kufra->Al Malha via the border triangle (shipment), "
        "an LNA airlift Benina->Kufra airport, a planned Subul al-Salam advance Kufra->Jebel Uweinat, a denied RSF "
        "massing in Al Malha and the joint force's conditional pull-out from Tina.",
 "it5": "Raseef22-style report on migrants and gold on the Agadez->Dirkou->Madama->Toummo->Al Qatrun->Sabha->Bani "
        "Walid->coast route and Algerian deportations (Algiers->Tamanrasset->Assamaka), none of them force moves; "
        "an LNA battalion Sabha->Al Qatrun, its planned advance Al Qatrun->Toummo crossing, GNA marines landed at "
        "Zuwara port from Abu Sitta, FACT's denied massing at Umm al-Aranib and Niger's conditional Dirkou->Madama "
        "redeploy.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("it1", "it2", "it3", "it4", "it5")
