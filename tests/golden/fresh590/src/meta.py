# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # vt1 Tarhuna, Msallata, Shwayrif, Zintan and Tripoli (Lebanon) (Al-Quds Al-Arabi)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qasr_gashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # vt2 the south-west and the Tunisian border (France 24)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                 # G
 "border_dz": ("region", "DZ", 25.6, 9.75, "Algeria-Libya border (Algerian side, west of Al Awaynat)"),  # K
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),   # G* (row منفذ وازن, country TN)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 # vt3 the east, Kufra and the Egyptian west (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jabal al Akhdar"),               # G* (district row, used as area)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "aqaba_port": ("crossing", "JO", 29.50, 35.00, "Port of Aqaba"),                       # K
 # vt4 the Sirte-Jufra line, week by week (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # vt5 the Maghreb security bulletin (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G (gazetteer spelling إنجيرليك)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "border_tn": ("region", "TN", 32.30, 10.80, "Tunisia-Libya border (Tunisian side, east of Remada)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (gazetteer spelling أغاديس)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "vt1": ["القدس العربي", "الأيام الخمسة", "الجيش الوطني الليبي", "عبد السلام الزنتاني", "الجيش اللبناني", "ميناء ليبي"],
 "vt2": ["فرانس 24", "طارق بن زياد", "الجيش الوطني الليبي", "إدريس الفيتوري", "وزارة الدفاع الجزائرية",
         "الجيش الوطني الشعبي", "العصابات التشادية", "الجانب التونسي", "الجيش التونسي"],
 "vt3": ["كتيبة مصرية", "صدى البلد", "الجيش الوطني الليبي", "القوات المسلحة المصرية", "منصات سودانية", "قوات الدعم السريع",
         "دوريات الصحراء", "حرس المنشآت النفطية"],
 "vt4": ["الجريدة", "الفيلق الأفريقي", "سرت شائعات", "إدريس الورفلي", "الجيش الوطني الليبي", "وزارة الدفاع التركية",
         "الكتائب المصراتية", "الجمعية الكويتية للإغاثة"],
 "vt5": ["المغاربية", "مونت كارلو الدولية", "الجيش الوطني الشعبي", "دعم مالي"],
}

PHEN = {
 "vt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_crossings", "countries"],
 "vt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vt3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "vt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_crossings", "countries"],
 "vt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vt1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["مسلاتة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["مزدة"]),
 ],
 "vt2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
  mv("advance", "conditional", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["معبر الذهيبة"]),
 ],
 "vt3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل السرير"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء العقبة"], ["ميناء طبرق"]),
 ],
 "vt4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("deploy", "planned", "GNA forces", ["مصراته"], ["بويرات الحسون"]),
  mv("withdraw", "denied", "Libyan National Army", ["ودان"], ["هون"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
 ],
 "vt5": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Tunisian army", ["صفاقس"], ["رمادة"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["إليزي"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["أغاديز"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "vt1": "Roundup of five items, each led by a place: a 444 Brigade force Tripoli→Tarhuna via Qasr Bin Ghashir "
        "(reported), a planned company Tarhuna→Msallata (Al-Khums only locates the road), the LNA's denied massing of "
        "50 vehicles in Al-Shwayrif (Tripoli a distance reference, the south-west only where the roads lead), Zintan "
        "brigades' conditional advance Zintan→Mizda ('كتائب المدينة' = Zintan, named in the same sentence); the last "
        "item is Tripoli in Lebanon, with smuggled fuel seized at its port (civilian, no movement).",
 "vt2": "Bulleted roundup of the south-west: an LNA column Sabha→Ubari via Germa (reported), a planned airlift Jufra "
        "air base→Ghat airport, an Algerian incursion into Al-Awaynat denied by Algeria (Ghat a distance reference; "
        "the border with Libya is where the Algerian units stay, not a movement place), an LNA advance Murzuq→Al-Qatrun "
        "'في حال' (conditional), and Tunisian reinforcements Tataouine→the Dehiba crossing (Wazin and Nalut only "
        "locate it; Tunis is the dateline).",
 "vt3": "Numbered roundup: LNA reinforcements Benghazi→Derna via Al-Marj and Al-Bayda (reported), a planned Egyptian "
        "battalion Marsa Matruh→Siwa (Jaghbub a distance reference), an RSF crossing from the border triangle to Kufra "
        "denied by the LNA (Libya, Egypt, Sudan only define the triangle), the LNA's conditional pull-out from the Sarir "
        "field, and an armour shipment Aqaba port→Tobruk port for the LNA (reported); Cairo is the dateline.",
 "vt4": "Day-by-day weekly roundup: a Russian Il-76 Al-Khadim base→Gardabya base (reported; Sirte and Benghazi only "
        "locate the bases), a planned GNA force Misrata→Buwairat al-Hassoun ('80 km west of Sirte'), a denied LNA "
        "pull-out Waddan→Hun, a conditional Turkish marine landing at Khoms port (Ankara = speaker), Misrata brigades "
        "massing in Abu Qurayn (reported; Es Sider and the Oil Crescent only where rumoured moves were); Kuwait's aid "
        "flight to Benghazi is humanitarian, not a movement.",
 "vt5": "Maghreb bulletin by country: Turkish cargo planes Incirlik→Al-Watiya (reported; Tripoli = source), a Russian "
        "landing ship from Tartus unloading at Tobruk port (reported), a planned Tunisian move Sfax→Remada (the border "
        "only a distance reference), a conditional Algerian reinforcement Ouargla→Illizi (Algiers = speaker, the "
        "Libyan south-west = condition, Illizi province = alert, no move), and a denied Russian arms convoy Jufra air "
        "base→Agadez via the Tummo crossing (Niamey = speaker, Moscow = metonym).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vt1", "vt2", "vt3", "vt4", "vt5")
