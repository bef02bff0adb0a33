# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "panama": ("country", "PA", 8.41727, -81.46644, "Panama"),                             # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "sierraleone": ("country", "SL", 8.45948, -11.88964, "Sierra Leone"),                  # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.985, "Port of Tobruk"),                   # K
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # qat1 Tobruk (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, HLGN)
 "bardia_port": ("crossing", "LY", 31.75601, 25.08530, "Port of Bardia"),               # G* (row بردية)
 "border_eg": ("region", "LY", 31.55, 24.98, "Libya-Egypt border (Libyan side, coast)"),  # K
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),                   # G* (row خليج سودا)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "jebelali": ("crossing", "AE", 25.01130, 55.06120, "Port of Jebel Ali"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "east_ly": ("region", "LY", 30.5, 21.5, "Eastern Libya"),                              # K
 # qat2 Benghazi (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "benghazi_port": ("crossing", "LY", 32.112, 20.052, "Port of Benghazi"),               # K
 "baltiysk": ("town", "RU", 54.65455, 19.90929, "Baltiysk"),                            # G (gazetteer spelling بالتييسك)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "susa_port": ("crossing", "LY", 32.89702, 21.96583, "Port of Susa (Apollonia)"),       # G* (row Sūsah, أبولونيا)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # qat3 Misrata (QNA)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "hamad_port": ("crossing", "QA", 24.99, 51.62, "Hamad Port"),                          # K
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "misrata_ab": ("base", "LY", 32.32556, 15.05972, "Misrata Air Base (Air Academy)"),    # G* (row مطار مصراتة, HLMS)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # qat4 Khoms (Al-Anbaa)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "brindisi": ("town", "IT", 40.63215, 17.93607, "Brindisi"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "bouri": ("oilfield", "LY", 33.90, 12.65, "Bouri offshore oil field"),                 # K
 "iskenderun_port": ("crossing", "TR", 36.58718, 36.17347, "Port of Iskenderun"),       # G* (city row)
 "rades_port": ("crossing", "TN", 36.76946, 10.27468, "Port of Rades"),                 # G* (town row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (row القره بوللي)
 # qat5 Tripoli port and the Lebanese Tripoli (Al-Liwaa)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "elmina_mun": ("district", "LB", 34.450, 35.815, "El Mina municipality"),              # K
 "salahaddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "golcuk": ("base", "TR", 40.720, 29.830, "Golcuk Naval Base"),                         # K
 "zuwara_port": ("crossing", "LY", 32.93120, 12.08199, "Port of Zuwara"),               # G* (town row)
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "qat1": ["«جمال عبد الناصر»", "بوابة الوفد", "درع المتوسط", "الجيش الوطني الليبي", "«سبيتساي»", "المصرية",
          "مصري", "إماراتية"],
 "qat2": ["القدس العربي", "«كالينينغراد»", "أسطول البلطيق", "طارق الإدريسي", "الفيلق الأفريقي", "سرت شائعات",
          "«سبارتا 4»", "الروسيتين", "الليبية"],
 "qat3": ["قنا", "وكالة الأنباء القطرية", "«تي سي جي بيرقدار»", "«تي سي جي غازي عنتاب»", "إدريس الزليتني",
          "قطرية", "اللبناني", "التركية"],
 "qat4": ["«إيريني»", "الأنباء", "«سان جوستو»", "فوج «سان ماركو»", "الأشهر الخمسة", "الإيطالية", "الأوروبية"],
 "qat5": ["اللواء", "اللواء 444 قتال", "«غوكتشه أدا»", "عماد الطرابلسي", "من هذه الزاوية", "الجيش اللبناني",
          "التركية", "الليبية"],
}

PHEN = {
 "qat1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qat2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "qat3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qat4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qat5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qat1": [
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ميناء طبرق"]),
  mv("deploy", "planned", "Egyptian army", ["ميناء طبرق"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "conditional", "Egyptian army", ["طبرق"], ["ميناء البردية"]),
  mv("withdraw", "reported", None, ["ميناء طبرق"], ["قاعدة خليج سودا البحرية"]),
  mv("shipment", "denied", None, ["ميناء جبل علي"], ["ميناء طبرق"]),
 ],
 "qat2": [
  mv("shipment", "reported", "Russian forces", ["بالتيسك"], ["ميناء بنغازي"]),
  mv("reinforce", "reported", "Russian forces", ["ميناء بنغازي"], ["قاعدة الخادم الجوية"], ["الأبيار"]),
  mv("airlift", "planned", "Russian forces", ["الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "conditional", "Russian forces", ["بنغازي"], ["ميناء طبرق"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء سوسة"]),
 ],
 "qat3": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء مصراته"]),
  mv("deploy", "reported", "Turkish armed forces", ["ميناء مصراته"], ["قاعدة مصراتة الجوية"]),
  mv("redeploy", "planned", "Turkish armed forces", ["مصراتة"], ["ميناء الخمس"]),
  mv("airlift", "conditional", "Turkish armed forces", ["قاعدة مصراتة الجوية"], ["قاعدة الوطية"]),
  mv("shipment", "denied", None, ["ميناء مرسين"], ["مصراتة"]),
 ],
 "qat4": [
  mv("naval_landing", "reported", None, ["برينديزي"], ["ميناء الخمس"]),
  mv("redeploy", "planned", None, ["الخمس"], ["قاعدة أبوستة البحرية"]),
  mv("shipment", "denied", None, ["ميناء الإسكندرونة"], ["ميناء الخمس"]),
  mv("mobilise", "reported", "GNA forces", ["طرابلس"], ["ميناء الخمس"], ["القربولي"]),
  mv("advance", "conditional", "GNA forces", [], ["ميناء الخمس"]),
 ],
 "qat5": [
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "GNA forces", ["صلاح الدين"], ["ميناء طرابلس"]),
  mv("withdraw", "reported", "Turkish armed forces", ["ميناء طرابلس"], ["قاعدة غولجوك البحرية"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("advance", "conditional", "GNA forces", ["ميناء طرابلس"], ["سوق الجمعة"]),
 ],
}

