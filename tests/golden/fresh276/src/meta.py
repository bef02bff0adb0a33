# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # foreign cities (datelines, capitals, origins)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "damascus_airport": ("airport", "SY", 33.4114, 36.5156, "Damascus International Airport"),  # K
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "border_eg": ("region", "EG", 31.2, 25.1, "Egypt-Libya border (Egyptian side)"),      # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # Libya: regions and districts
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town point)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 # Libya: cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Libya: bases, airports, ports, crossings, oil
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air College base"),     # G* (Misrata airport row)
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port (Qasr Ahmad)"),       # K
 "tobruk_port": ("crossing", "LY", 32.070, 23.980, "Tobruk port"),                      # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, WAG, TR = "Russian forces", "Wagner Group", "Turkish armed forces"

TRAPS = {
 "jr1": ["درج", "الفيلق الإفريقي", "العقيد ميلاد الإدريسي", "الدعم المالي", "الروسي"],
 "jr2": ["عنب بلدي", "أجنحة الشام", "السوريين", "الروسية", "الليبية", "ليبيون"],
 "jr3": ["عاصفة السلام", "بركان الغضب", "شارع طرابلس", "ليبيا الحدث", "التركية"],
 "jr4": ["المدن", "الفيلق الإفريقي", "طوفان الكرامة", "التونسي", "الطرابلسي", "من هذه الزاوية", "لا أدري",
         "الكتائب المصراتية"],
 "jr5": ["مدى مصر", "قوات الدعم السريع", "الروسية", "المصري", "الخط الأحمر"],
}

PHEN = {
 "jr1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "jr2": ["clitics", "multiword", "nisba", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "jr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "jr4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_oil"],
 "jr5": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "jr1": [
  M("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم"]),
  M("shipment", "reported", RU, ["قاعدة الخادم"], ["براك"], ["الجفرة"]),
  M("reinforce", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  M("airlift", "reported", RU, ["براك"], ["نيامي", "باماكو"]),
  M("redeploy", "planned", RU, ["الجفره"], ["براك"]),
  M("deploy", "conditional", RU, [], ["الحدود مع النيجر"]),
  M("deploy", "denied", RU, [], ["إدري", "حقل الشرارة"]),
 ],
 "jr2": [
  M("airlift", "reported", RU, ["قاعدة حميميم الجوية"], ["قاعدة الخادم الجوية", "قاعدة الجفرة"]),
  M("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  M("airlift", "reported", "Syrian mercenaries", ["مطار دمشق الدولي"], ["بنغازي"]),
  M("withdraw", "conditional", RU, ["حميميم"], ["الخادم"]),
  M("redeploy", "planned", RU, ["طرطوس"], ["طبرق"]),
  M("airlift", "denied", "Syrian mercenaries", [], ["مطار القرضابية"]),
 ],
 "jr3": [
  M("airlift", "reported", TR, ["قونية"], ["قاعدة الوطية الجوية"]),
  M("advance", "reported", "GNA forces", ["أبوقرين"], ["سرت"]),
  M("airlift", "reported", TR, ["قيصري"], ["مطار مصراتة"]),
  M("naval_landing", "planned", TR, ["مرسين"], ["ميناء مصراتة"]),
  M("reinforce", "conditional", TR, [], ["قاعدة الوطية"]),
  M("redeploy", "denied", TR, ["الوطية"], ["زوارة"]),
 ],
 "jr4": [
  M("advance", "reported", WAG, ["غريان"], ["طرابلس"]),
  M("withdraw", "reported", WAG, ["طرابلس"], ["بني وليد"]),
  M("airlift", "reported", WAG, ["بني وليد"], ["الجفرة"]),
  M("deploy", "reported", WAG, [], ["ميناء السدرة", "راس لانوف"]),
  M("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
  M("redeploy", "planned", RU, ["الجفرة"], ["قاعدة القرضابية"]),
  M("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  M("withdraw", "denied", RU, ["الجفرة"], ["براك"]),
 ],
 "jr5": [
  M("shipment", "reported", WAG, ["قاعدة الخادم الجوية"], ["دارفور"], ["الكفرة"]),
  M("redeploy", "reported", RU, ["الجفرة"], ["قاعدة الخادم الجوية"]),
  M("deploy", "planned", RU, [], ["ميناء طبرق"]),
  M("reinforce", "conditional", "Egyptian army", [], ["سيدي براني", "السلوم"]),
  M("deploy", "denied", RU, [], ["منفذ امساعد"]),
 ],
}

NOTES = {
 "jr1": "Daraj-style investigation on the Russian Africa Corps at Brak air base: a 2025 airlift Hmeimim→Al-Khadim and "
        "trucks on to Brak via Al-Jufra, a March 2026 reinforcement from the Jufra air base, cargo flights Brak→Niamey/"
        "Bamako, a planned air-defence battery Jufra→Brak, a conditional move to the Niger border and a denied "
        "deployment in Idri/near the Sharara field; Idri beside the officer «الإدريسي», Daraj (درج) the outlet.",
 "jr2": "Enab Baladi-style investigation on Russia's shift from Syria to Libya: the 2024-25 air bridge Hmeimim→Al-Khadim"
        "/Jufra, landing ships Tartus→Tobruk port, the 2020 Cham Wings airlift of Syrian fighters Damascus airport→"
        "Benghazi, a conditional pull-out Hmeimim→Al-Khadim, a planned naval move Tartus→Tobruk and a denied landing "
        "of Syrian fighters at Gardabiya airport.",
 "jr3": "Noon Post-style long-read on Turkey at Al-Watiya and Misrata: the 2020 airlift Konya→Al-Watiya and the GNA "
        "advance Abu Qurayn→Sirte, A400Ms Kayseri→Misrata airport, a planned marine landing Mersin→Misrata port, a "
        "conditional reinforcement of Al-Watiya and a denied Al-Watiya→Zuwara move; Tripoli Street in Misrata a trap.",
 "jr4": "Al-Modon-style long-read on the Jufra air base from Wagner to the Africa Corps: the 2019 advance Gharyan→"
        "Tripoli, the 2020 pull-back to Bani Walid, the airlift on to Jufra and the deployment at Es Sider/Ras Lanuf, "
        "LNA massing near Sirte, a planned MiG-29 move Jufra→Gardabiya base, a conditional Misrata build-up at Abu "
        "Qurayn and a denied Russian pull-out Jufra→Brak; al-Modon «المدن», «الطرابلسي», «لا أدري», «من هذه الزاوية».",
 "jr5": "Mada Masr-style investigation on Al-Khadim seen from Cairo: Wagner convoys Al-Khadim→Darfur via Kufra (2023), "
        "Russian helicopters Jufra→Al-Khadim, a planned Russian unit for Tobruk port, Egypt's conditional "
        "reinforcement of Sidi Barrani/Sallum and a denied Russian deployment at the Amsaad crossing.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jr1", "jr2", "jr3", "jr4", "jr5")
