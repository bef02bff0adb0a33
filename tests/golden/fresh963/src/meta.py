# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "bf": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                               # G
 # shared
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sahel": ("region", "ML", 16.0, 0.0, "Sahel"),                                         # K (representative point)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا; qkc2 الجنوب الليبي G*)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qkc1 Africa Corps convoys through Fezzan to Niger (Al-Marjie, Paris)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "ne_niger": ("region", "NE", 19.96883, 11.12906, "North-eastern Niger"),               # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 # qkc2 Algerian reinforcements facing northern Mali (Akhbar El Watan, Algiers)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_prov": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),             # G
 "tinz_dz": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine (Algeria)"),               # G
 "tinz_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),                    # G* (row تينزاواتين)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (row جاو)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz_ly": ("region", "DZ", 24.8, 9.9, "Algeria-Libya border (Algerian side)"),   # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام)
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                           # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 # qkc3 Mauritania's eastern border (Cridem, Nouakchott)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "bassikounou": ("town", "MR", 15.8667, -5.9667, "Bassikounou"),                        # K
 "bassikounou_dept": ("district", "MR", 15.8667, -5.9667, "Bassikounou department"),    # K (town point)
 "nema": ("town", "MR", 16.6170, -7.2500, "Nema"),                                      # K
 "hodh": ("district", "MR", 17.5, -7.0, "Hodh Ech Chargui region"),                     # K (representative point)
 "adel_bagrou": ("town", "MR", 15.5333, -7.0667, "Adel Bagrou"),                        # K
 "niono": ("town", "ML", 14.2526, -5.9933, "Niono"),                                    # K
 "lere": ("town", "ML", 15.7167, -4.9167, "Lere"),                                      # K
 "border_mr_ml": ("region", "MR", 15.75, -5.75, "Mauritania-Mali border (Mauritanian side)"),  # K
 # qkc4 Africa Corps in Burkina Faso (Alayam24, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                            # G
 "ouaga_airport": ("airport", "BF", 12.3532, -1.5124, "Ouagadougou Airport"),           # K
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "dori": ("town", "BF", 14.0354, -0.0345, "Dori"),                                      # K
 "tillaberi": ("district", "NE", 13.80396, 2.01328, "Tillaberi region"),                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "djibo": ("town", "BF", 14.1017, -1.6306, "Djibo"),                                    # K
 "kaya": ("city", "BF", 13.0917, -1.0844, "Kaya"),                                      # K
 "marrakesh": ("city", "MA", 31.6295, -7.9811, "Marrakesh"),                            # K
 # qkc5 Russian flights to Maaten al-Sarra, Chad and Sudan (Madameek, Port Sudan)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "debba": ("town", "SD", 18.05, 30.95, "Al Dabbah"),                                    # K
 "border_sd_ly": ("region", "SD", 20.5, 25.0, "Sudan-Libya border (Sudanese side)"),    # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
}

TRAPS = {
 "qkc1": ["المرجع", "الفيلق الأفريقي", "القيادة العامة", "اللواء طارق بن زياد", "بشار الأسد", "عبد الرحمن تياني",
          "العجز المالي", "سرت أنباء", "الروسي", "النيجري", "الليبية"],
 "qkc2": ["أخبار الوطن", "الفيلق الأفريقي", "الناحية العسكرية السادسة", "فاغنر", "جبهة تحرير أزواد",
          "وكالة الأنباء الجزائرية", "الجزائرية", "المالي", "المالية", "مالية", "الليبية", "الروسية", "الأزوادية", "إدريس بوزيدي"],
 "qkc3": ["كريدم", "الفيلق الأفريقي", "فاغنر", "النعمة التي لا يعرف قيمتها", "المالي", "مالية", "المالية",
          "لاجئ مالي", "الموريتانية", "موريتانيين", "الروسية"],
 "qkc4": ["الأيام 24", "أفريكا إنتليجنس", "الفيلق الأفريقي", "تحالف دول الساحل", "جماعة نصرة الإسلام والمسلمين",
          "دوريات", "البوركيني", "النيجري", "الفرنسية", "الروسي", "إبراهيم تراوري", "محمد السادس",
          "المبادرة الأطلسية"],
 "qkc5": ["مداميك", "الفيلق الأفريقي", "الأخبار السارة", "قوات الدعم السريع", "الدعم السريع", "خليفة حفتر",
          "محمد إدريس ديبي", "إذاعة فرنسا الدولية", "التشادي", "التشادية", "السوداني", "تحالف دول الساحل", "إيفان غرين"],
}

