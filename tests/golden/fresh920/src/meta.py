# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (qil1 written مصراته)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qil1 DMC talk show, Cairo
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "iskenderun": ("city", "TR", 36.58718, 36.17347, "Iskenderun"),                        # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qil2 Dzair News talk show, Algiers
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "border_dz": ("region", "DZ", 27.8, 9.6, "Algeria-Libya border (Algerian side)"),      # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qil3 Tunisna TV talk show, Tunis
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "TN", 32.9, 11.2, "Tunisia-Libya border (Tunisian side)"),     # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G* (row منفذ وازن)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G* (district row مدنين)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 # qil4 Al-Ekhbariya talk show, Riyadh
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G* (row رياض)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "novorossiysk": ("city", "RU", 44.73188, 37.76176, "Novorossiysk"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                          # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qil5 Sudania 24 talk show, Port Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G (row بورتسودان)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
}

TRAPS = {
 "qil1": ["دي إم سي", "الإسكندراني", "البرقاوي", "الترهوني", "تركية", "التركي", "مصري", "المنطقة العسكرية الغربية",
          "هذه الزاوية", "الليبيين"],
 "qil2": ["دزاير نيوز", "التبسي", "إدريس", "الليبي", "الفيلق الإفريقي", "الروسي", "اللغات",
          "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي"],
 "qil3": ["تونسنا", "الصفاقسي", "النالوتي", "الليبي", "المجلس العسكري زوارة", "الزمن الجميل"],
 "qil4": ["الإخبارية", "الزليتني", "الروسي", "التركي", "جندي تركي", "السوريين", "الدقائق الخمس"],
 "qil5": ["سودانية 24", "الفاشري", "آدم إدريس", "الدعم السريع", "المنطقة العسكرية الكفرة", "الليبي", "السوداني",
          "الخرطوميين", "الدارفوريين"],
}

PHEN = {
 "qil1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_crossings", "coverage_neighbours", "countries"],
 "qil2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qil3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qil4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qil5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qil1": [
  mv("shipment", "reported", "Turkish armed forces", ["الإسكندرونة"], ["ميناء مصراتة"]),
  mv("advance", "denied", "Egyptian army", [], ["البردي"], ["منفذ امساعد"]),
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراته"], ["الوشكة"]),
 ],
 "qil2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الدبداب"]),
 ],
 "qil3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس اجدير"], ["العجيلات", "الجميل"]),
  mv("withdraw", "denied", None, ["راس اجدير"]),
  mv("airlift", "conditional", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
 ],
 "qil4": [
  mv("naval_landing", "reported", "Russian forces", ["نوفوروسيسك"], ["ميناء طبرق"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["القره بوللي"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["تاورغاء"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qil5": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", None, ["المثلث الحدودي"], ["الدبة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "qil1": "DMC talk show in Cairo (venue only; guests in Benghazi and 'طرابلس الغرب' are speakers' places): a Turkish "
         "army cargo ship Iskenderun→Misrata port (armour, reported by the Egyptian general), a Tripoli guest's claim "
         "of Egyptian armour crossing the Amsaad crossing towards Bardia, denied (Marsa Matruh only where the old video "
         "was shot), a planned air-defence battalion Marsa Matruh→Sidi Barrani, a conditional Egyptian advance on "
         "Sirte and Al-Jufra ('if the red line falls'), and a Misrata column (spelled مصراته) massing in Al-Washka; "
         "'من هذه الزاوية' is not Zawiya, Sirte's second mention (the army on alert) and Geneva are background.",
 "qil2": "Dzair News debate (dateline Algiers vs 'الجزائر' the country; guest named Idris, the town Idri only as where "
         "his contacts live): 4th-region units Ouargla→Djanet via Illizi (reported), an LNA battalion planned "
         "Sabha→Ghat via Ubari (spelled اوباري), an Africa Corps pull-out from Brak air base to Niger denied by the "
         "guest, and a conditional reinforcement In Amenas→Debdeb; 'اللغات' contains Ghat, Tripoli is a government "
         "metonym, Fezzan and Southern Libya are vague background.",
 "qil3": "Tunisna talk show (dateline Tunis = city): Tunisian army units Gabes→Ben Gardane (reported), planned units "
         "Tataouine→Dehiba (Wazin crossing only mentioned), a Libyan interior-ministry column from Tripoli ('العاصمة' "
         "anaphora) to the Ras Ajdir crossing via Al-Ajaylat and Al-Jmail, the Zuwara military council's withdrawal "
         "from Ras Ajdir denied (Zuwara inside the council's name is a trap), and a conditional airlift El Aouina "
         "base→Djerba-Zarzis airport; 'الزمن الجميل' is not Al-Jmail, Sfax also inside the guest's name.",
 "qil4": "Al-Ekhbariya talk show (dateline Riyadh; guests in Benghazi, Misrata, Istanbul): a Russian landing ship "
         "Novorossiysk→Tobruk port (reported), Syrian mercenaries flown Gaziantep airport→Misrata airport (claimed, "
         "then denied by the Turkish guest), a planned Turkish landing exercise at Garabulli from Aksaz naval base, "
         "Misrata brigades massing in Tawergha, and an LNA threat to advance Sirte→Abu Qurayn if a Turkish soldier "
         "lands ('هناك' = Garabulli is the condition, not a new move); 'الدقائق الخمس' is not Al-Khums.",
 "qil5": "Sudania 24 talk show (dateline 'بورت سودان'): RSF advance Al-Malha→the border triangle ('المثلث' alone is "
         "anaphora), the Sudanese army's pull-back from there to Ad Dabbah (a 'withdrawal or repositioning' argument; "
         "actor null), a denied LNA fuel-and-ammunition shipment Kufra→North Darfur via the triangle, a planned LNA "
         "airlift Al-Khadim base→Kufra airport and a conditional LNA advance Kufra→the border with Sudan; El Fasher, "
         "Khartoum, Chad and the Kufra municipality are background, the guests' names contain El Fasher and Idris.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qil1", "qil2", "qil3", "qil4", "qil5")
