# Metadata for fresh976 (qkp1-qkp5), written blind to the extractor.
# Place rows: (kind, country, lat, lon, name). Comment per row: G = gazetteer row (data/gazetteer.csv, found with
# grep -F); K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "uk": ("country", "GB", 54.31449, -1.91252, "United Kingdom"),                         # G (row بريطانيا)
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 # qkp1 Tripoli fuel queues (Al Aswaq Al Arabiya)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # qkp2 Ben Gardane market and smuggled fuel (Leaders Arabic)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G (district row مدنين)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn_ly": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 # qkp3 cash crisis in eastern banks (Al-Iktissad Wal-Aamal)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 # qkp4 Egyptian lorries at Amsaad (Enterprise)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G (row منفذ امساعد)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tenth_ramadan": ("city", "EG", 30.29636, 31.74633, "10th of Ramadan City"),           # G (row عاشر من رمضان)
 "border_eg_ly": ("region", "EG", 30.50, 25.30, "Egypt-Libya border (Egyptian side)"),  # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 # qkp5 Fezzan fuel and sugar prices (Aliqtisadi)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat_triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
}

TRAPS = {
 "qkp1": ["الأسواق العربية", "الليبية", "شركة البريقة لتسويق النفط", "سالم الغرياني", "علي الترهوني",
          "من زاوية أخرى", "القوة المشتركة مصراتة", "بنزين إيطالي"],
 "qkp2": ["سوق ليبيا", "ليدرز العربية", "الليبية", "عماد المدنيني", "الوضع المالي", "إذاعة تطاوين",
          "الجزائرية", "الجيش التونسي", "الجانب الليبي", "المجلس العسكري الزنتان"],
 "qkp3": ["الاقتصاد والأعمال", "مصرف ليبيا المركزي", "إدريس العبيدي", "الجهاز المصرفي", "اللبنانية",
          "اللواء طارق بن زياد"],
 "qkp4": ["المصرية", "إنتربرايز", "الليبية", "حسام المصري", "الحجم المطروح", "سوق العبور",
          "القوات المسلحة المصرية", "القيادة العامة للجيش الليبي", "المتحدث العسكري المصري", "ليبية", "قوات مصرية", "للمساعدة"],
 "qkp5": ["الاقتصادي", "سرت موجة", "إدريس الفزاني", "المنطقة العسكرية سبها", "الجيش النيجري", "أمني نيجري",
          "الجيش التشادي", "الجيش السوداني"],
}

PHEN = {
 "qkp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_crossings",
          "countries"],
 "qkp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings",
          "countries"],
 "qkp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkp1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["بني وليد"]),
  mv("mobilise", "denied", "GNA forces", [], ["تاجوراء"]),
  mv("shipment", "denied", "GNA forces", [], ["ميناء طرابلس"]),
 ],
 "qkp2": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["قابس"]),
  mv("redeploy", "planned", "GNA forces", ["العجيلات"], ["معبر راس جدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
 "qkp3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["المرج", "البيضاء"]),
  mv("shipment", "reported", "Libyan National Army", ["الإمارات"], ["ميناء بنغازي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["جالو"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"]),
 ],
 "qkp4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("withdraw", "conditional", "Egyptian army", ["السلوم"], ["مرسى مطروح"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["منفذ إمساعد"]),
  mv("naval_landing", "denied", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
 ],
 "qkp5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("redeploy", "planned", "Nigerien army", ["أغاديس"], ["ماداما"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("advance", "denied", "Sudanese army", ["شمال دارفور"], ["مثلث العوينات"]),
 ],
}

NOTES = {
 "qkp1": "Tripoli fuel queues (economy report): the delayed Italian tankers to Tripoli port, Janzour and Tajoura "
         "stations, the Zawiya refinery and smuggling towards Tunisia are background; a GNU force Tripoli→Gharyan via "
         "Al-Aziziyah (Western Mountain only the depot's customers), a planned company from it (anaphora → Gharyan) to "
         "Mizda, a conditional Misratan reinforcement Misrata→Bani Walid (Misrata also inside the force name), a denied "
         "massing in Tajoura and a denied ammunition unloading at Tripoli port. Traps: Brega inside the marketing "
         "company, Gharyan and Tarhuna inside persons' names, 'من زاوية أخرى' (angle), 'بنزين إيطالي'.",
 "qkp2": "Ben Gardane's «سوق ليبيا» (a market named after Libya, trap) loses customers after Ras Ajdir closures "
         "(spelled راس جدير): Medenine governorate vs town, Sfax and Gabes consumers, the Dehiba crossing and the "
         "border with Libya (Tunisian side) are background; the Tunisian army reinforces Gabes→Ben Gardane via "
         "Medenine, a navy patrol boat lands special forces Sfax→Zarzis, a conditional return Ben Gardane→Gabes, a "
         "planned GNU company Al-Ajaylat→Ras Ajdir crossing and a denied Zintani column Zintan→Wazin. Tataouine only "
         "inside the radio's name, Medenine inside a trader's name; Tunis dateline (city) vs Tunisia (country) and "
         "Tripoli as the GNU metonym.",
 "qkp3": "Cash-liquidity crisis in eastern banks: Benghazi branches, notes printed in Britain, traders in Ajdabiya "
         "and Tobruk, Beirut and Lebanese Tripoli as a comparison, the Ajdabiya–Kufra road are background; LNA units "
         "Benghazi→Al-Marj and Al-Bayda, an armoured-vehicle shipment UAE→Benghazi port, a planned airlift Benina "
         "base→Kufra airport, a conditional massing in Jalu and a denied pull-out from Derna. Traps: Libya inside the "
         "central bank's name, Egypt inside 'المصرفي', a banker named Idris, the Tariq ibn Ziyad brigade.",
 "qkp4": "Egyptian lorries stuck at the Amsaad crossing (spelled إمساعد): Tobruk and Al-Bayda prices, Alexandria and "
         "10th of Ramadan exporters, the border with Libya (Egyptian side) and Cairo as dateline are background; an "
         "Egyptian reinforcement Marsa Matruh→Sallum, its conditional return Sallum→Marsa Matruh ('لن تعود ... إلا "
         "إذا'), a planned LNA company Tobruk→the Amsaad crossing and a denied Egyptian landing Alexandria→Tobruk port. "
         "Traps: 'الحجم المطروح' (Matruh), 'سوق العبور', Egypt inside a person's name and the nisbas.",
 "qkp5": "Fezzan fuel and sugar prices: Murzuq, Al-Qatrun and Sabha prices, Misrata fuel shipments, the Sharara field, "
         "smuggling across the border with Niger to Chad, Idri in Wadi al-Shati, Agadez sugar, Sabha municipality and "
         "N'Djamena radio are background; an LNA column Sabha→Al-Qatrun via Umm al-Aranib, an LNA cargo flight Al-Jufra "
         "air base→Al-Wigh base, a planned Nigerien company Agadez→Madama (Niamey as the government), a conditional "
         "Chadian reinforcement Faya-Largeau→Kouri Bougoudi and a denied Sudanese advance North Darfur→the Uweinat "
         "triangle. Traps: 'سرت موجة' (Sirte), Idris al-Fazzani (Idri, Fezzan), Sabha inside the military zone's name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkp1", "qkp2", "qkp3", "qkp4", "qkp5")
