# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "senegal": ("country", "SN", 14.50881, -14.66620, "Senegal"),                          # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_dist": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                      # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 "sahel": ("region", "ML", 16.0, -1.0, "Sahel"),                                        # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # qgn1 Jufra as the hub (Arab Center, Doha)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # qgn2 the eastern corridor (ECSS, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tri_lsc": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),   # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G* (district row الكفرة)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # qgn3 the southern land route (Future for Advanced Research and Studies, Abu Dhabi)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qgn4 Mali after Wagner (King Faisal Center, Riyadh)
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (row جاو)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                            # G
 # qgn5 from Tartus to Tobruk (Carnegie Middle East Center, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "damascus_airport": ("airport", "SY", 33.4114, 36.5156, "Damascus International Airport"),  # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "baltiysk": ("town", "RU", 54.65455, 19.90929, "Baltiysk"),                            # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
}

TRAPS = {
 "qgn1": ["الفيلق الإفريقي", "خليفة حفتر", "روسيا اليوم", "نيجري", "بوابة الوسط", "الدعم المالي", "الليبية"],
 "qgn2": ["الفيلق الإفريقي", "السورية", "الأخبار السارة", "وول ستريت جورنال", "قوات الدعم السريع", "السودانية",
          "سبل السلام", "تشادية", "التشادي", "محمد إدريس ديبي", "المصري"],
 "qgn3": ["الفيلق الإفريقي", "النيجرية", "إدريس بوخزام", "الفرنسية", "سبوتنيك"],
 "qgn4": ["الفيلق الإفريقي", "الجيش المالي", "تنسيقية حركات أزواد", "الليبية", "جماعة نصرة الإسلام والمسلمين",
          "الطيران المالي", "إذاعة فرنسا الدولية", "القوات المسلحة المالية", "العجز المالي", "تحالف دول الساحل",
          "الليبي"],
 "qgn5": ["الليبية", "السوريين", "أجنحة الشام", "ليبيا الأحرار", "الفيلق الإفريقي", "السورية"],
}

PHEN = {
 "qgn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qgn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgn3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qgn5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgn1": [
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["الجفرة"], ["بني وليد"]),
  mv("airlift", "reported", "Russian forces", ["الجفرة"], ["باماكو"], ["نيامي"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الشاطئ الجوية"]),
  mv("reinforce", "conditional", "Russian forces", ["ليبيا"], ["نيامي"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"]),
 ],
 "qgn2": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة الخادم"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["معطن السارة"]),
 ],
 "qgn3": [
  mv("shipment", "reported", "Russian forces", ["براك الشاطئ"], ["أغاديز"], ["سبها", "القطرون", "منفذ التوم"]),
  mv("deploy", "planned", "Russian forces", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("redeploy", "conditional", "Russian forces", ["الويغ"], ["ماداما"]),
  mv("withdraw", "denied", "Russian forces", ["نيامي"], ["براك"]),
 ],
 "qgn4": [
  mv("advance", "reported", "Wagner Group", ["غاو"], ["كيدال"]),
  mv("withdraw", "reported", "Wagner Group", ["باماكو"], ["روسيا"], ["قاعدة الخادم"]),
  mv("airlift", "planned", "Russian forces", ["مطار بنينا"], ["غاو"]),
  mv("mobilise", "conditional", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "denied", "Russian forces", ["ليبيا"], ["تمبكتو"]),
 ],
 "qgn5": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار دمشق الدولي"], ["بنغازي"]),
  mv("deploy", "reported", "Syrian mercenaries", ["بنغازي"], ["حقل الشرارة", "ميناء السدرة"]),
  mv("naval_landing", "planned", "Russian forces", ["بالتييسك"], ["قاعدة طبرق البحرية"]),
  mv("advance", "conditional", "Russian forces", ["الجفرة"], ["سرت"]),
  mv("shipment", "denied", "Russian forces", ["طبرق"], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "qgn1": "Arab Center situation assessment on Jufra as the hub: Wagner's May-2020 pull-back from Tripoli's southern "
         "suburbs to Jufra via Bani Walid (past, reported), Il-76 flights Jufra→Bamako refuelling at Niamey (reported), a "
         "planned transfer of air defences Jufra air base→Brak air base (the border with Niger only a distance "
         "reference), a conditional reinforcement from Libya to Niamey (Moscow and Niger only speaker/context; Benghazi "
         "only a delegation's visit), and a denied Russian pull-out from Gardabya (Sirte only locates it). Algeria/Mali "
         "(airspace), Hun, Fezzan, the Sahel, the Oil Crescent and the Jufra–Sabha road are not movement places.",
 "qgn2": "ECSS reading of the eastern corridor: landing ships from Tartus unloading at Tobruk port (reported), 60 trucks "
         "Tobruk→Al-Khadim base (reported; Al-Marj only locates the base), a planned weekly airlift Al-Khadim→Maaten "
         "al-Sarra base (the border triangle only locates it), RSF massing near Maaten al-Sarra denied by the LNA, and "
         "a conditional Subul al-Salam push Kufra→Maaten al-Sarra. Headline repeats, Benghazi (delegations), the border "
         "with Chad, Darfur, Egypt/Sudan and the Sarir–Kufra road are not movement places.",
 "qgn3": "Future Center on the land route: a 38-truck Africa Corps convoy Brak→Agadez via Sabha, Qatrun and the Tummo "
         "crossing (reported; headline repeats it), a planned protection company Tamanhint base→Al-Wigh base (the "
         "Niger border only a distance reference), a conditional move Al-Wigh→Madama if Niamey reopens the Dirkou–Agadez "
         "road (Niamey, Dirkou, Agadez only the condition there), and a denied pull-back Niamey→Brak (Tripoli only the "
         "embassy's seat). Idri is only a distance reference; Algiers/Algeria only a meeting and a speaker.",
 "qgn4": "King Faisal Center on Mali after Wagner: Wagner-backed advance Gao→Kidal in 2023 (reported), Wagner's 2025 "
         "departure Bamako→Russia via Al-Khadim base (reported), a planned airlift Benina airport→Gao, a conditional "
         "reserve massed at Jufra air base if the Bamako blockade tightens (Bamako only the condition), and a denied "
         "deployment from Libya to Timbuktu. Senegal (fuel convoys), Algeria, Tin Zaouatine (drone), Algiers (speaker), "
         "the Sahel and Burkina Faso are not movement places; Bamako in the first sentence is only the junta's seat.",
 "qgn5": "Carnegie Diwan piece from Tartus to Tobruk: Syrian mercenaries flown Damascus airport→Benghazi in 2020 "
         "(reported) and sent on to the Sharara field and Es Sider (reported), a planned unloading at Tobruk naval base "
         "by a landing ship from Baltiysk, a conditional Russian advance Jufra→Sirte, and a denied missile shipment "
         "Tobruk→Jufra air base. Tripoli (Lebanon) is where a witness was met and Tripoli (Libya) the GNU's seat; the "
         "headline's Tartus→Tobruk and Tartus as a lost way-station are not counted as moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgn1", "qgn2", "qgn3", "qgn4", "qgn5")
