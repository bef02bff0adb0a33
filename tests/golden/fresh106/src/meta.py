# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                        # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                     # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                          # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                        # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                        # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                                    # G* (Hun town point, README convention)
 # dd1 Zawiya (Fawasel Media)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                      # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                       # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                         # G
 "zawiya_refinery": ("oilfield", "LY", 32.775, 12.698, "Zawiya oil refinery"),                   # K
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                                     # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                         # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                                   # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                       # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.185, "Port of Tripoli"),                          # K
 # dd2 Ben Gardane (Shems FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                                # G
 "rasajdir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing (Tunisian post)"),  # G* (row منفذ رأس جدير, country TN)
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),             # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                     # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                           # G
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                        # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                         # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                           # G
 "border_tnside": ("region", "TN", 32.70, 11.30, "Tunisia-Libya border (Tunisian side)"),        # K
 # dd3 Oil Crescent (Al-Motawaset)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                     # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                           # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                                    # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                          # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                                # G* (row قاعدة بنينا الجوية)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port (oil terminal)"),       # G* (row راس لانوف)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                             # G* (row براك; surface براك الشاطى)
 # dd4 Fezzan (Libya Panorama)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                           # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                      # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                      # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                     # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                      # G* (row الحدود الليبية التشادية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                          # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                    # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                             # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                       # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                          # G
 # dd5 the Libya-Sudan-Egypt triangle (Alrakoba)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),         # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                               # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                        # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                         # G
 "border_sdside": ("region", "SD", 21.0, 25.3, "Sudan-Libya border (Sudanese side)"),            # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                           # G
 "borders_ly": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                       # G* (row الحدود الليبية السودانية)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                       # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                     # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                             # G* (row مطار شرق العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                           # G
}

TRAPS = {
 "dd1": ["قناة ليبيا الاحرار", "عماد الطرابلسى", "ما ادري"],
 "dd2": ["التونسى", "Tunisian Army", "الليبى", "مصادر ليبيه"],
 "dd3": ["غرفة عمليات سرت الجفره", "الفيلق الافريقى الروسى", "Africa Corps", "المنشآت النفطيه"],
 "dd4": ["ليبيا بانوراما", "محمد الغاتى", "ما ادري", "المعارضه التشاديه", "اللبنانيه"],
 "dd5": ["الابار المالحه", "سودان تربيون", "Sudan Tribune", "القوه المشتركه لحركات دارفور", "صفحات سودانيه",
         "الجيش السودانى", "الجيش المصرى"],
}

PHEN = {
 "dd1": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
 "dd2": ["spelling", "clitics", "multiword", "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "dd3": ["spelling", "clitics", "multiword", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases",
         "coverage_oil", "countries"],
 "dd4": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "dd5": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "dd1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاويه", "مصفاة الزاوية", "الحرشه"], ["جنزور", "الماية"]),
  mv("redeploy", "reported", "GNA forces", ["الزاويه"], ["صرمان"]),
  mv("mobilise", "planned", "Zintan forces", ["الزنتان"], ["العزيزيه"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراته"], ["ميناء طرابلس"]),
  mv("withdraw", "denied", "GNA forces", ["الماية"]),
 ],
 "dd2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("withdraw", "reported", "GNA forces", ["منفذ راس اجدير"], ["زواره"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبه", "رماده"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", None, ["ليبيا"], [], ["الذهيبه"]),
 ],
 "dd3": [
  mv("redeploy", "reported", "Libyan National Army", ["اجدابيه"], ["راس لانوف", "ميناء السدره"], ["البريقه", "العقيله"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الجفره الجويه"]),
  mv("naval_landing", "planned", "Libyan National Army", ["بنغازى"], ["ميناء راس لانوف"]),
  mv("advance", "conditional", "GNA forces", ["ابوقرين"], ["سرت"]),
  mv("withdraw", "denied", "Russian forces", ["الجفره"], ["براك الشاطى"]),
 ],
 "dd4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبـهـا"], ["اوبارى"], ["الغريفه"]),
  mv("advance", "reported", "Chadian armed groups", ["تيبستى"], ["القطرون"], ["الحدود مع تشاد"]),
  mv("airlift", "planned", "Libyan National Army", ["بنغازى"], ["قاعدة تمنهنت"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("shipment", "denied", "Libyan National Army", ["الجفره"], ["ادرى"]),
 ],
 "dd5": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحه"], ["جبل العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفره"], ["السودان"], ["المثلث الحدودى"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["الكفره"]),
  mv("deploy", "planned", None, ["الدبه"], ["المثلث الحدودى"]),
  mv("reinforce", "reported", "Egyptian army", [], ["شرق العوينات"]),
  mv("withdraw", "reported", None, ["المثلث الحدودى"]),
 ],
}

