# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared: Sirte, Jufra and their towns
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "jufra_dist": ("district", "LY", 29.15, 16.05, "Al Jufra district"),                   # K (same point)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al Fuqaha"),                             # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # Russian logistics: Syria, the east and the south
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak al-Shati Air Base"),             # G* (row قاعدة براك الجوية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # Lebanon and elsewhere
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # oil crescent
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
}

TRAPS = {
 "zv1": ["مونت كارلو الدولية", "الفيلق الأفريقي", "الجيش الوطني الليبي", "الروسية", "إيطالية", "سرت شائعات",
         "القيادة الأمريكية في أفريقيا"],
 "zv2": ["القدس العربي", "شارع طرابلس", "ميلاد الهوني", "القيادة الأمريكية في أفريقيا", "الروسي"],
 "zv3": ["صدى البلد", "السورية", "قوات الدعم السريع", "السودانية", "ليبية", "الجيش المصري", "مصري", "سمير إدريس"],
 "zv4": ["الجمهورية", "الفيلق الأفريقي", "رست هون", "اللبناني", "حكومة الوحدة الوطنية"],
 "zv5": ["الأنباء", "الفيلق الأفريقي", "الجيش الليبي", "نيجرية", "المالي", "عبد السلام الإدريسي", "الجزائري",
         "الجيش الوطني الليبي"],
}

PHEN = {
 "zv1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "zv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
 "zv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zv4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_oil", "countries"],
 "zv5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zv1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة براك الشاطئ"], ["سوكنة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["هراوة"], ["سرت"]),
 ],
 "zv2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["هون"], ["سوكنه"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["ودّان"]),
  mv("mobilise", "denied", "Misrata forces", [], ["بونجيم"]),
  mv("advance", "conditional", "Libyan National Army", [], ["سرت"]),
 ],
 "zv3": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة الجفرة الجوية"], ["اجدابيا"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الحدود مع السودان"], ["الكفرة"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "zv4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["مرفأ طرابلس"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة القرضابية"]),
  mv("redeploy", "conditional", "Russian forces", ["ودان"], ["سبها"]),
 ],
 "zv5": [
  mv("shipment", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["النيجر"], ["سبها", "القطرون", "منفذ التوم"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["قاعدة القرضابية"]),
  mv("mobilise", "denied", "Russian forces", [], ["إدري"]),
  mv("advance", "conditional", "GNA forces", ["بني وليد"], ["الشويرف"]),
 ],
}

NOTES = {
 "zv1": "MCD: four Il-76 flights Hmeimim base→Al-Jufra air base with a refuelling stop at Al-Khadim (Syria, 'central "
        "Libya' and 'east of Benghazi' only locate the bases); a planned transfer of Africa Corps equipment from Jufra to "
        "Brak al-Shati base via Sokna; the LNA denies a Russian pull-out from Gardabya base ('south of Sirte' locates "
        "it); a conditional LNA reinforcement Harawa→Sirte if forces move towards Al-Washka (condition only). 'سرت "
        "شائعات' (rumours spread) is a common-word trap; Waddan, Hun, Tripoli, Moscow and Russia are not movement places.",
 "zv2": "Al-Quds Al-Arabi: an LNA 73rd-brigade column Sabha→Hun via Sokna (spelt سوكنه); a planned company Hun→Waddan "
        "(spelt ودّان; Jufra air base only locates the gates it guards); Misrata's military council denies massing 70 "
        "vehicles in Bu Njem ('170 km north of Waddan' is a distance reference, Geneva the ceasefire venue); a "
        "conditional LNA advance towards Sirte if its positions in Waddan are attacked (Waddan = condition, no origin "
        "written). Hun also occurs inside يواجهون and the person ميلاد الهوني; the district شعبية الجفرة and بلدية هون sit "
        "beside the towns.",
 "zv3": "Sada El Balad: a Russian landing ship Tartus→Tobruk port; a 25-truck convoy Tobruk→Al-Jufra air base via "
        "Ajdabiya; a planned air-defence transfer Jufra→Maaten al-Sarra base (the border with Chad is a distance "
        "reference); the RSF deny entering Kufra from the border with Sudan (the border region is the origin; the "
        "country inside it is not a movement place); a conditional Egyptian reinforcement Marsa Matruh→Sallum if "
        "foreign forces approach Jaghbub (condition). Cairo dateline, Moscow actor-city, Hmeimim/Tartus/Benghazi "
        "background.",
 "zv4": "Al-Joumhouria: six Russian cargo flights Hmeimim base (near Latakia)→Al-Khadim base (east of Benghazi); two "
        "Pantsir systems moved by road from Al-Khadim to 'قاعدة الجفرة' (headline repeats the chain); the port of Tripoli "
        "in northern Lebanon denies a Russian landing ship from Tartus landed vehicles there (Lebanese Tripoli, 'رست هون' "
        "= 'docked here', a common-word trap); a planned MiG-29 transfer Jufra→Gardabya base (near Sirte = locator); "
        "Africa Corps men in Waddan will move to Sabha only with guarantees (conditional). Tripoli (Libya) = seat of "
        "the GNA; Beirut, Moscow, Washington not movement places.",
 "zv5": "Al-Anba: an Africa Corps convoy Al-Jufra air base→Niger via Sabha, Al-Qatrun and the Toummo crossing (the "
        "border with Niger locates the crossing; Mali is a comparison); a planned LNA pull-back of the 110th battalion "
        "from Sirte city to a camp near Gardabya base; Idri's mayor (بلدية إدري, person الإدريسي) denies a Russian "
        "massing in Idri ('120 km west of Brak' = distance reference); a conditional GNA advance Bani Walid→Ash "
        "Shwayrif. Algiers (city) vs Algeria (country); 'خط سرت-الجفرة' names two places, no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zv1", "zv2", "zv3", "zv4", "zv5")
