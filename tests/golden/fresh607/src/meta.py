# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # capitals and other cities named as speakers / datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G (written اسطنبول)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (gazetteer spelling آتن)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # wk1 Turkish navy: Mersin/Aksaz -> Misrata, Khoms (Al-Quds Al-Arabi)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                   # K
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "qasr_ahmad": ("district", "LY", 32.365, 15.205, "Qasr Ahmad (Misrata port district)"),  # K
 # wk2 Egyptian navy: Ras el-Tin -> Tobruk, Benghazi (Sada El Balad)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_ly_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 # wk3 Russian navy: Tartus -> Tobruk (Lebanon 24)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tartus_base": ("base", "SY", 34.905, 35.870, "Tartus naval facility"),                # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 # wk4 Greek navy and EU Irini: Souda Bay, Augusta, the Gulf of Sirte (Al-Jarida)
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda (Souda Bay)"),                      # G (row خليج سودا)
 "souda_base": ("base", "GR", 35.490, 24.090, "Souda Bay naval base"),                  # K
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                              # G
 "djibouti": ("country", "DJ", 11.82060, 42.49622, "Djibouti"),                         # G
 # wk5 Italian navy: Taranto -> Abu Sitta; Libyan coast guard (Sabq)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G* (row قاعدة أبوستة البحرية, also short أبوستة)
 "taranto_base": ("base", "IT", 40.455, 17.205, "Taranto naval station (Mar Grande)"),  # K
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (gazetteer spelling لامبيدوسا)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "border_tn": ("region", "LY", 33.10, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "brindisi": ("town", "IT", 40.63215, 17.93607, "Brindisi"),                            # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "wk1": ["القدس العربي", "غازي عنتاب", "الوطن الأزرق", "السفن الخمس", "علي الخمسي", "كاثيميريني", "المصراتية",
         "التركية", "اليونانية", "الليبي"],
 "wk2": ["صدى البلد", "تحيا مصر", "أنور السادات", "حماة الشواطئ", "محمود إدريس", "الجيش الوطني الليبي", "المصرية",
         "مصرية", "المصري", "الليبية"],
 "wk3": ["لبنان 24", "روسيا اليوم", "الفيلق الأفريقي", "أحمد الطرابلسي", "أنباء سرت", "الروسية", "السورية",
         "اللبنانية"],
 "wk4": ["الجريدة", "يني شفق", "ليمنوس", "فيرجينيو فاسان", "إيريني", "اليونانية", "التركية", "الليبية",
         "الاتحاد الأوروبي"],
 "wk5": ["سبق", "فولكانو", "البحر الآمن", "مسعود الإدريسي", "الإيطالية", "الليبية", "التونسي"],
}

