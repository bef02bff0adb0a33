# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),        # G (row منفذ وازن)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 # ux1 Fezzan, centre, south-east (Afrigate News)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),         # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 # ux2 the west (Al-Manara Media)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),          # G* (town row)
 "misrata_port": ("crossing", "LY", 32.3600, 15.2150, "Port of Misrata (Qasr Ahmed)"),   # K
 "mersin_port": ("crossing", "TR", 36.7950, 34.6450, "Port of Mersin"),                  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 # ux3 the Tunisian south-east (Jawhara FM)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasjdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "border_tn_side": ("region", "TN", 32.55, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 # ux4 the east and the Egyptian border (Sada El Balad)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_port": ("crossing", "EG", 31.6020, 25.0600, "Sallum land port"),                # K
 "tobruk_port": ("crossing", "LY", 32.0740, 23.9780, "Port of Tobruk"),                  # K
 "benghazi_port": ("crossing", "LY", 32.1100, 20.0530, "Port of Benghazi"),              # K
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 # ux5 the Sudan-Libya-Chad-Egypt borders (Ultra Sudan)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur State"),            # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                     # G* (row تيني)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                     # G* (row فدا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G* (row نجامينا)
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                   # G* (airport row)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
}

TRAPS = {
 "ux1": ["بوابة إفريقيا الإخبارية", "علي السبهاوي", "حرس المنشآت النفطية", "غرفة عمليات سرت الجفرة", "تونسي"],
 "ux2": ["ليبية", "السنوات الخمس", "شارع الزاوية", "محمد الإدريسي", "تركية", "اللبنانية"],
 "ux3": ["الجوهرة أف أم", "الليبية", "نهج ليبيا", "محسن الطرابلسي", "إذاعة تطاوين", "المنطقة العسكرية الغربية"],
 "ux4": ["مصرية", "صدى البلد", "المصرية", "جامعة عمر المختار", "مصري", "المنطقة الغربية العسكرية", "السودانيين"],
 "ux5": ["الترا سودان", "السودانية", "الليبية", "سوداني", "التشادية", "تشادية", "التشادي", "المصري", "دعم مالي"],
}

PHEN = {
 "ux1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "ux2": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "ux3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ux4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ux5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ux1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "قلعة سبها"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["القطرون"], ["سبها"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
 ],
 "ux2": [
  mv("deploy", "reported", GNA, ["مصراتة"], ["الخمس", "ميناء الخمس"], ["زليتن"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الأصابعة"]),
  mv("deploy", "planned", GNA, ["قاعدة الوطية الجوية"], ["نالوت"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["ترهونة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("withdraw", "reported", GNA, ["مصفاة الزاوية"], ["الحرشة"]),
 ],
 "ux3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["راس جدير"]),
  mv("deploy", "denied", GNA, ["زوارة"], ["رأس اجدير"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("mobilise", "conditional", GNA, [], ["نالوت", "منفذ وازن"]),
 ],
 "ux4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "منفذ السلوم البري"], ["سيدي براني"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("withdraw", "denied", LNA, ["الجغبوب"], ["طبرق"]),
  mv("redeploy", "planned", LNA, ["بنغازي"], ["درنة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["سيوة"]),
  mv("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"]),
 ],
 "ux5": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("shipment", "reported", None, ["الكفرة"], [], ["المثلث الحدودي"]),
  mv("withdraw", "denied", LNA, ["جبل العوينات"], []),
  mv("airlift", "planned", None, ["أنجمينا"], ["فادا"]),
  mv("deploy", "conditional", "Egyptian army", [], ["شرق العوينات"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المالحة"], ["وادي هور"]),
 ],
}

NOTES = {
 "ux1": "Afrigate-style weekly bulletin of a Libyan monitor (7-13 Feb 2026), seven dated entries: LNA reinforcement "
        "Tamanhint air base->Sabha/Sabha castle (reported), Benina->Kufra airport airlift (planned), Qatrun->Sabha "
        "pull-out denied by the mayor, Jufra air base->Sirte reinforcement 'إذا' (conditional), Subul al-Salam company "
        "Kufra->Jebel Uweinat (reported, origin by anaphora «المدينة»); no-move entries: a clash near Sharara, a "
        "kidnapped Tunisian driver bound for Algeria, an aid convoy from Ajdabiya, field teams in Idri and Murzuq.",
 "ux2": "Al-Manara-style weekly bulletin of a Tripoli monitor (14-20 Mar 2026): GNA battalion Misrata->Al-Khums/Khums "
        "port via Zliten (reported), Zintan massing in Al-Asabaa denied (destination by anaphora «البلدة»), Watiya->Nalut "
        "company (planned), Misrata forces into Tarhuna 'في حال' (conditional), a Turkish landing ship Mersin->Misrata "
        "port (reported), an SSA pull-back Zawiya refinery->Al-Harsha (reported); no-move entries: Janzour clashes, a "
        "shooting on Zawiya Street in Tripoli, a ship from Tripoli (Lebanon) inspected.",
 "ux3": "Jawhara FM-style summary of a Zarzis border monitor's bulletin (4-10 Apr 2026, Tunisian month names): Tunisian "
        "army Medenine->Ben Gardane (reported), GNA column from Tripoli to the Ras Jdir crossing (reported; origin "
        "«العاصمة الليبية», destination «المعبر»), Zuwara->Ras Ajdir force denied by the Libyan interior ministry, "
        "Remada->Dehiba unit (planned), GNA massing in Nalut and near Wazin 'إذا' (conditional); no-move entries: the "
        "crossing's closure, seized fuel on «نهج ليبيا», migrants' bodies off Zarzis (set off from Sabratha).",
 "ux4": "Sada El Balad-style report on an Arab monitor's weekly bulletin (9-15 May 2026): Egyptian border guards Marsa "
        "Matruh->Sallum/the Sallum land port via Sidi Barrani (reported), an LNA landing ship Benghazi port->Tobruk port "
        "(reported), a Jaghbub->Tobruk pull-out denied (origin «الواحة»), Benghazi->Derna battalion (planned, origin "
        "«المدينة»), Egyptian units to Siwa 'إذا' (conditional, «الواحة»), LNA ammunition trucks Ajdabiya->Kufra "
        "(reported); no-move entries: Omar Al-Mukhtar University in Al Bayda, Sudanese refugees via the triangle.",
 "ux5": "Ultra Sudan-style weekly bulletin of a border monitor (12-18 Sep 2026): RSF column Mellit->Al Malha (reported), "
        "18 fuel/ammunition trucks Kufra->Sudan via the border triangle, owner unknown (reported), Subul al-Salam "
        "pull-out from Jebel Uweinat denied, a Chadian army airlift N'Djamena->Fada (planned; not a canonical actor), "
        "Egyptian units to East Oweinat 'في حال' (conditional), RSF pull-back Al Malha->Wadi Howar (reported); "
        "no-move entry: refugees reaching Tiné.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ux1", "ux2", "ux3", "ux4", "ux5")
