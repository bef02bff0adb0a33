# Gold metadata for fresh967 (qkg1-qkg5). Place rows: (kind, country, lat, lon, name) + a source comment:
# G = row of /work/main/data/gazetteer.csv found with grep -F; K = own knowledge (listed in the README);
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G (row مرفأ طرابلس)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # qkg1 Russian flights and ships seen by X/Telegram trackers (Lebanon Debate, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G (row قاعدة حميميم; bare حميميم same key)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم; bare الخادم same key)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row طرطوس, kind crossing)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qkg2 Algerian MoD on X, a GNU border brigade on Telegram, a war monitor (Awras, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "DZ", 28.0, 9.75, "Algeria-Libya border (Algerian side)"),     # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # qkg3 Sudanese army, RSF, war monitors, an LNA brigade (Masr 360, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "east_owainat": ("region", "EG", 22.58570, 28.71660, "East Owainat"),                  # G* (airport row مطار شرق العوينات)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qkg4 Chadian and Nigerien army accounts, Libyan monitors, an LNA brigade (Hurriyat, N'Djamena)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row, kind district)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qkg5 Turkish MoD on X, ship trackers, GNU and Misrata units (Al Jazeera Mubasher, Tripoli)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G (row ميناء مصراتة)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),       # G (row إقليم طرابلس, names include الغرب الليبي)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qkg1": ["ليبانون ديبايت", "رادار المتوسط", "اللبناني", "عمر الطرابلسي", "الليبي", "الروسية", "الفيلق_الأفريقي",
          "عين على برقة", "سرت شائعات", "روسيا اليوم", "روسياً", "شمالي"],
 "qkg2": ["أوراس", "ليبية", "كما درجت العادة", "الناحية العسكرية الرابعة", "الجيش_الوطني_الشعبي",
          "كتيبة شهداء غدامس", "علي النالوتي", "رصد الجنوب الغربي", "جزائرياً"],
 "qkg3": ["مصر 360", "السوداني", "الدعم السريع", "السودانية", "معركة_الكرامة", "مرصد دارفور الحربي",
          "محمد الدنقلاوي", "إدريس عبد الرحيم", "مصرياً", "كتيبة سبل السلام", "الليبية"],
 "qkg4": ["تشادية", "نيجرية", "حريات", "التشادي", "الجيش_التشادي", "ليبية", "عيون فزان",
          "جبهة الوفاق من أجل التغيير في تشاد", "اللواء طارق بن زياد", "محمد إدريس ديبي", "الشرارة الأولى"],
 "qkg5": ["الجزيرة مباشر", "التركية", "الليبية", "عين على المتوسط", "اللبناني", "اللواء 444 قتال", "مصراتية",
          "القوة المشتركة مصراته", "أسامة الزليتني", "من هذه الزاوية", "التركي"],
}

PHEN = {
 "qkg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "countries"],
 "qkg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkg1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"], ["مطار بنينا"]),
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["الخادم"], ["قاعدة براك الجوية"]),
  mv("airlift", "conditional", "Russian forces", ["الجفرة"], ["باماكو"]),
  mv("advance", "denied", "Russian forces", ["الجفرة"], ["سرت"]),
 ],
 "qkg2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["درج"]),
  mv("withdraw", "planned", "GNA forces", ["حقل الوفاء"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
 ],
 "qkg3": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"], ["دنقلا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("withdraw", "denied", "Sudanese army", ["دنقلا"], ["مروي"]),
  mv("deploy", "planned", "Egyptian army", ["أسوان"], ["شرق العوينات"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qkg4": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("advance", "conditional", "Chadian army", ["زوار"], ["أوزو"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["غدوة"]),
 ],
 "qkg5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("shipment", "reported", None, ["مرسين"], ["ميناء مصراته"], ["مرفأ طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("mobilise", "denied", "Misrata forces", [], ["بوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["الوشكة"]),
 ],
}

NOTES = {
 "qkg1": "Lebanese site on Russian moves seen by X flight trackers and Telegram channels: Il-76s from Hmeimim landed at "
         "Al-Khadim after a refuelling stop at Benina airport (via), the landing ship unloaded marines and armour at "
         "Tobruk port after sailing from Tartus port, a planned transfer Al-Khadim→Brak air base, a conditional airlift "
         "Al-Jufra→Bamako (Mali only the condition), and a denied column Al-Jufra→Sirte ('سرت شائعات' is the verb, not "
         "the city). Beirut (dateline), Tripoli in Lebanon (the tracker's town, also inside 'عمر الطرابلسي'), Moscow, "
         "Syria, Russia (also inside 'روسيا اليوم') and Tripoli in Libya are not movement places; #ليبيا is a gold "
         "place in a hashtag.",
 "qkg2": "Algerian site: the MoD's X post on 4th-region units Illizi→Djanet (#جانت hashtag gold), a GNU border "
         "brigade's Telegram post on a company Nalut→Ghadames via Derj ('درجت' and the brigade named after Ghadames "
         "are traps) and a planned pull-out from Al-Wafa field, a conditional reinforcement In Amenas (spelled عين "
         "أمناس)→Debdeb, and a war monitor's map of an Algerian column Debdeb→Ghadames denied by a security source. "
         "Algiers (dateline) vs Algeria ('حدود الجزائر'), Illizi province beside the town, the border with Libya, the "
         "Isayen crossing and Ghat are background.",
 "qkg3": "Egyptian site on duelling Sudanese posts: an SAF column Ad Dabbah (spelled الدبة)→the Uweinat triangle via "
         "Dongola, RSF massing in Karb al-Tom, a denied SAF pull-out Dongola→Merowe ('المدينة' = Dongola), a planned "
         "Egyptian border-guard move Aswan→East Owainat, and a Kufra brigade's conditional advance Kufra→the border with "
         "Sudan (Jebel Uweinat only the condition; #الكفرة gold). Cairo, the Argeen crossing, El Fasher and the "
         "triangle as the object of the fighting in the lede are not movement places; a monitor named after Darfur, "
         "a journalist named after Dongola and a spokesman named Idris are traps.",
 "qkg4": "Sudanese site on Chadian, Nigerien and Libyan posts: a Chadian battalion Faya-Largeau→Zouar, a conditional "
         "Chadian advance Zouar→Aozou, a Libyan monitor's claim of a FACT column Umm al-Aranib→the border with Chad "
         "denied by the rebels (Chad inside the front's name), a planned Nigerien unit Dirkou→Madama (Toummo crossing "
         "only a distance reference), and an LNA fuel-and-ammunition convoy Sabha→Al Qatrun via Ghuddwa. N'Djamena "
         "(spelled انجامينا), the president's earlier visit to Faya-Largeau, Al Qatrun municipality (the speaker), "
         "Sharara field beside 'الشرارة الأولى' and the closing countries are background.",
 "qkg5": "Qatari channel's site on Turkish and Libyan posts: a Turkish landing ship from Aksaz naval base put marines "
         "ashore at Khoms port, a Turkish-flagged cargo ship (no force named) Mersin→Misrata port (spelled مصراته) via "
         "the port of Tripoli in Lebanon, the 444 Brigade's planned company Tarhuna→Bani Walid, a denied massing of "
         "Misratan units in Buqrin (spelled بوقرين, then أبوقرين in the denial) and a conditional advance "
         "Misrata→Al-Washka. Tripoli (dateline), Ankara twice, Turkey, western Libya and Tunis are not movement "
         "places; 'من هذه الزاوية' and the spokesman named after Zliten are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkg1", "qkg2", "qkg3", "qkg4", "qkg5")
