# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                 # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 # Libyan ports, bases, terminals, border
 "tobruk_port": ("crossing", "LY", 32.07300, 23.97600, "Port of Tobruk"),                # K
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05300, "Port of Benghazi"),            # K
 "misrata_port": ("crossing", "LY", 32.36600, 15.21400, "Port of Misrata (Qasr Ahmed)"), # K
 "khoms_port": ("crossing", "LY", 32.65600, 14.28000, "Port of Al Khums"),               # K
 "tripoli_port": ("crossing", "LY", 32.90300, 13.19000, "Port of Tripoli"),              # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G* (row قاعدة الخادم)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),               # G* (airport row)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G (row راس لانوف)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة Cyrenaica)
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),            # G* (city row)
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),           # G* (city row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "border_tn": ("region", "LY", 33.05000, 11.60000, "Libya-Tunisia border (coast)"),      # K
 # Greece, Italy, Türkiye, Russia, Egypt, Lebanon
 "border_eg": ("region", "EG", 31.30000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "south_crete": ("region", "GR", 35.05000, 24.75000, "Southern Crete"),                  # K
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                               # G
 "souda_base": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),               # G* (row خليج سودا)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                 # G (row آتن)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta_base": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),               # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "catania": ("city", "IT", 37.49223, 15.07041, "Catania"),                               # G
 "naples": ("city", "IT", 40.85180, 14.26810, "Naples"),                                 # K
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                            # G
 "trieste": ("city", "IT", 45.64950, 13.77680, "Trieste"),                               # K
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G (row لامبيدوسا)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "south_tr": ("region", "TR", 37.00000, 35.30000, "Southern Türkiye"),                  # K
 "aksaz": ("base", "TR", 36.93000, 28.40000, "Aksaz naval base"),                        # K
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "iskenderun_base": ("base", "TR", 36.59000, 36.17000, "Iskenderun naval base"),         # K
 "baltiysk": ("town", "RU", 54.65370, 19.91460, "Baltiysk"),                             # K
 "severomorsk": ("town", "RU", 69.06890, 33.41620, "Severomorsk"),                       # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                              # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the movements.jsonl shape."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "rn1": ["سبوتنيك", "أسطول البلطيق", "صالح الطبرقي", "الإيطالية", "مصرياً", "ما ادري"],
 "rn2": ["القاهرة الإخبارية", "«سالاميس»", "فندق تيبستي", "شائعات سرت", "القوات البحرية الليبية", "مذكرة التفاهم التركية الليبية"],
 "rn3": ["ترك برس", "شارع طرابلس", "سالم الزليتني", "ما ادري", "القطاع البحري الأوسط"],
 "rn4": ["يورونيوز", "«غورغونا»", "المتوسط الآمن", "«كروتوني»", "«صبراتة»", "«زوارة»", "لا ريبوبليكا", "سان ماركو", "السنوات الخمس"],
 "rn5": ["«المدن»", "غازي عنتاب", "«سرت»", "«هيدرا»", "الطرابلسي", "الجيش المصري", "الموانئ الليبية"],
}