NOTES = {
 "dd1": "Sloppy Facebook repost (Fawasel Media, Tripoli): ه for ة, ى for ي, missing hamzas, tatweel in «عـاجـل», Latin "
        "words and English unit names in brackets, ١٥/12 numerals, hashtags (#الزاويه #ليبيا #Libya) and a pasted reader "
        "comment with «ما ادري». Reported 444 Brigade deploy Tripoli->Zawiya via Janzour and Al-Maya (stationed near the "
        "refinery and Al-Harsha), reported SSA redeploy Zawiya->Surman, planned Zintan massing at Al-Aziziyah, conditional "
        "Misrata sea move to Tripoli port («اذا»), denied pull-out from the Al-Maya gate («لا صحه»).",
 "dd2": "Tunisian radio post (Shems FM, Ben Gardane) with «أفريل», ٦/12/4 numerals, (Tunisian Army)/(APC) and the Latin "
        "place name «Ben Guerdane». Reported Tunisian reinforcement Medenine->Ben Gardane and the Ras Jedir crossing, "
        "reported GNA pull-back Ras Ajdir->Zuwara, planned deployment to Dhehiba and Remada, conditional move Gabes->the "
        "border with Libya («اذا»), denied entry of armed groups from Libya near Dhehiba. Tunis (city, speaker) vs "
        "Tunisia (country, comment); Medenine town vs «ولاية مدنين».",
 "dd3": "Small-site copy (Al-Motawaset, Ajdabiya): dateline «اجدابيا» and body «اجدابيه», «بنغازى», «الجفره», 21/5/2026 "
        "and ٧٠, (Tariq Bin Ziyad Brigade), (IL-76), (Marines), (Africa Corps), TikTok/X. Reported LNA redeploy "
        "Ajdabiya->Ras Lanuf/Es Sider via Brega and El Agheila, reported airlift Benina->Jufra air base, planned sea move "
        "Benghazi->Ras Lanuf port, conditional GNA advance Abu Qurayn->Sirte («اذا»), denied Africa Corps pull-out "
        "Jufra->Brak («لا صحه»). The operations room «سرت الجفره» is a trap.",
 "dd4": "TV channel post (Libya Panorama, Sabha): «سبـهـا» with tatweel, «اوبارى», «ادرى», «وادى الشاطى», 12/٣٠/6 "
        "numerals, (128th Infantry Brigade), (FACT), (voice note), (air bridge), a reader comment and a pasted «اقرأ ايضا» "
        "line about Tripoli in Lebanon. Reported LNA reinforcement Sabha->Ubari via Al-Ghurayfa, reported Chadian "
        "advance Tibesti->Al Qatrun across the Chad border, planned airlift Benghazi->Tamanhint, conditional deployment "
        "on the Algerian border («فى حال»), denied ammunition trucks Jufra->Idri («فبركه»).",
 "dd5": "Sudanese site (Alrakoba) reposting Facebook pages: «الراكوبه», «المالحه», «الكفره», «الدبه», 150/١٢, "
        "(RSF)/(Rapid Support Forces)/(technicals)/(Subul al-Salam)/(Sudan Tribune), #Sudan. Reported RSF advance "
        "Al Malha->Jebel Uweinat, denied LNA fuel trucks Kufra->Sudan via the triangle, conditional Subul al-Salam "
        "massing in Kufra («اذا»), planned Sudanese army move Ad Dabbah->the triangle, reported Egyptian reinforcement "
        "of East Oweinat, and a June-2025 flashback withdrawal of the Sudanese army from the triangle.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dd1", "dd2", "dd3", "dd4", "dd5")
BAR_IN_TEXT = True  # the text has a literal "|" («عـاجـل |», «سبـهـا | ليبيا بانوراما»)
