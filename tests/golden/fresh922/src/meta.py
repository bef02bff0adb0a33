# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                      # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),              # G
 # qin1 Oil Crescent force majeure (Amwal Al Ghad, Benghazi)
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),             # G* (row راس لانوف, written ميناء راس لانوف)
 "ras_lanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G* (same row, kind town)
 "ras_lanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),               # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G (row أجدابيا)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # qin2 Zawiya refinery stoppage and Tripoli fuel queues (Zawya, Tripoli)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                  # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),              # G* (row مصفاة الزاوية: refinery and oil terminal)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                    # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                    # G
 # qin3 Sharara shutdown and fuel shortage in Fezzan (Arabian Business, Dubai)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),                 # G* (city row, kind district)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت, written تمنهنط)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),      # G* (row الحدود الليبية التشادية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 # qin4 Turkish fuel exports to Misrata (Forbes Middle East, Istanbul)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                                # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                 # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                     # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                   # G
 "khums_base": ("base", "LY", 32.67610, 14.24130, "Khoms naval base"),                      # G* (row ميناء الخمس, kind base)
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                      # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                   # G* (city row مرسين, kind crossing)
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                       # G (row قاعدة إنجيرليك, written إنجرليك)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 # qin5 Ras Ajdir closure and fuel trade in southern Tunisia (Mubasher, Tunis)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "border_tn_dz": ("region", "TN", 33.61253, 7.73967, "Tunisia-Algeria border (Tunisian side)"),  # G* (row الحدود التونسية الجزائرية)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),           # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),               # G* (town row, kind district)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
}

TRAPS = {
 "qin1": ["أموال الغد", "القوة القاهرة", "مزيج السدرة", "اللواء طارق بن زياد", "السرتي", "روسية",
          "الفيلق الأفريقي", "إدريس عبد الفتاح", "الليبية", "المصرف المركزي"],
 "qin2": ["زاوية", "قوة حماية طرابلس", "شركة البريقة لتسويق النفط", "اللواء 111 مجحفل", "علي الزاوي", "التركية"],
 "qin3": ["أريبيان بزنس", "الليبية", "الإسبانية", "الفرنسية", "اللواء 128 المعزز", "الجيش الوطني الليبي",
          "إدريس المرزوقي", "المرزوقي", "تشاديين"],
 "qin4": ["التركي", "فوربس الشرق الأوسط", "الأشهر الخمسة", "الأتراك", "تركية", "شارع طرابلس", "وكالة الأناضول",
          "السوريين", "لواء الصمود", "الليبي"],
 "qin5": ["مباشر", "الليبي", "الجزائري", "الجيش التونسي", "عبد الرزاق النالوتي", "تونسية",
          "اتحاد الصناعة والتجارة التونسي"],
}

PHEN = {
 "qin1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qin2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "countries"],
 "qin3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qin4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qin5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qin1": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ميناء السدرة"], ["بن جواد"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "planned", "Libyan National Army", ["اجدابيا"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["راس لانوف"], ["سرت"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار راس لانوف"]),
 ],
 "qin2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["مجمع مليتة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء الزاوية"]),
 ],
 "qin3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["حقل الفيل"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("mobilise", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["مرزق"]),
 ],
 "qin4": [
  mv("deploy", "reported", "Turkish armed forces", ["إزمير"], ["قاعدة الخمس البحرية"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["سوريا"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
 ],
 "qin5": [
  mv("mobilise", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["مدنين"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("advance", "denied", "GNA forces", ["طرابلس"], ["زوارة"]),
 ],
}

NOTES = {
 "qin1": "Economy report on force majeure at Es Sider and Ras Lanuf (Benghazi dateline): an LNA reinforcement "
         "Sirte→Es Sider terminal via Bin Jawad, marines shipped from Benghazi port and landed at Ras Lanuf terminal, "
         "a planned battalion Ajdabiya→Brega port, a conditional return of the units in Ras Lanuf to Sirte (بمجرد) "
         "and a denied Russian airlift Al-Jufra air base→Ras Lanuf airport; Italy, Spain, Cairo and Egypt are "
         "economic background; traps: 'القوة القاهرة' (Cairo in force majeure), 'مزيج السدرة' (crude grade), the "
         "spokesman السرتي, the economist إدريس.",
 "qin2": "Tripoli fuel queues after the Zawiya refinery stopped (Zawya, whose name is inside every الزاوية): a "
         "GNU brigade Tripoli→the refinery (anaphora «داخل المصفاة»), a naval landing Abu Sitta base→Zawiya oil "
         "port, a planned company Zuwara→Mellitah, a conditional Misratan reinforcement Misrata→Zawiya and a denied "
         "Turkish armour shipment Mersin→Zawiya port; Janzour, the Misrata depot, Italy and Kuwait are background.",
 "qin3": "Sharara shutdown and the Fezzan fuel shortage (Arabian Business, Dubai): an LNA column Sabha→Sharara via "
         "Ubari, a cargo flight Benina→Tamanhint (spelled تمنهنط), a planned company Idri (Wadi al-Shati)→El Feel, "
         "a conditional advance Sabha→Al-Qatrun and a denied Chadian massing near Murzuq after crossing from the "
         "Chad border; spokesman إدريس المرزوقي (Idri and Murzuq spellings inside a person's name).",
 "qin4": "Turkish fuel exports to Libya (Forbes Middle East, Istanbul): Turkish frigates Izmir→Khoms naval base, "
         "an armour shipment Mersin port→Misrata port, a planned airlift Incirlik→Al-Watiya, a denied return of "
         "Syrian fighters Al-Watiya→Syria and a conditional Misratan advance Abu Qurayn→Sirte; Khoms power barge, "
         "Misrata free zone and 'شارع طرابلس' are background/traps, 'الأشهر الخمسة' holds Khums.",
 "qin5": "Ras Ajdir closure and fuel smuggling in southern Tunisia (Mubasher, Tunis dateline vs Tunisia the "
         "country): the Tunisian army massing Medenine→Ben Gardane, its conditional return to Medenine (بمجرد), a "
         "planned GNU company Nalut→Wazin crossing and a denied column Tripoli→Zuwara; Tataouine, the Medenine "
         "governorate, the Algerian border, Zuwara municipality and Sfax are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qin1", "qin2", "qin3", "qin4", "qin5")
