# Metadata for fresh981 (qku1-qku5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, grep -F), K = own knowledge, G* = gazetteer row reused under another
# label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                            # G* (row روسيا البيضاء)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # qku1 LNA parade in Benghazi and exercise west of Sirte (Baladna Al-Youm)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (row قاعدة الجفرة الجوية, near Hun/Waddan)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (row أجدابيا)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G* (row قاعدة بنينا الجوية)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 # qku2 GNU-Turkish naval exercise off Al-Khums (Al-Masalla)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                        # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),     # G* (row إقليم طرابلس)
 # qku3 Algerian exercise in Illizi province (Achkayen)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row spelt ربات)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "border_dz": ("region", "DZ", 27.50000, 9.60000, "Algeria-Libya border (Algerian side)"),  # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس)
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                           # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                  # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "tindouf": ("district", "DZ", 27.52044, -5.91861, "Tindouf Province"),                  # G
 # qku4 Sudanese army manoeuvres in the Northern State (Alwan)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row نجامينا)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                     # G (row تيني)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "merowe_airport": ("airport", "SD", 18.44330, 31.84330, "Merowe Airport"),              # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                         # G (row وادى حلفا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                 # G (row أبشي)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 # qku5 Tunisian exercise in the south-east (Sabra FM)
 "border_tn_ly": ("region", "TN", 32.55000, 10.85000, "Tunisia-Libya border (Tunisian side)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                     # G
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
}

TRAPS = {
 "qku1": ["الجيش الوطني", "الليبي", "عملية الكرامة", "براكين الصحراء", "سالم البرقاوي", "البرقاوي", "طارق بن زياد",
          "بلدنا اليوم", "الهلال الأحمر", "إدريس العبيدي", "روسية"],
 "qku2": ["المسلة", "أمواج طرابلس 2026", "الأيام الخمسة", "التركية", "تركيتان", "وكالة الأناضول",
          "عبد الرحمن المصراتي", "المصراتي", "اللواء 444 قتال", "سوريين"],
 "qku3": ["آشكاين", "درع تاسيلي", "الجيش الجزائري", "الجزائرية", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي",
          "السعيد شنقريحة", "الجيش النيجري", "نيجري", "الخبر", "ليبية", "جزائرية"],
 "qku4": ["ألوان", "بيوضة 2026", "السودانية", "الحسن الدنقلاوي", "الدنقلاوي", "الدعم السريع", "مصرية", "سودانية",
          "التشادي", "كامل إدريس"],
 "qku5": ["الجيش التونسي", "صبرة إف إم", "الحرس الوطني", "حصن الجنوب 2026", "محمد القابسي", "القابسي",
          "الصحراوية"],
}