NOTES = {
 "qat1": "Tobruk port: the Egyptian helicopter carrier «Gamal Abdel Nasser» (ship name = trap) lands marines and armour "
         "Alexandria→Tobruk port while the LNA masses vehicles around the port; a planned move from the port («من "
         "الميناء») to Gamal Abdel Nasser Air Base (gold base with the same person's name); the escorting frigate's "
         "conditional move off Tobruk→Bardia port (the border with Egypt only a distance reference); the Greek frigate "
         "«Spetsai» (trap) leaves Tobruk port for Souda Bay (Crete only locates the base); the port authority denies "
         "that a Panama-flagged ship unloaded Emirati armour from Jebel Ali. Cairo = dateline and metonymy; Hariga "
         "oil port only in the port director's quote.",
 "qat2": "Benghazi: Russian landing ships (one named «Kaliningrad», trap) unload armour Baltiysk→Benghazi port; a "
         "truck convoy port→Al Khadim air base via Al Abyar (reinforce: the Africa Corps is already there); a planned "
         "Il-76 airlift Al Khadim→Al Jufra air base; the ships' conditional passage Benghazi→Tobruk port («إذا سمحت "
         "الأحوال الجوية»); the LNA denies a third ship landing Russians at Susa port (Libyan Susa/Apollonia, not "
         "Tunisian Sousse). London = dateline/analysts; Washington, Moscow, Tartus, Syria, Russia background only; "
         "«سرت شائعات» is the verb, not Sirte.",
 "qat3": "Misrata: a Qatari aid ship (Hamad Port→Misrata port, after unloading in Lebanese Tripoli port) is "
         "humanitarian and not a movement; the Turkish landing ship «TCG Bayraktar» lands marines and armour Aksaz "
         "naval base→Misrata port (written «ميناء مصراته»), the armour goes on from the port to Misrata air base; the "
         "frigate «TCG Gaziantep» (trap) is planned Misrata→Khoms port; a conditional A400M airlift Misrata air "
         "base→Al-Watiya; the free-zone administration in Misrata denies that a Sierra Leone-flagged ship unloaded "
         "tanks from Mersin port. Tripoli = seat of the GNU; Doha = ministry's city; Qena-like «قنا» is the agency.",
 "qat4": "Khoms: the Italian landing ship «San Giusto» lands San Marco marines Brindisi→Khoms port (actor null: "
         "Italy is no canonical actor); a planned move of its engineers Khoms→Abu Sitta naval base (Tripoli only "
         "locates the base); IRINI suspects a Togo-flagged ship of carrying armour Iskenderun port→Khoms port and the "
         "port authority denies it (Rades port/Tunis city only the earlier call); the GNU chief of staff masses 40 "
         "vehicles around the port, coming from Tripoli via Garabulli (written «القربولي»); their conditional advance "
         "into the port. West coast and Bouri field only locate the frigate; «الأشهر الخمسة» is a number.",
 "qat5": "Lebanese paper from Lebanese Tripoli: the port of Tripoli (Lebanon, «مرفأ طرابلس») denies loading armour "
         "on a Togo-flagged ship bound for Tripoli port in Libya; the 444 Brigade (trap, like the outlet «اللواء») "
         "reinforces Tripoli port from Salah al-Din; the Turkish frigate «Gökçeada» (trap) leaves the port for Gölcük; "
         "coast-guard boats are planned Tripoli port→Zuwara port (the border with Tunisia only a distance reference); "
         "a conditional advance from the port to Souq al-Jumaa. Lebanese Tripoli (dateline, chamber of commerce) and "
         "El Mina municipality are not movement places; «من هذه الزاوية» is not Zawiya.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qat1", "qat2", "qat3", "qat4", "qat5")
