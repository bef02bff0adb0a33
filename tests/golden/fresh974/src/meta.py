# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 # qkn1 Quds Press (London): the LNA in the south-west
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                  # G (row London)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (row أوباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),               # G* (town row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G* (row قاعدة بنينا الجوية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # qkn2 Al-Wifaq (Tehran): foreign forces in the world press
 "tehran": ("city", "IR", 35.69439, 51.42151, "Tehran"),                                  # G (row Tehran)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                      # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                  # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 # qkn3 Al-Mashriq (Baghdad): the Egyptian press on the western front
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                                # G
 "east_libya": ("region", "LY", 31.5, 21.5, "Eastern Libya"),                             # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                            # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                 # G
 "border_eg": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egyptian side)"),         # K
 # qkn4 Janoubia (Beirut): Tripoli and the west in the Lebanese and Tunisian press
 "tripoli_w": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G* (row طرابلس LY, written طرابلس الغرب)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G (row مصراتة)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                  # G
 "tajura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),             # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "border_tn": ("region", "TN", 32.9, 11.15, "Tunisia-Libya border (Tunisian side)"),      # K
 # qkn5 Hala Akhbar (Amman): the armies of Chad, Niger and Sudan
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                    # G* (row عمان, written عمّان)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                              # G
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G* (row كوري بوقودي, written بوغودي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G* (row أغاديس, written أغاديز)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "border_ne": ("region", "NE", 22.4, 13.7, "Niger-Libya border (Nigerien side)"),         # K
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                   # G* (district row أغاديس)
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                               # G* (row الدبه, written الدبة)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G (row جنوب ليبيا)
}

TRAPS = {
 "qkn1": ["الجيش الوطني", "قدس برس", "فسانيا", "طارق بن زياد", "الشرق الأوسط", "جهاز حرس المنشآت النفطية",
          "بوابة الوسط", "إدريس الحضيري", "ليبيا أوبزرفر", "عماد الطرابلسي", "الخبر", "الجزائري", "الليبية"],
 "qkn2": ["الوفاق", "حكومة الوفاق", "التايمز", "البريطانية", "لوموند", "الفرنسية", "الفيلق الأفريقي", "إزفيستيا",
          "الروسية", "كوميرسانت", "يني شفق", "التركية", "السنوات الخمس", "الليبية"],
 "qkn3": ["المشرق", "الأهرام", "المنطقة العسكرية الغربية", "الشروق", "المصري اليوم", "العرب", "اللندنية",
          "القيادة العامة للجيش الوطني الليبي", "الخليج", "الإماراتية", "مجلس النواب الليبي", "المصرية", "مصري", "مصرية", "ليبية"],
 "qkn4": ["جنوبية", "اللبنانية", "النهار", "الأخبار", "زنتانية", "هذه الزاوية", "اللواء", "نداء الوطن",
          "اللواء 444 قتال", "التونسي", "الصباح", "الليبية"],
 "qkn5": ["تشادية", "نيجرية", "هلا أخبار", "التشادية", "الوحدة", "محمد إدريس ديبي", "جون أفريك", "التشادي", "لو سحيل", "النيجري",
          "السوداني", "قوات الدعم السريع", "سودان تريبيون", "القيادة العامة للجيش الوطني الليبي", "السودانية"],
}