PHEN = {
 "wk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "wk3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "wk4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_crossings", "countries"],
 "wk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wk1": [
  mv("deploy", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"], ["قاعدة أكساز البحرية"]),
  mv("redeploy", "planned", "Turkish armed forces", ["مصراته"], ["الخمس"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "GNA forces", ["ميناء مصراتة"], ["زليتن"]),
  mv("mobilise", "reported", "Misrata forces", [], ["قصر أحمد"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "wk2": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء طبرق"], ["مرسى مطروح"]),
  mv("deploy", "planned", "Egyptian army", ["طبرق"], ["ميناء بنغازى"]),
  mv("advance", "conditional", "Egyptian army", [], ["ميناء الحريقة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["درنة"]),
 ],
 "wk3": [
  mv("shipment", "reported", "Russian forces", ["قاعدة طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الخادم"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["ميناء بنغازي"]),
  mv("advance", "denied", "Russian forces", [], ["سرت"]),
 ],
 "wk4": [
  mv("deploy", "reported", None, ["قاعدة سودا البحرية"], ["خليج سرت"]),
  mv("withdraw", "planned", None, ["خليج سرت"], ["تارانتو"]),
  mv("shipment", "reported", None, ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["مصراتة"]),
  mv("redeploy", "planned", None, ["أوغستا"], ["خليج سودا"]),
  mv("airlift", "denied", None, [], ["مطار بنينا"]),
 ],
 "wk5": [
  mv("deploy", "reported", None, ["قاعدة تارانتو البحرية"], ["قاعدة أبوستة البحرية"], ["لامبيدوزا"]),
  mv("reinforce", "reported", "GNA forces", ["ميناء طرابلس"], ["زوارة"]),
  mv("deploy", "planned", None, ["برينديزي"], ["ميناء مصراتة"]),
  mv("mobilise", "conditional", None, [], ["لامبيدوزا"]),
  mv("withdraw", "denied", None, ["مصراتة"]),
 ],
}

NOTES = {
 "wk1": "Turkish navy: the frigate 'Gaziantep' (ship-name trap) and a supply ship Mersin port→Misrata port with a stop "
        "at Aksaz naval base (via); a planned move of 40 Turkish marine instructors Misrata (written مصراته)→Al-Khums; a "
        "conditional landing of the marines at Tripoli port ('لن يتم إلا إذا'); GNA coast-guard boats Misrata "
        "port→Zliten to reinforce patrols; Misrata brigades massing 40 vehicles in Qasr Ahmad; Ankara denies a "
        "Kathimerini report of 18 armoured vehicles unloaded at Khoms port. Istanbul (dateline), Ankara and Tripoli "
        "(seats of governments), Khoms municipality, Greece and Egypt are not movement places; 'السفن الخمس' (five "
        "ships) and 'علي الخمسي' are traps.",
 "wk2": "Egyptian navy: frigate 'Tahya Misr' and LHD 'Anwar El Sadat' (ship-name traps) Ras el-Tin base→Tobruk port, "
        "stopping off Marsa Matruh (via); a planned visit Tobruk→Benghazi port (written بنغازى); a conditional advance "
        "of missile boats towards the Hariga oil port if oil sites in eastern Libya are threatened (eastern Libya only "
        "the condition); a denied marine landing in Derna. Alexandria (dateline), Tobruk municipality, the border with "
        "Egypt (distance reference) and Cairo (only Haftar's visit 'للقاهرة', surface قاهرة) are not movement "
        "places.",
 "wk3": "Russian navy seen from Tripoli, Lebanon: landing ships Tartus naval facility→Tobruk port carrying armour "
        "(shipment); a planned company of the 'Africa Corps' (trap) Al-Khadim base→Tobruk port; Il-76 flights "
        "Khmeimim→Al-Khadim; a conditional transfer of supply ships Tartus→Benghazi port if the deal with Damascus is "
        "not renewed; the Russian embassy in Tripoli (Libya) denies a frigate advancing on Sirte's coast ('أنباء سرت' "
        "= news spread, trap). Tripoli (Lebanon), its port, Beirut, Moscow, Damascus, Syria and eastern Libya are not "
        "movement places.",
 "wk4": "Greek navy and EU Irini: the frigate 'Limnos' (trap) Souda Bay naval base→Gulf of Sirte and the Italian "
        "frigate it relieves planned to leave the Gulf for Taranto; an arms cargo Mersin→Khoms port on a "
        "Djibouti-flagged ship found by an Irini boarding team 90 nm north of Benghazi (distance reference; sender "
        "unnamed, actor null); Ankara's conditional escorts of Turkish ships to Misrata; a planned move of Irini's "
        "command ship Augusta→Souda Bay; Greece denies a special-forces flight landing at Benina airport near Benghazi "
        "(locator). Greek, Italian and EU forces have no canonical actor, so null.",
 "wk5": "Italian navy: support ship 'Vulcano' (trap) Taranto naval station→Abu Sitta naval base in Tripoli via "
        "Lampedusa (written لامبيدوزا); Libyan coast-guard boats Tripoli port→Zuwara to reinforce patrols (the border "
        "with Tunisia a distance reference, Sabratha only migrants' departures, Mellitah only a locator); a planned "
        "ship with 60 soldiers Brindisi→Misrata port; a conditional massing of six patrol ships at Lampedusa if "
        "departures from the western coast rise; a denied withdrawal of 200 Italian soldiers from Misrata. Tunis "
        "(city) vs Tunisia (country); Italian forces actor null.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wk1", "wk2", "wk3", "wk4", "wk5")
