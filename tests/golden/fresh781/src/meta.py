# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and regions abroad
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # qdc1 Turkish-trained graduates (Yeni Safak Arabic)
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "foca": ("town", "TR", 38.6704, 26.7569, "Foca"),                                      # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qdc2 Egyptian-trained graduates and the Sidi Barrani exercise (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind airport)
 # qdc3 Italian coastguard training (ANSAmed)
 "gaeta": ("town", "IT", 41.2137, 13.5710, "Gaeta"),                                    # K
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                   # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "ciampino": ("airport", "IT", 41.7994, 12.5949, "Rome Ciampino Airport"),              # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "calabria": ("region", "IT", 39.0, 16.5, "Calabria"),                                  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qdc4 graduates to the Fezzan and the «رعد الجنوب» exercise (Asharq Al-Awsat)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qdc5 Tunisian exercise at Dehiba and Turkish-trained border guards at Wazin (Al-Quds Al-Arabi)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "border_tn_south": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
}

TRAPS = {
 "qdc1": ["الليبية", "إدريس القماطي", "التركية", "ناصر الطرابلسي", "هذه الزاوية", "وكالة الأناضول", "قوة حماية طرابلس"],
 "qdc2": ["صدى البلد", "المصرية", "الجيش الوطني الليبي", "بوابة الأهرام", "فرج الطبرقي", "المنطقة الغربية العسكرية", "مصرية"],
 "qdc3": ["الليبي", "أنسامد", "الحرس المالي", "الإيطالي", "ليبيا الوطنية", "عملية «صوفيا»"],
 "qdc4": ["الجيش الوطني", "الشرق الأوسط", "رعد الجنوب", "منطقة سبها العسكرية", "إدريس الحاسي", "الفيلق الأفريقي"],
 "qdc5": ["القدس العربي", "الجيش التونسي", "الصحراء الكبرى 2026", "حسين النالوتي", "التونسية", "الليبية", "تونسية", "التراب التونسي"],
}

PHEN = {
 "qdc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qdc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings",
          "countries"],
 "qdc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qdc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdc1": [
  mv("airlift", "reported", "GNA forces", ["إزمير"], ["مطار معيتيقة"]),
  mv("naval_landing", "planned", "GNA forces", [], ["ميناء الخمس"]),
  mv("deploy", "reported", "GNA forces", ["معيتيقة"], ["زوارة", "قاعدة الوطية"], ["صبراتة"]),
  mv("deploy", "planned", "GNA forces", [], ["معبر رأس اجدير", "الحدود مع تونس"]),
  mv("redeploy", "conditional", "GNA forces", [], ["أبوقرين"]),
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["سرت"]),
 ],
 "qdc2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة ألماظة الجوية"], ["قاعدة بنينا"]),
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["الجغبوب"], ["طبرق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الكفرة", "قاعدة معطن السارة"]),
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["سيدي براني"]),
  mv("withdraw", "conditional", "Egyptian army", ["سيدي براني"], ["مرسى مطروح"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qdc3": [
  mv("shipment", "reported", "GNA forces", ["قاعدة أوغستا البحرية"], ["ميناء طرابلس"]),
  mv("airlift", "reported", "GNA forces", ["مطار تشامبينو"], ["مطار معيتيقة"]),
  mv("deploy", "planned", "GNA forces", [], ["زوارة", "القرة بوللي", "الخمس"]),
  mv("redeploy", "conditional", "GNA forces", ["ميناء طرابلس"], ["زوارة"]),
  mv("reinforce", "denied", "GNA forces", [], ["الزاوية"]),
 ],
 "qdc4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري", "غات", "حقل الشرارة"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القطرون", "تجرهي"]),
  mv("withdraw", "reported", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["براك"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["الحدود مع النيجر"]),
 ],
 "qdc5": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "planned", "Tunisian army", [], ["تطاوين", "مدنين"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت", "منفذ وازن"], ["جادو"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الحدود مع تونس"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
}

NOTES = {
 "qdc1": "Turkish-trained GNA graduates: an A400M airlift Izmir→Mitiga airport (Tripoli only locates the airport; Foca "
         "and Ankara are the training place and the dateline), the rest expected by landing ship at Khoms port, 150 "
         "sent by bus from Mitiga to Zuwara and Al-Watiya base via Sabratha (Mellitah only locates Zuwara), a planned "
         "company at the Ras Ajdir crossing and the border with Tunisia, no unit to Abu Qurayn unless the Presidential "
         "Council orders it (Misrata only a locator), and Ankara's denial of 300 Turkish soldiers moved Al-Watiya→Sirte.",
 "qdc2": "Egyptian-trained LNA special forces: a C-130 airlift Almaza air base→Benina base, 120 graduates Benghazi→Jaghbub "
         "via Tobruk, the rest planned for Kufra and Maaten al-Sarra base (the border triangle only locates Sarra); "
         "Egyptian exercise units Marsa Matruh→Sidi Barrani by road and a marine battalion landed on its coast from "
         "Alexandria, to leave Sidi Barrani for Marsa Matruh unless the exercise is extended, and a denied Egyptian "
         "presence at Gamal Abdel Nasser air base (Tobruk a locator there). Cairo is dateline and metonym.",
 "qdc3": "Italian coastguard training: graduation at Gaeta (Rome dateline and metonym), 3 patrol boats sailed by Libyan "
         "crews from Augusta naval base (Sicily a locator) to Tripoli port, 44 trainees flown Ciampino→Mitiga airport, "
         "planned posting to Zuwara, Garabulli and Khoms, a conditional move of two boats Tripoli port→Zuwara (the "
         "western coast only in the condition), and a denied dispatch to the Zawiya clashes. Migrants from Tripoli in "
         "northern Lebanon reaching Calabria are not a force movement.",
 "qdc4": "LNA border-guard graduates trained at Tamanhint: a column Sabha→Ubari, Ghat and the Sharara field via Germa, "
         "14 ammunition trucks Tamanhint base→Ubari, a planned group to Al-Qatrun and Tajarhi (Niger only a locator), "
         "exercise tanks back from around Murzuq to Sabha and a brigade gathering at Brak, a conditional advance "
         "Brak→Idri (Wadi al-Shati a locator), and a denied Africa Corps move Jufra air base→the border with Niger.",
 "qdc5": "Tunisian exercise: 40 vehicles Tataouine→Dehiba, a planned return to Tataouine and Medenine; Turkish-trained "
         "GNA border guards Tripoli→Nalut via Jadu and on to the Wazin crossing; Zintan will not mass on the Tunisian "
         "border unless asked (Zintan only the council's seat); a denied Tunisian tank crossing Dehiba→Wazin. Tunis is "
         "the dateline, Tunisia the country; Ras Ajdir and Ankara are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdc1", "qdc2", "qdc3", "qdc4", "qdc5")