PHEN = {
 "qkn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qkn2": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases", "countries"],
 "qkn3": ["multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkn1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["حقل الشرارة"], ["اوباري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("reinforce", "denied", "Libyan National Army", [], ["حقل الشرارة"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("deploy", "conditional", "GNA forces", ["الزاوية"], ["حقل الشرارة"]),
 ],
 "qkn2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الخادم"], ["مالي"]),
  mv("redeploy", "denied", "Russian forces", ["ليبيا"], ["مالي"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["الخمس"]),
 ],
 "qkn3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("withdraw", "reported", "Egyptian army", ["السلوم"], ["سيدي براني"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["الجغبوب"]),
  mv("naval_landing", "conditional", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "qkn4": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["تاجوراء"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"]),
  mv("mobilise", "reported", "Zintan forces", [], ["العزيزية"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["معبر رأس جدير"]),
 ],
 "qkn5": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["أوزو"]),
  mv("withdraw", "reported", "Chadian army", ["كوري بوغودي"], ["زوار"]),
  mv("deploy", "planned", "Nigerien army", ["أغاديز"], ["قاعدة ماداما", "الحدود مع ليبيا"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["شمال دارفور"]),
 ],
}

NOTES = {
 "qkn1": "Press review from London (Quds Press) of the Libyan and Arab papers on the LNA in the south-west: «فسانيا» "
         "(Sabha) reports a Tariq bin Ziyad brigade column Brak air base→Sharara field via Ubari (spelled اوباري) and an "
         "LNA cargo flight Benina→Tamanhint; Asharq al-Awsat quotes a source in the Ubari municipality denying that the "
         "column entered Sharara (the contradiction: one reported and one denied movement); Al-Wasat has a planned "
         "company Sabha→Idri (Wadi al-Shati only the apposition; the mayor is named Idris); Libya Observer a "
         "conditional GNU force Zawiya→Sharara (Tripoli the ministry's seat, the minister named الطرابلسي); the "
         "Algerian border is only the road's end, Algiers the seat of El Khabar, El Feel background.",
 "qkn2": "Tehran daily Al-Wifaq (whose name is also the old GNA's) reviews the world press: The Times has a Russian "
         "airlift Hmeimim→Al-Khadim (Latakia and Benghazi are locators), Le Monde a redeploy Al-Khadim→Mali that "
         "Izvestia denies (Libya→Mali: a reported and a denied movement), Kommersant a conditional Russian withdrawal "
         "from Al-Jufra air base (Al-Watiya only the condition), Yeni Safak a Turkish ship Mersin→Misrata port and a "
         "planned Turkish marine landing on the Khums coast ('السنوات الخمس' is a common-word trap); Syria, Moscow, "
         "Ankara and Tripoli are background or speakers.",
 "qkn3": "Baghdad daily Al-Mashriq (a media name that looks like the Levant) reviews the Egyptian and Gulf press: "
         "Al-Ahram has armour Marsa Matruh→Sallum, Al-Shorouk an infantry battalion pulled back Sallum→Sidi Barrani "
         "(contradicting reports, both reported), an Egyptian source denies to Al-Masry Al-Youm a crossing into Tobruk "
         "via the Amsaad crossing, Al-Arab (London) a planned LNA massing in Jaghbub (Kufra only the smuggling routes' "
         "direction, Cairo the partner), Al-Khaleej a conditional Egyptian landing in Tobruk port; the border with "
         "Libya (Egyptian side) and Eastern Libya are background.",
 "qkn4": "Beirut site Janoubia on what the papers wrote about «طرابلس الغرب» (Libyan Tripoli, distinguished from the "
         "Lebanese one): Annahar has a Misrata (spelled مصراته) force reaching Tajura and its conditional stay "
         "(«لن يغادروا ... قبل أن»), Al-Akhbar Zintani battalions massing in Al-Aziziya, denied by the Zintan military "
         "council to Al-Liwaa (Zintan only the council's seat), Nidaa al-Watan a planned 444 Brigade unit "
         "Zawiya→Ras Ajdir crossing; 'هذه الزاوية' is a common-word trap, the Zawiya refinery, Ben Gardane, the border "
         "with Libya (Tunisian side), Tunis the capital and Tunisia the country are background.",
 "qkn5": "Amman site Hala Akhbar reviews the African press: Chad's Al-Wihda has Chadian army reinforcements "
         "Faya-Largeau→Aozou (Tibesti only where attacks happened; president Mahamat Idriss Deby a trap), Jeune "
         "Afrique a contradicting Chadian pull-back Kouri Bougoudi→Zouar, Le Sahel (Niamey) a planned Nigerien "
         "battalion Agadez (spelled أغاديز)→Madama base (head «قاعدة» inside; bare ماداما in the headline) near the border with Libya (the Agadez region only the governor's), "
         "Al-Sudani a conditional Sudanese army advance Ad Dabbah (spelled الدبة)→the border triangle, and Sudan "
         "Tribune an LNA convoy Kufra→North Darfur that the LNA denies; southern Libya is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkn1", "qkn2", "qkn3", "qkn4", "qkn5")