PHEN = {
 "qku1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qku2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qku3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qku4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qku5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qku1": [
  mv("redeploy", "planned", "Libyan National Army", ["الجفرة", "سبها"], ["بنغازي"], ["اجدابيا"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["قاعدة بنينا"]),
  mv("shipment", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["سرت"]),
  mv("naval_landing", "denied", "Libyan National Army", ["ميناء بنغازي"], ["طبرق"]),
 ],
 "qku2": [
  mv("deploy", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["القره بوللي"]),
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الوطية"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "conditional", "GNA forces", ["طرابلس"], ["الخمس"]),
  mv("redeploy", "denied", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["طرابلس"]),
 ],
 "qku3": [
  mv("deploy", "planned", "Algerian army", ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("airlift", "reported", "Algerian army", ["بسكرة"], ["مطار جانت"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("withdraw", "planned", "Algerian army", ["عين أمناس"], ["ورقلة"]),
  mv("deploy", "denied", "Nigerien army", ["أغاديز"], ["تمنراست"]),
  mv("advance", "denied", "Algerian army", [], ["غات", "غدامس"]),
 ],
 "qku4": [
  mv("mobilise", "planned", "Sudanese army", [], ["دنقلا"]),
  mv("advance", "planned", "Sudanese army", ["دنقلا"], ["المثلث الحدودي"]),
  mv("airlift", "reported", "Sudanese army", ["بورتسودان"], ["مطار مروي"]),
  mv("advance", "conditional", "Sudanese army", [], ["وادي هور"]),
  mv("deploy", "denied", "Egyptian army", ["شرق العوينات"], ["وادي حلفا"]),
  mv("redeploy", "denied", "Chadian army", ["أبشة"], ["الطينة"]),
 ],
 "qku5": [
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["رمادة"], ["مدنين"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("mobilise", "reported", "Tunisian army", [], ["بن قردان"]),
  mv("advance", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("withdraw", "planned", "Tunisian army", ["رمادة"], ["قابس"]),
  mv("reinforce", "denied", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("redeploy", "denied", "Tunisian army", ["صفاقس"], ["جرجيس"]),
 ],
}

NOTES = {
 "qku1": "LNA announcement of the Karama-anniversary parade in Benghazi and a live-fire exercise at Al-Washka west of "
         "Sirte (the exercise area and the Oil Crescent are not movement places): a planned move of units Al-Jufra and "
         "Sabha→Benghazi via Ajdabiya, a reported airlift Brak air base→Benina, a planned ammunition shipment Benghazi "
         "port→Sirte port, a conditional armoured advance Sirte→Al-Washka, a denied Russian airlift Al-Khadim→Sirte "
         "and a cancelled (denied) show landing Benghazi port→Tobruk; Al-Rajma is the venue of the statement, Egypt, "
         "Russia (also inside بيلاروسيا), Belarus and Tripoli are background.",
 "qku2": "GNU chief of staff and Turkish MoD announce the 'أمواج طرابلس 2026' naval exercise (Tripoli inside the trap; "
         "Al-Khums inside 'الأيام الخمسة'): planned frigates Aksaz naval base→Khoms port, a planned Turkish landing at "
         "Garabulli, reported cargo flights Kayseri→Al-Watiya and a reported ship Mersin→Misrata port, a conditional "
         "444 Brigade move Tripoli→Al-Khums, the cancelled Independence-Day parade with two Misrata battalions not "
         "moving to Tripoli (denied) and a denied airlift of Syrian fighters Northern Syria→Tripoli; Ankara, western "
         "Libya, Al-Watiya and Al-Khums as training sites and Benghazi are background.",
 "qku3": "Moroccan site on the Algerian 'درع تاسيلي 2026' exercise in Illizi province near the border with Libya "
         "(Tiguentourine only the asset to protect): a planned armoured move Ouargla→In Amenas via Hassi Messaoud, a "
         "reported paratrooper airlift Biskra→Djanet airport, a conditional reinforcement Illizi→Debdeb, a planned "
         "withdrawal In Amenas→Ouargla after the exercise, a Nigerien observer unit Agadez→Tamanrasset called off by "
         "Niamey (denied) and a denied Algerian crossing towards Ghat or Ghadames; Rabat (dateline and metonymy), "
         "Algiers (statement), Tindouf and Morocco are background.",
 "qku4": "Sudanese army spokesman (name contains Dongola) on the 'بيوضة 2026' manoeuvres in the Northern State: a "
         "planned massing in Dongola and a planned advance Dongola→the border triangle, a reported airlift Port Sudan→"
         "Merowe airport, a conditional advance to Wadi Howar (Kufra only in the condition), a denied Egyptian move "
         "East Oweinat→Wadi Halfa and a Chadian army transfer Abéché→Tiné called off (denied); the PM's visit to "
         "Dongola, the RSF's capture of El Fasher and the Chad-Sudan border are not moves.",
 "qku5": "Tunisian MoD on the 'حصن الجنوب 2026' exercise near the border with Libya (spokesman's name contains Gabès): "
         "a planned column Gabès→Remada via Medenine (town; the governorate is also named), a reported helicopter "
         "airlift El Aouina base→Remada, a reported gathering of units at Ben Gardane, a conditional advance towards "
         "Dehiba (the Dehiba-Wazin crossing only in the condition), a planned return Remada→Gabès, a denied "
         "reinforcement of the Ras Ajdir crossing and a cancelled (denied) patrol-boat move Sfax→Zarzis; Zawiya, "
         "Tripoli (طرابلس الغرب), southern Tunisia and the 2016 Ben Gardane attack are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qku1", "qku2", "qku3", "qku4", "qku5")
