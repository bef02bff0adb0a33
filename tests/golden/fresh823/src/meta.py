# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 # Libyan cities, ports and regions (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Port of Benghazi"),               # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.370, 15.210, "Port of Misrata (Qasr Ahmed)"),     # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (town row)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (town row)
 "tobruk_port": ("crossing", "LY", 32.072, 23.972, "Port of Tobruk"),                   # K
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk_nb": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "sirte_gulf": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G* (row قاعدة أبوستة البحرية)
 # qes1 EU Irini (Monte Carlo Doualiya)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay Naval Base"),                   # G* (row خليج سودا, town)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta Naval Base"),                   # G* (row أوغستا, town)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "valletta_port": ("crossing", "MT", 35.89968, 14.51480, "Valletta Grand Harbour"),     # G* (row فاليتا, city)
 "toulon": ("base", "FR", 43.12442, 5.92836, "Toulon Naval Base"),                      # G* (row تولون, city)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "luxembourg": ("city", "LU", 49.60982, 6.13268, "Luxembourg (city)"),                  # G
 # qes2 the Turkish navy (Turk Press)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "marmaris": ("town", "TR", 36.85500, 28.27417, "Marmaris"),                            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tyre": ("city", "LB", 33.2733, 35.1939, "Tyre"),                                      # K
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # qes3 the Greek navy in Tobruk (Al-Wafd)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G* (row آتن)
 "salamis": ("base", "GR", 37.96427, 23.49649, "Salamis Naval Base"),                   # G* (row سالاميس, town)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # qes4 the western coast guard and the Tunisian navy (Jawhara FM)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                   # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn": ("region", "LY", 33.08, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # qes5 the LNA navy (France 24)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "derna_port": ("crossing", "LY", 32.765, 22.655, "Port of Derna"),                     # K
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zuwaytinah"),                          # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                        # G
 "border_eg": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
}

TRAPS = {
 "qes1": ["مونت كارلو الدولية", "بسارا", "أنطونيو دي ميسينا", "الأسابيع الخمسة", "بون", "بروفانس", "صوفيا", "اليونانية",
          "الإيطالية", "تركية", "الليبية"],
 "qes2": ["ترك برس", "وكالة الأناضول", "غازي عنتاب", "صوراً", "إدريس الشريف", "التركية", "الليبية", "يونانية"],
 "qes3": ["الوفد", "هيدرا", "اليونانيتان", "الجيش الوطني الليبي", "جمال عبد الناصر", "الطبرقي", "سرت به أنباء", "اليونانية", "المصرية",
          "السورية", "الليبية"],
 "qes4": ["الجوهرة إف إم", "غرفة عمليات الساحل الغربي", "الطرابلسي", "رأس جدير", "هذه الزاوية", "إذاعة صفاقس", "الليبية",
          "تونسية"],
 "qes5": ["فرانس 24", "الجيش الوطني الليبي", "إدريس المسماري", "الليبية", "اللبنانية", "الأوروبية"],
}

PHEN = {
 "qes1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "countries"],
 "qes2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qes3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qes4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qes5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qes1": [
  mv("deploy", "reported", None, ["قاعدة سودا البحرية"], ["بنغازي"]),
  mv("withdraw", "reported", None, ["درنة"], ["قاعدة أوغستا البحرية"]),
  mv("withdraw", "denied", None, ["طرابلس", "مصراته"]),
  mv("deploy", "planned", None, [], ["الخمس"], ["ميناء فاليتا"]),
  mv("advance", "conditional", None, ["قاعدة طولون البحرية"], ["ميناء مصراتة"]),
 ],
 "qes2": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"], ["كريت"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الخمس"], ["ميناء طرابلس"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["مطار مصراتة"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراته"]),
  mv("advance", "conditional", "Turkish armed forces", [], ["خليج سرت"]),
 ],
 "qes3": [
  mv("deploy", "reported", None, ["قاعدة سالاميس البحرية"], ["ميناء طبرق"], ["قاعدة سودا البحرية"]),
  mv("redeploy", "reported", "Libyan National Army", ["ميناء بنغازي"], ["طبرق"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار طبرق"]),
  mv("deploy", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["طبرق"]),
  mv("shipment", "denied", "Russian forces", ["طرطوس"], ["ميناء الحريقة"]),
  mv("redeploy", "conditional", None, [], ["ميناء بنغازي"]),
 ],
 "qes4": [
  mv("reinforce", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء الخمس"], ["زوارة"]),
  mv("mobilise", "denied", "GNA forces", [], ["الزاوية"]),
  mv("reinforce", "conditional", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("deploy", "reported", "Tunisian army", [], ["جربة"]),
 ],
 "qes5": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["ميناء طبرق"], ["ميناء درنة"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء الزويتينة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["خليج البمبة"]),
 ],
}

NOTES = {
 "qes1": "EU Irini (no canonical actor, actor null): the Greek frigate Souda Bay→off Benghazi, the Italian frigate's "
         "return off Derna→Augusta (Crete and Sicily only locate the bases), a denied pull-out of two ships from off "
         "Tripoli and Misrata (spelt مصراته), a planned German supply ship via Valletta to off Khoms (Malta locates the "
         "port), and a conditional advance of a French frigate Toulon→Misrata port; Rome, Ankara, Brussels and Luxembourg are seat, "
         "accuser and venue only; Libya is the embargo's object.",
 "qes2": "Turkish navy: the frigate Aksaz base→Khoms port past Crete (Tripoli only a distance reference, Marmaris "
         "locates the base), a planned move Khoms→Tripoli port, an A400M airlift Erkilet→Misrata airport (Kayseri "
         "locates the base), a denied landing Mersin→Misrata port (spelt مصراته), and a conditional advance into the "
         "Gulf of Sirte (Misrata there only the condition); the past UNIFIL patrols off Lebanese Tripoli and Tyre, "
         "Khoms municipality and Abu Sitta (training sites) are not movements.",
 "qes3": "Greek frigates Salamis base→Tobruk port via Souda Bay (Athens the locator and dateline), an LNA move of two "
         "boats Benghazi port→Tobruk and a marine company airlifted Benina→Tobruk airport, a planned Egyptian helicopter carrier Ras el-Tin→off Tobruk (Alexandria locates "
         "the base), a denied Russian shipment Tartus→Marsa al-Hariga, and a conditional onward move of the Greek "
         "frigates to Benghazi port; Benghazi (talks), Gavdos, Cairo, Tobruk municipality and Tripoli are not movement "
         "places.",
 "qes4": "Libyan coast guard (GNA): three boats Tripoli port→Zuwara port (the Tunisian border only a distance "
         "reference), a planned boat Khoms port→Zuwara, denied massing of coast-guard boats in Zawiya (the common word «هذه الزاوية» is a trap); Tunisian navy: a conditional "
         "reinforcement Sfax→off Zarzis (the western coast only the condition) and a reported deployment around "
         "Djerba; Mellitah, Ras Ajdir, Tunis and Tripoli are not movement places.",
 "qes5": "LNA navy: marines landed at Ras Lanuf port from Benghazi port (the Oil Crescent only locates the port), 20 boats "
         "massing in Benghazi port, a planned transfer Tobruk port→Derna port, a supply ship's ammunition shipment Benghazi port→Tobruk port, a denied withdrawal from Zueitina port, "
         "and a conditional reinforcement Tobruk→Gulf of Bomba (the Egyptian border the condition; Amsaad crossing and "
         "Al Butnan only locate a seizure); the Irini search of a Togo-flagged ship from Lebanese Tripoli is not a "
         "movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qes1", "qes2", "qes3", "qes4", "qes5")
