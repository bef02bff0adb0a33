# Gold metadata for fresh989 (qlc1-qlc5). Place rows: (kind, country, lat, lon, name).
# Comment per row: G = gazetteer row (grep -F in data/gazetteer.csv), K = own knowledge (listed in the README),
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qlc1 Tunisian year review of the south-eastern border (Al-Sarih, Tunis)
 "border_tn": ("region", "TN", 32.5, 10.9, "Tunisia-Libya border (Tunisian side)"),      # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G* (district row مدنين)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row الذهيبة)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),   # G
 # qlc2 Sudanese third-quarter review of the north-western front (Al-Sahafa, Khartoum)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),             # K
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "border_td": ("region", "SD", 15.5, 23.5, "Sudan-Chad border (Sudanese side)"),        # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G* (row تيني)
 # qlc3 year review of the Sahel-Fezzan borderlands (Annahar Al-Maghribia, Casablanca)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G* (row أنفا)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 # qlc4 Egyptian year review of the western front (Al-Qahira, Cairo)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 "border_eg": ("region", "EG", 30.8, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 # qlc5 Iraqi year review of foreign forces in Libya (Al-Taakhi, Baghdad)
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G (row قاعدة إنجيرليك)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qlc1": ["الصريح", "القابسي", "وكالة تونس إفريقيا للأنباء", "المنطقة العسكرية الساحل الغربي", "مكسب وازن",
          "الليبي", "ليبية", "تونسية"],
 "qlc2": ["الصحافة", "الدعم السريع", "القوة المشتركة لحركات دارفور", "حسن الدنقلاوي", "إدريس حامد",
          "الجيش الوطني الليبي", "سودانية", "التشادي"],
 "qlc3": ["النهار المغربية", "الفيلق الإفريقي", "اللواء طارق بن زياد", "المنطقة العسكرية سبها",
          "محمد إدريس ديبي", "ضغوط مالية", "شمالي البلاد", "النيجري", "روسية"],
 "qlc4": ["«القاهرة»", "أحمد المطروحي", "العملية الشاملة سيناء 2018", "المنطقة الغربية العسكرية", "المصري",
          "مصرية", "الليبي"],
 "qlc5": ["التآخي", "المرصد السوري لحقوق الإنسان", "الفيلق الإفريقي", "السنوات الخمس", "مصراتية", "التركي",
          "تركية", "روسيتان", "الليبية"],
}

PHEN = {
 "qlc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qlc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlc1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس جدير"], ["زوارة"]),
  mv("withdraw", "reported", "Zintan forces", ["منفذ وازن"], ["الزنتان"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qlc2": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"], ["كرب التوم"]),
  mv("airlift", "reported", "Sudanese army", ["بورتسودان"], ["مطار دنقلا"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["وادي هور"]),
  mv("redeploy", "planned", "Sudanese army", ["كرب التوم"], ["جبل العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["وادي هور"]),
  mv("reinforce", "conditional", "Chadian army", ["أبشي"], ["الطينة"]),
 ],
 "qlc3": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"]),
  mv("redeploy", "reported", "Libyan National Army", ["إدري"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["وور"]),
  mv("mobilise", "denied", "Algerian army", [], ["جانت"]),
 ],
 "qlc4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["العلمين"]),
  mv("redeploy", "reported", "Libyan National Army", ["بنغازي"], ["الجغبوب"]),
  mv("deploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["طبرق"]),
  mv("withdraw", "denied", "Egyptian army", ["سيدي براني"], ["مرسى مطروح"]),
 ],
 "qlc5": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["معسكر اليرموك"], ["شمال سوريا"], ["مطار معيتيقة"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
 ],
}

NOTES = {
 "qlc1": "Tunisian year-end review (Al-Sarih, Tunis): a March reinforcement Gabes→Ben Gardane via Medenine, a GNU "
         "security force Tripoli→Ras Ajdir crossing via Zuwara ('للمعبر' refers back to it), Zintani groups pulled "
         "back from the Wazin crossing to 'their town' (= Zintan), a planned recce company Remada→Borj El Khadra, a "
         "conditional reinforcement of Dehiba (Nalut only the condition) and a denied Tunisian incursion near Abu "
         "Kammash (Mellitah only a distance reference); Tunis dateline vs the country, spokesman's name contains Gabes, "
         "'مكسب وازن' is the adjective 'weighty', not Wazin.",
 "qlc2": "Sudanese third-quarter review (Al-Sahafa, Khartoum): an SAF column Al Dabbah→the border triangle via Karb "
         "al-Tom, an airlift Port Sudan→Dongola airport, an ongoing RSF withdrawal Jebel Uweinat→Wadi Howar, a "
         "planned battalion Karb al-Tom→Jebel Uweinat, an LNA-denied arms shipment Kufra→Wadi Howar and a conditional "
         "Chadian reinforcement Abeche→Tine ('أراضينا' is the condition); North Darfur, El Fasher and the border "
         "with Chad are background, Khartoum and N'Djamena (spelled انجامينا) also as metonyms; traps: the joint force "
         "named after Darfur, a spokesman named after Dongola, a Chadian colonel named Idris.",
 "qlc3": "Moroccan year-end review of the Fezzan borderlands (Annahar Al-Maghribia, Casablanca): Nigerien reinforcements "
         "Agadez (spelled أغاديز)→Madama base via Dirkou, a Russian airlift Brak air base→Niamey, an LNA battalion "
         "Idri→Al Qatrun (still under way), a conditional advance from Al Qatrun (anaphora 'القوة') to the Toummo "
         "crossing, a planned Chadian battalion Faya-Largeau→Wour and an Algerian-denied massing in Djanet (Ghat only "
         "the reason); 'من أغاديز إلى تيبستي' is an extent, not a move; Idri beside the person trap محمد إدريس ديبي.",
 "qlc4": "Egyptian year-end review of the western front (Al-Qahira weekly, Cairo; the paper's name is the city's): "
         "armour Mohamed Naguib base→Sallum via Sidi Barrani, a marine landing drill Alexandria→El Alamein coast, an LNA "
         "battalion Benghazi→Al Jaghbub, planned air-defence units Marsa Matruh→Siwa, a conditional deployment in "
         "Tobruk (the red line Sirte→Jufra is not a move) and a denied battalion pull-out Sidi Barrani→Marsa Matruh; "
         "the Sallum land port stays open (background).",
 "qlc5": "Iraqi year-end review of foreign forces in Libya (Al-Taakhi, Baghdad): a Turkish airlift Incirlik (spelled "
         "إنجرليك)→Al-Watiya (Tripoli only a distance reference), Syrian mercenaries returned Yarmouk camp→northern "
         "Syria via Mitiga airport, a Russian shipment Tartus→Tobruk port, a Russian-denied transfer Jufra air base→"
         "Maaten al-Sarra, a planned Turkish marine landing Aksaz naval base→Khoms port ('السنوات الخمس' is 'five "
         "years'), Misratan battalions massing in Abu Qurayn and their conditional advance Al-Washka→Sirte (the Oil "
         "Crescent only the condition); Ankara twice as a speaker.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlc1", "qlc2", "qlc3", "qlc4", "qlc5")
