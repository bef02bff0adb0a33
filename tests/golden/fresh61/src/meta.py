# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),              # G* (Benghazi city row)
 # bk1 Tripoli, the Nafusa mountains and the Tunisian border
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),          # G* (town row)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tnside": ("region", "TN", 32.60, 11.10, "Tunisia-Libya border (Tunisian side)"),  # K
 # bk2 Misrata-Sirte and the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),            # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (written أبو قرين)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider"),                           # G* (row ميناء السدرة)
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # bk3 Algeria, Fezzan and the Niger border
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "border_dzside_ly": ("region", "DZ", 25.30, 9.70, "Algeria-Libya border (Algerian side)"),  # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G (written عين قزام)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (written أساماكا)
 "border_dzside_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # bk4 Kufra, Sudan and Chad
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13, 26.18, "Al Malha"),                                     # K
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sarra": ("town", "LY", 21.68770, 21.83090, "Maaten al-Sarra"),                        # G* (row قاعدة معطن السارة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # bk5 Egypt's western border and Tobruk
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G (written أمساعد)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_egside": ("region", "EG", 30.80, 25.30, "Egypt-Libya border (Egyptian side)"),  # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة, matched by grep شرق ليبيا)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city / naval base row)
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Airport (Tobruk)"),  # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G (written أمساعد)
}

TRAPS = {
 "bk1": ["إندبندنت عربية", "عبد الله الغرياني", "المنطقة العسكرية الغربية", "من هذه الزاوية", "لا أدري", "التونسي"],
 "bk2": ["العين الإخبارية", "القوة المشتركة مصراتة", "أسامة الزليتني", "طارق بن زياد", "الليبي"],
 "bk3": ["الخبر", "ليبيا الأحرار", "الجيش الوطني الشعبي", "جزائرية", "الليبي"],
 "bk4": ["سودان تريبيون", "الدعم السريع", "مالي", "السوداني", "تشاديين", "الليبي", "مصرية", "ليبية"],
 "bk5": ["اليوم السابع", "المنطقة الغربية العسكرية", "الجغبوبي", "مصرية", "الليبي"],
}

