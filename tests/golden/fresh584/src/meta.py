# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README: point near Hun)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # vn1 the Sirte-Jufra line (Carnegie, Sada)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # vn2 Turkey's options (Asharq Al-Awsat)
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mersin_port": ("crossing", "TR", 36.795, 34.650, "Port of Mersin"),                   # K
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),  # K
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # vn3 Egypt's red line (Al-Quds Al-Arabi)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "cairo_west": ("base", "EG", 30.1164, 30.9156, "Cairo West Air Base"),                 # K
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "border_egly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G* (row الحدود الليبية المصرية)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind airport)
 # vn4 the south (Emirates Policy Center)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # vn5 the western coast and the Tunisian border (Arab Center, Doha)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                 # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                     # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row Sidi Bin Zinah, found by grep رقدالين)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),            # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
}

TRAPS = {
 "vn1": ["مركز مالكوم كير–كارنيغي للشرق الأوسط", "صدى", "القيادة العامة للجيش الوطني الليبي", "زلة لسان", "الكتائب المصراتية",
         "غرفة عمليات تحرير سرت والجفرة", "نادر الطرابلسي", "الليبية"],
 "vn2": ["الشرق الأوسط", "وزارة الدفاع التركية", "مواقع سورية", "المقاتلين السوريين", "هذه الزاوية", "درع الفرات",
         "نبع السلام", "الخارجية التركية"],
 "vn3": ["القدس العربي", "الجيش المصري", "حسم 2026", "القوات المصرية", "مجلس النواب الليبي", "صالح الطبرقي", "أنور السادات", "المتحدث العسكري المصري", "مصرية", "تدخل مصري"],
 "vn4": ["مركز الإمارات للسياسات", "الفيلق الأفريقي", "القيادة العامة للجيش الوطني الليبي", "قوات الدعم السريع",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي", "إدريس ديبي", "روسية"],
 "vn5": ["المركز العربي للأبحاث ودراسة السياسات", "عبد الرؤوف الزنتاني", "إدريس الفرجاني", "توازنات هشة", "التونسية", "الجيش التونسي", "الليبية"],
}

PHEN = {
 "vn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "vn2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "vn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "vn5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vn1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"], ["زلة"]),
  mv("mobilise", "planned", "Misrata forces", [], ["أبوقرين"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
 ],
 "vn2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة معيتيقة"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["طرابلس"], ["إسطنبول"]),
  mv("naval_landing", "conditional", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
 ],
 "vn3": [
  mv("redeploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار العلمين"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["العلمين"]),
  mv("advance", "conditional", "Egyptian army", [], ["طبرق", "بنغازي"], ["منفذ امساعد"]),
  mv("shipment", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "vn4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["القطرون", "تجرهي"]),
  mv("advance", "conditional", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("withdraw", "denied", "Chadian armed groups", ["تراغن"], ["الحدود مع النيجر"]),
 ],
 "vn5": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["صبراته"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ رأس جدير"]),
  mv("mobilise", "reported", "Zintan forces", [], ["بئر الغنم"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الجميل", "رقدالين"]),
  mv("reinforce", "denied", "Tunisian army", ["تطاوين"], ["معبر الذهيبة"]),
 ],
}

NOTES = {
 "vn1": "Carnegie/Sada brief on the Sirte-Jufra line: an LNA column Benghazi→Jufra air base via Zella (reported, satellite "
        "images; Waddan only the confirming source), Misrata brigades' planned massing at Abu Qurayn (Misrata only the "
        "source), a denied Wagner pull-out Jufra air base→Al Khadim ('east of Benghazi' only locates it), and Turkey's "
        "conditional move of drones Al-Watiya→Misrata airport if Haftar advances on Abu Qurayn/Al-Washka (condition "
        "places, not movement places); Es Sider and Brega ports only in a revenue scenario; Sirte/Jufra in the line and "
        "the operations-room name; Tripoli (Lebanon) a seminar venue beside Libya's capital and the person al-Trabulsi.",
 "vn2": "Asharq Al-Awsat analysis of Turkey's options: two A400Ms Erkilet air base (Kayseri only locates it)→Al-Watiya "
        "(reported; the headline repeats it), a planned training team Al-Watiya→Mitiga, a Turkish navy supply ship that "
        "unloaded armour at Misrata port (reported shipment, no origin written), a denied airlift of Syrian fighters "
        "northern Syria→Tripoli via Istanbul, and a conditional frigate/landing ship Mersin port→Khums port if Haftar cuts "
        "the road west of Sirte (condition place); a possible drawdown names no place; Tunis only the diplomat's city.",
 "vn3": "Al-Quds Al-Arabi op-ed on Egypt's red line: an armoured brigade Mohamed Naguib base (in El Hammam, a locator)→"
        "Marsa Matruh (reported), a planned paratroop airlift Cairo West→El Alamein airport and a planned landing of "
        "marines from Alexandria on the Alamein coast for the «Hasm 2026» drill (the border only recalls 2020 drills), a "
        "conditional advance through the Amsaad crossing to Tobruk and Benghazi if the GNA crosses the Sirte-Jufra line, "
        "and denied arms shipments to Gamal Abdel Nasser air base ('south of Tobruk' a locator); Sidi Barrani only the "
        "place of the 2020 speech.",
 "vn4": "Emirates Policy Center paper on the south: Russian Il-76s Brak air base→Maaten al-Sarra (reported; the border "
        "triangle with Chad and Sudan locates it), a planned LNA battalion Murzuq→Al Qatrun and Tajarhi (El Feel field "
        "only the reason), a conditional RSF advance North Darfur→Kufra via the border triangle if fighting spreads in "
        "Darfur (condition), and a Chadian group's denied pull-out Traghen→the Niger border; Idri held without a move; "
        "Idriss Deby a person trap; N'Djamena spelled two ways.",
 "vn5": "Arab Center (Doha) policy brief on the western coast: a GNA reinforcement Tripoli→Zuwara via Sabratha after the "
        "Zawiya clashes (reported; Zawiya only the event), a planned joint force Tripoli→Ras Ajdir crossing, Zintan's "
        "reported massing at Bir al-Ghanam ('south of Zawiya' a locator), Zintan brigades' conditional advance Zintan→"
        "Al-Jumayl and Regdalin if the Zintan-Zuwara understanding collapses, and a denied Tunisian reinforcement "
        "Tataouine→Dehiba crossing (Wazin only the facing town; Tunis the ministry's city).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vn1", "vn2", "vn3", "vn4", "vn5")
