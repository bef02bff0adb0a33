# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G* (row spelled ربات)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                  # G* (row spelled لأندأن)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G
 # hz1 Warshefana and the Nafusa
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                 # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                           # G
 "warshefana": ("region", "LY", 32.65, 12.90, "Warshefana"),                              # K
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                        # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Tripoli port"),                         # K
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                               # G
 # hz2 Sirte-Jufra
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra": ("district", "LY", 29.12, 15.94, "Al Jufra"),                                   # K (area point near Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port (oil terminal)"),  # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Benghazi port"),                       # K
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                           # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                     # G (row إقليم طرابلس)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 # hz3 Fezzan and Chad
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "border_lytd": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                              # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),             # G* (town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 # hz4 the Algerian-Tunisian-Libyan border
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G* (row spelled عين أميناس)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "triangle_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G (row المثلث الحدودي مع تونس والجزائر)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba crossing"),            # G* (row منفذ وازن, country TN)
 # hz5 Kufra and the Sudan war
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "triangle_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                              # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                        # G
 "tina": ("town", "SD", 15.03, 22.82, "Tina (Sudan)"),                                    # K
 "border_sdtd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),                # G* (row الحدود السودانية التشادية)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (airport row مطار شرق العوينات)
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border"),           # G* (row الحدود المصرية السودانية)
 "argeen": ("crossing", "EG", 21.99, 31.30, "Arqin (Argeen) land port"),                  # K
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "hz1": ["الساحل", "فاطمة الزهراء", "المجلس العسكري الزنتان", "عماد الطرابلسي", "ليبيا الوطنية",
         "الجيش الوطني الليبي"],
 "hz2": ["ليبية", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الروسي", "غرفة عمليات تحرير سرت والجفرة",
         "المصري"],
 "hz3": ["الجيش الوطني الليبي", "جبهة التناوب والوفاق في تشاد", "كتيبة شهداء أم الأرانب", "التشادية",
         "عبد الله القطروني", "حركة تحرير السودان", "الليبية", "التشاديون", "المغربي",
         "الإدريسي"],
 "hz4": ["الناحية العسكرية الرابعة", "ليبية", "العقيد علي الغدامسي", "الجانب التونسي", "الجانب الليبي",
         "جزائري", "الإدريسي", "الليبية"],
 "hz5": ["سودانيان", "مصري", "الجيش الوطني الليبي", "القوة المشتركة لحركات الكفاح المسلح في دارفور", "السوداني",
         "الليبية", "مالي"],
}

PHEN = {
 "hz1": ["clitics", "multiword", "person_trap", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_bases", "vague_area", "ambiguity_tripoli"],
 "hz2": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "town_vs_district", "coverage_bases",
         "coverage_oil", "vague_area", "countries", "ambiguity_tripoli"],
 "hz3": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "border_phrase", "vague_area",
         "coverage_neighbours", "countries", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district",
         "coverage_bases"],
 "hz4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_neighbours", "countries", "ambiguity_idri", "coverage_oil", "coverage_crossings"],
 "hz5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries", "coverage_crossings"],
}

