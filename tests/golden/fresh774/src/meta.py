# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared Libyan places
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 # qcv1 IRINI diverts a Jordanian-loaded ship (AKI, Rome)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "catania": ("city", "IT", 37.49223, 15.07041, "Catania"),                              # G
 "catania_port": ("crossing", "IT", 37.49223, 15.07041, "Port of Catania"),             # G* (city row)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "aqaba_port": ("crossing", "JO", 29.50, 34.99, "Port of Aqaba"),                       # K
 "suez": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "brindisi_base": ("base", "IT", 40.63215, 17.93607, "Brindisi naval station"),         # G* (town row)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "taranto_base": ("base", "IT", 40.46438, 17.24707, "Taranto naval base"),              # G* (city row)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 # qcv2 Turkish marines landed at Al-Khums (Turk Press, Istanbul)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "marmaris": ("town", "TR", 36.85500, 28.27417, "Marmaris"),                            # G
 "kayseri_base": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),        # G* (row قاعدة إركيليت الجوية, airport)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "iskenderun_port": ("crossing", "TR", 36.58718, 36.17347, "Port of Iskenderun"),       # G* (city row)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qcv3 a Greek frigate shadows a Russian landing ship (Al-Quds Al-Arabi, Athens)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (row آتن, found by أثينا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row)
 "souda_base": ("base", "GR", 35.490, 24.120, "Souda Bay naval base"),                  # K
 "salamis_base": ("base", "GR", 37.958, 23.550, "Salamis Naval Base"),                  # K
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qcv4 a ship from Tripoli (Lebanon) searched by IRINI (Al-Liwaa, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 "limassol": ("city", "CY", 34.675, 33.040, "Limassol"),                                # K
 "larnaca_port": ("crossing", "CY", 34.918, 33.640, "Port of Larnaca"),                 # K
 "border_lb_sy": ("region", "LB", 34.60, 36.20, "Lebanon-Syria border (Lebanese side, Akkar)"),  # K
 # qcv5 GNA marines at Zuwara, the Tunisian navy (Al-Jarida, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.095, "Port of Zuwara"),                   # K
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "border_tn_ly": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "bizerte_base": ("base", "TN", 37.27442, 9.87391, "Bizerte naval base"),               # G* (city row)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "bouri": ("oilfield", "LY", 33.90, 12.65, "Bouri offshore oil field"),                 # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),      # G* (row إقليم طرابلس)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
}

TRAPS = {
 "qcv1": ["إيريني", "نجمة العقبة", "أليساندرو ميسينا", "الجيش الوطني الليبي", "آكي", "الأردني", "الإيطالية"],
 "qcv2": ["ترك برس", "غازي عنتاب", "كاثيميريني", "الأيام الخمسة", "أنور الطرابلسي", "الجيش التركي", "اليونانية"],
 "qcv3": ["القدس العربي", "إيريني", "سبيتسي", "هيدرا", "الجيش الوطني الليبي", "إدريس المسماري", "اليونانية", "وزير الدفاع اليوناني",
          "التركية الليبية"],
 "qcv4": ["اللواء", "إيريني", "الجيش الوطني الليبي", "المالي", "القبرصي", "فرنسية"],
 "qcv5": ["الجريدة", "إيريني", "إدريس الزنتاني", "جيش البحر التونسي",
          "التونسية", "الإيطالية"],
}

