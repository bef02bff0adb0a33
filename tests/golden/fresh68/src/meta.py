# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and cities used as datelines / seats
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 # br1 Sabha-Ubari road
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                      # G
 "germa_gate": ("crossing", "LY", 26.54400, 13.06400, "Germa checkpoint"),                  # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "ghurayfa_gate": ("crossing", "LY", 26.52161, 13.01072, "Al Ghurayfah checkpoint"),        # G* (town row)
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 # br2 Ash Shwayrif-Brak road
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 # br3 Misrata-Sirte coastal road
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "washka_gate": ("crossing", "LY", 31.30000, 15.60000, "Al Washka checkpoint"),             # G* (town row)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                     # G
 "km50": ("crossing", "LY", 31.28, 16.07, "Kilometre 50 checkpoint west of Sirte"),         # K
 "km50_gate": ("crossing", "LY", 31.28, 16.07, "Kilometre 50 checkpoint west of Sirte"),    # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G
 "sirte_port": ("crossing", "LY", 31.214, 16.592, "Sirte port"),                            # K
 # br4 Tazirbu-Kufra road
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                              # G
 "zighan_gate": ("crossing", "LY", 25.49806, 22.11778, "Az-Zighan checkpoint"),             # G* (village row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),      # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                      # G
 "border_eg": ("region", "EG", 29.0, 25.1, "Egypt-Libya border (Egyptian side)"),           # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum-Amsaad border crossing"),  # G* (row منفذ امساعد, country EG)
 # br5 Ghadames-Derj-Sinawen road
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                        # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (town row)
 "border_dz": ("region", "DZ", 29.96750, 9.42389, "Algeria-Libya border (Algerian side, Debdeb)"),  # G* (Debdeb row)
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                        # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
}

TRAPS = {
 "br1": ["الساعة 24", "طارق بن زياد", "الأوباري", "التشادية", "لا ادري", "الشرارة الأولى"],
 "br2": ["المرصد", "بوابة الوسط", "البراكي", "المجلس العسكري الزنتان"],
 "br3": ["العين الإخبارية", "المصراتية", "شارع طرابلس", "سرت شائعات", "غرفة عمليات سرت والجفرة",
         "الجيش الوطني الليبي"],
 "br4": ["اليوم السابع", "الجيش الليبي", "سودانيين", "سبل السلام", "الواحات", "مصري", "سودانية"],
 "br5": ["الشروق", "الجيش الوطني الشعبي", "عماد الطرابلسي", "درجوا", "جزائري", "ليبية"],
}

