# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية, point near Hun)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # zr1 Russia's redeployment (Al-Quds Al-Arabi, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # zr2 the Sirte-Jufra red line (Al-Wafd, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.3, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # zr3 the eastern border doctrine (Ech-Chaab, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "border_dz": ("region", "DZ", 28.0, 9.75, "Algeria-Libya border (Algerian side)"),     # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "debdeb_mun": ("district", "DZ", 29.96750, 9.42389, "Debdeb municipality"),            # G* (town row)
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 # zr4 Ben Gardane ten years on (Al-Maghreb, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (written ذهيبة)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "border_tn_side": ("region", "TN", 32.8, 11.1, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 # zr5 two Tripolis (Al-Liwaa, Beirut)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا = Halba (Akkar))
}

TRAPS = {
 "zr1": ["القدس العربي", "الفيلق الأفريقي", "الملك إدريس", "الليبية", "الروسية", "إيطالية"],
 "zr2": ["الوفد", "حسم 2026", "عملية الكرامة", "دعم مالي", "الجيش المصري", "مصري", "الليبية", "الجيش الليبي"],
 "zr3": ["الشعب", "الجيش الوطني الشعبي", "الجزائريين", "من هذه الزاوية", "الليبي", "ليبياً-ليبياً"],
 "zr4": ["المغرب", "تونسية", "عماد الطرابلسي", "الليبية"],
 "zr5": ["اللواء", "المرصد السوري لحقوق الإنسان", "السنوات الخمس", "سمير الطرابلسي", "الفيلق الروسي", "التركية",
         "الجيش اللبناني", "السوريين"],
}

PHEN = {
 "zr1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "zr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "zr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zr4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zr1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["شرق ليبيا"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("shipment", "conditional", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
 ],
 "zr2": [
  mv("advance", "reported", "GNA forces", ["أبو قرين"], ["الوشكة"]),
  mv("redeploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("reinforce", "planned", "GNA forces", ["مصراتة"], ["أبو قرين"]),
  mv("deploy", "conditional", "Egyptian army", [], ["سرت"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "zr3": [
  mv("advance", "reported", "Algerian army", ["عين أمناس"], ["تيقنتورين"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["حاسي مسعود"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["إليزي"]),
  mv("mobilise", "denied", "Algerian army", [], ["تين الكوم"]),
  mv("deploy", "conditional", "Algerian army", [], ["ليبيا"]),
 ],
 "zr4": [
  mv("advance", "reported", "Foreign fighters", ["صبراتة"], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["ذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["رمادة"]),
  mv("withdraw", "conditional", "GNA forces", ["منفذ راس اجدير"]),
  mv("mobilise", "denied", "GNA forces", [], ["زوارة"]),
 ],
 "zr5": [
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "zr1": "Editorial on Russia's redeployment: a reported Il-76 airlift Al-Khadim base→Brak air base, Wagner's 2020 "
        "pull-back from the south-Tripoli fronts via Bani Walid to Jufra air base and the late-2024 airlift "
        "Hmeimim→eastern Libya (historical, reported), a planned move Jufra base→Maaten al-Sarra (the Chad-Sudan "
        "triangle only locates it), air-defence systems for Jufra base only if an agreement is signed (conditional "
        "shipment), and a denied landing of Russians at Tobruk port from Tartus. London, Benghazi, Ankara, Moscow, "
        "Damascus, Washington, Geneva, the Watiya base and the southern corridor to Niger/Mali are no movement places; "
        "the call for all foreign forces to leave names no place and is no movement.",
 "zr2": "Column on the Sirte-Jufra red line: the GNA's June 2020 advance Abu Qurayn→Al-Washka (reported, historical; "
        "Tarhuna and Al-Watiya only 'retaken', no movement), an Egyptian armoured brigade Mohamed Naguib base→Sidi "
        "Barrani (reported), two GNA battalions Misrata→Abu Qurayn next month (planned), Egypt's troops to Sirte if "
        "anyone crosses the Sirte-Jufra line (conditional; the line itself is only the condition) and a denied "
        "crossing into Jaghbub. The demand that mercenaries leave Al-Jufra is an opinion, not a movement.",
 "zr3": "Algerian editorial: the army's 2013 advance In Amenas→Tiguentourine (reported, historical), units of the 4th "
        "military region Ouargla→Debdeb via Hassi Messaoud (reported), a planned battalion Bordj Omar Driss→Illizi, a "
        "denied massing of 2,000 troops at Tin Alkoum (Ghat only 'opposite'), and the conditional sending of troops to "
        "Libya only with a two-thirds vote. Air patrols 'from Tin Alkoum to Debdeb' are no movement; Tripoli, Idri, "
        "Wadi al-Shati and Ubari are only named in a statement of concern.",
 "zr4": "Tunisian column ten years after Ben Gardane: the 2016 infiltration Sabratha→Ben Gardane (reported, "
        "historical, Foreign fighters), a Tunisian reinforcement Gabes→Dehiba (Wazin only 'opposite', Nalut only "
        "the fighting), a planned unit Tataouine→Remada, the GNA's conditional withdrawal from the Ras Ajdir "
        "crossing and its denied massing outside Zuwara. The 2011 refugees to Ben Gardane and Medenine are "
        "civilians, no movement; Tripoli is the TV station's city and a rhetorical place.",
 "zr5": "Lebanese column on two Tripolis: the 2019-2020 airlift of Syrian mercenaries Istanbul→Mitiga airport "
        "(reported, historical), a Turkish military cargo ship Mersin→Khums port (reported), Ankara's planned "
        "return of a thousand Syrians from Tripoli (Libya) to northern Syria, Turkish forces leaving Al-Watiya only "
        "if the Russians leave Al-Jufra and Brak (conditional; the condition's places are no movement places), and "
        "a denied landing at Misrata port of fighters shipped from the port of Tripoli (Lebanon).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zr1", "zr2", "zr3", "zr4", "zr5")
