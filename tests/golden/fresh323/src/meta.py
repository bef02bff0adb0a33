# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # al-Jufra
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (area point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_base2": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G* (row قاعدة الجفرة الجوية)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_airport": ("airport", "LY", 29.13920, 16.16030, "Waddan Airport"),             # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 # Fezzan
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_full": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),               # G* (row براك)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "tamanhint": ("town", "LY", 27.245, 14.655, "Tamanhint"),                              # K
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # east and coast
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "khadim_short": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),              # G* (same row, written الخادم)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Tobruk port"),                      # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_gharb": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                        # G* (row طرابلس, written طرابلس الغرب)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 # abroad
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "sahel": ("region", "NE", 15.5, 5.0, "Sahel"),                                         # K (representative point)
 "kuwait": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
}

TRAPS = {
 "lm1": ["الفيلق الأفريقي", "القيادة العامة للجيش الليبي", "مجموعة «فاغنر»", "محمد الهوني", "علي الإدريسي", "المدن", "ليبية",
         "الروسي", "الأميركي"],
 "lm2": ["الفيلق الأفريقي", "القيادة العامة", "الرأي", "الدعم المالي", "روسية"],
 "lm3": ["اللواء طارق بن زياد", "فزان إف إم", "الغد", "زلة لسان", "سودانية", "الحرب السودانية", "ليبية"],
 "lm4": ["الفيلق الأفريقي", "سالم الوداني", "شارع طرابلس", "القيادة الأميركية في أفريقيا", "الشرق", "القيادة العامة", "الروسية"],
 "lm5": ["منى الطبرقي", "الشروق", "الجيش المصري", "الأراضي المصرية", "السفارة الروسية", "السورية", "الشؤون الأفريقية",
         "الجانب الليبي"],
}

