# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qib1 the western coast road (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "warshefana": ("region", "LY", 32.62, 12.95, "Warshefana"),                            # K
 # qib2 Derna, the Egyptian border and Kufra (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 # qib3 Ras Ajdir, Zuwara and the Dehiba-Wazin crossing (Jawhara FM)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn_ly": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),  # K
 # qib4 Syrian fighters, Turkish cargo, Wagner (Lebanon24)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra": ("district", "LY", 29.11, 15.95, "Al Jufra"),                                 # K (README convention: point near Hun)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 # qib5 Ghat, Qatrun and the Algerian side (El Hiwar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qib1": ["القدس العربي", "عادل الزاوي", "الزاوية اليوم", "ثوار طرابلس", "اللواء 444 قتال"],
 "qib2": ["السيارات البيضاء", "الجيش الوطني الليبي", "صدى البلد", "طارق بن زياد", "الدرناوي", "سالم إدريس",
          "السودانيين", "الجانب المصري", "القوات المسلحة المصرية"],
 "qib3": ["الجوهرة أف أم", "عبد السلام الزنتاني", "الجانب التونسي", "الجيش التونسي", "كلام جميل",
          "المناطق التونسية"],
 "qib4": ["لبنان 24", "المرصد السوري لحقوق الإنسان", "السلطان مراد", "أبو عمر الطرابلسي"],
 "qib5": ["الحوار", "الليبي", "القيادة العامة للجيش الوطني الليبي", "التشاديين", "الناحية العسكرية الرابعة", "محمد إدريس"],
}

PHEN = {
 "qib1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "vague_area", "coverage_crossings"],
 "qib2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qib3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qib4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qib5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qib1": [
  mv("deploy", "reported", "GNA forces", ["سوق الجمعة"], ["الزاويه"], ["جنزور"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراته"], ["ميناء طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونه"], ["بني وليد"]),
  mv("mobilise", "conditional", "GNA forces", ["صبراته"], ["العجيلات"]),
 ],
 "qib2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنه"], ["المرج", "البيضا"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ امساعد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
 ],
 "qib3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ راس اجدير"], ["صبراتة", "زوارة"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
  mv("deploy", "conditional", "GNA forces", ["الجميل"], ["زلطن"]),
 ],
 "qib4": [
  mv("airlift", "reported", "Syrian mercenaries", ["غازي عنتاب"], ["مطار معيتيقة"], ["إسطنبول"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("advance", "denied", "Wagner Group", ["الجفرة"], ["سرت"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معيتيقة"], ["شمال سوريا"]),
 ],
 "qib5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("shipment", "planned", "Libyan National Army", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["جانت"]),
 ],
}

NOTES = {
 "qib1": "Dialect posts on the coast road west of Tripoli: a GNA column Souq al-Juma→Zawiya via Janzour ('طلع، مشى على، "
         "دخل'; the ministry confirms, Tripoli only the distance reference), Misrata brigades' denied sea landing "
         "Misrata→Tripoli port ('ركبوا البحر ونزلوا'; Misrata's council is also the speaker), a planned 444 Brigade "
         "company Tarhuna→Bani Walid ('بكرة ماشين'), and a conditional massing Sabratha→Al-Ajaylat ('لو سكروا... "
         "نطلعوا ونتلموا'; صبراتة is the commander's seat, صبراته the origin). Zawiya's standard spelling only in "
         "the trap page name and the background.",
 "qib2": "Eastern dialect: an LNA column Benghazi→Derna via Al-Marj and Al-Bayda ('جوا... ركبوا الطريق... وصلوا'; the "
         "first البيضا is inside the trap السيارات البيضاء), a denied pull-out from the Emsaed crossing (the units "
         "'remain on the border with Egypt': no movement), a planned marine landing Benghazi port→Derna port, a "
         "conditional airlift Al-Khadim→Kufra airport ('لو ما هداش الوضع في الكفره'; Kufra and the triangle are "
         "condition/background, Tobruk the speaker), and the Egyptian army's planned move Mohamed Naguib base→Sidi "
         "Barrani.",
 "qib3": "Western border: an interior-ministry column Tripoli→Ras Ajdir crossing via Sabratha and Zuwara, the Tunisian "
         "army's planned reinforcement Tataouine→Dehiba (the Wazin crossing only locates Dehiba, Tunis the ministry's "
         "seat), Zintan's denied massing at Wazin ('جوا لوازن وركزوا'; Zintan is speaker and claimed origin), and a "
         "conditional GNA deployment Al-Jumayl→Zaltan ('بتطلع من الجميل لزلطن'); Ben Gardane only a distance "
         "reference, the Tunisian border zone and Tripoli in the last paragraph only background.",
 "qib4": "Levant angle: Syrian fighters flown Gaziantep→Mitiga airport via Istanbul ('ركبوا الطيارة... وقفوا... "
         "نزلوا'), Turkish military cargo Mersin port→Misrata port, a planned Turkish air-defence move Al-Watiya→"
         "Misrata, Wagner's denied advance Al-Jufra→Sirte (Jufra base and Sharara only where Wagner is stationed), "
         "and a conditional return Mitiga→northern Syria. Tripoli (Libya) locates Mitiga; Tripoli (Lebanon), Akkar "
         "and Lebanon are only where recruits were approached (no one left); Ankara and Beirut are no movement places.",
 "qib5": "Fezzan seen from Algiers: an LNA column Sabha→Ghat via Ubari and Al-Awaynat ('جا... مشى على... دخل'), a "
         "planned fuel-and-ammunition convoy Sharara→El Feel, a denied Chadian advance from the border with Niger into "
         "Al-Qatrun (its municipality is the speaker), and a conditional Algerian reinforcement Ouargla→Djanet if "
         "fighting reaches Ghat (Ghat only the condition there). Idri, Wadi al-Shati and the Sabha-Ghat road in the "
         "blogger's quote are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qib1", "qib2", "qib3", "qib4", "qib5")
