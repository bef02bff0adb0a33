# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # qgs1 Tripoli and its approaches; a Lebanese club stuck in the capital (Lebanon 24)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qgs2 the oil crescent seen from an energy fair in Cairo (Sada El Balad)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "new_cairo": ("city", "EG", 30.03000, 31.47000, "New Cairo"),                          # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),          # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 # qgs3 Al-Bayda, the Green Mountain and a Casablanca football night (Al-Massae)
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (town row)
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "susa_ly": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                     # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),           # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # qgs4 Kufra and the Sudanese border while Sudanese clubs play in Benghazi (Al-Taghyeer)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tripoint_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qgs5 Ras Ajdir, Dehiba-Wazin and a Sfax trade fair (Jawhara FM)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_del": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),             # G* (town row)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "border_tn_side": ("region", "TN", 32.90, 11.10, "Tunisia-Libya border (Tunisian side)"),  # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),   # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                               # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
}

TRAPS = {
 "qgs1": ["طرابلس الرياضي", "الأهلي طرابلس", "لبنان 24", "سامر الحلبي", "شارع الزاوية", "الكتائب المصراتية",
          "ليبيا الأحرار", "وكالة الأناضول", "التركية", "الاتحاد الليبي", "رشيد كرامي", "الليبية"],
 "qgs2": ["صدى البلد", "معرض مصر الدولي للطاقة", "شركة سرت لإنتاج وتصنيع النفط والغاز", "شركة الخليج العربي للنفط",
          "الجيش الوطني الليبي", "شركة الزويتينة للنفط", "مالي", "شركة راس لانوف لتصنيع النفط والغاز",
          "شركة السويس لتصنيع البترول", "المصرية", "المصريين", "مصري"],
 "qgs3": ["نادي الأخضر", "الوداد البيضاوي", "ملعب محمد الخامس", "ملعب شهداء بنينا", "إدريس العبيدي", "المساء",
          "الجيش الوطني الليبي", "عملية فرض الأمن", "اتفاق الصخيرات", "الليبيين"],
 "qgs4": ["الهلال", "المريخ", "التغيير", "كتيبة سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع",
          "الاتحاد الليبي", "الليبية"],
 "qgs5": ["معرض صفاقس الدولي", "جوهرة أف أم", "الجيش التونسي", "اتحاد بن قردان", "مستقبل قابس",
          "مهرجان قرطاج الدولي", "الليبي", "المنجي الإدريسي", "شارع طرابلس"],
}

PHEN = {
 "qgs1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qgs2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgs3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "countries"],
 "qgs4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgs5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgs1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القرة بوللي"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مطار طرابلس الدولي"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["طرابلس"]),
 ],
 "qgs2": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["راس لانوف"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء الزويتينة"], ["اجدابيا"]),
  mv("shipment", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["ميناء السدرة"]),
 ],
 "qgs3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["البيضاء"], ["المرج"]),
  mv("redeploy", "planned", "Libyan National Army", ["شحات"], ["القبة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("withdraw", "denied", "Libyan National Army", ["سوسة"]),
  mv("airlift", "conditional", "Libyan National Army", ["طبرق"], ["مطار الأبرق"]),
 ],
 "qgs4": [
  mv("mobilise", "reported", "Sudanese armed groups", ["دارفور"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
 ],
 "qgs5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["صبراتة", "مجمع مليتة", "زوارة"]),
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["معبر رأس جدير"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر رأس جدير"], ["طرابلس"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["وازن"], ["نالوت"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
}

NOTES = {
 "qgs1": "Club names hide Tripoli (Lebanon's 'طرابلس الرياضي', Libya's 'الأهلي طرابلس', traps) beside the real Tripoli "
         "(LY in the headline and the conditional move, LB in 'طرابلس في شمال لبنان'); the street 'شارع الزاوية' is a trap. "
         "Misrata brigades Misrata→Tajura via Garabulli (spelled القرة بوللي; reported), a planned GNA company Mitiga "
         "base→Tripoli International Airport, Zintan denies massing in Al-Aziziyah, and Turkish experts at Al-Watiya would "
         "move to Tripoli only if asked (conditional). The team's flights via Mitiga airport and Beirut airport are civilian, "
         "not movements; Zintan is only the speaker's seat, Cairo only a past venue.",
 "qgs2": "Oil-company and trade-fair names hide places (Sirte, Zueitina, Ras Lanuf, Suez, Egypt; traps). LNA units "
         "Ajdabiya→Zueitina terminal (reported), a planned landing ship with a marine battalion Benghazi port→Ras Lanuf, a "
         "conditional return from the terminal to Ajdabiya barracks, and a denied arms shipment for Wagner Jufra air "
         "base→Es Sider. Brega is only a company seat, Sarir a field where work goes on, Amsaad/Sallum the route of "
         "returning civilian workers, Benghazi the consulate, New Cairo the fair venue, Cairo the dateline.",
 "qgs3": "Football: Al-Akhdar (club name, trap) of Al-Bayda plays Wydad (nisba 'البيضاوي') in Casablanca (الدار البيضاء, "
         "MA, which contains البيضاء); 'ملعب شهداء بنينا' and 'ملعب محمد الخامس' are traps. LNA reinforcements "
         "Benghazi→Al-Bayda via Al-Marj (reported; 'المدينة' = Al-Bayda), a planned company Shahhat→Al-Qubba (the Bayda–"
         "Derna road only its purpose), marines landed Tobruk naval base→Derna port (reported; 'وفي درنة' only locates), a "
         "denied pull-out from coastal Susa (LY, not Sousse), and a conditional airlift Tobruk→Al-Abraq airport (Al-Bayda "
         "only a distance reference). Rabat, Bouznika, Morocco and the Skhirat agreement (trap) are not movement places.",
 "qgs4": "Sudanese clubs Al-Hilal and Al-Merrikh (common-word traps; also 'الهلال الأحمر') in Benghazi, civilians. Armed "
         "groups from Darfur massing in the border triangle (reported mobilise), the LNA's Subul al-Salam battalion "
         "Kufra→Jebel Uweinat (reported), the RSF's denied crossing from the border triangle to Kufra, a planned airlift "
         "Benina air base→Kufra airport, a conditional advance from Maaten al-Sarra to the border with Chad. Cairo/Amsaad "
         "are the team's route; the headline's border with Sudan repeats the Uweinat reinforcement and is not counted again.",
 "qgs5": "Sfax trade fair, Ben Gardane and Gabès clubs, Carthage festival, Tripoli Street in Ben Gardane and the fair "
         "director al-Idrisi (traps) beside real places. Tunisian army Tataouine→Dehiba (reported), a GNA interior-ministry "
         "force Tripoli→Ras Ajdir via Sabratha, the Mellitah complex and Zuwara (reported), ammunition trucks Zawiya→Ras "
         "Ajdir (reported shipment), the force's conditional return to Tripoli ('فور تسلم'), a planned Zintan company to "
         "Wazin via Nalut, and a denied Tunisian crossing Dehiba→Wazin. Wazin as scene of clashes, Sfax as the trucks' "
         "goal, Sousse, Tunis and Ben Gardane are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgs1", "qgs2", "qgs3", "qgs4", "qgs5")
