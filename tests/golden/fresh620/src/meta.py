# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # capitals and other cities named as speakers, datelines, seats or references
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G* (row رياض)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 # other towns
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # districts
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 # regions
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                        # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # bases and airports
 "sidibarrani_base": ("base", "EG", 31.466, 25.878, "Sidi Barrani air base"),           # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "maatan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G
 "eladem": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser (El Adem) Air Base"),  # G* (row مطار طبرق, Gamal Abdel Nasser Airport)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "base_3july": ("base", "EG", 31.20, 26.45, "3 July Naval Base (Gargoub)"),             # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # crossings and ports
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم)
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 # oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "wx1": ["الوفد", "سامح الطرابلسي", "الجيش المصري", "تركيتان", "الأناضول", "التركية", "السوريين", "البرلمان الليبي"],
 "wx2": ["الليبية", "أخبار اليوم", "الفيلق الإفريقي", "القيادة الروسية", "مصرياً", "السلومي", "الجيش المصري",
         "قوات الدعم السريع", "الملك إدريس", "الجيش الوطني الليبي", "سودانية"],
 "wx3": ["التركي المصري", "الجزيرة", "السوريين", "بركان الغضب", "خليجية", "المصرية", "الجيش المصري",
         "الهرج والمرج", "العراقي", "محمد شياع السوداني"],
 "wx4": ["الإفريقي", "السياسة", "إدريس ديبي", "جبهة الوفاق من أجل التغيير", "التشادي", "الجيش الجزائري", "فرنسية",
         "الدعم المالي", "اللبنانية", "الليبية"],
 "wx5": ["عُمان", "الروسية", "هذه الزاوية", "المصرية", "الجيش المصري", "قادر 2026", "يونانية", "إيريني", "الأوروبية"],
}

PHEN = {
 "wx1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "wx2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "wx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wx5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wx1": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مرسى مطروح"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["مصراته"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"]),
  mv("advance", "conditional", "Turkish armed forces", ["مصراته"], ["سرت"]),
  mv("deploy", "conditional", "Egyptian army", [], ["طبرق", "قاعدة الجفرة"], ["منفذ السلوم"]),
 ],
 "wx2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Egyptian army", ["أسوان"], ["شرق العوينات"]),
  mv("mobilise", "conditional", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["الفاشر"]),
 ],
 "wx3": [
  mv("airlift", "reported", "Syrian mercenaries", ["شمال سوريا"], ["مطار معيتيقة"], ["إسطنبول"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["الهلال النفطي"], ["اجدابيا"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
 ],
 "wx4": [
  mv("redeploy", "reported", "Chadian armed groups", ["تيبستي"], ["مرزق"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["معبر التوم"], ["القطرون"]),
  mv("advance", "conditional", "Chadian armed groups", ["مرزق"], ["حقل الشرارة"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["إليزي"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة تمنهنت"], ["النيجر"]),
 ],
 "wx5": [
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "planned", "Egyptian army", [], ["قاعدة 3 يوليو البحرية"]),
  mv("deploy", "conditional", "Turkish armed forces", ["ميناء مصراتة"], ["خليج سرت"]),
  mv("naval_landing", "conditional", "Egyptian army", [], ["خليج البمبة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "wx1": "Al-Wafd column: a past Egyptian armoured move Mohamed Naguib base→Marsa Matruh (2020, reported, the argument), "
        "two Turkish cargo planes Incirlik→Al-Watiya (reported by Western reports, neither denied nor confirmed), "
        "planned Turkish trainers to Misrata, a denied pull-out of Syrian mercenaries Tripoli→northern Syria, and the "
        "scenario: a Turkish advance Misrata→Sirte if the Geneva talks stall and an Egyptian push via the Sallum "
        "crossing to Tobruk and Jufra air base (both conditional). Sidi Barrani base (speech venue), the first Sirte "
        "(halt at its outskirts), Geneva (condition), Tripoli as seat of government, the capitals and eastern Libya "
        "are not movement places; الطرابلسي is a person.",
 "wx2": "Akhbar El Yom analysis: a reported Russian airlift Hmeimim→Al-Khadim (Benghazi only a locator), a planned "
        "fighter transfer Jufra air base→Maaten al-Sarra (the border with Chad only a distance reference), a "
        "conditional Egyptian reinforcement Aswan→East Owainat, the RSF's massing in the border triangle inside the "
        "same if-clause (conditional), and the LNA's denial of a column Kufra→El Fasher (بلدية الكفرة in the denial "
        "quote is no move). El Adem base and Tobruk are history; headline Hmeimim/Al-Khadim repeat the body airlift.",
 "wx3": "Al-Jazirah analysis: the 2019 airlift of Syrian fighters northern Syria→Mitiga airport via Istanbul "
        "(reported, a past move used as argument), a planned Turkish marine landing at Khoms port, Egypt's denied "
        "deployment to Gamal Abdel Nasser air base (Tobruk a locator), and a scenario: an LNA reinforcement "
        "Benghazi→the oil crescent via Ajdabiya and Misrata brigades massing at Abu Qurayn (both conditional). "
        "Al-Rajma is the seat of the command; the call for foreign forces to leave Libya is a demand, not a move.",
 "wx4": "Al-Seyassah column: Chadian FACT fighters back from Tibesti to Murzuq (reported by a UN panel), a planned "
        "LNA battalion Sabha→the Toummo crossing via Al-Qatrun, a conditional FACT advance Murzuq→Sharara, a "
        "conditional Algerian reinforcement Ouargla→Illizi (the border with Algeria only the condition), and Moscow's "
        "denied arms shipments Tamanhint→Niger. Migrant boats from Zuwara and Lebanese Tripoli are no armed move; "
        "Kuwait is dateline (city) and country.",
 "wx5": "Oman analysis: a Russian landing ship unloaded armour at Tobruk port from Tartus (reported shipment), a "
        "planned Egyptian deployment to the 3 July naval base (Marsa Matruh a locator), two conditional scenario "
        "moves (Turkish warships Misrata port→Gulf of Sirte; an Egyptian landing in the Gulf of Bomba), and a denied "
        "Russian pull-out Gardabya base→Tobruk port (Sirte only locates the base). Amman (Jordan) is the diplomat's "
        "city; «عُمان» is the newspaper.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wx1", "wx2", "wx3", "wx4", "wx5")
