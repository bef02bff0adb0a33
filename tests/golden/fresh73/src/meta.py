# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                        # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 # capitals and cities used in several articles
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G (city row نجامينا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                              # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 # Libyan regions and borders
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),            # G* (row برقة)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),               # G* (row الحدود الليبية التشادية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
 # bw1 Niger
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                     # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                   # G (district row)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G (row سيغيدين)
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),         # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G (row منفذ التوم)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "dirkou_base": ("base", "NE", 18.96870, 12.86870, "Dirkou military base"),               # G* (town row)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                  # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                    # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                  # G (row كوار)
 "sahel": ("region", "NE", 15.0, 5.0, "Sahel"),                                           # K
 # bw2 Chad
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                              # G
 "faya_base": ("base", "TD", 17.91710, 19.11110, "Faya-Largeau air base"),                # G* (airport row)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                    # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G (row كوري بوقودي)
 "border_td_ly": ("region", "TD", 22.3, 17.0, "Chad-Libya border (Chad side)"),           # K
 # bw3 Algeria south
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                      # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                         # G
 "tam": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                                 # G
 "guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                              # G (row إن قزام)
 "guezzam_w": ("district", "DZ", 19.57361, 5.76806, "In Guezzam province"),               # G* (town row)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),             # G* (row الحدود الجزائرية النيجرية)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G (row أسامكا)
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik air base"),                      # G* (town row بوفاريك)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G (kind village in the row)
 "border_dz_ly": ("region", "DZ", 25.2, 9.85, "Algeria-Libya border (Algerian side)"),    # K
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                     # G
 # bw4 Libya
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                    # G* (city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 # bw5 Algeria-Libya border
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G (row عين أميناس)
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                            # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                    # G (district row)
 "tig": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),       # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
}

TRAPS = {
 "bw1": ["وكالة فرانس برس", "الفيلق الأفريقي", "مجموعة فاغنر", "تحالف دول الساحل", "دعم مالي", "النيجري", "روسياً"],
 "bw2": ["إذاعة فرنسا الدولية", "وكالة فرانس برس", "جبهة الوفاق من أجل التغيير في تشاد", "إدريس ديبي إتنو",
         "محمد إدريس ديبي", "الزوار", "التشادي", "الأراضي الليبية", "الفرنسية"],
 "bw3": ["رويترز", "لوموند", "مالية", "الأراضي المالية", "الجيش المالي", "النيجرية", "الجزائرية", "الفيلق الأفريقي",
         "مجموعة فاغنر", "الفرنسية"],
 "bw4": ["الشرق", "رويترز", "الفيلق الأفريقي", "مجموعة فاغنر", "اللواء طارق بن زياد", "علي السبهاوي", "الإسبانية",
         "تشادية", "ليبية"],
 "bw5": ["جون أفريك", "هسبريس", "الباريسية", "الجزائري", "الفيلق الأفريقي", "مجموعة فاغنر", "الجانب الليبي",
         "الفرنسية"],
}