MOVES = {
 "hz1": [
  mv("deploy", "reported", GNA, ["معسكر التكبالي"], ["العزيزية"], ["قصر بن غشير"]),
  mv("deploy", "planned", GNA, [], ["بئر الغنم"]),
  mv("redeploy", "reported", GNA, ["الزهراء"], ["الماية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
 ],
 "hz2": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["الجفرة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
 ],
 "hz3": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("withdraw", "reported", "Chadian armed groups", ["مرزق"], ["الحدود مع تشاد"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", None, ["فايا لارجو"], ["زوار"]),
  mv("advance", "denied", "Sudanese armed groups", ["أم الأرانب"], ["مرزق"]),
  mv("advance", "conditional", LNA, [], ["القطرون"]),
 ],
 "hz4": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["غدامس"], ["درج"]),
  mv("reinforce", "planned", GNA, ["نالوت"], ["غدامس"]),
  mv("deploy", "reported", GNA, [], ["المثلث الحدودي", "حقل الوفاء"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
 ],
 "hz5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["وادي هور"], ["الطينة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["جبل العوينات"]),
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات", "منفذ أرقين"]),
 ],
}

NOTES = {
 "hz1": ("Al-Mayadeen, Tripoli: four named units of three sides in the Warshefana belt — the 444 Brigade (GNU) "
         "Tekbali camp->Al-Aziziyah via Qasr Bin Ghashir and its planned company for Bir al-Ghanam, the 55th Battalion "
         "known by its commander (al-Dhawi, GNU-aligned) pulling back Az-Zahra->Al-Maya, Juwaili's Zintan column "
         "Zintan->Al-Asabaa denied by the Zintan military council, and the Misrata Mahjoub brigade's conditional sea "
         "move Misrata->Tripoli port. Traps: «عماد الطرابلسي», «مدرسة فاطمة الزهراء», «المجلس العسكري الزنتان», "
         "«والساحل» (the coast, not the Sahel)."),
 "hz2": ("Youm7, Cairo: the Sirte-Jufra line with units of four sides — LNA 128 Brigade (al-Zadma) Jufra air base->Sirte "
         "via Waddan, the Tariq bin Ziyad brigade's planned sea move Benghazi port->Ras Lanuf port, the Misrata Joint "
         "Force massing at Abu Qurayn and its 166 Battalion's conditional advance on Al-Washka, a denied Africa Corps "
         "pull-out Gardabiya air base->Jufra beside a reported Russian Il-76 airlift Al Khadim->Gardabiya; «إقليمي برقة "
         "وطرابلس» is Tripolitania, «رئاسة الأركان في طرابلس» the city; the GNU «غرفة عمليات تحرير سرت والجفرة» only "
         "issues a statement; Sisi's 2020 «تدخل مباشر» threat names no place and is not a movement."),
 "hz3": ("Hespress, Rabat: the Fezzan after Murzuq clashes — the LNA 116 Battalion known as «كتيبة جدي» Sabha->Murzuq "
         "via Traghen and its fuel/ammunition trucks Sabha->Murzuq, FACT fighters pulling out Murzuq->the Chad border via "
         "Al Qatrun, a Tariq bin Ziyad company Idri->Tamanhint air base, the Chadian army's planned Faya-Largeau->Zouar "
         "move (actor null), the SLM-Minawi's denied move Umm al-Aranib->Murzuq and the 116's conditional advance on "
         "Al Qatrun; a Tebu unit named after Umm al-Aranib, a spokesman «القطروني» and an analyst «الإدريسي» are traps; "
         "«بلدية مرزق» is the district, «الجزائر العاصمة» Algiers."),
 "hz4": ("Echorouk, Algiers: the Ghadames/Debdeb border — the Algerian 4th Military Region's reinforcement In "
         "Amenas->Debdeb, an LNA Tariq bin Ziyad column Ash-Shwayrif->Ghadames via Derj denied, a planned GNU "
         "border-guard company Nalut->Ghadames and its patrols to the triangle and the Al Wafa field, and Tunisia's "
         "conditional reinforcement of Dehiba. Dateline «الجزائر» is Algiers; the two later «الجزائر» are the country; "
         "«العقيد علي الغدامسي» and «أحمد الإدريسي» are traps."),
 "hz5": ("BBC Arabic, London: the Libya-Egypt-Sudan triangle — the LNA Subul al-Salam company Kufra->Jebel Uweinat, the "
         "106 Brigade's planned airlift Benina air base->Kufra airport, the Darfur Joint Force (allied to the Sudanese "
         "army) pulling back Wadi Howar->Tina, RSF massing at Al Malha and their denied move Al Malha->Jebel Uweinat, a "
         "denied fuel/ammunition run Kufra->Al Malha (no owner named, actor null) and Egypt's conditional reinforcement "
         "of East Oweinat and the Arqin crossing; two opposed Sudanese factions share the actor «Sudanese armed groups»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hz1", "hz2", "hz3", "hz4", "hz5")
