# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
# Latin-script glosses (Benghazi, Hmeimim, Zawiya, Ghat, Sebha ...) use the key of the Arabic name they gloss.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # shared Libyan cities and facilities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # zb1 Russian forces, Al-Khadim and the south-east (France 24)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_ly_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, Hun)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 # zb2 the west, Turkish forces and the Zuwara landing (QNA)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zuwara_port": ("crossing", "LY", 32.934, 12.088, "Port of Zuwara"),                   # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "khums_base": ("base", "LY", 32.67610, 14.24130, "Al-Khums naval base"),               # G* (row ميناء الخمس)
 # zb3 Fezzan and Djanet in French spellings (Monte Carlo Doualiya)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # zb4 Tripoli (Lebanon), Cham Wings and the UN panel (Al-Quds Al-Arabi)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G* (row London, odd Arabic label)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "damascus_airport": ("airport", "SY", 33.411, 36.514, "Damascus International Airport"),  # K
 "deirezzor": ("city", "SY", 35.33588, 40.14084, "Deir ez-Zor"),                        # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 # zb5 Kufra, the Uweinat triangle and Darfur (SUNA)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "tripoint_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات)
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
}

TRAPS = {
 "zb1": ["Africa Corps", "فرانس 24", "الفيلق الإفريقي", "السورية", "كتيبة طارق بن زياد", "Libya Observer",
         "الدعم المالي", "الجيش الوطني الليبي"],
 "zb2": ["وكالة الأنباء القطرية", "التركية", "السنوات الخمس", "قوة حماية طرابلس", "Tripoli Protection Force"],
 "zb3": ["الجيش الجزائري", "مونت كارلو الدولية", "الجيش الوطني الليبي", "وكالة الأنباء الجزائرية",
         "الجيش الوطني الشعبي", "تشادي", "محمد إدريس ديبي", "Mahamat Idriss Déby", "الليبية"],
 "zb4": ["اللبنانية", "UN Panel of Experts on Libya", "القدس العربي", "السورية", "أجنحة الشام", "Cham Wings",
         "التركية", "الليبية", "Operation IRINI", "سامر الطرابلسي"],
 "zb5": ["الدعم السريع", "القوات المسلحة السودانية", "الليبية", "وكالة السودان للأنباء", "كتيبة سبل السلام",
         "وكالة أنباء الشرق الأوسط", "الجيش المصري", "الجيش السوداني", "التشادية", "كامل إدريس"],
}

PHEN = {
 "zb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zb2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_neighbours", "countries"],
 "zb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "zb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zb1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["الخادم"], ["الجفرة"], ["اجدابيا"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["بنغازي"]),
  mv("airlift", "conditional", "Russian forces", ["الخادم"], ["باماكو"]),
 ],
 "zb2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العجيلات"]),
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة الخمس البحرية"], ["تركيا"]),
 ],
 "zb3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
  mv("advance", "planned", "Libyan National Army", [], ["العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["مرزق"]),
 ],
 "zb4": [
  mv("shipment", "reported", "Libyan National Army", ["مرفأ طرابلس"], ["ميناء بنغازي"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار دمشق الدولي"], ["قاعدة بنينا"]),
  mv("redeploy", "planned", "Syrian mercenaries", ["بنينا"], ["سرت"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["غازي عنتاب"], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الهيشة"]),
 ],
 "zb5": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار بنينا"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", ["أسوان"], ["شرق العوينات"]),
 ],
}

NOTES = {
 "zb1": "France 24 with Latin glosses: a reported Russian Il-76 airlift Hmeimim→Al-Khadim air base (Benghazi only the "
        "distance reference), a landing ship Tartus→Tobruk port, a planned Russian redeploy Al-Jufra air base→Maaten "
        "al-Sarra (the Chad/Sudan triangle only locates it), an LNA truck shipment Al-Khadim→Al-Jufra via Ajdabiya, a "
        "denied Russian pull-out Gardabya base→Benghazi (Sirte locates the base) and a conditional airlift "
        "Al-Khadim→Bamako if the junta in Mali asks; Moscow, Tripoli, Damascus and the English quote's Libya/Russia "
        "are not movement places.",
 "zb2": "QNA wire: the 444 Brigade deploys Tripoli→Zawiya via Janzour, a Turkish A400M Erkilet air base→Al-Watiya "
        "(Kayseri only locates the base), a planned sea move Tripoli port→Zuwara port by landing ship (Ras Ajdir and "
        "the border with Tunisia are the road's end, not movement places), Zintan's conditional advance "
        "Zintan→Al-Ajaylat, and Ankara's denied pull-out from the Al-Khums naval base to Turkey; Sirte is only the "
        "venue of a meeting; 'Tripoli Protection Force' is a trap.",
 "zb3": "Monte Carlo Doualiya with French spellings: an LNA brigade Sabha→Ghat via Ubari, a planned advance to "
        "Al-Awaynat (= Serdeles; Ghat only the distance reference, El Feel the purpose), a conditional company "
        "Brak→Idri, an Algerian reinforcement Illizi→Djanet (the border with Libya is the purpose), and the CCMSR's "
        "denied massing near Murzuq; Idri also hides in 'Idriss' (Arabic and Latin) in Deby's name.",
 "zb4": "Al-Quds Al-Arabi on a UN panel report: a ship Tripoli (Lebanon) port→Benghazi port with armour for the LNA, "
        "Cham Wings flights Damascus airport→Benina with Syrian fighters (recruited in Deir ez-Zor: not a movement "
        "place), a planned move Benina→Sirte, a denied return of Syrians from Tripoli (Libya)→Gaziantep via Mitiga, and "
        "Misrata's conditional advance Abu Qurayn→Al-Hisha if the fighters reach Sirte (Sirte there only the condition).",
 "zb5": "SUNA: an RSF fuel convoy Kufra→Al-Malha via the border triangle (Jebel Uweinat only locates it) and RSF massing "
        "in Al-Malha, the LNA's denial of arms flights Benina airport→Kufra airport (one move: the Sudanese claim is "
        "denied), a planned LNA company Kufra→Jebel Uweinat, and a conditional Egyptian reinforcement Aswan→East "
        "Owainat if formations approach the border with Sudan; Port Sudan, Cairo, Benghazi and El Fasher are not "
        "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zb1", "zb2", "zb3", "zb4", "zb5")
