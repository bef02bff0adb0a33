# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "bangladesh": ("country", "BD", 23.67779, 89.86016, "Bangladesh"),                      # G (row spelled بنغلادش)
 # Libyan cities, towns and districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),           # G* (town row)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 # Libyan ports, bases, airports, crossings, oil terminals
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port (Qasr Ahmed)"),       # K
 "khoms_port": ("crossing", "LY", 32.656, 14.282, "Al Khums port"),                      # K
 "tripoli_port": ("crossing", "LY", 32.903, 13.183, "Tripoli port"),                     # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (GeoNames value quoted in fresh51 README)
 "tobruk_port": ("crossing", "LY", 32.072, 23.978, "Tobruk port"),                       # K
 "benghazi_port": ("crossing", "LY", 32.101, 20.049, "Benghazi port"),                   # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Airport (Tobruk)"),  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),          # G* (row راس لانوف)
 "essider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),             # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa al-Brega oil port"),            # K
 # Libyan regions
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "east_libya": ("region", "LY", 31.8, 22.0, "Eastern Libya"),                            # K
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                    # G (row خليج البمبة)
 "border_tn": ("region", "LY", 33.10, 11.60, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "aksaz": ("base", "TR", 36.83, 28.41, "Aksaz Naval Base"),                              # K
 # Italy
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                               # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "rastin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "border_eg": ("region", "EG", 31.45, 25.20, "Egypt-Libya border (Egyptian side)"),      # K
 # Greece, Russia, Syria
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                 # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "souda": ("base", "GR", 35.487, 24.145, "Souda Bay naval base"),                        # K
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                               # G
 "heraklion": ("city", "GR", 35.32787, 25.14341, "Heraklion"),                           # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
}

TRAPS = {
 "ij1": ["شارع طرابلس", "السنوات الخمس", "راديو مصراتة إف إم", "علي الخمسي", "التركية", "الليبي"],
 "ij2": ["غرفة عمليات الساحل الغربي", "مسعود الزواري", "ليبيا الأحرار", "نهج طرابلس", "ما ادري", "الإيطالية",
         "التونسية", "الليبية"],
 "ij3": ["تحيا مصر", "القاهرة الإخبارية", "المصرية", "مصرياً", "اليونانية", "الروسية", "الليبي"],
 "ij4": ["الجيش الليبي", "الجيش الوطني الليبي", "شركة رأس لانوف لتصنيع النفط والغاز", "شارع جمال عبد الناصر",
         "فندق تيبستي", "ليبيا الحدث", "مفتاح الإدريسي", "النفطية"],
 "ij5": ["اليونانية", "اليوناني", "الليبية", "الأوروبية"],
}

