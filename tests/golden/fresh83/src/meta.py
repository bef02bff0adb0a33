# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README); K = own representative point
# (see README "Coordinates not from the gazetteer").
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                 # G
 # capitals and datelines
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G (surface الجزائر العاصمة)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                           # G
 # Libya: south-west and south
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G
 "salvador": ("crossing", "LY", 23.52000, 11.99000, "Salvador Pass"),                       # G* (row مثلث السلفادور, kind crossing)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "toummo_area": ("region", "LY", 22.65000, 14.20000, "Toummo"),                             # G* (crossing row, as area)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),                   # G* (district row غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                       # G
 # Libya: bases and ports
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G* (row قاعدة بنينا الجوية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G* (row قاعدة الجفرة الجوية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (Tobruk city row)
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),               # G* (Benghazi city row)
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G (gazetteer kind village)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 # Mali
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                         # G
 "azawad": ("region", "ML", 19.00000, 0.00000, "Azawad"),                                   # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                       # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                              # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                          # G (row جاو)
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                           # G
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border"),               # G* (row الحدود المالية الجزائرية)
 # Niger
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                        # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                    # G (not Jadu, Libya)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G (row أغاديس)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                       # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                      # G (row بيلما)
 # Chad
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G* (row كوري بوقودي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                     # G
 # the Sahel
 "sahel": ("region", "NE", 15.50000, 5.00000, "Sahel"),                                     # K
}

TRAPS = {
 "cg1": ["صحراء ميديا", "جبهة تحرير أزواد", "الماليين", "دعماً مالياً", "الفيلق الأفريقي", "الجيش المالي",
         "مصادر عسكرية مالية", "علي الفزاني", "الجيش الوطني الليبي", "طارق بن زياد"],
 "cg2": ["الجيش الليبي", "العين الإخبارية", "الجيش الوطني الليبي", "طارق بن زياد", "الماليين", "النيجريين",
         "الخبر", "الجيش الجزائري", "حكومة الوحدة الوطنية", "عماد الطرابلسي"],
 "cg3": ["الفيلق الأفريقي", "دويتشه فيله", "DW", "ما ادري", "طرق الإمداد الساحلية", "الجبهة الوطنية للتحرير",
         "الجيش النيجري"],
 "cg4": ["الجيش الليبي", "الحرة", "التشاديين", "الجيش التشادي", "الجيش الوطني الليبي",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "المعارضة التشادية", "حكومة الوحدة الوطنية", "عماد الطرابلسي"],
 "cg5": ["الفيلق الأفريقي", "العرب", "أحمد المسماري", "مجموعة فاغنر", "لوجستياً ومالياً"],
}

PHEN = {
 "cg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "cg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "cg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cg5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cg1": [
  # Malian gunmen: northern Mali -> Djado -> Salvador Pass -> Al Awaynat (headline = same move)
  mv("advance", "reported", "Foreign fighters", ["شمال مالي"], ["العوينات"], ["جادو", "ممر السلفادور"]),
  # Africa Corps pull-back Tessalit -> Gao
  mv("withdraw", "reported", "Russian forces", ["تساليت"], ["غاو"]),
  # FLA denies sending fighters to Libya / moving them to Fezzan
  mv("deploy", "denied", "Foreign fighters", [], ["ليبيا", "فزان"]),
  # Malian army (with Africa Corps support) plans to advance on Tinzaouaten
  mv("advance", "planned", None, [], ["تينزاواتين"]),
  # LNA units would deploy at the Salvador Pass and the border triangle «إذا ثبت»
  mv("deploy", "conditional", "Libyan National Army", [], ["ممر السلفادور", "المثلث الحدودي"]),
  # LNA reconnaissance patrols Idri/Ubari -> Al Awaynat
  mv("deploy", "reported", "Libyan National Army", ["إدري", "أوباري"], ["العوينات"]),
 ],
 "cg2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار غات"]),
  # the attackers' infiltration (no destination written)
  mv("advance", "reported", "Foreign fighters", ["شمال النيجر"], [], ["ممر السلفادور"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ إيسين", "المثلث الحدودي"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت", "إليزي"]),
 ],
 "cg3": [
  # Africa Corps supply convoy (cargo) Brak air base -> Dirkou (headline ليبيا -> النيجر = same move)
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["ديركو"],
     ["سبها", "القطرون", "منفذ التوم", "ماداما"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["جادو", "ممر السلفادور"]),
  mv("withdraw", "reported", "Foreign fighters", ["أرليت"], ["ليبيا"]),
  # Nigerien army battalion (not a canonical actor)
  mv("redeploy", "planned", None, ["أغاديز"], ["بلما"]),
  mv("airlift", "conditional", "Russian forces", ["باماكو"], ["أغاديز"]),
 ],
 "cg4": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب", "تجرهي"], ["تيبستي"], ["تومو"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("advance", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("deploy", "denied", "Chadian armed groups", [], ["ليبيا"]),
  # Chadian army (not a canonical actor)
  mv("reinforce", "conditional", None, [], ["زوار", "وور"]),
 ],
 "cg5": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة"], ["قاعدة الخادم"]),
  # «على أن يُنقل جزء … لاحقاً إلى النيجر ومالي» (no origin written)
  mv("redeploy", "planned", "Russian forces", [], ["النيجر", "مالي"], ["منفذ التوم", "ممر السلفادور"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء بنغازي"]),
  mv("withdraw", "conditional", "Wagner Group", ["حقل الشرارة"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "cg1": "Sahara Medias (Bamako): Malian gunmen northern Mali→Djado→Salvador Pass→Al Awaynat; Africa Corps "
        "Tessalit→Gao; FLA denial (Libya/Fezzan); planned Malian advance on Tinzaouaten; LNA conditional deployment "
        "at the Salvador Pass and the triangle, and patrols Idri/Ubari→Al Awaynat. Traps: مالي inside الماليين/"
        "دعماً مالياً/الجيش المالي, فزان inside علي الفزاني; Djado (Niger) spelled like Jadu (Libya).",
 "cg2": "Al-Ain News (Benghazi): LNA column Sabha→Ghat via Ubari and Al Awaynat, a Benina→Ghat airport airlift, "
        "infiltrators from northern Niger via the Salvador Pass, a planned company for Isayen and the triangle, a "
        "denied pull-out Al Wigh→Al Qatrun, Algeria's conditional reinforcement of Djanet/Illizi. Speakers' places "
        "(Algiers, Tripoli) are not movement places; Tripoli vs عماد الطرابلسي; Algeria vs Algiers.",
 "cg3": "DW Arabic (Niamey): an Africa Corps supply convoy Brak air base→Dirkou via Sabha, Al Qatrun, Toummo and "
        "Madama; the FPL's denied build-up at Djado/Salvador; its earlier pull-back Arlit→Libya; a planned Nigerien "
        "army move Agadez→Bilma; a conditional Russian airlift Bamako→Agadez. Trap «ما ادري» (Idri); "
        "الساحلية (coastal) is not the Sahel.",
 "cg4": "Alhurra (Washington): Chadian gunmen Umm al-Aranib/Tajarhi→Tibesti via Toummo; LNA units Tamanhint air "
        "base→Al Qatrun and a planned advance Al Qatrun→Toummo crossing; CCMSR denials (Kouri Bougoudi, Libya); "
        "Chad's conditional reinforcement of Zouar and Wour. N'Djamena twice (accused, speaker) is not a movement place.",
 "cg5": "Al-Arab (Tunis): a Russian landing at Tobruk port, the convoy Tobruk port→Jufra base via Al Khadim, a planned "
        "onward move to Niger and Mali via Toummo and Salvador, a denied landing at Benghazi port, Wagner's "
        "conditional pull-out Sharara→Brak air base. Tunis (dateline) vs Tunisia (country); مالي vs ومالياً.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cg1", "cg2", "cg3", "cg4", "cg5")
