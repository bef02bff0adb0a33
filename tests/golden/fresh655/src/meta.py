# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # yg1 Sirte (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # yg2 the western coast (Al-Arab)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # yg3 the south (Al-Majalla)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # yg4 Tripoli and Tripoli (Al-Joumhouria)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (row kind town)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),     # G* (row مطار مصراتة)
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 # yg5 the red line (Al-Ayam)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "Al Hammam"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "border_eg": ("region", "EG", 29.5, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
}

TRAPS = {
 "yg1": ["القدس العربي", "سليمان الهوني", "البنيان المرصوص", "أبو بكر البغدادي", "الكتائب المصراتية", "المالي", "الملك إدريس"],
 "yg2": ["عاصفة السلام", "العرب", "عماد الزنتاني", "التونسية", "المالي"],
 "yg3": ["المجلة", "طارق بن زياد", "التشادية", "الشرارة الأولى", "السودانية", "الفيلق الإفريقي", "الإدريسي"],
 "yg4": ["الجمهورية", "نبيل الطرابلسي", "الليبية", "التركي", "السنوات الخمس", "اللبنانية"],
 "yg5": ["الأيام", "المنطقة الغربية العسكرية", "المصري", "مصري", "مصرية"],
}

PHEN = {
 "yg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_oil", "countries"],
 "yg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yg4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "countries"],
 "yg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yg1": [
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["قاعدة القرضابية"]),
  mv("advance", "reported", "Misrata forces", ["مصراته"], ["سرت"]),
  mv("advance", "reported", "Libyan National Army", ["بن جواد"], ["سرت"], ["هراوة"]),
  mv("mobilise", "planned", "Misrata forces", ["الدافنية"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["مالي"]),
 ],
 "yg2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["صبراتة", "صرمان", "زلطن"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العجيلات"]),
  mv("deploy", "planned", "Tunisian army", [], ["بن قردان", "الذهيبة"]),
  mv("naval_landing", "denied", "GNA forces", [], ["مجمع مليتة"]),
 ],
 "yg3": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنط الجوية"], ["القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة", "مرزق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["معبر التوم"]),
  mv("advance", "conditional", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
 ],
 "yg4": [
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة الكلية الجوية"]),
  mv("reinforce", "conditional", "Turkish armed forces", ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"]),
 ],
 "yg5": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مرسى مطروح", "السلوم"]),
  mv("redeploy", "reported", "Libyan National Army", ["بنغازي"], ["الجفرة"], ["اجدابيا"]),
  mv("shipment", "reported", "Libyan National Army", [], ["قاعدة القرضابية"]),
  mv("mobilise", "planned", "Egyptian army", [], ["السلوم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت"], ["منفذ امساعد"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
}

NOTES = {
 "yg1": "Opinion column on Sirte: an LNA push of 40 vehicles Jufra→Gardabya base (Hun only the witness's town); two "
        "recalled offensives, Al-Bunyan al-Marsous Misrata→Sirte (2016, Misrata forces) and the LNA's entry into Sirte "
        "from Bin Jawad via Harawa (2020, 'دخلتها' resolved to Sirte); Misrata brigades' planned massing at Abu Qurayn "
        "coming from Dafniya; a conditional advance to Sirte ('إذا سقطت قذيفة على الوشكة' — Al-Washka only the "
        "condition); Moscow's denial of a Wagner pull-out Jufra air base→Mali. London, Tripoli, Benghazi, Moscow are "
        "dateline/speaker/background only.",
 "yg2": "Analysis of the western coast: a GNA column Tripoli→Zawiya via Janzour and Al-Maya; the recalled 'Peace Storm' "
        "advance (April 2020) Zawiya→Sabratha, Surman, Zaltan (the border with Tunisia only locates Zaltan); a "
        "hypothetical Zintan descent Zintan→Al-Ajaylat (conditional; Al-Watiya a distance reference, the Nafusa "
        "mountain a metaphor); the Tunisian army's planned deployment in Ben Gardane and Dehiba (Ras Ajdir only for "
        "travellers); a denied GNA landing from the sea at the Mellitah complex (Zuwara only the source).",
 "yg3": "Analysis of the south: an LNA battalion Tamanhint base→Al-Qatrun, fuel/ammunition trucks Sabha→'the town' "
        "(= Al-Qatrun); the recalled 2019 LNA campaign Sabha→Sharara field and Murzuq; a planned company at the "
        "Toummo crossing (Niger only a reference, the border phrase the object of 'ضبط'); a conditional Sudanese "
        "advance North Darfur→Kufra; the LNA's denial of a Russian 'Africa Corps' airlift Al-Khadim base→Brak air "
        "base. Wadi al-Shati, Idri, Fezzan, the border triangle are background only.",
 "yg4": "Lebanese column playing on the two Tripolis: the recalled 2020 airlift of Syrian fighters Istanbul→Mitiga "
        "airport; a Turkish landing ship at Khoms port; a planned Turkish drone unit Al-Watiya base→the Air Academy "
        "base (Misrata only locates it); a conditional Turkish push Misrata→Abu Qurayn if the Sirte front flares (Sirte "
        "only the condition); Turkey's denial of withdrawing mercenaries Tripoli→northern Syria. Tripoli (Lebanon), "
        "Beirut, Bab al-Tabbaneh, Jabal Mohsen, Ankara are not movement places.",
 "yg5": "Bahraini column on Egypt's red line: the recalled June 2020 Egyptian armour Mohamed Naguib base→Marsa Matruh "
        "and Sallum (Al-Hammam only locates the base; Sidi Barrani the speech venue, and the headline question "
        "'هل تعود القاهرة إلى سيدي براني' is a metaphor, not a move); an LNA transfer Benghazi→Jufra via Ajdabiya; "
        "ammunition shipments to Gardabya base (Sirte only locates it); Egypt's planned massing of a brigade in "
        "Sallum; a conditional Egyptian push via the Amsaad crossing to Sirte; a denied Egyptian entry into Jaghbub.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yg1", "yg2", "yg3", "yg4", "yg5")
