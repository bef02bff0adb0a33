# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # capitals, datelines and other cities outside Libya
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات, grep الرباط)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # Libya: cities, towns and regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_sh": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                # G (district row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                      # K
 # Libya: bases, airports, ports, fields, crossings
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "misrata_port": ("crossing", "LY", 32.36000, 15.21000, "Port of Misrata (Qasr Ahmad)"),  # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # neighbours: towns, crossings, border regions
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "border_sd": ("region", "SD", 20.80000, 25.40000, "Sudan side of the Libya-Sudan border"),  # K
 "east_oweinat": ("town", "EG", 22.58000, 28.72000, "East Oweinat (Sharq al-Owainat)"),  # K (next to G airport row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G (district row)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz": ("region", "DZ", 24.75000, 9.95000, "Algerian side of the Libya-Algeria border near Djanet"),  # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "border_td": ("region", "TD", 22.00000, 17.30000, "Chad side of the Libya-Chad border"),  # K
}

TRAPS = {
 "of1": ["الوطن", "غرفة عمليات الكفرة", "قوات الدعم السريع", "القاهرة الإخبارية", "الأراضي الليبية", "الجيش المصري",
         "دعم مالي", "النازحين السودانيين", "مسلحين سودانيين"],
 "of2": ["الفيلق الإفريقي", "الدستور", "الحضور الروسي", "السفارة الروسية", "روسيا اليوم", "هشام الطرابلسي",
         "الباحث الليبي", "اللواء طارق بن زياد", "منصات ليبية"],
 "of3": ["هسبريس", "الشريف الإدريسي", "الجيش الجزائري", "وكالة الأنباء الجزائرية", "صحف جزائرية",
         "القيادة العامة الليبية", "من هذه الزاوية", "الحل الليبي-الليبي", "اتفاق الصخيرات"],
 "of4": ["الجريدة", "اللواء طارق بن زياد", "غرفة عمليات الجنوب الغربي", "لا أدري",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "المعارض التشادي", "ليبيا الحدث", "وزارة الدفاع التركية",
         "جنود أتراك", "حقول النفط الليبية"],
 "of5": ["خالد الأيوبي", "المدن", "اللبنانية", "جبهة التناوب والوفاق في تشاد", "إذاعة فرنسا الدولية",
         "مقاتلين سودانيين"],
}

PHEN = {
 "of1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "of2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "of3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "of4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "countries"],
 "of5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, SUD, CHD = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups"
RUS, ALG = "Russian forces", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "of1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("withdraw", "reported", LNA, ["جبل العوينات"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "denied", SUD, ["المالحة"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "of2": [
  mv("advance", "reported", LNA, ["قاعدة تمنهنت"], ["سبها"]),
  mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("redeploy", "planned", RUS, ["براك"], ["قاعدة معطن السارة"]),
  mv("withdraw", "denied", RUS, ["الجفرة"], ["النيجر"]),
  mv("deploy", "conditional", LNA, [], ["أوباري", "حقل الشرارة"]),
 ],
 "of3": [
  mv("reinforce", "reported", ALG, ["إليزي"], ["جانت"]),
  mv("mobilise", "reported", ALG, [], ["عين أمناس"]),
  mv("deploy", "planned", ALG, [], ["معبر تين الكوم"]),
  mv("withdraw", "denied", LNA, ["غات"], ["أوباري"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
 ],
 "of4": [
  mv("deploy", "reported", LNA, ["سبها"], ["اوباري"], ["الغريفة"]),
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["إدري"]),
  mv("mobilise", "denied", CHD, [], ["أم الأرانب"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["الشويرف"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "of5": [
  mv("withdraw", "reported", CHD, ["كوري بوغودي"], ["الحدود مع ليبيا"]),
  mv("shipment", "reported", None, ["قطرون"], ["النيجر"], ["منفذ التوم"]),
  mv("advance", "denied", SUD, [], ["القطرون"]),
  mv("shipment", "planned", LNA, ["سبها"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["أم الأرانب", "تجرهي"]),
 ],
}

NOTES = {
 "of1": "Egyptian op-ed (Al-Watan, Cairo) on Kufra and the Sudan war: a dated LNA reinforcement Benghazi→Kufra via "
        "Ajdabiya and Jalu, a dated 2025 pull-back Jebel Uweinat→Maaten al-Sarra (called «إعادة تموضع»), a planned "
        "Benina→Kufra airport airlift, the RSF's denied advance Al Malha→the border and Egypt's conditional "
        "reinforcement of East Oweinat; Cairo as dateline/speaker and Benghazi as source are not movement places.",
 "of2": "Jordanian column (Addustour, Amman) on Russian forces in the Fezzan: a 2019 LNA advance Tamanhint→Sabha, a "
        "2025 Russian landing Tartus→Tobruk port, an airlift Al Khadim→Brak air base via Jufra, a planned "
        "Brak→Maaten al-Sarra move, a denied pull-out Jufra→Niger (embassy in Tripoli) and a conditional LNA "
        "deployment to Ubari and the Sharara field; «من براك تمتد الخيوط إلى النيجر ومالي» is a metaphor, not a move.",
 "of3": "Moroccan column (Hespress, Rabat) on the Algeria–Libya border at Ghat: a dated Algerian reinforcement "
        "Illizi→Djanet, a dated 2025 massing at In Amenas, a planned deployment at the Tin Alkoum crossing, the LNA's "
        "denied pull-out Ghat→Ubari and its conditional airlift Tamanhint→Ghat airport; Djanet/Ghat after «الذي "
        "يربط» are locators of the crossing.",
 "of4": "Kuwaiti editorial (Al-Jarida) on the Fezzan: a dated LNA column Sabha→Ubari via Al-Ghurayfa, a dated ammunition "
        "shipment Jufra air base→Sabha, a planned battalion Sharara field→Idri, the Chadian CCMSR's denied massing in "
        "Umm al-Aranib, Misrata's conditional advance on Ash Shwayrif and Turkey's denied landing at Misrata port; "
        "the question «وجهة الرتل التالية» names no place.",
 "of5": "Lebanese column (Al-Modon, Beirut) on the Libya–Chad–Niger border: FACT's dated pull-out Kouri Bougoudi→the "
        "Libyan border, a dated arms shipment Qatrun→Niger via the Toummo crossing, a denied arrival of Sudanese "
        "fighters in Al Qatrun, a planned LNA fuel/ammunition shipment Sabha→Al Wigh base and a conditional "
        "reinforcement Sabha→Umm al-Aranib/Tajarhi; the headline «من طرابلس إلى القطرون» (Tripoli, Lebanon) is the "
        "writer's frame, not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("of1", "of2", "of3", "of4", "of5")
BAR_IN_TEXT = True  # the text has a literal "|" (the «مقال رأي |» and «افتتاحية |» headlines)
