# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (written مصراته)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qce1 Turkish trainers in the west (Al-Quds Al-Arabi)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 "iskenderun": ("base", "TR", 36.59260, 36.18990, "Iskenderun Naval Base"),             # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # qce2 Russian advisers (Al-Joumhouria)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tartus_port": ("base", "SY", 34.88902, 35.88659, "Port of Tartus (Russian naval facility)"),  # G* (row طرطوس)
 "tobruk_port": ("crossing", "LY", 32.070, 23.980, "Port of Tobruk"),                   # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 # qce3 Italian mission (Al-Anbaa)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),        # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                   # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (written أبو ستة)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 # qce4 American team and Flintlock (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),        # G* (row قاعدة سيغونيلا, kind airport)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (Hun town row; district point near Hun)
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (Sirte city row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 # qce5 Turkish trainers in the east, Qatari trainers in Tripoli (Al-Sharq)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "golcuk": ("base", "TR", 40.717, 29.820, "Golcuk Naval Base"),                         # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 # added places (qce2 Wadi al-Shati advance, Abu Qurayn in qce4/qce5)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
}

TRAPS = {
 "qce1": ["القدس العربي", "الأيام الخمسة", "مقاتلاً سورياً", "بركان الغضب", "علي الطرابلسي"],
 "qce2": ["الفيلق الأفريقي", "الجمهورية", "مرفأ لبناني", "أعباء مالية", "عبد السلام الإدريسي", "الجيش الوطني الليبي"],
 "qce3": ["الأنباء", "لا ريبوبليكا", "البحر الآمن", "إدريس المغربي"],
 "qce4": ["عمون", "القيادة الأمريكية في أفريقيا", "الجيش الوطني الليبي", "فلينتلوك"],
 "qce5": ["الشرق", "القوات المسلحة القطرية", "الجيش الوطني الليبي"],
}

PHEN = {
 "qce1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qce2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "coverage_oil",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qce3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qce4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_country_capital",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qce5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qce1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["مطار مصراتة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["ميناء الخمس"]),
  mv("shipment", "reported", "Turkish armed forces", ["قاعدة الإسكندرونة البحرية"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["تركيا"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["غازي عنتاب"]),
 ],
 "qce2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("advance", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("deploy", "conditional", "Russian forces", [], ["قاعدة معطن السارة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["باماكو"]),
 ],
 "qce3": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار معيتيقة"]),
  mv("shipment", "planned", None, ["قاعدة أوغستا البحرية"], ["قاعدة أبو ستة البحرية"]),
  mv("withdraw", "conditional", None, ["مصراته"]),
  mv("reinforce", "denied", None, [], ["مجمع مليتة"]),
  mv("mobilise", "reported", "GNA forces", ["الزاوية"], ["زوارة"]),
 ],
 "qce4": [
  mv("airlift", "reported", None, ["قاعدة سيغونيلا"], ["مطار بنينا"]),
  mv("deploy", "planned", None, ["بنغازي"], ["سرت"], ["اجدابيا", "البريقة"]),
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["قاعدة القرضابية"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبوقرين"]),
  mv("deploy", "conditional", None, [], ["سرت"]),
  mv("deploy", "denied", None, [], ["قاعدة الوطية"]),
 ],
 "qce5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة غولجوك البحرية"], ["ميناء بنغازي"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة بنينا"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة الوطية", "ميناء الخمس"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("airlift", "reported", None, ["الدوحة"], ["مطار معيتيقة"]),
 ],
}

NOTES = {
 "qce1": "Turkish trainers: an A400M Erkilet air base→Misrata airport (Kayseri only locates the base), a planned team "
         "Al-Watiya→Khoms port, a supply ship Iskenderun naval base→Misrata port, a conditional return Al-Watiya→Turkey "
         "if the Turkish parliament does not extend the mandate, and a denied airlift of Syrian fighters Mitiga→Gaziantep. "
         "Ankara (speaker, metonymic three times), Tripoli (dateline), Benghazi and Western Libya are not movement places; "
         "the headline repeats the Misrata arrival and the Watiya condition and is not counted again.",
 "qce2": "Russian advisers: Il-76s Hmeimim→Al-Khadim (Latakia, Benghazi only locators), a landing ship Tartus port→Tobruk "
         "port to land armour and marines, seen by fishermen from Tripoli in north Lebanon (observation point, not a via), "
         "a planned transfer Al-Jufra base→Brak base (Niger and Mali only the direction of supply lines), an LNA advance "
         "with Russian advisers Brak→Idri (Sharara field only the goal of the road), a deployment to Maaten al-Sarra "
         "conditional on the Libyan House's approval (the Chad border a locator), and a denied pull-out Gardabya→Bamako; "
         "Tripoli (Libya) is only the embassy seat, Beirut the dateline.",
 "qce3": "Italian mission: a C-130J Pisa air base→Mitiga airport, a planned shipment of demining gear Augusta naval "
         "base→Abu Sitta naval base (Sicily only locates Augusta), a withdrawal of the Misrata field hospital conditional on "
         "a report to the Italian parliament, denied special-forces reinforcements to the Mellitah complex (Ras Ajdir and "
         "the Tunisian border only distance references), and a GNA massing of 30 vehicles in Zuwara coming from Zawiya; "
         "Rome and Tripoli are datelines and speakers, Italy and Libya background.",
 "qce4": "US Flintlock team: a C-17 Sigonella→Benina airport, a planned road move Benghazi→Sirte via Ajdabiya and Brega, an "
         "LNA reinforcement Hun→Gardabya base (Al-Jufra only locates Hun), a GNA massing in Abu Qurayn ('130 km west of "
         "the city' = Sirte, not a movement place there), a US deployment to Sirte conditional on notifying Congress, and "
         "a denied Marine deployment at Al-Watiya; Amman (dateline, no shadda) is the Jordanian capital, Tunis the "
         "embassy's seat (city), Al-Khadim and Al-Jufra only in a background remark.",
 "qce5": "Turkish trainers in the east: a landing ship put 80 marines ashore Golcuk naval base→Benghazi port, a planned "
         "airlift of trainers Al-Watiya→Benina base, a move to Gamal Abdel Nasser air base conditional on the House "
         "ratifying the 2019 memorandum (Tobruk only locates it), a denied pull-out of air-defence crews from Al-Watiya and "
         "Khoms port, a denied LNA advance Sirte→Abu Qurayn, and Qatari trainers Doha→Mitiga; Doha is also the dateline, "
         "Al-Rajma and Tripoli only in a quote, Ankara only the memorandum's other party.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qce1", "qce2", "qce3", "qce4", "qce5")
