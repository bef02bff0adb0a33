# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # db1 Turkey, Egypt's western border (Al-Masry Al-Youm, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Al Khums port"),                  # G* (Al Khums city row)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (Jufra air base point, near Hun/Waddan)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                           # G* (row برقة, found by الشرق الليبي)
 # db2 Russian forces (Carnegie Sada, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (Tobruk city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                        # G
 # db3 Wadi al-Shati (Noon Post, Istanbul)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت, spelled تمنهنط)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),                # G* (Brak town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # db4 the Chad and Niger borders (Emirates Policy Center, Abu Dhabi)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                          # G
 "border_td_side": ("region", "TD", 22.50000, 17.00000, "Chad-Libya border (Chadian side)"),  # K
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 # db5 Algeria's eastern border (Echorouk, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row spelled عين أميناس)
 "border_dz_side": ("region", "DZ", 27.50000, 9.60000, "Algeria-Libya border (Algerian side)"),  # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanghasset"),                       # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                # G
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria"),                    # G* (row جنوب الجزائر)
}

TRAPS = {
 "db1": ["«المصري اليوم»", "وكالة الأناضول", "الجديد", "الجيش الوطني الليبي", "قوة حماية طرابلس", "التركي",
         "السوريين"],
 "db2": ["مركز مالكوم كير–كارنيغي للشرق الأوسط", "ليبيا الحدث", "وول ستريت جورنال", "الفيلق الأفريقي",
         "دعم مالي", "الروسية", "الليبية"],
 "db3": ["نون بوست", "ليبيا الأحرار", "وكالة الأنباء الليبية", "عماد الطرابلسي", "حكومة الوحدة الوطنية",
         "الأمم المتحدة"],
 "db4": ["مركز الإمارات للسياسات", "إذاعة فرنسا الدولية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي",
         "الحاج صالح القطروني", "ما ادري", "الجديد", "الأمم المتحدة"],
 "db5": ["«الشروق»", "الجيش الوطني الشعبي", "حكومة الوحدة الوطنية", "جزائرية ليبية", "مواقع ليبية"],
}

PHEN = {
 "db1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "db2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "db3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "db4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "db5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TUR, RUS = "Libyan National Army", "GNA forces", "Turkish armed forces", "Russian forces"

MOVES = {
 "db1": [
  mv("redeploy", "reported", TUR, ["قاعدة الوطية"], ["مصراتة"]),
  mv("naval_landing", "reported", TUR, [], ["ميناء الخمس"]),
  mv("airlift", "planned", TUR, [], ["بنغازي"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["سوريا"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب"], ["السلوم", "سيدي براني"]),
 ],
 "db2": [
  mv("airlift", "reported", RUS, ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  mv("redeploy", "reported", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", RUS, [], ["قاعدة معطن السارة"]),
  mv("redeploy", "denied", RUS, ["قاعدة براك الجوية"], ["مالي"], ["النيجر"]),
  mv("reinforce", "conditional", RUS, [], ["قاعدة القرضابية"]),
 ],
 "db3": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنط"], ["قاعدة براك الجوية"], ["براك"]),
  mv("mobilise", "reported", GNA, ["غريان", "مزدة"], ["الشويرف"]),
  mv("advance", "conditional", GNA, ["الشويرف"], ["براك"]),
  mv("deploy", "planned", LNA, [], ["إدري"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["أوباري"]),
 ],
 "db4": [
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوقودي"], ["تيبستي"]),
  mv("deploy", "reported", LNA, [], ["قطرون", "تجرهي"]),
  mv("shipment", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("advance", "conditional", None, ["زوار"], ["أم الأرانب"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["واو الناموس"]),
 ],
 "db5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("deploy", "planned", GNA, [], ["غدامس", "درج", "حقل الوفاء"]),
  mv("deploy", "denied", LNA, ["براك"], ["غات", "منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["إليزي"]),
 ],
}

NOTES = {
 "db1": ("Egyptian column (Al-Masry Al-Youm, Cairo) on Turkey's move east: a reported Watiya->Misrata redeploy (quoted "
         "from Anadolu) and a landing at Khums port, a planned airlift of trainers to Benghazi, a Turkish denial that "
         "Syrian fighters left Tripoli for Syria, an Egyptian conditional reinforcement Naguib base->Sallum/Sidi Barrani "
         "(«إذا»). The writer's scenario «قد تغريها الحسابات بنشر جنود في سرت» and the 2019 shelling of Tripoli are not "
         "movements; Ankara/Cairo as actors or speakers and the Sirte–Jufra «red line» are not movement places."),
 "db2": ("Think-tank analysis (Carnegie Sada, Beirut) on Russian forces after Syria: reported airlift Hmeimim->Al Khadim, "
         "cargo ships Tartus->Tobruk port and a landing in «الميناء ذاته» (= Tobruk port), a Jufra->Brak base move seen "
         "on imagery, a planned unit at Maaten al-Sarra, an LNA-denied Brak->Mali move via Niger, a Russian conditional "
         "reinforcement of Gardabiya («إذا طلبت»). Three scenarios (incl. «أن تقلّص موسكو حضورها») are not movements; "
         "Yevkurov's visits to Benghazi are not troop movements; «دعم مالي» is not Mali."),
 "db3": ("Analysis (Noon Post, Istanbul) on Wadi al-Shati: an LNA reinforcement Tamanhint base->Brak air base that "
         "passed through Brak town (via), a GNA build-up at Ash Shwayrif from Gharyan and Mizda, a GNA conditional "
         "advance Ash Shwayrif->Brak («لن … إلا إذا»), a planned LNA battalion for Idri, a denied pull-out from Sharara "
         "to Ubari. The worst-case scenario on the Shwayrif–Brak road is not a movement; the Tunis talks are not."),
 "db4": ("Situation assessment (Emirates Policy Center, Abu Dhabi) on the Chad/Niger borders: a Chadian rebel pull-back "
         "Kouri Bougoudi->Tibesti, an LNA battalion in Qatrun and Tajarhi, an LNA fuel/ammunition convoy Sabha->Murzuq, "
         "a planned force at the Toummo crossing, a conditional Chadian army pursuit Zouar->Umm al-Aranib (actor null), "
         "a denied rebel build-up at Waw an-Namus. Scenarios (rebels returning to the border strip, Fezzan's vacuum) are "
         "not movements; «القطروني» and «ما ادري» are traps."),
 "db5": ("Algerian column (Echorouk, Algiers): Algerian reinforcements Ouargla->Debdeb/In Amenas, an airlift of special "
         "forces Tamanrasset->Djanet (quoted from El Djeich), a planned GNA force for Ghadames, Daraj and the Wafa field, "
         "an LNA-denied column Brak->Ghat/Isayen crossing, a conditional Algerian reinforcement of Illizi («إذا»). The "
         "writer's scenario of joint patrols between Ghadames and Ghat is not a movement; the wali's tour is not."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("db1", "db2", "db3", "db4", "db5")
