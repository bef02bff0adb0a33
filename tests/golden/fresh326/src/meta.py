# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 # Libya: Fezzan and the south-west
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                   # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "borders_ly": ("region", "LY", 23.17309, 13.69860, "Libya's southern border (with Niger)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G
 # Libya: west, coast and east
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
 "khums_port": ("crossing", "LY", 32.65600, 14.28100, "Al Khums port"),                     # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "triangle_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                      # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "tamanrasset_w": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset province"),            # G* (row تامنغست)
 "border_dz_ly": ("region", "DZ", 24.90000, 9.90000, "Algeria-Libya border (Algerian side)"),  # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G* (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),         # G* (row منفذ إيسين, country DZ)
 "oran": ("city", "DZ", 35.69906, -0.63588, "Oran"),                                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                     # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                             # G* (row إن قزام)
 # Tunisia
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "ras_jedir": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),          # G* (row منفذ رأس جدير, country TN)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                    # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "kebili": ("town", "TN", 33.70439, 8.96903, "Kebili"),                                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                  # G
 # Niger, Chad, Mali, Sudan
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G* (row أغاديس)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row نجامينا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G* (row فايا لارجو)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 # Egypt, Turkey
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (row مطار شرق العوينات)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                    # G
}

TRAPS = {
 "lp1": ["المسار", "لواء طارق بن زياد", "مصرف ليبيا المركزي", "مبالغات", "الأهلي طرابلس", "خليج سرت",
         "سالم الإدريسي", "تشاديون", "الهلال الأحمر"],
 "lp2": ["النهار", "الجيش الوطني الشعبي", "الليبية", "مولودية الجزائر", "ماليون", "نيجريون", "الجوية الجزائرية",
         "إيطالية"],
 "lp3": ["ديوان أف أم", "الليبي", "الليبية", "الترجي الجرجيسي", "الملعب القابسي", "نهج طرابلس", "نبيل الجربي",
         "إفريقية"],
 "lp4": ["الشرق", "فيلق أفريقيا", "قاسم الغدامسي", "عجز مالي", "الإيطالية", "روسية"],
 "lp5": ["القاهرة 24", "المنطقة الغربية العسكرية", "مهاجماً ليبياً", "الدعم السريع", "الجيش الليبي", "لا أدري",
         "العمالة المصرية"],
}

