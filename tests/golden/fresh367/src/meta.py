# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.978, "Port of Tobruk"),                   # K
 # ne1 Tunisian border (Babnet)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tnside": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ne2 Egyptian border (Al-Wafd)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_egside": ("region", "EG", 31.2, 25.15, "Egypt-Libya border (Egyptian side)"),  # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Oasis North Airport"),         # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # ne3 Algerian border (Ennahar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "border_dzside": ("region", "DZ", 29.3, 9.6, "Algeria-Libya border (Algerian side)"),  # K
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # ne4 Sudanese border (Al-Rakoba)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),             # G (district row)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 # ne5 central coast and the sea (Al-Jarida)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.285, "Port of Al Khums"),                  # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                 # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TN_ARMY, EG_ARMY, DZ_ARMY = ("Libyan National Army", "GNA forces", "Tunisian army", "Egyptian army",
                                        "Algerian army")

MOVES = {
 "ne1": [
  mv("reinforce", "denied", TN_ARMY, ["مدنين"], ["بن قردان"]),
  mv("redeploy", "reported", TN_ARMY, ["رمادة"], ["الذهيبة"]),
  mv("mobilise", "conditional", TN_ARMY, [], ["ولاية مدنين"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["معبر راس اجدير"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["منفذ وازن"]),
 ],
 "ne2": [
  mv("advance", "denied", EG_ARMY, ["السلوم"], ["الجغبوب"]),
  mv("reinforce", "reported", EG_ARMY, ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "denied", EG_ARMY, [], ["ميناء طبرق"]),
  mv("airlift", "planned", EG_ARMY, ["قاعدة محمد نجيب العسكرية"], ["مطار سيوة"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الجغبوب"], ["طبرق"]),
  mv("withdraw", "conditional", LNA, ["الجغبوب"], ["طبرق"]),
 ],
 "ne3": [
  mv("mobilise", "denied", DZ_ARMY, [], ["الدبداب"]),
  mv("redeploy", "reported", DZ_ARMY, ["عين أمناس"], ["الدبداب"]),
  mv("reinforce", "conditional", DZ_ARMY, ["إليزي"], ["جانت"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("withdraw", "reported", LNA, ["إدري"], ["براك"]),
 ],
 "ne4": [
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "ne5": [
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق", "قاعدة الجفرة الجوية"], ["طرابلس"]),
  mv("mobilise", "planned", "Misrata forces", [], ["أبوقرين"]),
  mv("withdraw", "reported", GNA, ["الوشكة"], ["مصراته"]),
  mv("advance", "conditional", LNA, ["سرت"], ["أبوقرين"]),
 ],
}

TRAPS = {
 "ne1": ["باب نات", "محمد الطرابلسي", "الطرابلسي", "موزاييك أف أم", "البوابة الليبية", "سوق ليبيا"],
 "ne2": ["بوابة الوفد", "الجيش المصري", "الأراضي الليبية", "المنطقة الغربية العسكرية", "ليبيا الحدث",
         "القيادة العامة", "عقيلة صالح", "مجلس النواب الليبي"],
 "ne3": ["النهار أونلاين", "وكالة الأنباء الجزائرية", "الوادي", "عبد القادر الإدريسي", "الإدريسي",
         "الجيش الوطني الليبي", "الجانب الجزائري", "الناحية العسكرية الرابعة",
         "الجيش الوطني الشعبي"],
 "ne4": ["قوات الدعم السريع", "الدعم السريع", "الراكوبة", "دعماً مالياً", "محمد إدريس ديبي", "سودان تربيون",
         "القوة المشتركة لحركات دارفور", "الجيش الليبي", "القوات المسلحة السودانية", "الرئيس التشادي"],
 "ne5": ["الجريدة", "وزارة الدفاع التركية", "شائعات قد سرت", "الساحل الليبي", "وزارة الدفاع الروسية", "نوفا",
         "ليبيا الأحرار", "غرفة عمليات سرت والجفرة"],
}

PHEN = {
 "ne1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ne2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ne3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ne4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ne5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
}

NOTES = {
 "ne1": "Babnet (Tunis), Ben Gardane dateline: the Tunisian MoD denies a Medenine→Ben Gardane reinforcement and "
        "calls the pictures a Remada→Dehiba rotation (reported redeploy); reservists would be massed in Medenine "
        "governorate only «إذا تدهور» (conditional); the GNU Interior confirms a Zuwara→Ras Ajdir deployment "
        "and a planned Nalut→Wazin company; a Libyan claim that the force came from Zawiya is corrected (Zawiya is "
        "no movement place). Traps: spokesman «الطرابلسي», «سوق ليبيا», Mosaique FM; تونس country vs «العاصمة تونس».",
 "ne2": "Al-Wafd (Cairo): the military spokesman denies an Egyptian advance Sallum→Jaghbub and a naval landing at "
        "Tobruk port; the pictures are a reinforcement Marsa Matruh→Sallum via Sidi Barrani (reported); a planned "
        "airlift Mohamed Naguib base→Siwa airport; the LNA confirms the column is its own (Benghazi→Jaghbub via "
        "Tobruk, reinforce) and that it returns to Tobruk «فور استقرار الوضع» (conditional withdraw). The border "
        "phrase after «لتأمين» is a purpose, not a destination. Traps: «عقيلة صالح», «ليبيا الحدث».",
 "ne3": "Ennahar (Algiers): the MoD denies a «حشد» at Debdeb (denied mobilise) and calls it an In Amenas→Debdeb "
        "rotation (reported redeploy); a conditional Illizi→Djanet reinforcement; on the Libyan side an airlift "
        "Tamanhint air base→Ghat airport, a planned company to the Isayen crossing (no origin written) and a "
        "corrected pull-out Idri→Brak (the claimed Sabha is no movement place). الجزائر = Algiers (dateline) and the "
        "country; Idri town vs officer «الإدريسي»; «الوادي» is the wadi, not El Oued.",
 "ne4": "Al-Rakoba (Port Sudan): the RSF denies an advance Al Malha→Kufra via the border triangle; the Sudanese "
        "army reports an RSF fuel-and-ammunition convoy Kufra→Al Malha via Jebel Uweinat (shipment); a local denial "
        "corrected by the LNA's confirmation of the Subul al-Salam redeploy Kufra→Jebel Uweinat (reported); a "
        "planned Benina→Kufra airport air bridge and a conditional LNA build-up on the Sudan border. Traps: "
        "«محمد إدريس ديبي» (Idri), «دعماً مالياً» (Mali), «سودان تربيون», Darfur joint force.",
 "ne5": "Al-Jarida (Kuwait), Tripoli dateline: Ankara denies a landing at Al-Khums port by ships from Mersin; a "
        "Russian MoD cargo ship Tartus→Tobruk port via Lebanese Tripoli, the cargo trucked on to Jufra air base "
        "(one shipment; the Nova first version's Benghazi port is no movement place); Misrata's joint force plans "
        "to mass at Abu Qurayn; the Al-Washka commander corrects «انسحاب إلى طرابلس» to a return to Misrata "
        "(reported withdraw); the LNA's conditional advance Sirte→Abu Qurayn. Trap: «شائعات قد سرت» (verb).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ne1", "ne2", "ne3", "ne4", "ne5")
