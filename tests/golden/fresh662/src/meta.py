# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # capitals and cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                       # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                   # G
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                     # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 # towns
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                     # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                                # G
 # bases
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "konya": ("base", "TR", 37.979, 32.562, "Konya Air Base"),                                # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                     # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                      # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "baltiysk": ("base", "RU", 54.63580, 19.88330, "Baltiysk naval base"),                    # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                          # G
 # airports
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Airport (Tobruk)"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 # ports and oil terminal
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (row قاعدة طبرق البحرية)
 "misrata_port": ("crossing", "LY", 32.362, 15.215, "Port of Misrata (Qasr Ahmed)"),       # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),   # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 # districts
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),          # G* (Janzour city row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row)
 # regions
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "central_anatolia": ("region", "TR", 39.0, 33.5, "Central Anatolia"),                     # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),     # G* (row الحدود الليبية التشادية)
 "border_eg": ("region", "EG", 30.9, 25.05, "Egypt-Libya border (Egyptian side)"),         # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس)
}

TRAPS = {
 "yn1": ["القدس العربي", "وكالة الأناضول", "وزارة الدفاع التركية", "الجيش الوطني الليبي", "عبد الرحمن الطرابلسي",
         "هذه الزاوية", "الليبية"],
 "yn2": ["الفيلق الأفريقي", "مونت كارلو الدولية", "إدريس الشاطئي", "صالح البراكي", "الجيش الوطني الليبي",
         "سرت شائعات", "يواجهون", "وزارة الدفاع الروسية"],
 "yn3": ["الجريدة", "عين ليبيا", "عادل الطبرقي", "السفارة التركية", "أك دنيز", "مصادر ليبية"],
 "yn4": ["قنا", "وزارة الدفاع التركية", "أحمد معيتيق", "الليبية", "ليبيين"],
 "yn5": ["الوفد", "الفيلق الأفريقي", "الجيش الوطني الليبي", "خالد السلومي", "الدعم المالي", "محمد الإدريسي",
         "الجيش المصري", "الجانب المصري", "الشؤون الليبية"],
}

PHEN = {
 "yn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "yn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "countries"],
 "yn3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "yn4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "yn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yn1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة قونية الجوية"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["مطار مصراتة"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["زوارة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار غازي عنتاب"], ["الوطية"]),
  mv("advance", "reported", "GNA forces", [], ["سرت"]),
 ],
 "yn2": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["سوكنة"]),
  mv("reinforce", "planned", "Russian forces", ["قاعدة الخادم"], ["الجفرة"]),
  mv("withdraw", "conditional", "Russian forces", ["براك"], ["الجفرة"]),
  mv("mobilise", "denied", "Russian forces", [], ["قاعدة تمنهنت", "الجنوب الليبي"]),
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["الجفرة"], ["بني وليد"]),
 ],
 "yn3": [
  mv("naval_landing", "reported", "Russian forces", ["قاعدة بالتييسك البحرية"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة الخادم"], ["التميمي"]),
  mv("airlift", "conditional", "Russian forces", ["مطار طبرق"], ["قاعدة القرضابية"]),
  mv("shipment", "denied", None, ["مرسين"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء طرابلس"]),
 ],
 "yn4": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجيرليك"], ["قاعدة معيتيقة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["معيتيقة"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["معيتيقة", "الوطية"]),
  mv("advance", "denied", "Syrian mercenaries", ["معيتيقة"], ["جنزور"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
 ],
 "yn5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["باماكو"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["الخادم"], ["قاعدة القرضابية"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "yn1": "Leaked documents: Turkish A400Ms Konya air base→Al-Watiya with six Akinci drones (Tripoli only a distance "
        "reference), two drones planned Al-Watiya→Misrata airport (the border with Tunisia only locates the hangar), a "
        "conditional Turkish advisers' deployment to Zuwara if the chief of staff asks, and a denied airlift of Syrian "
        "fighters Gaziantep airport→Al-Watiya (Ankara the venue); the 2020 change of control of the base and Russia's "
        "elements kept at Jufra are background, not movements, while the GNA's June-2020 advance to the outskirts of Sirte is a reported move; Tripoli also inside the analyst's name al-Trabulsi.",
 "yn2": "Russian Africa Corps personnel Jufra air base→Brak air base via Sokna (Hun/Waddan only locate the base, Sabha "
        "a distance reference), planned reinforcements Al-Khadim→Jufra (Al-Marj locates the base), a conditional return "
        "Brak→Jufra 'as soon as' runway work ends, Moscow's denial of forces massed at Tamanhint or elsewhere in the Libyan south, and "
        "Wagner's 2020 pull-back from Tripoli's southern outskirts to Jufra via Bani Walid; the south-west is only the "
        "tension the move is said not to be linked to; Brak inside the officer's name al-Braki, Idri inside Idris.",
 "yn3": "A Russian landing ship Baltiysk→Tobruk port landing 90 troops with armour (naval_landing), Russian-escorted trucks Tobruk→Al-Khadim via "
        "At-Tamimi (Marsa al-Hariga only beside the port), a conditional airlift Tobruk airport→Gardabya, a Turkish "
        "cargo ship Mersin→Misrata port whose military cargo the embassy in Tripoli denies (no force named: actor "
        "null), its earlier civilian call at Tripoli (Lebanon) port (not a movement) and a planned Turkish marine "
        "landing Aksaz→Tripoli port.",
 "yn4": "QNA from Ankara: a Turkish advisers' flight Incirlik→Mitiga air base (Adana locates the base), part of the team "
        "planned Mitiga→Khoms port, a conditional pull-out from Mitiga or Al-Watiya only if an elected government asks, "
        "a denied advance of Syrian fighters Mitiga→Janzour and the GNA's reported massing of 50 vehicles in Janzour (Janzour municipality beside the town); advisers stationed at Mitiga airport since 2019, Maiteeq's "
        "visit to Ankara, Doha courses and the 5+5 meeting in Sirte are not movements.",
 "yn5": "Al-Wafd on a European report: Russian Il-76s Al-Khadim→Bamako via Jufra air base, a planned MiG-29 squadron "
        "Al-Khadim→Gardabya (Sirte a locator), the LNA's denial of Russians sent to Maaten al-Sarra ('150 km from the "
        "border with Chad' and Sudan only distance/purpose), and a conditional Egyptian reinforcement Mohamed Naguib "
        "base→the border with Libya if foreign forces near the Sirte-Jufra line (condition places only); the closing "
        "survey of Turkish and Russian presence has no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yn1", "yn2", "yn3", "yn4", "yn5")