PHEN = {
 "qkc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qkc3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qkc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qkc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkc1": [
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["ديركو"], ["القطرون", "قاعدة الويغ"]),
  mv("redeploy", "reported", "Russian forces", ["براك"], ["قاعدة تمنهنت"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
  mv("reinforce", "conditional", "Nigerien army", ["أغاديز"], ["ماداما"]),
  mv("deploy", "denied", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
 ],
 "qkc2": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["برج باجي مختار", "تين زواتين"]),
  mv("advance", "reported", "Russian forces", ["كيدال"], ["تين زواتين"]),
  mv("mobilise", "reported", None, [], ["تساليت"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة تمنهنت"], ["غاو"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Algerian army", ["عين قزام"], ["تمنراست"]),
 ],
 "qkc3": [
  mv("deploy", "reported", None, ["النعمة"], ["باسكنو", "عدل بكرو"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("redeploy", "reported", "Russian forces", ["باماكو"], ["نيونو"]),
  mv("redeploy", "planned", "Russian forces", ["نيونو"], ["ليري"]),
  mv("advance", "denied", "Russian forces", [], ["عدل بكرو"]),
  mv("advance", "conditional", None, ["باسكنو"], ["الحدود مع مالي"]),
 ],
 "qkc4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["مطار واغادوغو"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء بنغازي"]),
  mv("redeploy", "reported", "Russian forces", ["مطار واغادوغو"], ["دوري"]),
  mv("deploy", "planned", "Nigerien army", ["نيامي"], ["تيلابيري"]),
  mv("reinforce", "conditional", "Russian forces", ["الجفرة"], ["جيبو"]),
  mv("withdraw", "denied", None, ["جيبو"], ["كايا"]),
 ],
 "qkc5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "reported", "Russian forces", ["ميناء طبرق"], ["الكفرة"], ["حقل السرير"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["كرب التوم"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الكفرة"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("shipment", "denied", "Russian forces", ["معطن السارة"], ["النيجر"], ["تيبستي"]),
 ],
}

NOTES = {
 "qkc1": "Al-Marjie (Paris) on Africa Corps convoys through Fezzan: a 60-truck Russian supply convoy Brak air base→"
         "Dirkou via Al Qatrun and Al Wigh base (north-eastern Niger one vague region), an unverified Russian move "
         "Brak→Tamanhint base introduced by the trap «سرت أنباء» (still reported), a planned Russian airlift Al Jufra "
         "air base→Niamey airport, a conditional Nigerien reinforcement Agadez→Madama (Agadez–Dirkou ambushes are "
         "background), and an LNA escort Sabha→Toummo crossing denied by the General Command; the LNA patrols on "
         "the border with Niger are control without movement. Paris (dateline and background), Moscow, Syria, "
         "Arlit, Washington and Southern Libya are not movement places; traps: «العجز المالي», the Tariq bin Ziyad "
         "brigade, the nisba «النيجري».",
 "qkc2": "Akhbar El Watan (Algiers) on Algerian reinforcements facing northern Mali: 6th-region units Tamanrasset→"
         "Bordj Badji Mokhtar and the Algerian Tin Zaouatine, a Malian–Russian column Kidal→the Malian Tinzaouaten "
         "(same surface, other country; actor Russian forces), a planned Russian helicopter airlift Tamanhint base "
         "(southern Libya)→Gao, a conditional Algerian advance Djanet→the border with Libya (Ghat only the "
         "condition), and a denied pull-back In Guezzam→Tamanrasset; Algiers dateline vs Algeria the country, "
         "Tamanrasset town vs province, Bamako as metonym; traps: «جبهة تحرير أزواد», «الجزائرية», «المالي», "
         "«مالية».",
 "qkc3": "Cridem (Nouakchott) on Mauritania's eastern border: the Mauritanian army (no canonical actor) deployed "
         "Nema→Bassikounou and Adel Bagrou, Africa Corps flown Al Jufra air base→Bamako and partly sent on to Niono "
         "(anaphora «جزء منهم»), a planned transfer from «المدينة» (Niono)→Lere, a Russian incursion near Adel "
         "Bagrou denied by the Russian embassy in Nouakchott (venue only), and a conditional Mauritanian advance "
         "Bassikounou→the border with Mali; Bassikounou town vs department, Hodh Ech Chargui region; traps: "
         "«النعمة التي لا يعرف قيمتها» (Nema as 'blessing'), «لاجئ مالي», «المالي», «مالية».",
 "qkc4": "Alayam24 (Rabat) on Africa Corps in Burkina Faso: two Russian transports Al Khadim base (east of Benghazi, "
         "a location reference)→Ouagadougou airport, part of them moved on from «المطار» to Dori, a planned "
         "Nigerien battalion Niamey→Tillaberi for the AES joint force, a conditional Russian reinforcement Al "
         "Jufra (area)→Djibo, and a Burkinabe pull-back Djibo→Kaya (no canonical actor) denied by the government "
         "spokesman in Ouagadougou; Morocco, Rabat, Marrakesh and the Sahel are background; traps: «دوريات» "
         "(contains Dori), «تحالف دول الساحل», «النيجري», «أفريكا إنتليجنس».",
 "qkc5": "Madameek (Port Sudan) on the Libya–Chad–Sudan triangle: three Russian cargo planes Al Khadim base→Maaten "
         "al-Sarra base (Kufra only a distance reference), RSF reinforcements Karb al-Tom (North Darfur)→the border "
         "triangle, a conditional Sudanese-army advance Al Dabbah→the border with Libya, a planned Chadian "
         "battalion Faya-Largeau→Ounianga Kebir (the Libyan border a distance reference), and a Russian supply "
         "convoy Maaten al-Sarra→Niger via Tibesti denied by N'Djamena; traps: «الأخبار السارة» (Sarra), "
         "«محمد إدريس ديبي» (Idri), «إذاعة فرنسا الدولية», «السوداني», «التشادي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkc1", "qkc2", "qkc3", "qkc4", "qkc5")
