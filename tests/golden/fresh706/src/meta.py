# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared cities
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 # qaf1 Russian forces: Jufra, Maaten al-Sarra, Khadim, Tobruk (Al-Quds Al-Arabi, AFP)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row point, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (G* for the spelling تمنهنط)
 "triangle_sdtd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus_port": ("crossing", "SY", 34.900, 35.870, "Port of Tartus"),                   # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qaf2 Turkish shipment to Al-Khums (Al-Liwaa, Reuters)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qaf3 FACT and the LNA around Al-Qatrun (Al-Ayam, AFP)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row; G* for إنجامينا, a district row)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G (G* for the spelling تبستي)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 # qaf4 the oil crescent and the Misrata brigades (Al-Anba, Reuters)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (row ميناء السدرة; G* for bare السدرة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),             # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 # qaf5 Kufra, Jebel Uweinat and Darfur (Oman daily, AP)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G (row مثلث العوينات; G* for المثلث الحدودي)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "border_sd": ("region", "SD", 19.8, 24.6, "Sudan-Libya border (Sudanese side)"),       # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
}

TRAPS = {
 "qaf1": ["الفيلق الأفريقي", "القدس العربي", "وكالة فرانس برس", "الجيش الوطني الليبي", "الروسية", "فيلق أفريقيا"],
 "qaf2": ["السنوات الخمس", "وزارة الدفاع التركية", "وكالة الأناضول", "عماد الطرابلسي"],
 "qaf3": ["جبهة التناوب والوفاق في تشاد", "وكالة فرانس برس", "الجيش الوطني الليبي", "الحكومة التشادية", "إدريس ديبي"],
 "qaf4": ["الجيش الوطني الليبي", "قوة حماية طرابلس", "شركة الخليج العربي للنفط", "شركة سرت للنفط"],
 "qaf5": ["عمان", "قوات الدعم السريع", "الحكومة السودانية", "كامل إدريس", "الجيش المصري", "الجيش السوداني"],
}

PHEN = {
 "qaf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qaf2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qaf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qaf4": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qaf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qaf1": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "planned", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة براك الشاطئ"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة تمنهنت"]),
 ],
 "qaf2": [
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("deploy", "planned", "Turkish armed forces", ["ميناء الخمس"], ["قاعدة الوطية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["ليبيا"]),
  mv("deploy", "reported", "GNA forces", [], ["الزاوية"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
 ],
 "qaf3": [
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["كوري بوقودي"]),
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["قطرون"], ["أم الأرانب"]),
  mv("reinforce", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["تيبستي"]),
  mv("advance", "denied", "Chadian armed groups", ["ليبيا"], ["فايا لارجو"]),
 ],
 "qaf4": [
  mv("deploy", "reported", "Libyan National Army", ["إجدابيا"], ["ميناء الزويتينة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء السدرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الهيشة"]),
  mv("advance", "conditional", "Misrata forces", ["الهيشة"], ["سرت"]),
  mv("withdraw", "denied", "Libyan National Army", ["البريقة"], ["بنغازي"]),
 ],
 "qaf5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مليط"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
}

NOTES = {
 "qaf1": "AFP copy with translationese: Russian 'Africa Corps' personnel Jufra air base→Maaten al-Sarra base (the "
         "triangle with Chad and Sudan only locates the base), two Ilyushins Hmeimim (Syria)→Al-Khadim base east of "
         "Benghazi (Benghazi a locator), a planned landing ship with marines Tartus port→Tobruk port, a conditional "
         "withdrawal from Brak al-Shati base (Niger and Mali only the supply route's direction, the Sharara field a "
         "locator, Tunis the diplomat's city) and a denied arrival of 'Russian experts' at Tamanhint base north-east "
         "of Sabha (Sabha a locator). The headline repeats body moves.",
 "qaf2": "Reuters copy in a Lebanese paper: a Turkish ship Mersin port→Al-Khums port, the armoured vehicles to be "
         "moved overland to Al-Watiya (planned), Ankara denies airlifting Syrian fighters northern Syria→Libya, the "
         "interior ministry's 300 men deployed in Zawiya (Tripoli only a distance reference; minister Imad "
         "al-Trabelsi a trap), the brigades stationed in Misrata advance on Zawiya only on a formal request "
         "(conditional); the same ship's earlier call at Tripoli port in northern Lebanon carried building "
         "materials (no armed movement).",
 "qaf3": "AFP copy from N'Djamena with French-style transliterations: FACT fighters withdraw from around Al-Qatrun "
         "to Kouri Bougoudi, LNA units Sabha→Qatrun via Umm al-Aranib, a planned reinforcement Al-Qatrun→the "
         "Toummo crossing on the border with Niger, FACT's conditional crossing toward Tibesti (N'Djamena only in "
         "the condition) and Chad's denial of gunmen from Libya reaching Faya-Largeau (Tibesti's second spelling "
         "only where the army watches).",
 "qaf4": "Reuters copy: LNA vehicles Ajdabiya→Zueitina port, marines landed at Es Sider port from Tobruk naval "
         "base, a planned company Jalu→the Sarir field (Ajdabiya '400 km' only a distance reference there), "
         "Misrata brigades massing in Al-Hisha ('80 km south of the city') and their conditional advance on Sirte "
         "(Abu Qurayn only in the condition), and a denied pull-out Brega→Benghazi; the oil-crescent background "
         "and London (the analyst's firm) carry no movement.",
 "qaf5": "AP copy: LNA troops Kufra→Jebel Uweinat, RSF massing in Mellit (North Darfur; the border with Libya '650 "
         "km' away only a distance reference), a planned airlift Benina air base→Kufra airport, a denied arms "
         "shipment Kufra→Darfur via the border triangle (Port Sudan, Benghazi, Cairo only speakers), and an "
         "Egyptian conditional reinforcement of East Oweinat.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qaf1", "qaf2", "qaf3", "qaf4", "qaf5")
