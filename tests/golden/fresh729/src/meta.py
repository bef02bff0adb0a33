# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; also found by الجنوب الليبي)
 # qbc1 Sirte-Jufra and the Egyptian western border (Al-Qahera News)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G (written سيدى براني)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 # qbc2 Turkish deployment and Misrata (Al-Mamlaka)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك, written إنجرليك)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),              # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 # qbc3 the Tunisian south-eastern border (Attessia TV)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (written الذهيبة and ذهيبة)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_ly_tnside": ("region", "TN", 33.00, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 # qbc4 Russians, Chadians and the Fezzan (France 24)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qbc5 Kufra, Sudan and the Algerian east (Medi1 TV)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G* (row تنجه, written طنجة)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G (row الكفرة, district)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G (written اليزي)
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
}

TRAPS = {
 "qbc1": ["القاهرة الإخبارية", "الجيش الوطني الليبي", "الجيش المصري", "المصرية", "الطرابلسي", "الفيلق الأفريقي", "الدعم المالي"],
 "qbc2": ["المملكة", "الأردني", "الزليتني", "المرتزقة السوريين", "كتيبة ثوار طرابلس", "تحت القبة"],
 "qbc3": ["التاسعة", "الجيش التونسي", "الصفاقسي", "هذه الزاوية", "الليبي"],
 "qbc4": ["فرانس 24", "الفيلق الأفريقي", "إدريس محمد علي", "التشادي", "اللبناني", "نحنا هون", "مونت كارلو الدولية"],
 "qbc5": ["ميدي 1 تيفي", "حديث المغرب العربي", "قوات الدعم السريع", "الإدريسي", "جوف الصحراء", "الخبر",
          "الجزائري"],
}

PHEN = {
 "qbc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "countries"],
 "qbc3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qbc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbc1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدى براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("mobilise", "reported", "Egyptian army", [], ["مرسى مطروح"]),
 ],
 "qbc2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["الهلال النفطي"]),
  mv("airlift", "denied", "Syrian mercenaries", ["غازي عنتاب"], ["مطار معيتيقة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qbc3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["ذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "planned", "GNA forces", ["الزاوية"], ["معبر رأس جدير"], ["زوارة"]),
  mv("deploy", "denied", "Zintan forces", [], ["نالوت"]),
  mv("mobilise", "reported", "Tunisian army", [], ["رمادة"]),
 ],
 "qbc4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["القطرون"], ["سبها"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تيبستي"], ["مرزق"]),
  mv("deploy", "denied", "Syrian mercenaries", ["قاعدة براك الجوية"], ["إدري"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة طبرق البحرية"], ["قاعدة الخادم"]),
 ],
 "qbc5": [
  mv("advance", "reported", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["اليزي"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["جالو"]),
 ],
}

NOTES = {
 "qbc1": "Al-Qahera News talk show: an LNA reinforcement Benghazi→Sirte via Ajdabiya confirmed by the channel's "
         "correspondent; a planned Egyptian transfer Mohamed Naguib base→Sidi Barrani (written سيدى براني) announced by the "
         "ministry; the guest's conditional 'if any force crosses the red line' advance via the Amsaad crossing towards "
         "Tobruk; a denied Africa Corps pull-out Jufra air base→Mali (the common word المالي in 'الدعم المالي' is a trap); "
         "footage of Egyptian armour massing in Marsa Matruh shown by the programme (mobilise, reported). "
         "Sirte-Jufra 'line', Benghazi as the guest's location, the Oil Crescent, Tripoli (government), Egypt and the "
         "closing Sallum-Tobruk distance are not movement places.",
 "qbc2": "Al-Mamlaka talk show: two Turkish cargo planes Incirlik→Al-Watiya (reported by flight trackers and sources); "
         "Misrata's Joint Force announces two battalions Misrata→Abu Qurayn next week (planned; Misrata is also the "
         "guest's location); Misrata brigades 'will not advance towards the Oil Crescent unless' exports from Es Sider "
         "and Ras Lanuf stop (conditional; the terminals are only the condition); the GNA defence ministry denies Syrian "
         "mercenaries flown Gaziantep→Mitiga airport; the Jordanian guest reveals a planned Turkish marine landing at "
         "Khoms port during the 'Sea of Friendship' exercise. Ankara and Cairo are metonyms for governments; Amman is the dateline.",
 "qbc3": "Attessia TV talk show: a Tunisian reinforcement Tataouine→Dehiba (ministry communique, reported); a "
         "conditional Tunisian move Gabes→Ben Gardane 'if Ras Ajdir closes again' (Ras Ajdir only the condition); the "
         "GNA general staff 'decided' a force Zawiya→Ras Ajdir crossing via Zuwara (planned; Zuwara also the guest's "
         "location); Zintan's military council denies sending vehicles to Nalut; pictures of military vehicles "
         "massing in the Remada barracks (mobilise, reported). Wazin crossing opposite Dehiba and "
         "Nalut municipality are not movement places; 'من هذه الزاوية' is a common-word trap.",
 "qbc4": "France 24 debate: Russian cargo planes Al-Khadim→Maaten al-Sarra (satellite images, reported; the Chad border "
         "only a distance reference); the Chadian guest's information that the LNA will move a battalion Hun→Qatrun via "
         "Sabha (planned); Chadian rebels would fall back Tibesti→Murzuq if the Chadian army attacks (conditional); the "
         "LNA denies moving Syrian fighters Brak air base→Idri; images show a Russian ship from Tartus "
         "landing heavy equipment at Tobruk naval base (reported; the source only declined comment) and its planned "
         "overland transfer to Al-Khadim (shipment, planned). The Lebanese guest speaks from Tripoli (Lebanon); "
         "'نحنا هون' is dialect 'we here', not the town Hun; Idri hides in the Chadian guest's name إدريس.",
 "qbc5": "Medi1 TV talk show: an RSF column North Darfur→Kufra via Jebel Uweinat (TV report confirmed by a Kufra "
         "council member, reported); the Moroccan guest's conditional LNA push Kufra→the border with Sudan 'if the "
         "crossings recur'; the Algerian defence ministry's announced rotation Ouargla→Illizi (written اليزي, planned); a "
         "denied Algerian crossing via Tin Alkoum towards Ghat; an LNA fuel-and-ammunition convoy Benghazi→Kufra via "
         "Jalu ('إلى المدينة' = Kufra, reported). Idri (past clashes), Illizi province, Algiers (guest's "
         "location) and the closing list of countries are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbc1", "qbc2", "qbc3", "qbc4", "qbc5")
