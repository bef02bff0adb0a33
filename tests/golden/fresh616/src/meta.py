# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # wt1 Tarhuna and Tripoli's south-east (France 24)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 # wt2 the Tunisian border (Jawhara FM)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (district row تطاوين)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "border_tn": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),   # K
 "zarzis_port": ("crossing", "TN", 33.49, 11.12, "Port of Zarzis"),                     # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # wt3 Kufra and the south-eastern triangle (Monte Carlo Doualiya)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # wt4 Murzuq and the south-west (Sabq)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # wt5 Sirte, Jufra and foreign forces (Ammon)
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
}

TRAPS = {
 "wt1": ["فرانس 24", "مراقبون", "قوة حماية طرابلس", "للجيش الوطني الليبي", "سالم الترهوني", "الفرنسية", "الليبية"],
 "wt2": ["جوهرة إف إم", "الجيش التونسي", "آليات تونسية", "محمد الزواري", "مصدر ليبي"],
 "wt3": ["مونت كارلو الدولية", "كتيبة سبل السلام", "للجيش الوطني الليبي", "قوات الدعم السريع السودانية",
         "الجيش السوداني", "الحكومة السودانية", "إدريس بوشعالة", "المالي", "الخليج العربي للنفط"],
 "wt4": ["سبق", "للجيش الوطني الليبي", "اللواء طارق بن زياد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادية",
         "إدريس الحضيري"],
 "wt5": ["عمون", "الفيلق الأفريقي", "الروسية", "للجيش الوطني الليبي", "التركية", "البنيان المرصوص", "أسرته"],
}

PHEN = {
 "wt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "countries"],
 "wt2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "wt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "wt4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "wt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wt1": [
  mv("deploy", "reported", "GNA forces", ["زليتن"], ["ترهونة"], ["مسلاتة"]),
  mv("shipment", "denied", "Libyan National Army", ["الجفرة"], ["بنى وليد"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["قصر بن غشير"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"], ["زليتن"]),
 ],
 "wt2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["الجميل"], ["معبر رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["نالوت"], ["منفذ وازن"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس جدير"], ["الجميل"]),
 ],
 "wt3": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["الكفرة"]),
 ],
 "wt4": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["القطرون"]),
 ],
 "wt5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة القرضابية"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["هون"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Libyan National Army", ["ودان"], ["سرت"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["تاورغاء"]),
 ],
}

NOTES = {
 "wt1": "Live blog with a corrected origin: the GNA column's origin, first given as Misrata (09:40), is corrected to "
        "Zliten (10:25), route via Msallata, entry into Tarhuna at 11:10 (one deploy, Misrata not a movement place); the "
        "LNA's denied arms shipment Jufra→Bani Walid (written بنى وليد; بني وليد in the headline); a planned company "
        "Mitiga base→Qasr Bin Ghashir (Tripoli International Airport only the purpose); a conditional return "
        "Tarhuna→Zliten (بمجرد). Tripoli (Lebanon) is where a viral video was filmed, Paris is the outlet and the "
        "French foreign ministry, Al-Khums only the end of a closed road.",
 "wt2": "Live blog on the Tunisian border: a Tunisian army convoy Tataouine→Dehiba via Remada (09:35 update, 10:40 "
        "arrival: one reinforce); a GNA force takes over the Ras Ajdir crossing, its origin corrected from Zuwara to "
        "Al-Jumayl (11:50); Tunisia's defence ministry denies vehicles crossed the Wazin crossing towards Nalut; a "
        "planned marine landing at Zarzis port from Sfax; the GNA force will return Ras Ajdir→Al-Jumayl only if the "
        "border guard takes over (conditional). Sousse is the outlet, Ben Gardane only stranded travellers, the border "
        "with Libya only a situation report.",
 "wt3": "Live blog from Kufra with a corrected destination: an LNA (Subul al-Salam) column Kufra→Maaten al-Sarra base, "
        "first said to head for Jebel Uweinat (07:55) and corrected at 09:10 (Uweinat not a movement place); the RSF "
        "denies entering the border triangle; a planned cargo flight Al-Khadim base→Kufra airport (Benghazi only "
        "locates the base); a conditional reinforcement Ajdabiya→Kufra if gunmen cross the borders with Sudan or Chad "
        "(borders only the condition). Refugees reaching Kufra are civilians; Port Sudan is a speaker; Sarir field "
        "only production news.",
 "wt4": "Live blog with a corrected origin: an LNA column Tamanhint air base→Murzuq via Sabha (08:05 said 'from Sabha', "
        "corrected at 08:50; 10:20 entry), part of it planned to go on to El Feel field; a Chadian rebel council denies "
        "massing in Al-Qatrun; a planned fuel-and-ammunition convoy Sabha→Murzuq; a conditional airlift Tamanhint→"
        "Al-Qatrun if armed moves are seen near the border with Niger (border only the condition). Idri only a "
        "school closure, Niamey/Niger only a statement, the last Sabha–Murzuq mention only road traffic.",
 "wt5": "Live blog with a corrected destination: a Russian Il-76 from Hmeimim, first said to land at Al-Jufra air base "
        "(09:05), corrected to Gardabya air base south of Sirte (09:50): one airlift to Gardabya; LNA vehicles massing "
        "in Hun (Jufra only the district locator); Ankara denies a Turkish landing at Khoms port; a planned battalion "
        "Waddan→Sirte; Misrata forces' conditional reinforcement Misrata→Tawergha if any force advances west of Sirte "
        "(Sirte only the condition there). Tripoli port / Tripoli (Lebanon) port only a fact-check of a cargo ship; "
        "Es Sider only the end of a road.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wt1", "wt2", "wt3", "wt4", "wt5")