PHEN = {
 "qcv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qcv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qcv3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "countries"],
 "qcv5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcv1": [
  mv("shipment", "reported", None, ["ميناء العقبة"], ["ميناء بنغازي"], ["قناة السويس"]),
  mv("shipment", "reported", None, [], ["ميناء كاتانيا"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة بنينا"]),
  mv("deploy", "planned", None, ["قاعدة برينديزي البحرية"], ["برقة"]),
  mv("reinforce", "conditional", None, ["قاعدة تارانتو البحرية"], ["درنة"]),
 ],
 "qcv2": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"], ["كريت"]),
  mv("withdraw", "planned", "Turkish armed forces", ["الخمس"], ["تركيا"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة قيصري الجوية"], ["قاعدة الوطية"]),
  mv("shipment", "denied", "Turkish armed forces", ["ميناء الاسكندرونة"], ["ميناء طرابلس"]),
  mv("advance", "conditional", "Turkish armed forces", ["الخمس"], ["أبوقرين"]),
 ],
 "qcv3": [
  mv("shipment", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "reported", None, ["قاعدة سودا البحرية"], ["درنة"]),
  mv("deploy", "planned", None, ["قاعدة سالاميس البحرية"], ["خليج سرت"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الخادم"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", None, [], ["غافدوس"]),
 ],
 "qcv4": [
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["ميناء بنغازي"], ["ليماسول"]),
  mv("shipment", "planned", None, [], ["ميناء لارنكا"]),
  mv("redeploy", "denied", "Libyan National Army", ["الرجمة"], ["ميناء بنغازي"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["ميناء بنغازي"]),
  mv("shipment", "denied", None, ["عكار"], ["مرفأ طرابلس"]),
  mv("deploy", "reported", None, [], ["مرفأ طرابلس"]),
 ],
 "qcv5": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["منفذ رأس جدير"]),
  mv("deploy", "denied", "Tunisian army", [], ["أبو كماش"]),
  mv("mobilise", "planned", "Tunisian army", ["قاعدة بنزرت البحرية"], ["جرجيس"]),
  mv("redeploy", "reported", None, ["بنغازي"], ["مجمع مليتة"]),
 ],
}

NOTES = {
 "qcv1": "AKI from Rome: an IRINI boarding of a Togo-flagged cargo ship that sailed Aqaba port→(for) Benghazi port via "
         "the Suez Canal ('150 miles north of Benghazi' is only where it was stopped), the seized cargo taken to "
         "Catania port, the LNA's denial of a Wagner airlift Jufra air base→Benina base, a planned landing ship out "
         "of Brindisi for patrols off Cyrenaica, and Rome's conditional second frigate Taranto→off Derna (the Suez "
         "Canal in the condition is not a movement place); Amman only as the silent capital.",
 "qcv2": "Turk Press: Turkish marines landed at Al-Khums port from Aksaz naval base (near Marmaris) via south of Crete "
         "('120 km east of Tripoli' a distance reference), the relieved unit's planned return Al-Khums→Turkey, an "
         "A400M airlift Kayseri air base→Al-Watiya, a denied Turkish shipment Iskenderun port→Tripoli port, and a "
         "conditional advance Al-Khums→Abu Qurayn; Ankara and Tripoli also as venues/speakers' seats.",
 "qcv3": "Al-Quds Al-Arabi from Athens: a Russian landing ship's cargo Tartus port→Tobruk port, the Greek frigate "
         "Souda base→off Derna, a planned relief frigate Salamis base→Gulf of Sirte (tankers from Hariga and the oil "
         "crescent are civilian), the LNA's denial of a Russian pull-out Al Khadim base→Tobruk port (Rajma, "
         "Benghazi = speaker's seat), and Athens' conditional reinforcement around Gavdos; Tartus–Tobruk trips in "
         "the last paragraph are background without a dated move.",
 "qcv4": "Al-Liwaa from Beirut: ammunition shipped Tripoli (Lebanon) port→Benghazi port via Limassol, stopped 'north "
         "of Derna' (distance reference), to be taken to Larnaca port (planned), the LNA's denial of a company "
         "Rajma→Benghazi port and its conditional massing of boats in Benghazi port, the Lebanese army's denial of "
         "trucks Akkar→Tripoli port (the border with Syria only locates the depots) and its reported deployment of "
         "naval commandos at Tripoli port; 'Tripoli al-Gharb' is the Libyan capital.",
 "qcv5": "Al-Jarida from Tunis: GNA marines landed at Zuwara port from Abu Sitta base in Tripoli (Ras Ajdir only the "
         "extent of the coast), a conditional advance Zuwara→Ras Ajdir crossing, Tunisia's denial of patrol boats "
         "off Abu Kammash (the border only a distance reference), a planned massing Bizerte base→Zarzis, and an "
         "IRINI frigate repositioned off Benghazi→Mellitah (Bouri field only locates the suspicious boats); Sfax and "
         "Djerba only as migrants' departure points.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcv1", "qcv2", "qcv3", "qcv4", "qcv5")