PHEN = {
 "lp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "lp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "lp3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "lp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "lp5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "lp1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["منفذ إيسين"]),
  mv("withdraw", "denied", LNA, ["غات"], ["العوينات"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["مرزق"]),
  mv("mobilise", "reported", None, [], ["إدري"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
 ],
 "lp2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("redeploy", "planned", "Algerian army", ["إن أمناس"], ["الدبداب"]),
  mv("withdraw", "denied", "Algerian army", ["معبر تين الكوم"], []),
  mv("airlift", "conditional", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("mobilise", "reported", "Foreign fighters", [], ["غات"]),
 ],
 "lp3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["معبر رأس جدير"]),
  mv("withdraw", "denied", GNA, ["منفذ رأس اجدير"], []),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["الجميل"]),
  mv("naval_landing", "planned", GNA, ["طرابلس"], ["ميناء زوارة"]),
 ],
 "lp4": [
  mv("deploy", "reported", LNA, ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("reinforce", "planned", None, ["أغاديز"], ["ماداما"]),
  mv("withdraw", "denied", None, ["زوار"], ["فايا"]),
  mv("deploy", "conditional", GNA, ["طرابلس"], ["غدامس"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["النيجر"]),
 ],
 "lp5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
  mv("shipment", "denied", LNA, [], ["دارفور"], ["الكفرة"]),
  mv("advance", "conditional", LNA, [], ["أوباري", "إدري"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "lp1": "Libyan TV ticker (Al-Masar), 13 headlines, 6 about forces: LNA reinforcement Sabha→Ubari via Al-Ghurayfa "
        "(reported); company Tamanhint air base→Isayen crossing (planned; the Algerian border phrase is a locator); "
        "Ghat municipality denies a pull-out Ghat→Al-Awaynat (denied); Brak air base→Murzuq «إذا تجددت» "
        "(conditional); armed locals massing in Idri (reported mobilise, no actor); Chadian gunmen Umm al-Aranib→the "
        "Niger border (reported). Not movements: bank liquidity, oil output, weather, football, bread prices, a Red "
        "Crescent aid convoy to Traghen for families displaced from Murzuq, a minister flying Benghazi→Ubari. Traps: "
        "مبالغات (contains غات), الإدريسي (contains إدري), الأهلي طرابلس, خليج سرت, مصرف ليبيا المركزي.",
 "lp2": "Algerian news feed (Ennahar), 13 headlines, 5 about forces: Illizi→Djanet reinforcement (reported; the "
        "Algerian-side border phrase locates Djanet); a battalion In Amenas→Debdeb (planned redeploy, Ghadames a "
        "locator); MoD denies a pull-out from the Tin Alkoum crossing (denied); an airlift Tamanrasset→Djanet airport "
        "«إذا تدهور الوضع» (conditional); foreign mercenaries massing around Ghat (reported mobilise). Not movements: "
        "a seizure, a presidential audience, sport, weather (Illizi/Tamanrasset provinces = district), civil flights "
        "Algiers→Djanet, barter caravans to Mali and Niger, an oil contract, a forum.",
 "lp3": "Tunisian radio bulletin (Diwan FM), 13 headlines, 6 about forces: Tunisian army Medenine→Ras Jedir crossing "
        "(reported); Tripoli denies pulling GNA forces out of Ras Ajdir (denied; Tripoli is the speaker); a company "
        "Tataouine→Dehiba (planned; Wazin a locator); Remada→Borj El Khadra «إذا ثبت» (conditional redeploy); a "
        "Zintan column advancing on Al-Jmail (reported); a GNA sea landing Tripoli→Zuwara port (planned). Not "
        "movements: migrants from Zarzis, sport, a street closure, weather, trade, a strike, an MP's proposal. "
        "Traps: نهج طرابلس, الترجي الجرجيسي (contains جرجيس), نبيل الجربي.",
 "lp4": "Regional headline digest (Asharq), 13 headlines, 6 about forces: LNA battalions Sabha→Toummo crossing via "
        "Al Qatrun (reported deploy); Niger's planned reinforcement Agadez→Madama (no canonical actor); N'Djamena "
        "denies a pull-out Zouar→Faya (Chadian army, no canonical actor); a GNA force Tripoli→Ghadames «في حال» "
        "(conditional); Chadian rebels massing at Kouri Bougoudi (reported); Russian trucks with equipment Jufra air "
        "base→Niger (reported shipment). Not movements: refugees crossing into Chad, markets, budgets, elections. "
        "Traps: قاسم الغدامسي, عجز مالي (Mali), فيلق أفريقيا.",
 "lp5": "Egyptian news site night bulletin (Cairo 24), 13 headlines, 6 about forces: Egyptian army Marsa Matruh→Sallum "
        "(reported); an LNA airlift Benina air base→Kufra airport (planned); RSF pull-back from the Uweinat triangle "
        "to Al Malha (reported); LNA denies an arms shipment to Darfur via Kufra (denied); Haftar's «إذا» advance on "
        "Ubari and Idri (conditional; the Sharara field is the condition, Benghazi the venue); a Turkish landing "
        "ship Mersin→Al-Khums port (reported). Not movements: the foreign minister's trip to Tripoli, trains to "
        "Aswan, sport, weather, gold, harvest. Traps: القاهرة 24, مهاجماً ليبياً (contains ليبيا), لا أدري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lp1", "lp2", "lp3", "lp4", "lp5")
BAR_IN_TEXT = True  # the ticker text has literal "|" separators, so "|" is not taken for marker residue
