# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 # datelines / capitals
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 # cb1 the south-west and the Algerian border
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "border_dz": ("region", "DZ", 24.85, 9.85, "Algeria-Libya border (Algerian side)"),     # K
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 # cb2 the oil crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),               # G* (Brega town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # cb3 the Tunisian border
 "west_libya": ("region", "LY", 32.0, 12.5, "Western Libya"),                            # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "ras_ajdir_place": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir"),                 # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),        # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),    # G* (row منفذ وازن, country TN)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G* (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "border_tn": ("region", "TN", 32.05, 10.62, "Tunisia-Libya border (Tunisian side)"),    # K
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 # cb4 Egypt's western border and the Sudan triangle
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),   # G* (row مثلث العوينات)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "centre_libya": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                  # G
 # cb5 the Libya-Chad-Niger triangle
 "triangle_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row spelled أغاديس)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row spelled كوري بوقودي)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "cb1": ["المجلة", "اللواء طارق بن زياد", "الليبي", "وكالة الأنباء الجزائرية", "علي الإدريسي", "الإدريسي",
         "الفيل في الغرفة"],
 "cb2": ["نون بوست", "نوفا", "الإيطالية", "القوة المشتركة", "عماد الطرابلسي", "البنيان المرصوص",
         "الفيلق الإفريقي"],
 "cb3": ["الشارع المغاربي", "الليبي", "المنطقة العسكرية الغربية", "وكالة تونس إفريقيا للأنباء", "تونسية",
         "الهادي الطرابلسي", "الطرابلسي"],
 "cb4": ["مدى مصر", "المصري", "كتيبة سبل السلام", "قوات الدعم السريع", "بوابة الأهرام", "أحمد إدريس",
         "السوداني"],
 "cb5": ["المركز العربي للأبحاث ودراسة السياسات", "التشادية", "النيجرية", "نيجرية",
         "جبهة الوفاق من أجل التغيير في تشاد", "التشادي", "إذاعة فرنسا الدولية", "الدعم المالي"],
}

PHEN = {
 "cb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "cb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "cb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "cb1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["أوباري"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
 ],
 "cb2": [
  mv("redeploy", "reported", LNA, ["راس لانوف"], ["بن جواد"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء السدرة"]),
  mv("deploy", "planned", GNA, ["مصراته"], ["الوشكة"]),
  mv("advance", "conditional", LNA, [], ["أبوقرين"]),
  mv("shipment", "denied", "Russian forces", [], ["ميناء البريقة"]),
 ],
 "cb3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("mobilise", "reported", GNA, [], ["زوارة"]),
  mv("deploy", "planned", "Tunisian army", [], ["تطاوين"]),
  mv("advance", "denied", "Tunisian army", [], ["ليبيا"], ["معبر الذهيبة"]),
  mv("withdraw", "conditional", GNA, ["منفذ وازن"], ["نالوت"]),
 ],
 "cb4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع السودان"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Sudanese armed groups", [], ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "cb5": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("reinforce", "reported", None, ["أغاديز"], ["ماداما"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوغودي"], []),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
}

NOTES = {
 "cb1": "Analysis piece (Al Majalla, London) on Fezzan: reported LNA reinforcement Sabha→Ubari via Al-Ghurayfa and an "
        "airlift Tamanhint base→Ghat airport; a decided move Ghat→Isayen «من المتوقع أن تتحرك خلال 48 ساعة» (planned); a "
        "denied withdrawal from the El Feel field; an Algerian source's «ستعزز… إذا» at Djanet (conditional; the border in "
        "the condition is no destination). Three analysts' scenarios (لا يستبعد مراقبون Brak→Idri; يرجح…في حال Illizi→border; "
        "the third scenario out of Al-Awaynat and Ghat) are no movements.",
 "cb2": "Scenario piece (Noon Post, Istanbul) on the oil crescent: reported LNA redeployment Ras Lanuf→Bin Jawad and a "
        "sea landing Benghazi→Es Sider port; the GNA staff's «ستنقل… من مصراته إلى الوشكة» (planned, Tripoli is the "
        "venue); the LNA spokesman's «ستتقدم… حتى أبوقرين إذا تحركت أي قوة نحو سرت» (conditional; Sirte in the condition "
        "is no place of the move) and his denial of a Russian arms shipment at Brega port. Scenarios (Misrata→Sirte, "
        "Brega→Ajdabiya, evacuating Al Jufra base) are no movements.",
 "cb3": "Tunisian weekly (Acharaa al-Maghribi, Tunis): reported Tunisian reinforcement Medenine→Ben Gardane and "
        "redeployment Remada→Dehiba, a GNA build-up in Zuwara («قد تُكلَّف لاحقاً بتأمين المعبر» adds no move); "
        "«من المقرر أن تنتشر» in Tataouine governorate (planned); a denied Tunisian entry into Libya via the Dehiba "
        "crossing; a GNA withdrawal Wazin→Nalut «بمجرد أن» (conditional). Experts' «من المحتمل… إذا» and «لا يستبعد… أن "
        "ينشر» along the border are no movements.",
 "cb4": "Cairo outlet (Mada Masr): reported Egyptian reinforcement Marsa Matruh→Sallum and an LNA airlift Benina→Kufra "
        "airport; LNA plans (Subul al-Salam to the Sudan border; a company by sea Benghazi→Tobruk, whose purpose "
        "Amsaad is no destination); an Egyptian «ستتحرك… إذا ثبت» from Mohamed Naguib base to the border (conditional; "
        "Jaghbub is in the condition); the RSF's denial of a withdrawal to Kufra via the triangle. The Sudanese "
        "expert's two scenarios and the Egyptian researcher's «يرجح أن تكتفي القاهرة بتعزيز سيوة والسلوم» are no "
        "movements, although Sallum was reinforced earlier in the article.",
 "cb5": "Think-tank assessment (Arab Center, Doha) on the Libya–Chad–Niger triangle: reported LNA deployment "
        "Sabha→Al Qatrun and a Nigerien reinforcement Agadez→Madama (Niamey is the actor's metonym); a Russian planned "
        "shipment Brak base→Niger via Toummo («تعتزم»); FACT's «ستسحب… إذا» from Kouri Bougoudi (conditional) and its "
        "denial of massing in Umm al-Aranib. The assessment's own «في حال قررت… أن تدفع» Tamanhint→Murzuq/Niger border, "
        "the fighters' «الانكفاء نحو تيبستي» and the closing forecasts are no movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cb1", "cb2", "cb3", "cb4", "cb5")