PHEN = {
 "bw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "bw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "bw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "bw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bw1": [
  mv("deploy", "reported", None, destinations=["أرليت", "أغاديز"]),
  mv("shipment", "reported", "Russian forces", origins=["ليبيا"], destinations=["أغاديس"], via=["منفذ التوم", "ديركو"]),
  mv("redeploy", "planned", None, origins=["قاعدة ديركو"], destinations=["ماداما"]),
  mv("advance", "conditional", None, destinations=["جادو"]),
  mv("withdraw", "denied", None, origins=["بيلما"]),
 ],
 "bw2": [
  mv("airlift", "reported", None, origins=["إنجامينا"], destinations=["فايا لارجو"]),
  mv("reinforce", "reported", None, origins=["فايا لارجو"], destinations=["زوار", "برداي"]),
  mv("mobilise", "denied", "Chadian armed groups", destinations=["كوري بوغودي"]),
  mv("advance", "reported", "Chadian armed groups", origins=["ليبيا"]),
  mv("withdraw", "reported", None, origins=["قاعدة فايا الجوية"]),
  mv("deploy", "planned", None, destinations=["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", None, origins=["أوزو"], destinations=["فايا"]),
 ],
 "bw3": [
  mv("deploy", "reported", "Algerian army", origins=["تمنراست"], destinations=["برج باجي مختار", "تين زواتين"]),
  mv("reinforce", "reported", "Algerian army", destinations=["عين قزام"]),
  mv("airlift", "planned", "Algerian army", origins=["قاعدة بوفاريك الجوية"], destinations=["تمنراست"]),
  mv("advance", "denied", "Algerian army", destinations=["تينزاواتين"]),
  mv("reinforce", "conditional", "Algerian army", destinations=["جانت", "الحدود مع ليبيا"]),
 ],
 "bw4": [
  mv("naval_landing", "reported", "Russian forces", destinations=["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", origins=["ميناء طبرق"], destinations=["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", "Russian forces", destinations=["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", origins=["قاعدة الخادم"], destinations=["قاعدة معطن السارة"]),
  mv("redeploy", "reported", "Libyan National Army", origins=["سبها"], destinations=["حقل الشرارة"]),
  mv("deploy", "denied", "Russian forces", destinations=["أوباري", "قاعدة تمنهنت"]),
  mv("advance", "conditional", "Chadian armed groups", destinations=["مرزوق"]),
 ],
 "bw5": [
  mv("redeploy", "reported", "Algerian army", origins=["برج عمر إدريس"], destinations=["عين أميناس"]),
  mv("mobilise", "reported", "Algerian army", destinations=["جانت"]),
  mv("advance", "denied", "Algerian army", destinations=["منفذ إيسين"], via=["معبر تين الكوم"]),
  mv("deploy", "planned", "Algerian army", destinations=["الدبداب"]),
  mv("reinforce", "conditional", "Libyan National Army", origins=["سبها"], destinations=["غات"]),
 ],
}

NOTES = {
 "bw1": ("AFP copy from Niamey (swissinfo.ch Arabic): calque «أعلن الجيش، يوم الأحد، أنه قد قام بنشر» (deploy to "
         "Arlit and Agadez, Nigerien army = null); a Russian supply convoy Libya→Agadez via the Toummo crossing and "
         "Dirkou (shipment, Africa Corps = Russian forces) told with «وبحسب ما أفادت به»; a planned Dirkou base→Madama "
         "redeploy («تعتزم»); a conditional advance on the Djado plateau («إذا تأكد»); a denied withdrawal from Bilma. "
         "Not movements: the attack near Seguedine, gunmen «تتخذ من جنوب ليبيا قاعدة خلفية», «الطريق المؤدي إلى الحدود "
         "الليبية» (purpose), vehicle tracks «متجهة شمالاً», and Niger's withdrawal from ECOWAS (an organisation)."),
 "bw2": ("AFP/RFI copy from N'Djamena (DW Arabic): a Chadian army airlift N'Djamena→Faya-Largeau chained with a land "
         "reinforcement from Faya («ومنها») to Zouar and Bardai (Chadian army = null); FACT's denied mobilisation at "
         "Kouri Bougoudi; the 2021 FACT offensive from its Libyan bases (reported advance, flashback); the French "
         "withdrawal from Faya air base in 2024 (reported, French forces = null); a planned deployment along the border "
         "with Libya; a conditional pull-back Aozou→Faya («لن … إلا إذا»). Not movements: the gunmen «قدموا من الأراضي "
         "الليبية» (no place named), gold prospectors flowing to Kouri Bougoudi, visitors to the Zouar market."),
 "bw3": ("Reuters/Le Monde copy from Algiers (Euronews Arabic): an Algerian deployment Tamanrasset→Bordj Badji Mokhtar "
         "and Tin Zaouatine; special forces reinforce In Guezzam (the border phrase after it is a locator); a planned "
         "helicopter airlift Boufarik air base→Tamanrasset (Algiers is a locator); a denied incursion near Tinzaouaten "
         "(Mali); a conditional reinforcement of Djanet and the Libyan border («إذا تدهور»). Not movements: a Malian "
         "drone over the border, deported migrants to Assamaka, forces stationed in Fezzan, Wagner's operations near "
         "Kidal, the 2025 drone shoot-down and the recall of ambassadors."),
 "bw4": ("Reuters copy datelined Tripoli (Asharq): a Russian landing ship unloading at Tobruk port (naval_landing) chained "
         "with the overland transfer to Al Jufra air base (shipment); a second ship expected at «الميناء ذاته» "
         "(planned naval_landing, anaphora → ميناء طبرق); Russian cargo planes Al Khadim→Maaten al-Sarra (airlift); an "
         "LNA redeployment Sabha→Sharara field («أعادت … تموضع»); a denied Russian deployment in Ubari and Tamanhint "
         "base; a conditional advance on Murzuq by Chadian armed groups. Not movements: Benghazi, Ubari (after the "
         "field), Al Qatrun and the Chad border as locators; «تحوّل ليبيا إلى منصة لوجستية نحو النيجر ومالي»."),
 "bw5": ("Jeune Afrique copy reprinted from Rabat (Hespress): an Algerian redeployment Bordj Omar Driss→In Amenas "
         "(Tiguentourine and Illizi are locators); special forces massed in Djanet (mobilise; Ghat is a locator); a "
         "denied crossing through Tin Alkoum towards Isayen; a planned battalion for Debdeb (Ghadames is a locator); a "
         "conditional LNA reinforcement Sabha→Ghat. Not movements: the headline (retells the redeploy and the "
         "mobilisation), Africa Corps presence at Brak air base, Algeria's defensive posture on its borders, the 2013 "
         "attack on Tiguentourine."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bw1", "bw2", "bw3", "bw4", "bw5")
