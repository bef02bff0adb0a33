# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (Hun town row; README: point near Hun/Waddan)
 # qht1 Tarhuna, Bani Walid and Ghadames (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_dz": ("region", "LY", 29.80, 9.90, "Libya-Algeria border (Libyan side, near Ghadames)"),  # K
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qht2 Hun, Idri, Sharara and Sirte (Al-Jarida)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qht3 Turkish task group and Syrian fighters (Al-Wafd)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك, written إنجرليك)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 # qht4 Russian logistics Tartus/Hmeimim -> eastern Libya (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 # qht5 Kufra, Jebel Uweinat and the Sudan triangle (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات, names include جبل العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "qht1": ["القدس العربي", "اللواء 444 قتال", "المنطقة العسكرية طرابلس", "عمر الترهوني", "الليبية"],
 "qht2": ["الجريدة", "الجيش الوطني الليبي", "طارق بن زياد", "إدريس المقرحي", "الزاوية الخاطئة"],
 "qht3": ["بوابة الوفد", "مجموعة المهام التركية", "السوريين", "السنوات الخمس", "الليبي", "مصري"],
 "qht4": ["روسيا اليوم", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الروسية", "اللواء"],
 "qht5": ["السوداني", "الجيش الوطني الليبي", "قوات الدعم السريع", "عثمان إدريس", "الكولومبيين"],
}

PHEN = {
 "qht1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_neighbours", "countries"],
 "qht2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil"],
 "qht3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qht4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qht5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qht1": [
  mv("deploy", "planned", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["بني وليد"]),
  mv("airlift", "denied", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("mobilise", "reported", "GNA forces", [], ["ترهونة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مزدة"], ["غريان"]),
 ],
 "qht2": [
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["إدري"], ["براك"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qht3": [
  mv("withdraw", "planned", "Syrian mercenaries", ["مطار معيتيقة"], ["شمال سوريا"], ["تركيا"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
 ],
 "qht4": [
  mv("shipment", "planned", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"], ["طرابلس"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة معطن السارة"]),
  mv("redeploy", "conditional", "Russian forces", ["قاعدة الجفرة"], ["حقل الشرارة"]),
 ],
 "qht5": [
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "conditional", "Libyan National Army", ["جبل العوينات"], ["الحدود مع السودان"]),
  mv("airlift", "denied", "Foreign fighters", ["مطار الكفرة"], ["نيالا"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "qht1": "Leaked GNA chief-of-staff cable no. 2/117: two companies of Brigade 444 Tarhuna→Bani Walid (confirmed as "
         "scheduled = planned; headline 'بنى وليد' repeats it), a Misrata joint-force support battalion to Bani Walid "
         "only 'في حال' the companies are attacked (conditional), 40 special forces by air Mitiga airport→Ghadames "
         "airport (paragraph denied as planted = denied; the border with Algeria is only the purpose), 40 vehicles "
         "massing at Tarhuna (reported), and last month's 20 vehicles Tripoli→Mizdah via Gharyan (reported). London "
         "dateline, Tunis (diplomat) and Tripoli as seat/distance reference are not movement places.",
 "qht2": "Leaked LNA land-forces operations order 43/2026: Brigade 128 Hun→Idri via Brak (authenticity confirmed, "
         "move scheduled = planned; Jufra district, Wadi al-Shati and 'around Idri' only context), a denied "
         "withdrawal of the Sharara field guard company, a reported Tariq bin Ziyad column Benghazi→Sirte via "
         "Ajdabiya, and a conditional advance Sirte→Abu Qurayn 'إذا رُصد'. Benghazi dateline; Sabha only 'west of'.",
 "qht3": "Leaked Turkish task-group document: 350 Syrian fighters to be flown out Mitiga airport→northern Syria via "
         "Turkey (planned; headline repeats it), two A400M flights Incirlik→Al-Watiya already landed (reported, "
         "confirmed by trackers; 'التركية' is a nisba), a marine landing Mersin→Khoms port denied by "
         "Ankara, and an Egyptian conditional reinforcement Mohamed Naguib base→Sallum (the land port is a distance "
         "reference; Sirte/Jufra only the condition). Cairo, Ankara, Libya, the border and Algeria are not movement places.",
 "qht4": "Leaked LNA staff document 311/ع: Russian equipment shipment Tartus port→Tobruk port (berths confirmed = "
         "planned; headline repeats it), Il-76 flights Hmeimim→Al-Khadim (reported; Latakia and Benghazi only locate "
         "the bases), the landing ship Tartus→Tobruk port passing off Tripoli (Lebanon) (reported, via = the Lebanese "
         "Tripoli), a denied Russian deployment at Maaten al-Sarra (border with Chad only a locator) and a conditional "
         "air-defence move Jufra base→Sharara field. 'طرابلس الغرب' is the Libyan capital (seat of a government only).",
 "qht5": "Leaked LNA cable 9/ك: Subul al-Salam battalion Kufra→Jebel Uweinat (confirmed = planned), no advance "
         "toward the border with Sudan unless fired upon (conditional), a denied airlift of Colombian mercenaries "
         "Kufra airport→Nyala, an RSF fuel-and-ammunition convoy Kufra→Al-Malha via the border triangle (reported), "
         "and Chadian armed groups massing around Rebiana (reported; Kufra only a distance reference there). Port "
         "Sudan dateline, Benghazi source, Darfur and the triangle in the last paragraph are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qht1", "qht2", "qht3", "qht4", "qht5")