PHEN = {
 "bk1": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil"],
 "bk3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "bk4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "bk5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, MIS, ZIN = "GNA forces", "Libyan National Army", "Misrata forces", "Zintan forces"
MOVES = {
 "bk1": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["نالوت"], ["غريان", "يفرن"]),        # «دفعنا بكتيبتين ... ووحداتنا وصلت»
  mv("withdraw", "reported", ZIN, ["منفذ وازن"], ["الزنتان"]),                        # «التي كانت تتمركز في المنفذ فقد عادت إلى الزنتان»
  mv("deploy", "denied", MIS, ["مصراتة"], ["الحدود مع تونس"]),                        # question's claim, «لم نطلب ... ولم تتحرك»
  mv("withdraw", "conditional", GNA, ["معبر رأس اجدير"]),                             # «لن نسحب قواتنا من المعبر إلا إذا»
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),               # «الجيش التونسي نقل وحدات إضافية»
  mv("redeploy", "planned", GNA, ["قاعدة الوطية"], ["منفذ وازن"]),                    # «سننقل الأسبوع المقبل سرية استطلاع»
 ],
 "bk2": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),                  # «وحداتنا وصلت إلى سرت ... قادمة من»
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),        # «قمنا أيضاً بنقل سرية مدرعة بحراً»
  mv("advance", "conditional", LNA, ["سرت"], ["أبو قرين"]),                           # «لن نتقدم ... ما لم»
  mv("reinforce", "planned", LNA, ["اجدابيا"], ["البريقة", "السدرة"]),                # «ستدفع الأسبوع المقبل بتعزيزات»
  mv("reinforce", "denied", MIS, ["مصراته"], ["الوشكة"]),                             # «لم نرسل أي تعزيزات إلى الوشكة»
  mv("mobilise", "conditional", MIS, [], ["أبو قرين"]),                               # «إذا تقدموا ... فسنحشد»
 ],
 "bk3": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["جانت"]),                     # «نُقلت جواً من ورقلة إلى جانت»
  mv("deploy", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),               # «انتشرت براً انطلاقاً من تمنراست»
  mv("withdraw", "conditional", "Algerian army", ["جانت"], ["إليزي"]),                # «لن تعودوا ... إلا بعد أن»
  mv("advance", "denied", "Algerian army", [], ["غات"]),                              # «لم تدخل أي وحدة جزائرية إلى غات»
  mv("deploy", "planned", LNA, ["إدري"], ["غات"], ["أوباري"]),                        # «سترسل كتيبة من إدري إلى غات مروراً بأوباري»
  mv("withdraw", "reported", LNA, ["حقل الشرارة"], ["إدري"]),                         # flashback «قد انسحبت الشهر الماضي»
 ],
 "bk4": [
  mv("advance", "planned", None, ["الدبة"], ["المثلث الحدودي"]),                      # Sudanese army «قواتنا ستتقدم»
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["السودان"]),         # accusation, then «لم تخرج من الكفرة شاحنة»
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),               # «حشدنا قواتنا في المالحة»
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),  # «ومنها دفعنا بقوة ... ووحداتنا وصلت إليه»
  mv("deploy", "denied", LNA, [], ["جبل العوينات"]),                                  # «لم نرسل أي وحدات إلى جبل العوينات»
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["معطن السارة"]),                   # «إذا اقترب المسلحون ... فسندفع بكتيبة»
  mv("withdraw", "reported", "Chadian armed groups", ["ربيانة"], ["الحدود مع تشاد"]),  # «انسحبوا الأسبوع الماضي نحو»
 ],
 "bk5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "سيوة"]),    # «دفعت بعناصر (إضافية)»
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["الحدود مع ليبيا"]),      # «لم ولن تعبر الحدود»، نافياً دخول مدرعات
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),             # «أرسلنا بحراً ... نزلت صباح الأحد»
  mv("airlift", "planned", LNA, ["مطار طبرق"], ["الجغبوب"]),                          # «وسننقل جواً سرية منها»
  mv("withdraw", "conditional", LNA, ["منفذ أمساعد"]),                                # «لن نسحب قواتنا ... إلا إذا»
  mv("shipment", "reported", LNA, ["طبرق"], ["الجغبوب"]),                             # «قافلة إمداد ... وصلت محمّلة بالوقود والذخيرة»
 ],
}

NOTES = {
 "bk1": "Q/A interview: the GNA Western Region commander tells his moves in the first person (دفعنا، وحداتنا وصلت، لن نسحب قواتنا، سننقل); "
        "a Zintan company's return told by him; the question's claim of Misrata forces at the Tunisian border denied (لا أدري … لم نطلب); "
        "the Tunisian army's move reported second-hand (الأشقاء أبلغونا); quote inside quote with the mayor of Zuwara.",
 "bk2": "LNA spokesman's press conference in Benghazi (وحداتنا وصلت، قمنا بنقل … بحراً، ستدفع) and a brigade commander's message quoted "
        "inside his words (لن نتقدم … ما لم); the Misrata Joint Force spokesman denies reinforcing Al-Washka and threatens to mobilise "
        "at Abu Qurayn; Benghazi (venue), Tripoli, Geneva are not movement places.",
 "bk3": "Algerian MoD communiqué (airlift Ouargla→Djanet, land deployment Tamanrasset→In Guezzam, a commander's conditional order "
        "quoted inside it); the Ghat mayor's TV statement denies Algerian units in Ghat and reports the LNA's planned column "
        "Idri→Ghat via Ubari; a flashback withdrawal Sharara→Idri.",
 "bk4": "Sudanese army spokesman (planned advance from Ad Dabbah) and an RSF field commander's video (حشدنا … ومنها دفعنا … ووحداتنا "
        "وصلت); the Kufra LNA commander denies fuel trucks to Sudan and a move to Jebel Uweinat and makes a conditional threat; a "
        "Rebiana elder reports Chadian fighters leaving towards the Chad border.",
 "bk5": "Egyptian military spokesman's statement (reinforcements to Sallum and Siwa; «لم ولن تعبر» denial of a move into Jaghbub); "
        "the LNA Tobruk commander in the first person (أرسلنا بحراً، سننقل جواً، لن نسحب … إلا إذا) with Egypt's words quoted inside "
        "his; local sources report a supply convoy Tobruk→Jaghbub.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bk1", "bk2", "bk3", "bk4", "bk5")
