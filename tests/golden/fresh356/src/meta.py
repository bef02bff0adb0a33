# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                 # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                    # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                  # G (row spelled رياض)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                      # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G
 # Fezzan, shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G
 "tamanhint_v": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                       # G* (base row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 # mt1 Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 9.98000, "Tin Alkoum border crossing"),        # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G
 # mt2 Ghadames and the Tunisia-Algeria triangle
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_apt": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),           # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                         # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "border_dz_gh": ("region", "LY", 29.80, 9.90, "Libya-Algeria border near Ghadames"),     # K
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G (row Daraj)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                   # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "triangle_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                    # K (GeoNames 2208423 as given in fresh51's README)
 # mt3 the Niger border
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                                # G* (base row)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                     # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Tartus port"),                    # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                    # G* (city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                       # G* (row مثلث السلفادور)
 "triangle_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 # mt4 Sharara, Ubari, Wadi al-Shati
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 # mt5 the Chad border
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                  # G* (row الحدود الليبية التشادية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G (row spelled كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                             # G
 "tmassah_mun": ("district", "LY", 26.40000, 15.78333, "Tmassah municipality"),           # G* (village row)
}

TRAPS = {
 "mt1": ["إرم نيوز", "المنطقة العسكرية سبها", "الحاج موسى الغاتي", "شارع طرابلس", "الجيش الجزائري",
         "المصدر العسكري الليبي"],
 "mt2": ["«الرياض»", "كما درجت العادة", "العقيد عبد السلام الغدامسي", "كتيبة صقور غدامس", "الجيش التونسي",
         "مصدر دبلوماسي سعودي", "قوات تركية"],
 "mt3": ["«لوسيل»", "الشيخ صالح القطروني", "الجيش النيجري", "سفينة إنزال روسية", "الجانب الروسي",
         "حركة تشادية معارضة"],
 "mt4": ["«الإمارات اليوم»", "الشرارة الأولى", "تطهير الجنوب الغربي", "ما ادري", "الجيش الوطني الليبي",
         "الفرقاء الليبيين"],
 "mt5": ["«الوطن»", "الجيش الليبي", "الجيش التشادي", "العقيد أحمد الإدريسي", "حركات تشادية متمردة",
         "مسلحين سودانيين"],
}

PHEN = {
 "mt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "mt3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "mt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "mt5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "mt1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["اوباري"]),
 ],
 "mt2": [
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("redeploy", "reported", GNA, ["درج"], ["سيناون"]),
  mv("shipment", "planned", GNA, ["نالوت"], ["غدامس"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
 ],
 "mt3": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الويغ"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("redeploy", "conditional", None, ["ديركو"], ["ماداما"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
 ],
 "mt4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت"], ["حقل الشرارة"], ["جرمة", "أوباري"]),
  mv("redeploy", "planned", LNA, ["الشرارة"], ["حقل الفيل"]),
  mv("advance", "conditional", LNA, ["تمنهنط"], ["مرزق"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["قاعدة براك الجوية"]),
 ],
 "mt5": [
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["أم الأرانب"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["أم الأرانب"], ["تراغن"]),
  mv("advance", "planned", None, ["زوار"], ["كوري بوغودي"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["تمسة"]),
  mv("shipment", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق", "أم الأرانب"]),
 ],
}

NOTES = {
 "mt1": "Erem News (Emirati) from Ghat: LNA force Sabha→Ghat via Ubari and Al-Awaynat in a subordinate clause (reported "
        "reinforce: the headline calls the force «تعزيزات»); planned company to the Isayen crossing (no origin written; Tin Alkoum is only the facing post); "
        "Algerian reinforcement Illizi→Djanet conditional on «إذا ما تبيّن»; denied pull-out Al-Awaynat→Ubari "
        "(spelled اوباري). Traps: the outlet, the «المنطقة العسكرية سبها» command, a notable «الغاتي», «شارع طرابلس»; "
        "Illizi province (district) vs Illizi town; Algeria vs «الجزائر العاصمة».",
 "mt2": "Al-Riyadh (Saudi) from Tripoli: GNA airlift Mitiga base→Ghadames airport (Tripoli only locates Mitiga); a "
        "company Derj→Sinawen (reported redeploy); planned supply convoy Nalut→Ghadames; Algeria denies massing at "
        "Debdeb; Tunisian reinforcement Tataouine→Borj El Khadra «في حال»; GNU denies a Turkish landing at Zuwara "
        "port. Traps: «الرياض» as outlet vs the city Riyadh, «كما درجت» (Derj), «الغدامسي», «كتيبة صقور غدامس».",
 "mt3": "Lusail (Qatari) from Doha: Russian landing ship Tartus port→Tobruk port, then a truck convoy Tobruk port→Al "
        "Wigh base via Jufra air base (reported); planned LNA advance Al Qatrun→Toummo crossing; Nigerien army "
        "Dirkou→Madama conditional on «إذا ما ثبت» (actor null); a Chadian rebel movement denies massing in Tajarhi. "
        "The Niger border only locates Al Wigh. «قطر» after «القطرون», «القطروني», «قطرون».",
 "mt4": "Emarat Al Youm (Emirati) from Benghazi: LNA air bridge Benina→Tamanhint base, then Tamanhint base→Sharara "
        "field via Germa and Ubari (both reported), a planned company Sharara→El Feel, a conditional advance "
        "Tamanhint (تمنهنط)→Murzuq and a denied pull-out Idri→Brak air base. Traps: «الشرارة الأولى», the 2019 "
        "«تطهير الجنوب الغربي» operation, «ما ادري», the outlet containing «الإمارات».",
 "mt5": "Al-Watan (Saudi) from Jeddah: Chadian rebels pull out Kouri Bougoudi→Umm al-Aranib (reported), LNA "
        "reinforcement Sabha→Umm al-Aranib via Traghen, planned Chadian army advance Zouar→Kouri Bougoudi (actor "
        "null), Tmassah's mayor denies Sudanese gunmen massing in Tmassah, conditional supply convoys Tamanhint air "
        "base→Murzuq and Umm al-Aranib. The border with Chad is headline/purpose only. Trap «الإدريسي» (Idri).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mt1", "mt2", "mt3", "mt4", "mt5")
