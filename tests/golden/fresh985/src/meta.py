# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 # qky1 Sharara blockade (Al-Alam Al-Youm, Tripoli)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row ماداما)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 # qky2 Mellitah blockade (Al-Quds, Tripoli)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G (row مجمع مليتة)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G (the Libyan row; not Djado, NE)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 # qky3 Oil Crescent ports (Dijlah, Benghazi)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G (row راس لانوف)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "basra": ("city", "IQ", 30.50852, 47.78040, "Basra"),                                  # G* (row بصرة)
 "vienna": ("city", "AT", 48.20849, 16.37208, "Vienna"),                                # G
 "kirkuk": ("city", "IQ", 35.46806, 44.39222, "Kirkuk"),                                # G
 "tripoli_lb_refinery": ("oilfield", "LB", 34.46, 35.87, "Tripoli refinery (Lebanon)"),  # K
 # qky4 El Kamour sit-in, southern Tunisia (Al-Wakeel News, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "south_tunisia": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),              # G* (row جنوب تونس)
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "skhira": ("oilfield", "TN", 34.30, 10.07, "La Skhira oil terminal"),                  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "border_tnside": ("region", "TN", 32.5, 10.9, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # qky5 Sarir/Messla/Hariga blockade (SNRTnews, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row ربات; الرباط among its names)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "skhirat": ("town", "MA", 33.85270, -7.03171, "Skhirate"),                             # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "qky1": ["العالم اليوم", "القوة القاهرة", "خام الشرارة", "إدريس الأوباري", "حراك غضب فزان", "طارق بن زياد",
          "الجيش النيجري", "المصري"],
 "qky2": ["القدس", "مادغيس النالوتي", "قوة حماية طرابلس", "شركة مليتة للنفط والغاز", "من الزاوية القانونية", "الإيطالية", "الليبي"],
 "qky3": ["دجلة", "غرفة عمليات سرت الجفرة", "حرس المنشآت النفطية بالمنطقة الوسطى", "سالم السرتاوي", "العراقية",
          "الليبية", "الأوروبية"],
 "qky4": ["الوكيل الإخباري", "اعتصام الكامور", "عمر التطاويني", "الجيش التونسي", "الاتحاد العام التونسي للشغل",
          "الجانب الليبي"],
 "qky5": ["SNRTnews", "الفرقاء الليبيين", "المغربية", "قبيلة الزوية", "إدريس الطبرقي", "صلاة المغرب",
          "الدعم السريع", "السوداني", "الحوار الليبي"],
}

PHEN = {
 "qky1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qky2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qky3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qky4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qky5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qky1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["حقل الفيل"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"], ["مرزق"]),
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["قاعدة ماداما"]),
 ],
 "qky2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مجمع مليتة"], ["صبراتة"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["مليتة"], ["العجيلات"]),
  mv("reinforce", "denied", None, ["نالوت", "جادو"], ["زوارة"]),
 ],
 "qky3": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ميناء راس لانوف"], ["بن جواد"]),
  mv("shipment", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء السدرة"], ["اجدابيا"]),
  mv("mobilise", "reported", None, [], ["بن جواد"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["مطار راس لانوف"]),
 ],
 "qky4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["رمادة"], ["مدنين"]),
  mv("shipment", "reported", "Tunisian army", ["صفاقس"], ["الذهيبة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("deploy", "conditional", "Tunisian army", ["برج الخضراء"], ["حقل البرمة"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["تطاوين"]),
 ],
 "qky5": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["حقل مسلة"], ["جالو"]),
  mv("redeploy", "reported", "Libyan National Army", ["تازربو"], ["حقل السرير"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الحريقة"]),
  mv("advance", "conditional", "Libyan National Army", ["حقل مسلة"], ["حقل السرير"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
}

NOTES = {
 "qky1": "Sharara blockade by Fezzan protesters (force majeure; 'القوة القاهرة' hides Cairo, which is also a gold "
         "venue): an LNA brigade Sabha→Sharara field via Ubari, a planned company repositioning Brak→El Feel field, a "
         "conditional airlift Benina base→Tamanhint base if the talks led by the Ubari municipality fail, a denied "
         "garrison pull-out El Feel→Murzuq, and the Nigerien army reinforcing Madama from Agadez (Niamey only the "
         "source); the coordinator's name holds both إدري and أوباري, the movement's name holds Fezzan; Idri, the "
         "Isayen crossing and Algeria are only named in the protesters' demands and threat.",
 "qky2": "Amazigh protesters shut the Mellitah complex (company name 'شركة مليتة' is a trap): a column of the 'قوة "
         "حماية طرابلس' (trap) Tripoli→Mellitah via Sabratha, a planned marine landing Abu Sitta naval base→Mellitah, "
         "a conditional Zintani advance Zintan→Mellitah via Al-Ajaylat if the complex is not reopened in 72 hours, and "
         "a denied arrival of gunmen from Nalut and Jadu in Zuwara (no canonical actor); Ras Ajdir only threatened, "
         "'من الزاوية القانونية' a common-word trap beside the gold Zawiya; Algiers (الجزائر العاصمة) vs Algeria; "
         "Sicily, Italy and Rome are background.",
 "qky3": "Tribal notables close Es Sider and Ras Lanuf: LNA units Sirte→Ras Lanuf port via Bin Jawad, a planned "
         "supply ship Benghazi port→Brega port, a conditional pull-back of the oil-facility guards Es Sider→Ajdabiya, "
         "tribal gunmen massing in Bin Jawad (actor null), and a denied Wagner airlift Jufra air base→Ras Lanuf "
         "airport; the op-room name holds Sirte and Jufra, the officer's name holds Sirte; Baghdad, Basra, Vienna, "
         "Iraq, Kirkuk and the Tripoli refinery in Lebanon are the Iraqi channel's background.",
 "qky4": "El Kamour sit-in shuts the valve (the sit-in's name is a trap; El Kamour never gold): Tunisian army "
         "reinforcements Gabes→Remada via Medenine, fuel trucks Sfax→Dehiba, a planned airlift El Aouina base→Djerba "
         "airport, a conditional deployment Borj El Khadra→El Borma field and a denied withdrawal Borj El Khadra→"
         "Tataouine; Tunis dateline vs the country, Tataouine governorate vs town, the border with Libya and Ras Ajdir "
         "only background.",
 "qky5": "Zuwayya protesters close Sarir, Messla and the Hariga terminal in Tobruk, with the Bouznika talks as the "
         "condition: an LNA battalion Ajdabiya→Messla via Jalu, a company repositioned Tazirbu→Sarir, a planned marine "
         "landing Benghazi port→Hariga, a conditional advance Messla→Sarir if Bouznika fails and a denied RSF massing "
         "in Kufra; Rabat (dateline and metonymy), Morocco, Skhirat, Bouznika and the border with Sudan (a distance "
         "reference) are not movement places; 'صلاة المغرب', 'المغربية' and the sheikh 'إدريس الطبرقي' are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qky1", "qky2", "qky3", "qky4", "qky5")
