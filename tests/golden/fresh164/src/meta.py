# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 # regions, districts, border phrases
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G (row جنوب ليبيا / الجنوب الليبي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "border_dz_ly": ("region", "DZ", 26.90, 9.60, "Algeria-Libya border (Algerian side)"),  # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),            # G* (row الحدود الجزائرية النيجرية)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G (row ولاية إليزي / district DZ-33)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 # Libyan cities and towns
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                   # G
 "barqin": ("town", "LY", 27.54801, 13.62914, "Barqin"),                                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 # Libyan bases, crossings, fields, ports
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city / naval base point)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G (row الدبداب)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                        # G
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G (row تين زواتين)
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                              # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 # elsewhere
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "baltiysk": ("base", "RU", 54.65, 19.91, "Baltiysk naval base"),                        # K
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                       # G
}

LNA, GNA, RU, DZ = "Libyan National Army", "GNA forces", "Russian forces", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "fj1": ["اليوم السابع", "الجيش الليبي", "اللواء طارق بن زياد", "فرج القطروني", "خليفة حفتر", "مصريين"],
 "fj2": ["المنطقة العسكرية سبها", "فواصل", "عمر الإدريسي", "تشادية"],
 "fj3": ["الميادين نت", "الفيلق الأفريقي", "وزارة الدفاع الروسية", "تحالف دول الساحل", "مصادر ليبية",
         "المطارات السورية"],
 "fj4": ["الموقف الليبي", "قوة حماية طرابلس", "عسكري الزنتان", "المجلس العسكري الزنتان", "خالد الغدامسي",
         "درجة التأهب", "أُدرجت"],
 "fj5": ["النهار أونلاين", "النهار", "الجيش الوطني الشعبي", "الشق المالي", "جزائرية", "الليبية"],
}

PHEN = {
 "fj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_oil", "countries"],
 "fj3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "fj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_oil",
         "countries"],
 "fj5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "fj1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"],
     ["سبها", "أوباري", "مرزق", "تراغن", "زويلة", "القطرون", "براك الشاطئ", "تمسة"]),
  mv("deploy", "planned", LNA, ["اوباري"], ["غات"], ["العوينات"]),
  mv("withdraw", "denied", LNA, ["أم الأرانب", "تجرهي", "منفذ التوم"], ["سبها"]),
  mv("deploy", "conditional", LNA, ["قاعدة براك الجوية"], ["إدري", "وادي عتبة", "الشويرف"]),
  mv("shipment", "planned", LNA, ["سبها"], ["القطرون", "تجرهي"]),
 ],
 "fj2": [
  mv("deploy", "reported", LNA, ["سبها"],
     ["براك", "برقن", "جرمة", "الغريفة", "أوباري", "سمنو", "غدوة", "وادي عتبة"]),
  mv("deploy", "planned", LNA, [], ["قيرة"]),
  mv("deploy", "conditional", LNA, [], ["ادري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["براك", "أوباري"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة", "حقل الفيل"], ["اوباري"]),
  mv("mobilise", "reported", "Chadian armed groups", ["الحدود مع النيجر"], ["أم الأرانب", "تراغن"]),
 ],
 "fj3": [
  mv("redeploy", "reported", RU, ["قاعدة الخادم"],
     ["قاعدة الجفرة الجوية", "قاعدة القرضابية", "قاعدة براك الجوية", "قاعدة تمنهنت"]),
  mv("naval_landing", "reported", RU, ["قاعدة بالتييسك البحرية"], ["ميناء طبرق"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
  mv("airlift", "planned", RU, ["قاعدة براك الجوية"], ["نيامي", "باماكو", "واغادوغو"]),
  mv("withdraw", "denied", RU, ["ليبيا"], ["السودان"]),
  mv("deploy", "conditional", RU, [], ["قاعدة معطن السارة", "الكفرة"]),
 ],
 "fj4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["نالوت", "وازن", "سيناون", "غدّامس"], ["بئر الغنم"]),
  mv("deploy", "planned", GNA, [], ["درج"]),
  mv("advance", "conditional", GNA, [], ["الحمادة الحمراء", "الشويرف"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الأصابعة", "القريات"]),
  mv("deploy", "denied", "Zintan forces", [], ["مزدة"]),
 ],
 "fj5": [
  mv("reinforce", "reported", DZ, ["ورقلة"], ["جانت", "إليزي", "عين أمناس", "الدبداب", "برج عمر إدريس"]),
  mv("redeploy", "reported", DZ, ["تمنراست"], ["عين قزام", "برج باجي مختار"]),
  mv("airlift", "planned", DZ, ["بوفاريك"], ["تين زاواتين"]),
  mv("advance", "denied", DZ, [], ["غات"]),
  mv("reinforce", "conditional", DZ, ["جانت"], ["معبر تين الكوم"]),
  mv("reinforce", "reported", DZ, [], ["الحدود مع النيجر"]),
  mv("reinforce", "reported", DZ, [], ["الدبداب"]),
 ],
}

NOTES = {
 "fj1": "Youm7-style report (Benghazi): an LNA reinforcement list of eight southern towns from Tamanhint air base, "
        "Ghat left out of the first wave and planned via Al-Awaynat, a denied pull-out Umm al-Aranib/Tajarhi/Toummo→Sabha, "
        "a conditional Brak air base→Idri/Wadi Utbah/Ash Shwayrif move and a planned supply convoy Sabha→Al Qatrun/"
        "Tajarhi with Toummo excepted (عدا); Al Qatrun also as قطرون and inside the officer's name القطروني.",
 "fj2": "Fawasel-style report (Sabha): LNA companies Sabha→eight towns of Wadi al-Shati/Wadi al-Hayat «ما عدا» Qirah "
        "(planned) and Idri (conditional, spelled ادري), a reported supply convoy Sabha→Brak/Ubari, a denied pull-out "
        "Sharara/El Feel→Ubari, Chadian gunmen massing at Umm al-Aranib/Traghen from the Niger border; the feared move "
        "towards Sabha and the Sabha–Ash Shwayrif road are not movements.",
 "fj3": "Al Mayadeen-style report: Africa Corps units redeployed Al Khadim→four air bases (Jufra, Gardabya, Brak, "
        "Tamanhint), a landing ship Baltiysk→Tobruk port and a second one planned, a planned airlift Brak→Niamey/Bamako/"
        "Ouagadougou, the embassy's denied pull-out Libya→Sudan and a conditional deployment to Maaten al-Sarra/Kufra; "
        "Benina is excepted (باستثناء) from a presence statement, not a movement.",
 "fj4": "Al-Mawqif al-Libi-style report (Tripoli): a GNU joint force Tripoli→Nalut/Wazin/Sinawen/Ghadames via Bir "
        "al-Ghanam with Derj excepted (عدا) and planned, a conditional advance on the Hamada al-Hamra/Ash Shwayrif, "
        "Zintan massing at Al-Asabaa/Al-Qaryat and its denied company at Mizda; درج also inside أُدرجت and درجة.",
 "fj5": "Ennahar-style report (Algiers): Algerian army reinforcements Ouargla→five border towns, a redeploy "
        "Tamanrasset→In Guezzam/Bordj Badji Mokhtar with Tin Zaouatine excepted (باستثناء) and airlifted from Boufarik "
        "(planned), a denied advance towards Ghat, a conditional Djanet→Tin Alkoum crossing reinforcement and two "
        "flashbacks (2023 Niger border, Debdeb this year).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fj1", "fj2", "fj3", "fj4", "fj5")