PHEN = {
 "br1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "br2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases"],
 "br3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases"],
 "br4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "br5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "br1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["بوابة جرمة"], ["سبها"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الغريفة"], ["الحدود مع النيجر"]),
  mv("shipment", "reported", None, ["أوباري"], ["سبها"], ["بوابة جرمة"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  mv("advance", "conditional", LNA, ["سبها"], ["الغريفة"]),
  mv("withdraw", "denied", LNA, ["أوباري"], ["سبها"]),
 ],
 "br2": [
  mv("advance", "reported", GNA, ["غريان"], ["الشويرف"], ["مزدة"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "reported", LNA, [], ["إدري"]),
  mv("deploy", "planned", GNA, [], ["الحمادة الحمراء"]),
  mv("advance", "conditional", LNA, ["براك"], ["الشويرف"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["الشويرف"]),
  mv("shipment", "reported", None, ["براك"], ["غريان"], ["شويرف"]),
 ],
 "br3": [
  mv("withdraw", "reported", "Misrata forces", ["بوابة الوشكة"], ["أبوقرين"]),
  mv("withdraw", "reported", LNA, ["بوابة الكيلو 50"], ["قاعدة القرضابية"]),
  mv("withdraw", "planned", LNA, ["بويرات الحسون"], ["سرت"]),
  mv("advance", "conditional", LNA, [], ["الكيلو 50"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["سرت"]),
 ],
 "br4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["بوابة الزيغن"], ["المثلث الحدودي مع تشاد والسودان"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["الزيغن"]),
  mv("redeploy", "reported", LNA, ["حقل السرير"], ["تازربو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", LNA, [], ["تازربو"]),
  mv("shipment", "denied", None, ["مصر"], ["السودان"], ["كفرة"]),
 ],
 "br5": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب", "الحدود مع ليبيا"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["غدامس"], ["سيناون", "درج"]),
  mv("redeploy", "planned", GNA, ["غدامس"], ["حقل الوفاء"]),
  mv("advance", "conditional", LNA, ["الحمادة"], ["درج"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"], ["معبر الدبداب"]),
 ],
}

NOTES = {
 "br1": ("Sabha-Ubari road (Al-Saa 24, Sabha): road reopened at the Al-Ghurayfa gate; LNA reinforcement Tamanhint base"
         " -> Germa gate via Sabha (headline repeats it); Chadian rebels withdraw from Al-Ghurayfa to the Niger border;"
         " ammunition truck Ubari -> Sabha seized at the Germa gate (gate = via); planned company at Sharara; conditional"
         " advance Sabha -> Al-Ghurayfa; denied LNA pull-back Ubari -> Sabha. Not movements: the road closure by youths,"
         " a driver crossing the gate, the killing 40 km east of Ubari (distance reference)."),
 "br2": ("Ash Shwayrif-Brak road (Al Marsad, Ash Shwayrif): road closed by the LNA (not a movement); GNA column Gharyan ->"
         " Ash Shwayrif via Mizda; LNA airlift Jufra base -> Brak base (headline repeats it); volunteers massing at Idri"
         " (mobilise, no origin: 'أبناء وادي الشاطئ' is affiliation); planned GNA checkpoints up to the Hamada al-Hamra;"
         " conditional LNA move Brak -> Ash Shwayrif; Zintan denial; ammunition trucks Brak -> Gharyan seized at the"
         " southern gate of Ash Shwayrif ('للشويرف' -> via 'شويرف'). Stranded drivers at a checkpoint 60 km south of"
         " Ash Shwayrif: distance reference, no place on the map, no movement."),
 "br3": ("Misrata-Sirte coastal road (Al Ain News, Sirte): 5+5 reopening after Misrata units leave the Al-Washka gate for"
         " Abu Qurayn and LNA units leave the Km 50 gate for Gardabya base; planned LNA pull-back Buwairat al-Hassoun ->"
         " Sirte; conditional return to 'الكيلو 50' (no origin); LNA landing ship Benghazi -> Sirte port; denied Misrata"
         " landing near Sirte. Not movements: a food truck from Tripoli Street in Misrata, engineering teams clearing"
         " berms, the 5+5 meeting in Tunis. Traps: 'سرت شائعات' (verb 'spread'), the Sirte-Jufra operations room."),
 "br4": ("Tazirbu-Kufra road (Youm7, Cairo): Sudanese gunmen turned back at the Az-Zighan gate towards the Chad-Sudan"
         " tripoint (withdraw; headline repeats it); Subul al-Salam company Kufra -> Az-Zighan to hold the gate (reinforce:"
         " gate already manned); LNA units Sarir field -> Tazirbu (redeploy); planned airlift Benina -> Kufra airport;"
         " conditional massing in Tazirbu; denied arms shipments Egypt -> Sudan via 'كفرة'. Not movements: trucks between"
         " the two towns, smuggling networks in south-eastern Libya, the Sallum crossing and the border phrase."),
 "br5": ("Ghadames-Derj-Sinawen road (Echorouk, Algiers): Algerian army reinforcement In Amenas -> Debdeb and the border"
         " with Libya; GNA force Nalut -> Ghadames via Sinawen and Derj, taking over the eastern gate (deploy; headline"
         " and lede summary repeat it); planned GNA company Ghadames -> Al Wafa field; conditional LNA advance Hamada ->"
         " Derj; Algerian denial of units entering Ghadames via the Debdeb crossing. Traps: 'درجوا' (Derj inside a verb),"
         " minister 'عماد الطرابلسي'; dateline 'الجزائر' is Algiers, 'حدود الجزائر' the country."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("br1", "br2", "br3", "br4", "br5")
