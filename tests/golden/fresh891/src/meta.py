# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qhi1 Misrata Medical Centre and the Abu Qurayn front (Al-Anba)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_ac": ("base", "LY", 32.32556, 15.05972, "Misrata Air College (air base)"),    # G* (row مطار مصراتة)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # qhi2 Tripoli hospitals and Lebanese doctors (Al-Liwaa)
 "south_tripoli": ("region", "LY", 32.77, 13.22, "Southern Tripoli (front lines)"),    # K
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "qasrbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tabbaneh": ("district", "LB", 34.445, 35.842, "Bab al-Tabbaneh (Tripoli, Lebanon)"),  # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # qhi3 the air bridge Tamanhint-Benina (Al-Ayam)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # qhi4 Ben Gardane, Medenine and the Tunisian army (Diwan FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "border_tn": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side)"),   # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "se_tunisia": ("region", "TN", 33.2, 10.6, "South-eastern Tunisia"),                   # K
 # qhi5 Libyan wounded in Cairo and the Sallum reinforcements (Al-Wafd Gate)
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "heliopolis": ("district", "EG", 30.091, 31.322, "Heliopolis (Masr El Gedida), Cairo"),  # K
 "cairo_airport": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G* (row مرسى مطروح, written مطروح)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
}

TRAPS = {
 "qhi1": ["الأنباء", "المصراتية", "إدريس بن عامر", "التركية", "غرفة عمليات سرت الكبرى", "سورياً", "قناة مصراتة", "أسرته"],
 "qhi2": ["اللواء", "اللواء 444 قتال", "شارع الزاوية", "أحمد الطرابلسي", "هذه الزاوية", "لبنانياً", "تركية", "الليبية",
          "نقابة أطباء الشمال"],
 "qhi3": ["الأيام", "الجيش الوطني الليبي", "المعاطف البيضاء", "الأردنية", "إدريس المغربي", "حركة تحرير السودان"],
 "qhi4": ["ديوان أف أم", "الحبيب بورقيبة", "نهج طرابلس", "الجيش الوطني", "ليبيين", "الليبية"],
 "qhi5": ["الوفد", "الجيش الوطني الليبي", "مطروح للنقاش", "المصري", "مصرية", "ليبياً", "الليبية"],
}

PHEN = {
 "qhi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qhi2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_crossings", "countries"],
 "qhi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qhi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhi1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغاء"]),
  mv("redeploy", "planned", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["الكلية الجوية"]),
 ],
 "qhi2": [
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["عين زارة"]),
  mv("withdraw", "denied", "GNA forces", ["قصر بن غشير"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["العزيزية"]),
 ],
 "qhi3": [
  mv("advance", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["إدري"]),
  mv("airlift", "planned", "Libyan National Army", ["بنينا"], ["قاعدة تمنهنت"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "qhi4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بنقردان"], ["مدنين"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["بنقردان"]),
  mv("deploy", "denied", "GNA forces", [], ["أبو كماش"]),
 ],
 "qhi5": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["سيدي براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["البردي"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
 ],
}

NOTES = {
 "qhi1": "Misrata Medical Centre: ambulances Abu Qurayn→Misrata and an ambulance plane Misrata airport→Tunis-Carthage "
         "(Istanbul awaited) are evacuations, not movements. Moves: Misrata brigades' reinforcement Misrata (spelt مصراته)"
         "→Abu Qurayn via Tawergha, a planned company Abu Qurayn→Al-Washka, the LNA's conditional advance Sirte→Al-Washka, "
         "and a denied airlift of Syrian mercenaries from Turkey to the Air College (الكلية الجوية). Es Sider is only a "
         "position held (no movement); the Oil Crescent only a feared spread.",
 "qhi2": "Tripoli hospitals: wounded from the southern fronts, an ambulance plane Mitiga→Istanbul and Lebanese doctors "
         "Beirut→Mitiga are not movements. Moves: the 444 Brigade deploys 40 vehicles Tajura→Ain Zara, a denied pull-out "
         "from Qasr Bin Ghashir, a Turkish navy ammunition shipment unloaded at Tripoli port, a planned Turkish marine "
         "landing Mersin→Khoms port, and Zintan's conditional massing in Al-Aziziyah. Lebanese Tripoli (with Akkar and "
         "Bab al-Tabbaneh) beside Libyan Tripoli; جنوب طرابلس is one region.",
 "qhi3": "Air bridge: C-130s carrying 38 wounded Tamanhint→Benina (an evacuation, not a movement), wounded by road "
         "Ajdabiya→Al-Bayda, patients to Amman and Cairo. Moves: LNA advance Brak→Idri, a conditional 'will not withdraw "
         "from Idri before', the planned return flights carrying 160 soldiers Benina→Tamanhint base (airlift), a fuel and "
         "ammunition convoy Sabha→El Feel field, and a denied Sudanese massing near Kufra.",
 "qhi4": "Tunisian side: 14 Libyan ambulances through Ras Ajdir to Ben Gardane and Medenine, an ambulance plane "
         "Mitiga→Tunis-Carthage and transfers to Sfax are evacuations. Moves: Tunisian army reinforcements Gabes→Ben "
         "Gardane (spelt بنقردان) via Medenine, a planned unit Tataouine→Dehiba (the Wazin crossing only a locator), a "
         "conditional 'will not be withdrawn from Ben Gardane' (Zuwara only the condition), and a denied GNA deployment "
         "in Abu Kammash. The border phrase in the headline repeats the reinforcement and is not a movement place.",
 "qhi5": "Cairo: an ambulance plane Al-Abraq airport→Cairo airport, patients in Heliopolis, 9 ambulances through the "
         "Sallum land port to Matruh military hospital are evacuations. Moves: Egyptian reinforcements Mohamed Naguib "
         "base→Sallum via Sidi Barrani (the border only a distance reference), a conditional advance towards Bardia, a "
         "denied landing at Tobruk port, and the LNA's planned battalion Tobruk→Jaghbub.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhi1", "qhi2", "qhi3", "qhi4", "qhi5")
