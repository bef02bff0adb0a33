# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "ukraine": ("country", "UA", 48.79115, 31.06179, "Ukraine"),                           # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية / مطار الجفرة)
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Force Academy base"),   # G* (row مطار مصراتة)
 "misrata_port": ("crossing", "LY", 32.372, 15.212, "Port of Misrata (Qasr Ahmed)"),    # K
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # xx1 Abu Qurayn and the Sirte line (Al-Quds Al-Arabi)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # xx2 Zliten and Al-Khums (Al-Anba)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 # xx3 Lebanese sailors in Misrata port (Lebanon 24)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # xx4 Al-Khums naval base and Ka'am (Al-Ayyam)
 "kaam": ("town", "LY", 32.54, 14.45, "Ka'am"),                                         # K
 "khums_base": ("base", "LY", 32.67610, 14.24130, "Al Khums naval base"),               # G* (row ميناء الخمس)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                         # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 # xx5 Bani Walid (Oman)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "central_region": ("region", "LY", 30.40, 16.30, "Central region of Libya"),           # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "xx1": ["القدس العربي", "لواء المحجوب", "كتيبة حطين", "الزليتني", "المصراتية", "الجيش الوطني الليبي"],
 "xx2": ["الأنباء", "كتيبة شهداء زليتن", "الخمسي", "الأيام الخمسة", "مصراتية", "الليبية", "تركية"],
 "xx3": ["لبنان 24", "لبنانيين", "اللبنانية", "المصراتية", "تركية", "الليبي", "مالي"],
 "xx4": ["الأيام", "إدريس الطرابلسي", "الطرابلسي", "السنوات الخمس", "مصراتي", "الليبي"],
 "xx5": ["عُمان", "إدريس الورفلي", "الجيش الوطني الليبي", "الفيلق الأفريقي"],
}

PHEN = {
 "xx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil"],
 "xx2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_crossings", "countries"],
 "xx3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xx4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xx1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء", "الهيشة"]),
  mv("redeploy", "planned", "Misrata forces", ["قاعدة الكلية الجوية"], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("withdraw", "denied", "Misrata forces", ["أبوقرين"], ["مصراتة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
 ],
 "xx2": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("withdraw", "conditional", "Misrata forces", ["زليتن"], ["مصراتة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "xx3": [
  mv("deploy", "reported", "Misrata forces", ["قاعدة الكلية الجوية"], ["ميناء مصراته"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجيرليك"], ["مطار مصراتة"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", "Misrata forces", ["ميناء مصراتة"], ["الكلية الجوية"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "xx4": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["قاعدة الخمس البحرية"]),
  mv("redeploy", "denied", "GNA forces", ["قاعدة الخمس البحرية"], ["ميناء مصراتة"]),
  mv("mobilise", "planned", "Misrata forces", [], ["كعام"]),
  mv("advance", "conditional", "Misrata forces", ["كعام"], ["الخمس"]),
 ],
 "xx5": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("airlift", "denied", "Wagner Group", ["مطار بني وليد"], ["الجفرة"]),
  mv("redeploy", "planned", "Misrata forces", ["أبوقرين"], ["تاورغاء"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بني وليد"]),
 ],
}

NOTES = {
 "xx1": "Misrata military council's 40-vehicle column Misrata→Abu Qurayn via Tawergha and Al-Hisha (headline repeats "
        "it; 'west of Sirte' only locates the front), a planned air-defence company from the air academy base to "
        "Al-Washka, a conditional advance Abu Qurayn→Sirte ('unless Haftar's forces attack'), the denied withdrawal of "
        "the Al-Mahjoub brigade (a Misrata district in a force name: trap) from Abu Qurayn back to Misrata, and an LNA "
        "massing shown in Sirte; Geneva, Bani Walid, Al-Jufra, Central Libya, the Oil Crescent, Es Sider and Ras Lanuf "
        "are background only.",
 "xx2": "Kuwaiti daily datelined Kuwait (city; the country is the later statement): a Misrata force Misrata→Zliten via "
        "Dafniya, its conditional return Zliten→Misrata ('as soon as the security directorate takes over'), a planned "
        "GNA neutral force by ship Tripoli port→Khums port (Garabulli is the road being avoided, not a via; Al-Khums "
        "only where tension may spread), and a denied Turkish military arms delivery to Khums port (Ukraine only the "
        "origin of a wheat cargo). Traps: Al-Khamsi (person), 'the five days' (common word), a Zliten brigade name.",
 "xx3": "Lebanese outlet: sailors from Tripoli (Lebanon) and Akkar stuck in Misrata port; their ship came from the port "
        "of Tripoli (Lebanon) (civilian). Misrata forces moved air academy base→Misrata port, a Turkish military cargo "
        "plane Incirlik→Misrata airport, a planned Turkish navy ship Mersin→Misrata port, the force's conditional "
        "return from the port to the air academy, and a denied advance Misrata→Tripoli (Libya). Beirut, Lebanon, "
        "Libya and Tunis (embassy) are not movement places.",
 "xx4": "A GNA marine landing Abu Sitta naval base (located 'in Tripoli')→Khums naval base, the base commander's denial "
        "that boats were moved from the base to Misrata port, a planned Misrata massing at Ka'am ('20 km east of Al-Khums' "
        "is a distance reference) and a conditional advance Ka'am→Al-Khums. Malta, the border with Tunisia and the "
        "Zawiya refinery are smuggling background; Idris al-Trabelsi is a person trap (Idri, Tripoli).",
 "xx5": "GNA reinforcements Tripoli→Bani Walid via Tarhuna (headline spells بنى وليد), a denied Wagner airlift Bani "
        "Walid airport→Al-Jufra, a planned Misrata redeploy Abu Qurayn→Tawergha ('away from the road to Bani Walid' "
        "names no destination), and the LNA's conditional advance Al-Jufra air base→Bani Walid. Russia, the central "
        "region and the border with Sudan are background (presence, not movement).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xx1", "xx2", "xx3", "xx4", "xx5")
