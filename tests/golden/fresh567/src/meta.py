# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # cities used in several articles / datelines / speakers
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "beijing": ("city", "CN", 39.90750, 116.39723, "Beijing"),                              # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                   # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 # uw1 Fezzan (France 24 style)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 # uw2 Egypt's western border (Al Qahera News style)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "sallum_cr": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port (Amsaad crossing)"),  # G* (row منفذ امساعد, country EG)
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),       # G* (row غرب مصر)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 # uw3 oil crescent (CGTN Arabic style)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G* (row ميناء السدرة)
 "sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),          # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),        # G* (town row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 # uw4 Tripoli's belt (Al Aan TV style)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 # uw5 western borders (Alhiwar TV style)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "ras_ajdir_cr": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),    # G (row منفذ رأس جدير)
 "wazin_cr": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),     # G
 "dehiba_cr": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),    # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "triangle_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "border_tn_ly": ("region", "TN", 32.00000, 10.50000, "Tunisia-Libya border (Tunisian side)"),  # K
 "zuwara_port": ("crossing", "LY", 32.92000, 12.12000, "Port of Zuwara"),                # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
}

TRAPS = {
 "uw1": ["فرانس 24", "لواء طارق بن زياد", "الفيلق الأفريقي", "سالم الإدريسي", "لا أدري", "دعم مالي",
         "العصابات التشادية", "الحقول النفطية الليبية", "الباحث الفرنسي"],
 "uw2": ["القاهرة الإخبارية", "الجيش المصري", "مصدر أمني مصري", "القيادة العامة للجيش الليبي", "الليبية",
         "قوات الدعم السريع", "الجيش السوداني", "مركز الأهرام للدراسات السياسية والاستراتيجية", "هشام الإسكندراني",
         "يرد الجميل"],
 "uw3": ["CGTN العربية", "الليبي", "التركية", "معهد شنغهاي للدراسات الدولية", "الملك إدريس السنوسي",
         "السنوات الخمس"],
 "uw4": ["قناة الآن", "عملية بركان الغضب", "شارع طرابلس", "المجلس العسكري الزنتان", "عبد الحكيم الغرياني",
         "وزارة الدفاع التركية", "المقاتلين السوريين"],
 "uw5": ["قناة الحوار", "التونسي", "الجزائرية", "الجيش الجزائري", "رافع الطرابلسي", "على الساحل"],
}

PHEN = {
 "uw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "uw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "uw3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "coverage_bases", "coverage_oil", "countries"],
 "uw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "uw5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "uw1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["مرزق"]),
  mv("airlift", "denied", "Russian forces", ["سوريا"], ["قاعدة براك الجوية"]),
 ],
 "uw2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("shipment", "denied", None, ["الكفرة"], ["السودان"], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["جبل العوينات"], ["شمال دارفور"]),
 ],
 "uw3": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("mobilise", "planned", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("shipment", "denied", "Libyan National Army", ["بنغازي"], ["ميناء السدرة"]),
 ],
 "uw4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "reported", "Misrata forces", ["جنزور"], ["تاجوراء"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], []),
 ],
 "uw5": [
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
 ],
}

NOTES = {
 "uw1": "France 24-style analysis of Fezzan: a map paragraph with 12 places and no move; LNA reinforcement "
        "Sabha->Ubari (reported), a planned deployment Al Qatrun->the Niger border (تعتزم), a conditional massing in "
        "Murzuq (إذا), a denied Russian airlift from Syria to Brak air base; Idri beside الإدريسي and «لا أدري».",
 "uw2": "Al Qahera News-style piece on Egypt's western border: Egyptian reinforcement Mohamed Naguib base->Sallum "
        "(reported), a planned LNA redeployment Tobruk->Al Jaghbub, a denied arms shipment Kufra->Sudan via the "
        "border triangle, a conditional RSF pull-back Jebel Uweinat->North Darfur; Cairo as dateline, speaker and trap.",
 "uw3": "CGTN Arabic-style analysis of the oil crescent: a Turkish landing at Khums port from Mersin (reported), "
        "Misrata's planned massing in Abu Qurayn and conditional advance on Sirte, a denied LNA shipment "
        "Benghazi->Es Sider port; Chinese evacuation of workers (civilian, not a move), King Idris, «السنوات الخمس».",
 "uw4": "Al Aan-style piece on Tripoli's belt: a GNA force Tripoli->Gharyan via Al Aziziyah (reported), a Misrata "
        "battalion Janzour->Tajura (reported flashback), Zintan's denied advance on Al Aziziyah, a planned airlift of "
        "Syrian fighters Mitiga->Turkey, a conditional Turkish pull-out from Al Watiya (لن...إلا إذا).",
 "uw5": "Alhiwar-style piece on Libya's western borders: Algerian reinforcement In Amenas->Debdeb (reported), a "
        "denied Tunisian pull-back Dehiba->Tataouine, a planned GNA marine landing Abu Sitta->Zuwara port, a "
        "conditional GNA deployment Nalut->Ghadames (وعدت...إذا); Tunis/Algiers vs the countries, الطرابلسي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uw1", "uw2", "uw3", "uw4", "uw5")
BAR_IN_TEXT = True  # the headlines have a literal "|" («تحليل |», «قراءة في المشهد |»)
