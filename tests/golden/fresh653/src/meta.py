# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "nyc": ("city", "US", 40.71427, -74.00597, "New York City"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tri_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 # ye1 the Russian air bridge (Al-Quds Al-Arabi, New York)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tri_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.980, "Port of Tobruk"),                   # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # ye2 the Tripoli clashes (Al-Jarida, Tunis)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G* (row مصراتة, written مصراته)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "janzur": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # ye3 the Secretary-General's report (Al-Liwa, Beirut)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا, written اجدابيا)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # ye4 the Sudan panel and the south-western Egyptian border (Al-Wafd, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "east_owainat": ("region", "EG", 22.58570, 28.71660, "East Owainat"),                  # G* (row مطار شرق العوينات)
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G (row الوادي الجديد)
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # ye5 the OHCHR report on the south (QNA, Geneva)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "ye1": ["القدس العربي", "الفيلق الأفريقي", "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانية", "الروس"],
 "ye2": ["كتيبة ثوار طرابلس", "اللواء 444 قتال", "جهاز دعم الاستقرار", "ليبيا الأحرار", "ريم الجنزوري", "التركية",
         "الليبي"],
 "ye3": ["لواء طارق بن زياد", "الجيش الوطني الليبي", "المنطقة العسكرية الوسطى", "تلفزيون لبنان", "السوريين", "تركية",
         "لبنانية"],
 "ye4": ["قوات الدعم السريع", "كتيبة سبل السلام", "الجيش الوطني الليبي", "إدريس عبد القادر", "مالي",
         "وكالة أنباء الشرق الأوسط", "الليبية", "السوداني", "المصرية"],
 "ye5": ["اللواء 128 معزز", "الجيش الوطني الليبي", "الجديد", "عبد السلام الإدريسي", "تشادية"],
}

PHEN = {
 "ye1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "ye2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ye3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_oil", "coverage_crossings", "countries"],
 "ye4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ye5": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ye1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("naval_landing", "planned", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الخادم"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
 ],
 "ye2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["طرابلس"], ["تاجوراء"]),
  mv("advance", "reported", "GNA forces", ["عين زارة"], ["أبو سليم"]),
  mv("mobilise", "reported", "Zintan forces", [], ["العزيزية"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["مطار طرابلس الدولي"]),
  mv("redeploy", "planned", "GNA forces", ["سوق الجمعة", "أبو سليم"]),
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["قاعدة معيتيقة"]),
 ],
 "ye3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا", "راس لانوف"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("advance", "conditional", "GNA forces", ["الهيشة"], ["سرت"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["سوريا"], ["مطار معيتيقة"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "ye4": [
  mv("advance", "reported", "Sudanese armed groups", ["مثلث العوينات"], ["المالحة"]),
  mv("withdraw", "reported", "Libyan National Army", ["مثلث العوينات"], ["الكفرة"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Egyptian army", ["أسوان"], ["شرق العوينات"]),
  mv("advance", "conditional", "Egyptian army", [], ["مثلث العوينات"]),
 ],
 "ye5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تجرهي"], ["تيبستي"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Libyan National Army", ["إدري"]),
  mv("mobilise", "denied", "Russian forces", [], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "ye1": "UN Panel of Experts report as told by Al-Quds Al-Arabi: a Russian Il-76 airlift Hmeimim base→Al Jufra air base "
        "(dates in parentheses), a ~200-strong group Jufra base→Maaten al-Sarra base via Kufra ('probably', para. 41), "
        "a planned Russian naval landing Tartus→Tobruk port (para. 44), a conditional Russian departure from Al Khadim "
        "base (Al Marj only locates it; Benghazi only the venue) and the LNA's denied fuel/ammunition shipment "
        "Kufra→the Uweinat triangle (annex 17). The headline's Syria→Libya air bridge repeats the airlift; Moscow, "
        "Damascus, Russia, Tripoli and New York are speakers, dateline or background.",
 "ye2": "Amnesty-style report as told by Al-Jarida (Tunis dateline): Misrata columns Misrata→Tripoli via Tajura, the "
        "444 Brigade (trap) advancing Ain Zara→Abu Salim, Zintan forces massing in Al-Aziziyah and their conditional "
        "advance from there to Tripoli International Airport, the GNA's planned removal of units from Souq al-Juma and "
        "Abu Salim to unnamed camps, and a Turkish airlift Turkey→Mitiga base denied by Ankara's ministry. Janzur, "
        "Ain Zara (second mention) and the border with Tunisia (displaced families) are not movement places; Tunis is "
        "the dateline and the report's launch venue.",
 "ye3": "UN Secretary-General's report as told by the Beirut daily Al-Liwa: an LNA brigade (trap) Benghazi→Sirte via "
        "Ajdabiya and Ras Lanuf, Turkish marines landed at Khoms port, GNA forces' conditional advance Al-Hisha→Sirte "
        "(Abu Qurayn only the condition), a planned repatriation of Syrian mercenaries Tripoli→Syria via Mitiga airport, "
        "and a cargo ship Tripoli (Lebanon) port→Benghazi port whose military cargo the port denies (actor null). The "
        "last 'طرابلس' (customs records) is Tripoli in Lebanon; Beirut and New York are dateline/venue.",
 "ye4": "UN Sudan Panel report as told by Al-Wafd: RSF advance Uweinat triangle→Al Malha (North Darfur district beside "
        "the town), the LNA's Subul al-Salam (trap) withdrawal from the triangle to Kufra, LNA cargo flights Benina "
        "base→Kufra airport denied in annex 41, a planned Egyptian deployment Aswan→East Owainat (New Valley "
        "governorate only locates it) and a conditional Egyptian advance to the triangle. Darfur, El Fasher, Port "
        "Sudan, Khartoum and Cairo are background, speakers or dateline; the border with Sudan is a purpose.",
 "ye5": "OHCHR report to the Human Rights Council as told by QNA (Geneva): an LNA deployment Sabha→Al Qatrun via Murzuq "
        "(the border with Niger only the end of the road the checkpoints sit on), Chadian rebels' withdrawal "
        "Tajarhi→Tibesti, a planned LNA company Al Qatrun→Toummo crossing, a conditional LNA pull-out from Idri (Sharara "
        "field only a distance reference) and a denied massing of Russians at Brak air base. 'قطر' occurs first inside "
        "'القطرون'; Algeria the country and Algiers the city.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ye1", "ye2", "ye3", "ye4", "ye5")