PHEN = {
 "ij1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "countries"],
 "ij2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ij3": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ij4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_oil", "countries"],
 "ij5": ["clitics", "spelling", "multiword", "nisba", "ambiguity_country_capital", "vague_area", "coverage_bases",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TR, LNA, GNA, MIS = "Turkish armed forces", "Libyan National Army", "GNA forces", "Misrata forces"
EGY, RUS, TUN = "Egyptian army", "Russian forces", "Tunisian army"

MOVES = {
 "ij1": [
  _m("naval_landing", "reported", TR, ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  _m("airlift", "reported", TR, ["قيصري"], ["مطار مصراته"]),
  _m("naval_landing", "denied", TR, [], ["ميناء الخمس"]),
  _m("deploy", "planned", TR, ["مصراتة"], ["ميناء طرابلس"]),
  _m("withdraw", "planned", TR, ["ميناء مصراتة"], ["أكساز"]),
  _m("deploy", "conditional", MIS, [], ["الخمس"]),
 ],
 "ij2": [
  _m("shipment", "reported", None, ["أوغستا"], ["قاعدة أبوستة البحرية"]),
  _m("deploy", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  _m("redeploy", "planned", GNA, ["طرابلس"], ["مجمع مليتة"]),
  _m("advance", "denied", TUN, ["جرجيس"], ["زوارة"]),
  _m("reinforce", "conditional", TUN, [], ["جرجيس", "بن قردان"]),
 ],
 "ij3": [
  _m("deploy", "reported", EGY, ["قاعدة رأس التين البحرية"], ["ميناء طبرق"], ["مرسى مطروح"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار طبرق"]),
  _m("naval_landing", "denied", RUS, ["طرطوس"], ["طبرق"]),
  _m("deploy", "planned", EGY, [], ["ميناء بنغازي"]),
  _m("withdraw", "planned", EGY, ["ميناء بنغازي"], ["الإسكندرية"]),
  _m("reinforce", "conditional", EGY, [], ["السلوم"]),
 ],
 "ij4": [
  _m("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
  _m("reinforce", "reported", LNA, ["ميناء رأس لانوف"], ["ميناء السدرة"]),
  _m("mobilise", "denied", GNA, [], ["ميناء مصراتة"]),
  _m("shipment", "planned", LNA, ["بنغازي"], ["ميناء البريقة"]),
  _m("advance", "conditional", LNA, [], ["بن جواد"]),
 ],
 "ij5": [
  _m("deploy", "reported", None, ["قاعدة سودا البحرية"], ["غافدوس"]),
  _m("deploy", "denied", None, [], ["درنة"]),
  _m("shipment", "planned", None, [], ["ميناء بنغازي"]),
  _m("redeploy", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  _m("mobilise", "conditional", LNA, [], ["خليج بمبة"]),
 ],
}

NOTES = {
 "ij1": "Al-Rai (Kuwait), Misrata: a Turkish landing ship Aksaz naval base→Misrata port and an A400M Kayseri→Misrata "
        "airport (reported), a landing at Al-Khums port denied by Ankara, the frigate's planned move Misrata→Tripoli port "
        "and the landing ship's planned return to Aksaz, a Misrata joint-force move to Al-Khums only «إذا تجددت "
        "الاشتباكات». Traps: شارع طرابلس (street), السنوات الخمس ('the past five years'), علي الخمسي (person), a radio "
        "named after Misrata; Misrata airport spelled مصراته; بلدية الخمس as district.",
 "ij2": "Al-Chourouk (Tunisia), Tunis: Italian patrol boats shipped Augusta→Abu Sitta naval base, two boats Abu Sitta→"
        "Zuwara port (reported), the third planned Tripoli→Mellitah, the Tunisian navy's denied chase Zarzis→Zuwara and "
        "its conditional reinforcement off Zarzis and Ben Gardane. Intercepted migrants off Sabratha taken to Tripoli are "
        "not a force move. Traps: غرفة عمليات الساحل الغربي, مسعود الزواري, نهج طرابلس, «ما ادري», ليبيا الأحرار.",
 "ij3": "Al-Watan (Egypt), Cairo: the Egyptian frigate Ras El Tin base→Tobruk port via Marsa Matruh and an LNA airlift "
        "Benina→Tobruk airport (reported), a Russian landing ship Tartus→Tobruk denied, the frigate's planned visit to "
        "Benghazi port and return to Alexandria, a conditional Egyptian reinforcement of Sallum. Migrants stopped near "
        "Amsaad and returned ashore are not a force move. Traps: the ship name «تحيا مصر», «القاهرة الإخبارية».",
 "ij4": "Al-Arab (London), Benghazi: LNA marines landed Benghazi port→Ras Lanuf port and a company on to Es Sider "
        "(reported), a massing at Misrata port denied by the Tripoli navy staff, a planned ammunition/fuel shipment "
        "Benghazi→Brega port, a conditional advance on Bin Jawad. راس لانوف / رأس لانوف spellings; traps: فندق تيبستي "
        "after «مروراً ب», شارع جمال عبد الناصر, the Ras Lanuf company, مفتاح الإدريسي, ليبيا الحدث.",
 "ij5": "Xinhua Arabic, Athens: Greek frigates Souda naval base→south of Gavdos (reported), a denied approach to Derna, a "
        "planned supply ship to Benghazi port handing over patrol boats, LNA boats Benghazi port→Tobruk port (reported) "
        "and a conditional massing in the Gulf of Bomba. Migrant boats from Tobruk and rescued migrants taken to "
        "Heraklion, and a Libyan delegation's visit to Athens, are not force moves. خليج بمبة and بنغلاديش are spelled "
        "unlike the gazetteer.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ij1", "ij2", "ij3", "ij4", "ij5")