PHEN = {
 "rn1": ["multiword", "clitics", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "town_vs_district", "ambiguity_idri", "ambiguity_country_capital", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "rn2": ["multiword", "clitics", "media_trap", "common_word_trap", "nisba", "vague_area",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "rn3": ["multiword", "clitics", "spelling", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rn4": ["multiword", "clitics", "spelling", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "town_vs_district", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "rn5": ["multiword", "clitics", "media_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "rn1": [
  M("naval_landing", "reported", "Russian forces", ["بالتييسك"], ["ميناء طبرق"], ["كريت"]),
  M("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الخادم الجوية"]),
  M("airlift", "reported", "Russian forces", [], ["قاعدة الخادم الجوية"]),
  M("mobilise", "reported", "Libyan National Army", [], ["ميناء طبرق"]),
  M("shipment", "conditional", "Russian forces", ["طبرق"], ["ميناء بنغازي"]),
  M("deploy", "planned", "Russian forces", [], ["طبرق"]),
  M("deploy", "denied", "Russian forces", [], ["ميناء الحريقة"]),
 ],
 "rn2": [
  M("deploy", "reported", None, ["قاعدة خليج سودا البحرية"], ["ميناء بنغازي"]),
  M("reinforce", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["ميناء بنغازي"]),
  M("redeploy", "reported", "Libyan National Army", ["طبرق"], ["بنغازي"]),
  M("deploy", "planned", "Libyan National Army", [], ["درنة"]),
  M("deploy", "conditional", None, [], ["جنوب كريت"]),
  M("naval_landing", "denied", None, [], ["ميناء بنغازي"]),
  M("advance", "reported", None, [], ["بنغازي"]),
 ],
 "rn3": [
  M("shipment", "reported", "Turkish armed forces", ["قاعدة الإسكندرونة البحرية"], ["ميناء قصر أحمد"]),
  M("redeploy", "reported", "Turkish armed forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  M("withdraw", "reported", "Turkish armed forces", ["ميناء طرابلس"], ["قاعدة أكساز البحرية"]),
  M("airlift", "reported", "Turkish armed forces", ["قيصري"], ["مطار مصراتة"]),
  M("redeploy", "planned", "GNA forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  M("deploy", "denied", "Syrian mercenaries", ["إسطنبول"], ["ميناء مصراتة"]),
  M("shipment", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "rn4": [
  M("redeploy", "reported", None, ["ميناء طرابلس"], ["ميناء الخمس"]),
  M("reinforce", "reported", None, ["قاعدة أوغستا البحرية"], ["الخمس"]),
  M("redeploy", "planned", None, [], ["طرابلس"]),
  M("withdraw", "reported", None, [], ["تارانتو"]),
  M("deploy", "denied", None, [], ["الخمس"]),
  M("deploy", "conditional", None, [], ["مصراتة", "الخمس"]),
 ],
 "rn5": [
  M("redeploy", "reported", "Turkish armed forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  M("deploy", "reported", "Misrata forces", ["مصراتة"], ["الخمس"], ["زليتن"]),
  M("deploy", "denied", "Russian forces", ["سيفيرومورسك"], ["ميناء طبرق"]),
  M("deploy", "planned", None, [], ["طبرق"]),
  M("redeploy", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["سرت"]),
  M("advance", "reported", "GNA forces", ["مصراتة"], ["سرت"]),
  M("mobilise", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
}

NOTES = {
 "rn1": "Sputnik-style Tobruk story: a Russian landing ship Baltiysk→Tobruk port via Crete lands troops and kit, a "
        "truck convoy Tobruk port→Al Khadim air base, two Il-76s into Al Khadim, LNA military police massed round the "
        "port, a conditional sail Tobruk→Benghazi port, a planned frigate visit to Tobruk and a denied marines move to "
        "Marsa al-Hariga; a Maltese-flag tanker, an intercepted migrant boat and a promised escort are not movements.",
 "rn2": "Al Qahera News-style Benghazi story: a Greek frigate Souda Bay base→Benghazi port, a Saiqa company Benina "
        "air base→the port, LNA patrol boats Tobruk→Benghazi, a planned drill off Derna, a conditional Greek "
        "deployment south of Crete, a denied Greek special-forces landing at the port (anaphora «في الميناء») and the "
        "2011 advance on Benghazi (flashback); migrants to Gavdos/Crete, a container ship, a ferry from Alexandria, "
        "the captain's trip to a hotel and a 2011 evacuation call are not movements.",
 "rn3": "Turk Press-style Misrata story: a Turkish landing ship Iskenderun naval base→Misrata port (written ميناء "
        "قصر أحمد), a frigate Misrata port→Tripoli port relieving one that went home Tripoli port→Aksaz naval base, "
        "an airlift Kayseri→Misrata airport, a planned GNA boat move Misrata→Abu Sitta naval base, a denied Syrian "
        "fighters' voyage Istanbul→Misrata port and a conditional second landing ship to Al-Khums port; a container "
        "ship from Mersin, a migrant rescue off Zliten and a past handover of boats are not movements.",
 "rn4": "Euronews-style Rome story: the Italian support ship Tripoli port→Al-Khums port, a patrol boat with marines "
        "Augusta naval base→Al-Khums, a planned return to Tripoli, a minehunter («كروتوني») withdrawn to Taranto, a denied San "
        "Marco company in Al-Khums and a conditional frigate off Misrata and Al-Khums; migrant landings at Lampedusa, "
        "an NGO ship at Catania, a Libyan cargo ship Naples→Al-Khums and patrol boats named «صبراتة»/«زوارة» are "
        "not movements.",
 "rn5": "Al-Modon-style analysis: a Turkish frigate Misrata port→Al-Khums port, a Misrata force Misrata→Al-Khums via "
        "Zliten, a denied Russian submarine Severomorsk→Tobruk port, a planned Greek frigate off Tobruk, a conditional "
        "LNA naval move Benghazi port→Sirte, the GNA's June 2020 advance Misrata→Sirte (flashback) and a conditional "
        "Egyptian build-up at Sallum; a gas tanker named «سرت», an exercise off Ras Lanuf, migrant boats to Crete and "
        "Benghazi–Alexandria cargo runs are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rn1", "rn2", "rn3", "rn4", "rn5")
