# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # wu1 Mizdah and the road south (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "mizdah_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),           # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # wu2 the Green Mountain (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G* (row أبولونيا)
 "east_ly": ("region", "LY", 31.5, 21.5, "Eastern Libya"),                              # K
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, airport)
 # wu3 Misrata and the Lebanese Tripoli (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata_ab": ("base", "LY", 32.32556, 15.05972, "Misrata Air Base (Air Academy)"),    # G* (row مطار مصراتة)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 # wu4 the Tunisian south-east (Jawhara FM)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "border_tn_side": ("region", "TN", 32.30, 10.75, "Tunisia-Libya border (Tunisian side)"),  # K
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_dz": ("region", "TN", 33.61253, 7.73967, "Tunisia-Algeria border (Tunisian side)"),  # G* (row الحدود التونسية الجزائرية)
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 # wu5 the Sudanese movements (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "triangle_lsc": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "border_sd_side": ("region", "SD", 21.5, 25.3, "Sudan-Libya border (Sudanese side)"),  # K
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G* (row قاعدة الجفرة الجوية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "wu1": ["القدس العربي", "إدريس بوشعالة", "الدعم المالي", "الليبية"],
 "wu2": ["الجريدة", "منطقة الجبل الأخضر العسكرية", "الجيش الوطني الليبي", "سالم الدرناوي", "تحت القبة", "مصري",
         "الليبية"],
 "wu3": ["اللواء", "مصراتي", "محمود الزليتني", "لواء المحجوب", "عملية البنيان المرصوص", "لبنانيين"],
 "wu4": ["جوهرة أف أم", "القطاع العسكري بالجنوب الشرقي", "الهادي القابسي", "الجيش التونسي", "تونسية", "الليبي"],
 "wu5": ["السوداني", "حركة تحرير السودان", "إدريس آدم عبد الكريم", "السودانية", "الليبية"],
}

PHEN = {
 "wu1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil"],
 "wu2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "wu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "wu4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wu5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wu1": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["مزدة"]),
  mv("redeploy", "planned", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("withdraw", "conditional", "GNA forces", ["مزدة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["القريات"]),
 ],
 "wu2": [
  mv("redeploy", "reported", "Libyan National Army", ["المرج"], ["القبة"], ["البيضاء"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الأبرق"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الحريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درنة"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"], ["منفذ امساعد"]),
 ],
 "wu3": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["الهيشة"], ["تاورغاء"]),
  mv("deploy", "planned", "Misrata forces", ["قاعدة مصراتة الجوية"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("advance", "conditional", "Misrata forces", [], ["بني وليد"]),
  mv("naval_landing", "denied", "Foreign fighters", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
 "wu4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("mobilise", "reported", "Tunisian army", [], ["بن قردان"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("deploy", "conditional", "Tunisian army", [], ["حقل البرمة"]),
  mv("advance", "denied", "Tunisian army", [], ["نالوت"], ["منفذ وازن"]),
 ],
 "wu5": [
  mv("withdraw", "reported", "Sudanese armed groups", ["جنوب ليبيا"], ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["كرب التوم"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["المالحة"]),
  mv("deploy", "conditional", "Sudanese armed groups", [], ["جبل العوينات"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["قاعدة الجفرة"]),
 ],
}

NOTES = {
 "wu1": "Q&A with the mayor of Mizdah: a GNA force Gharyan→Mizdah and an ammunition-and-supply convoy Tripoli→Mizdah "
        "(destination resolved from 'لتزويد القوة'), a planned company from the force in Mizdah to Al-Shwayrif (the "
        "question spells it الشويريف and is not a move; Brak only names the road), a conditional pull-out from Mizdah, "
        "and a denied Zintan massing in Al-Qaryat (Zintan only in 'قوات الزنتان' and its military council). Tripoli "
        "first as a locator, London the dateline, the Hamada plateau and field a demand, Idri only the displaced.",
 "wu2": "Q&A with an LNA Green Mountain commander in Kuwait: two battalions Al-Marj→Al-Qubba via Al-Bayda, an airlift "
        "Benina base→Al-Abraq airport, a planned landing Benghazi port→Hariga oil port (the question's Tobruk is "
        "rejected), a conditional withdrawal from around Derna, and a denied Egyptian deployment via the Amsaad "
        "crossing to Gamal Abdel Nasser air base. 'تحت القبة' (parliament) is a trap; Susa, Kuwait, Tripoli, Benghazi "
        "are not movement places.",
 "wu3": "Q&A with a Misrata commander for a Beirut daily: 45 vehicles Misrata→Al-Hisha via Tawergha, a planned force "
        "Misrata air base→Tripoli via Zliten and Al-Khums, a conditional advance on Bani Walid (Tawergha written تاورغا "
        "there is only the condition), and a denied landing of Lebanese fighters from the port of Tripoli (Lebanon) at "
        "Misrata port. Tripoli (Lebanon) is also the city where the reports were debated; Sirte only a locator.",
 "wu4": "Radio interview with a Tunisian sector commander: reinforcements Tataouine→Dehiba via Remada, reserves massed "
        "in Ben Gardane (Ras Ajdir a locator), a planned C-130 airlift El Aouina→Djerba-Zarzis airport, a conditional "
        "deployment to the El Borma field (named in the question, 'إليه' in the answer), and a denied crossing via the "
        "Wazin crossing towards Nalut (Wazin town only the coordination partner). Sousse is the dateline (Tunisia), "
        "Tunis the ministry's city.",
 "wu5": "Q&A with a Sudanese armed-group commander: 400 fighters southern Libya→North Darfur via the border triangle, "
        "a fuel-and-ammunition convoy Kufra→Al-Malha via Karb al-Tom, a planned pull-out of the rest from Kufra (named "
        "in the question) to Al-Malha, a conditional deployment to Jebel Uweinat (the border with Libya and Egypt only "
        "locate it), and a denied airlift Kufra airport→Jufra base.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wu1", "wu2", "wu3", "wu4", "wu5")
