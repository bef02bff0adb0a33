# Metadata for fresh953 (qjs1-qjs5), written blind. Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F); K = own knowledge / representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 # qjs1 LNA Tobruk military zone commander (October magazine)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind airport)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G* (row قاعدة بنينا الجوية)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                   # G (row بردية)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),               # G
 # qjs2 mayor of Nalut (Adh-Dhamir, Tunis)
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),                # G* (town row)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),          # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 # qjs3 Sudanese army commander (Akhir Lahza, Ed Debba)
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                              # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ed Debba"),                                  # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                               # G* (row خرطوم)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                              # G
 "border_sd_ly": ("region", "SD", 20.50000, 24.60000, "Sudan-Libya border (Sudanese side)"),  # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 # qjs4 tribal leader of Wadi al-Shati (Al-Binaa, Beirut)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                   # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                              # G* (base row, near Hun/Waddan)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),    # G* (row الحدود الليبية النيجرية)
 # qjs5 Nigerien northern-sector commander (Sahara Medias, Agadez)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                   # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                    # G (row أغاديس)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "border_ne_ly": ("region", "NE", 22.45000, 13.85000, "Niger-Libya border (Nigerien side)"),  # K
 "salvador": ("region", "NE", 23.52000, 11.99000, "Salvador Pass"),                        # G* (row مثلث السلفادور, country LY -> NE)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G* (row منفذ التوم)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                   # G
 "border_ly_from_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),          # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qjs1": ["منطقة طبرق العسكرية", "أكتوبر", "جندي مصري", "سالم الجغبوبي", "الجيش الوطني الليبي", "الزاوية السنوسية",
          "الجيش المصري", "البحرية المصرية", "السودانية", "الدعم السريع", "عمر المختار"],
 "qjs2": ["الضمير", "الوازني", "قوة حماية طرابلس", "التونسي", "الجيش الوطني الليبي", "بدرجة"],
 "qjs3": ["متحرك الصحراء", "آخر لحظة", "عثمان إدريس", "الطيب الدنقلاوي", "الحدث", "درع السودان", "القوة المشتركة", "الدعم السريع",
          "الليبي"],
 "qjs4": ["البناء", "البراكي", "اللواء طارق بن زياد", "روسي", "ما أدري", "الملك إدريس", "التشاديين",
          "الجيش الوطني الليبي"],
 "qjs5": ["نيجري", "صحراء ميديا", "تحالف دول الساحل", "الفيلق الإفريقي", "الروسي", "روسية", "التشادي"],
}

PHEN = {
 "qjs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qjs4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qjs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjs1": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["السلوم"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["البردية"]),
  mv("reinforce", "planned", "Libyan National Army", ["البردية"], ["منفذ امساعد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الجغبوب"], ["الكفرة"]),
 ],
 "qjs2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ وازن"], ["جادو"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["درج"]),
  mv("withdraw", "reported", None, ["سيناون"], ["غدامس"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["نالوت"]),
 ],
 "qjs3": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"], ["وادي هور"]),
  mv("shipment", "reported", "Sudanese army", ["دنقلا"], ["كرب التوم"]),
  mv("redeploy", "planned", "Sudanese army", ["كرب التوم"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Sudanese army", ["المالحة"], ["الدبة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
 ],
 "qjs4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["حقل الشرارة"], ["إدري"]),
  mv("airlift", "denied", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", None, [], ["براك"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أوباري"], ["الحدود مع النيجر"]),
 ],
 "qjs5": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("redeploy", "planned", "Nigerien army", ["قاعدة ماداما"], ["ممر السلفادور"]),
  mv("airlift", "denied", "Russian forces", ["نيامي"], ["ديركو"]),
  mv("advance", "conditional", "Nigerien army", [], ["القطرون"], ["معبر تومو"]),
  mv("deploy", "reported", "Chadian army", ["زوار"], ["كوري بوقودي"]),
 ],
}

NOTES = {
 "qjs1": "Magazine Q&A with the LNA commander of the Tobruk military zone (command and commander's names contain Tobruk "
         "and Jaghbub): two battalions Tobruk→Jaghbub, a cargo flight Benina base→Gamal Abdel Nasser air base, a planned "
         "armour shipment by sea Benghazi→Tobruk port, a denied Egyptian entry into Jaghbub via Sallum (Cairo only the "
         "liaison), a planned border-guard company Bardia→the Emsaed crossing (anaphora «المنفذ»; Marsa Matruh only the "
         "trucks' origin) and a conditional reinforcement Jaghbub→Kufra (the RSF approach is only the condition); the "
         "triangle, Derna and the Libya-Egypt border are background; «الزاوية السنوسية» is not Zawiya.",
 "qjs2": "Tunisian paper's phone interview with the mayor of Nalut (named الوازني, Wazin inside): a GNU chief-of-staff "
         "force Tripoli→the Wazin crossing via Jadu (anaphora «المنفذ»), a planned Tunisian company Tataouine (anaphora "
         "«المدينة»)→Dehiba, a denied LNA massing in Derj (Derj also inside «بدرجة»; Ghadames a distance reference), an "
         "unnamed armed group withdrawn Sinawen→Ghadames, and Zintan units that will not move to Nalut unless asked; "
         "dateline Tunis vs the country in the border phrase; Ras Ajdir, Ben Gardane and Djerba are background.",
 "qjs3": "Sudanese daily's interview with the army's desert-column commander (name contains Dongola) at Ed Debba: an "
         "advance Ed Debba→Karb al-Tom via Wadi Howar (the triangle there only a distance reference), a planned brigade "
         "Karb al-Tom→the border triangle, a conditional crossing of the border with Libya (Sudanese side), a denied "
         "pull-back Al-Malha→Ed Debba, and RSF fighters reported withdrawing from the triangle to Kufra; Khartoum, El "
         "Fasher, North Darfur and Benghazi are background; «درع السودان» is a force name.",
 "qjs4": "Lebanese daily's phone interview with the tribal leader of Wadi al-Shati in Brak (name البراكي): an LNA force "
         "Sabha→Brak air base, a planned company from it to the Sharara field via Idri (Idri also inside «الملك "
         "إدريس»; «ما أدري» is a common phrase), a denied Russian airlift Al-Jufra→Brak air base, a conditional tribal "
         "massing in Brak (no listed actor) and Chadian gunmen reported withdrawing Ubari→the border with Niger; Tripoli "
         "is Lebanese once (where he studied) and Libyan twice (the government, a distance).",
 "qjs5": "Mauritanian site's interview with a Nigerien northern-sector commander in Agadez: an armoured battalion "
         "Agadez→Madama base via Dirkou, a planned company from it to the Salvador Pass, a denied Russian airlift "
         "Niamey→Dirkou (Moscow and Dirkou airport only in the denial), a conditional crossing via the Toummo crossing "
         "to Al-Qatrun, and Chadian army units reported at Kouri Bougoudi from Zouar; Djado (Niger, not Libyan Jadu) is "
         "only where prospectors must not flee, Benghazi and N'Djamena only liaison.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjs1", "qjs2", "qjs3", "qjs4", "qjs5")