PHEN = {
 "lm1": ["clitics", "spelling", "multiword", "coverage_bases", "coverage_crossings", "operation_trap", "person_trap",
         "media_trap", "nisba", "vague_area", "ambiguity_tripoli", "ambiguity_idri", "countries", "coverage_neighbours"],
 "lm2": ["clitics", "multiword", "coverage_bases", "common_word_trap", "media_trap", "operation_trap", "nisba",
         "countries", "ambiguity_country_capital", "vague_area", "coverage_oil"],
 "lm3": ["clitics", "spelling", "multiword", "coverage_bases", "operation_trap", "media_trap", "common_word_trap",
         "nisba", "border_phrase", "town_vs_district", "ambiguity_country_capital", "countries", "coverage_neighbours"],
 "lm4": ["clitics", "multiword", "coverage_bases", "coverage_oil", "person_trap", "operation_trap", "media_trap",
         "town_vs_district", "ambiguity_tripoli", "ambiguity_idri", "nisba", "countries"],
 "lm5": ["clitics", "multiword", "person_trap", "media_trap", "operation_trap", "nisba", "border_phrase", "countries",
         "coverage_neighbours", "coverage_crossings", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, LNA, WAG = "Russian forces", "Libyan National Army", "Wagner Group"
MOVES = {
 "lm1": [
  mv("shipment", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة براك الشاطىء الجوية"], ["هون", "سوكنة"]),
  mv("advance", "reported", WAG, ["ترهونة"], ["طرابلس الغرب"]),
  mv("withdraw", "reported", WAG, ["طرابلس الغرب"], ["بني وليد"]),
  mv("airlift", "reported", WAG, ["بني وليد"], ["الجفرة"]),
  mv("withdraw", "denied", RU, ["الجفرة"]),
  mv("deploy", "planned", RU, [], ["قاعدة الجفرة"], ["قاعدة الخادم"]),
  mv("withdraw", "planned", RU, ["قاعدة الجفرة"], [], ["قاعدة الخادم"]),
  mv("shipment", "conditional", RU, [], ["فزان"]),
 ],
 "lm2": [
  mv("airlift", "reported", RU, [], ["قاعدة الخادم الجوية", "قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", RU, ["الجفرة"], ["نيامي"]),
  mv("airlift", "planned", RU, ["الجفرة"], ["باماكو"]),
  mv("airlift", "denied", RU, [], ["قاعدة القرضابية"]),
  mv("mobilise", "reported", LNA, [], ["ودان"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["الجفرة"]),
 ],
 "lm3": [
  mv("redeploy", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"], ["سوكنة"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["ودّان"], ["أجدابيا", "زلة"]),
  mv("deploy", "planned", RU, [], ["قاعدة الجفرة"]),
  mv("airlift", "planned", RU, ["قاعدة الجفرة"], ["روسيا"], ["قاعدة الخادم"]),
  mv("shipment", "denied", LNA, ["الجفرة"], ["السودان"], ["الكفرة"]),
  mv("advance", "conditional", LNA, ["الجفرة"], ["سرت"]),
 ],
 "lm4": [
  mv("redeploy", "reported", RU, ["مطار هون"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "denied", RU, [], ["سوكنة"]),
  mv("deploy", "planned", LNA, ["براك الشاطئ", "إدري"], ["مطار هون"]),
  mv("withdraw", "conditional", RU, ["الفقهاء"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "reported", RU, ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "reported", WAG, [], ["حقل الشرارة", "ميناء السدرة"]),
 ],
 "lm5": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة الخادم"]),
  mv("shipment", "planned", RU, ["قاعدة الخادم"], ["الجفرة", "براك"]),
  mv("shipment", "denied", None, ["ليبيا"], ["السودان"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("airlift", "reported", RU, ["سوريا"], ["ليبيا"]),
 ],
}

NOTES = {
 "lm1": ("Al-Modon-style exclusive: Africa Corps trucks carry Pantsir systems Jufra air base→Brak al-Shati air base via "
         "Hun and Sokna (headline and Hun resident retell it); flashbacks: Wagner's 2019 advance Tarhuna→Tripoli (written "
         "طرابلس الغرب, «ضواحي العاصمة»), its 2020 pull-back to Bani Walid and airlift to Jufra; LNA denies a Russian pull-out from Jufra; planned rotation into/out of the Jufra base via "
         "Al-Khadim; analyst's conditional «إذا» shipment to Fezzan. Traps: محمد الهوني (هون inside), علي الإدريسي (إدري inside), the force names."),
 "lm2": ("Al-Rai-style tracking piece: Russian cargo flights landing at Al-Khadim, four going on to the Jufra base "
         "(one airlift, both end points as destinations); Jufra→Niamey reported, Jufra→Bamako planned; LNA denies a "
         "flight to Gardabiya base; conditional LNA reinforcement Benghazi→Jufra (the Oil Crescent only locates the "
         "suspicious moves); LNA massing around Waddan (mobilise, reported). Waddan airport employee's account is "
         "the same airlift; civil flights are not moves. Trap الدعم المالي (مالي inside)."),
 "lm3": ("Alghad-style agency roundup: Russian column Jufra air base→Tamanhint air base via Sokna (activists' clip on the "
         "Sokna–Sabha road retells it), LNA Tariq bin Ziyad reinforcement Benghazi→Waddan (written ودّان) via Ajdabiya "
         "and Zillah, planned rotation into the Jufra base and airlift out via Al-Khadim to Russia, denied LNA arms "
         "transfer Jufra→Sudan via Kufra, conditional advance Jufra→Sirte. Misrata's hypothetical move is only the "
         "condition. بلدية ودّان is the district; trap «زلة لسان» (زلة inside); Algeria is the country."),
 "lm4": ("Al-Sharq-style report: Africa Corps unit leaves Hun airport for the Jufra base after protests; LNA denies "
         "Russians in Sokna; planned LNA company Brak al-Shati/Idri→Hun airport («المطار»); conditional Russian pull-out from a post "
         "near Al-Fuqaha into the base; 2020 flashbacks: MiG-29/Su-24 moved Hmeimim→Jufra base, Wagner deployed at the "
         "Sharara field and Es Sider port. Trap سالم الوداني "
         "(ودان inside), شارع طرابلس, AFRICOM's Arabic name; civil flights not moves."),
 "lm5": ("Shorouk-style Cairo report: Russian landing ship Tartus→Tobruk port and its planned return with troops, trucks "
         "port→Al-Khadim base, planned onward "
         "Jufra/Brak, Egyptian denial of a Libya→Sudan arms transit (no owner named: actor null), Egyptian army's "
         "conditional massing at Sallum, flashback 2024 airlift Syria→Libya. Trap منى الطبرقي (طبرق inside)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lm1", "lm2", "lm3", "lm4", "lm5")
