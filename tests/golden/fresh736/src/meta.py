# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم; also التوم/تومو)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                  # G (row ماداما)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G* (row قاعدة الجفرة الجوية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 # qbj1 Toummo handed over (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_ne_ly": ("region", "NE", 22.4, 13.9, "Niger-Libya border (Niger side)"),       # K
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 # qbj2 Dirkou and the Libyan south (Al-Quds Al-Arabi)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qbj3 Tibesti, Wour and Maaten al-Sarra (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_ly": ("region", "TD", 22.2, 17.0, "Chad-Libya border (Chadian side)"),      # K
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # qbj4 Ounianga, Kufra and the Uweinat triangle (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Kufra municipality/district"),   # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 # qbj5 Russian landing at Tobruk and the air bridge to Niamey (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "novorossiysk": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),        # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani Airport"), # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.052, "Port of Benghazi"),               # K
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qbj1": ["تلفزيون الساحل", "الشرق الأوسط", "اللواء 128 مشاة", "كتيبة شهداء أم الأرانب", "عمر إدريسا", "الجيش النيجري",
          "المعارضة التشادية"],
 "qbj2": ["الوكالة النيجرية للصحافة", "القدس العربي", "خالد الطرابلسي", "دعم مالي", "تحالف دول الساحل",
          "المعارضة التشادية"],
 "qbj3": ["الوكالة التشادية للصحافة والنشر", "الجريدة", "محمد إدريس ديبي", "اتفاق نجامينا الرباعي", "تلفزيون تشاد",
          "سبل السلام", "حرس المنشآت النفطية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش التشادي"],
 "qbj4": ["الإذاعة التشادية", "الإذاعة الوطنية التشادية", "السوداني", "سبل السلام", "الدعم السريع", "محمد إدريس ديبي",
          "الحكومة السودانية"],
 "qbj5": ["اللواء", "الفيلق الأفريقي", "التلفزيون النيجري", "مقابل مالي", "تلفزيون تشاد", "الموانئ الليبية"],
}

PHEN = {
 "qbj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "qbj5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbj1": [
  mv("deploy", "reported", None, ["قاعدة ماداما"], ["منفذ التوم"]),
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", None, ["التوم"], ["ماداما"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرزق"], ["تومو"]),
  mv("advance", "denied", None, [], ["تجرهي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ممر السلفادور"]),
 ],
 "qbj2": [
  mv("redeploy", "reported", None, ["أرليت"], ["ديركو"], ["أغاديس"]),
  mv("advance", "planned", None, [], ["سيغيدين"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("redeploy", "conditional", "Libyan National Army", ["حقل الفيل"], ["تجرهي"]),
  mv("withdraw", "denied", None, ["ماداما"], ["ديركو"]),
 ],
 "qbj3": [
  mv("airlift", "reported", None, ["نجامينا"], ["مطار فايا لارجو"]),
  mv("deploy", "reported", None, ["فايا"], ["وور"], ["زوار"]),
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل السرير"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", None, [], ["كوري بوقودي"]),
  mv("withdraw", "denied", "Chadian armed groups", ["كوري بوقودي"], ["الجنوب الليبي"]),
 ],
 "qbj4": [
  mv("reinforce", "reported", None, ["فادا"], ["أونيانغا كبير"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مثلث العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("reinforce", "conditional", None, ["أبشي"], ["الطينة"]),
 ],
 "qbj5": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["مطار نيامي"]),
  mv("deploy", "conditional", "Russian forces", [], ["أغاديس"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء بنغازي"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة"], ["قاعدة معطن السارة"]),
 ],
}

NOTES = {
 "qbj1": "Niger's state TV (Tele Sahel) via Asharq Al-Awsat: a Nigerien patrol Madama base→Toummo crossing (Nigerien army, "
         "no canonical actor → null); an LNA company Al-Qatrun→Toummo via Al-Wigh base that takes over the Libyan post "
         "('at the crossing' = Toummo); the Nigerien units' conditional return Toummo→Madama (the tripoint only in the "
         "condition); a planned LNA company Murzuq→Toummo (Murzuq district only the elders' locator); a denied Nigerien "
         "incursion to Tajarhi; Chadian rebels massing near the Salvador pass. Cairo, Niamey, Benghazi, Dirkou (speaker), "
         "Agadez, southern Libya and Tripoli are not movement places; 'Umm al-Aranib martyrs battalion' is a trap.",
 "qbj2": "Niger's ANP via Al-Quds Al-Arabi: a Nigerien battalion Arlit→Dirkou via Agadez; a planned company advance to "
         "Seguedine ('300 km south of the Toummo crossing' is a distance reference, the Agadez region and southern Libya "
         "only describe the smugglers' road); an LNA airlift Jufra base→Al-Wigh base and a supply convoy Sabha→Al-Qatrun; "
         "a conditional LNA company El Feel field→Tajarhi (the border with Niger only in the condition); a denied "
         "withdrawal Madama→Dirkou. Algiers (a delegation's visit), Mali, Burkina Faso, Niamey and Tripoli are not "
         "movement places; 'دعم مالي' is financial support.",
 "qbj3": "Chad's ATPE and Tele Tchad via Al-Jarida (Kuwait dateline): an airlift N'Djamena→Faya-Largeau airport, a column "
         "Faya→Wour via Zouar that takes over the border post, an LNA unit Kufra→Maaten al-Sarra base, a planned LNA "
         "company from the Sarir field to join it, a conditional Chadian entry into Kouri Bougoudi, and a CCMSR denial of a "
         "withdrawal Kouri Bougoudi→southern Libya. The joint patrol 'on the road leading to Kouri Bougoudi' is not a "
         "separate movement; Tibesti and the border are the plan's area, not a move's destination.",
 "qbj4": "Chad's national radio via Al-Sudani (Port Sudan): Chadian reinforcements Fada→Ounianga Kebir; a planned LNA "
         "patrol Kufra→the Uweinat triangle; RSF massing in the Uweinat triangle ('300 km south-east of Kufra' is a "
         "distance reference); the LNA's denial of ammunition shipments Kufra→Darfur (Benghazi = speaker); a conditional "
         "Chadian battalion Abeche→Tine if fighting nears El Fasher (condition only). Ounianga's second mention, Amdjarass "
         "(meeting venue), Port Sudan, Sudan, Libya and Chad are not movement places.",
 "qbj5": "Al-Liwaa (Beirut) wires: Russian landing ships Novorossiysk port→Tobruk port; an Il-76 Al-Khadim base→Niamey "
         "airport (Benghazi only locates the base) shown by Niger's state TV; trainers who will not move to Agadez until the "
         "guard units in the capital are trained (conditional, no origin written); a planned third ship at Benghazi port; "
         "the LNA denies Russians moved Jufra base→Maaten al-Sarra near the border with Chad (a locator). 'Tripoli of the "
         "West' (a Lebanese paper's name for the Libyan capital) and Tripoli are the GNA's seat only.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbj1", "qbj2", "qbj3", "qbj4", "qbj5")
