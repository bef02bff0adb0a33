# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qis1 Sawt al-Umma (Cairo): Egypt's western border
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G* (row الحدود الليبية المصرية)
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G (row البردي)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G (row امساعد)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # qis2 Baghdad Today: Russian forces from Syria to Libya
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ghardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row طرطوس)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G* (row مرفأ طرابلس)
 "mozdok": ("town", "RU", 43.74700, 44.65700, "Mozdok"),                                # K
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # qis3 Kurdistan 24 (Erbil): Turkish forces in western Libya
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),    # G* (row إقليم طرابلس)
 "erbil": ("city", "IQ", 36.19117, 44.00943, "Erbil"),                                  # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row kind airport)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "iskenderun_nb": ("base", "TR", 36.59260, 36.18990, "Iskenderun Naval Base"),          # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 # qis4 Al Arabiya.net (Dubai): the build-up around Tripoli
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row أبو سليم)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (city row)
 "border_tn_side": ("region", "TN", 32.50000, 10.95000, "Tunisia-Libya border (Tunisian side)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qis5 Al-Mesryoon (Cairo): the south
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qis1": ["صوت الأمة", "محمود البرقاوي", "سرت أنباء", "الجيش الليبي", "الجيش الوطني الليبي", "إدريس العبيدي",
          "الأراضي الليبية", "هون من شأن", "مصريين",
          "الجانب المصري", "القوات المصرية"],
 "qis2": ["بغداد اليوم", "الفيلق الإفريقي", "الروسي", "السوريون", "مقاتل سوري", "أحمد البغدادي",
          "من هذه الزاوية"],
 "qis3": ["كوردستان 24", "الأسئلة الخمسة", "التركي", "الفصائل السورية", "الجيش الوطني السوري", "عاصفة السلام",
          "شيرزاد الموصلي"],
 "qis4": ["العربية.نت", "العاصمة الليبية", "جهاز دعم الاستقرار", "اللبنانية", "المجلس العسكري الزنتان",
          "الساعات الخمس", "الصادق الغرياني", "التونسية"],
 "qis5": ["المصريون", "النقاط الخمس", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "تشادية",
          "المنطقة العسكرية سبها", "حسن المرزوقي", "الفيلق الإفريقي", "الروسي", "الجزائرية"],
}

PHEN = {
 "qis1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qis2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qis3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qis4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qis5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qis1": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة ألماظة الجوية"], ["سيوة"]),
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"], ["البردي"]),
  mv("advance", "conditional", "Egyptian army", ["السلوم"], ["إمساعد"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["الجغبوب"], ["طبرق"]),
 ],
 "qis2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", "Russian forces", ["الخادم"], ["قاعدة القرضابية"]),
  mv("shipment", "planned", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"], ["ميناء طرابلس"]),
  mv("airlift", "denied", "Russian forces", ["موزدوك"], ["ليبيا"], ["العراق"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["الجفرة"], ["سوريا"]),
 ],
 "qis3": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة الإسكندرونة البحرية"], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["مطار مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("mobilise", "denied", "Syrian mercenaries", [], ["عفرين"]),
 ],
 "qis4": [
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["طرابلس"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["الخمس"]),
  mv("withdraw", "planned", "GNA forces", ["مطار معيتيقة"], ["معسكر اليرموك"]),
  mv("deploy", "denied", "Libyan National Army", ["الجفرة"], ["بني وليد"]),
 ],
 "qis5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنط"], ["مطار غات"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
 ],
}

NOTES = {
 "qis1": "Five-question explainer on Egypt's western border (Sawt al-Umma, Cairo): an Egyptian commando airlift "
         "Almaza air base→Siwa, an LNA reinforcement Tobruk→Jaghbub via Bardia, a conditional Egyptian advance "
         "Sallum→Emsaed (spelled إمساعد), a denied Egyptian landing at Tobruk port (Marsa Matruh only where old "
         "photos were taken) and a planned LNA shipment Benghazi→Jaghbub via Tobruk; the headline 'من سيوة إلى "
         "الجغبوب' is a span, not a move; traps 'سرت أنباء' (Sirte), 'هون من شأن' (Hun), a byline with a Barqa nisba "
         "and a spokesman named Idris.",
 "qis2": "Bulleted 'what we know so far' (Baghdad Today) on Russian forces moving from Syria to Libya: an airlift "
         "Hmeimim→Al-Khadim (Benghazi only a locator), a redeploy Al-Khadim (bullet header)→Gardabya base (Sirte "
         "only a distance reference), a planned shipment Tartus port→Tobruk port via the port of Tripoli in Lebanon "
         "(Libyan Tripoli only as seat of the GNU), a denied airlift from Mozdok to Libya over Iraq (Baghdad the "
         "denying government), and Syrian fighters in Al-Jufra who will go back to Syria only if Damascus takes "
         "their file (conditional withdraw); traps: the outlet and an analyst both containing Baghdad, 'من هذه "
         "الزاوية' (Zawiya).",
 "qis3": "Five-question explainer (Kurdistan 24, Erbil) on Turkish forces in western Libya: an airlift Erkilet air "
         "base→Al-Watiya base (Tripoli only a direction reference), a landing from Iskenderun naval base at Khoms "
         "port, a planned drone-team redeploy Al-Watiya→Misrata airport, a conditional Misrata-forces advance Abu "
         "Qurayn→Sirte (Misrata spelled both مصراتة and مصراته) and a denied massing of Syrian factions near Afrin "
         "(Ankara only the venue); trap 'الأسئلة الخمسة' contains Khoms, an analyst's name contains Mosul.",
 "qis4": "Bulleted 'what we know so far' (Al Arabiya.net, Dubai) on the build-up around Tripoli after a clash in Abu "
         "Salim: Zintan forces Zintan→Aziziya, then a conditional move from there ('منها') on Tripoli, a Misrata "
         "column Misrata→Tajura via Khoms ('الساعات الخمس' trap right after), a planned GNU pull-back Mitiga "
         "airport→Yarmouk camp, and a denied LNA deployment Al-Jufra→Bani Walid (Benghazi only the speaker's seat); "
         "Lebanese Tripoli in a comparison, Janzour town beside its municipality, Tunisia's alert on the border "
         "with Libya (Tunisian side) and Tunis.",
 "qis5": "Five-question explainer (Al-Mesryoon, Cairo) on the south: an LNA battalion Sabha→Sharara field via Ubari, "
         "Chadian rebels massing near Umm al-Aranib (Murzuq only a source's town), a planned airlift Tamanhint base "
         "(spelled تمنهنط)→Ghat airport requested by Ghat municipality, a conditional advance Qatrun→Tummo crossing "
         "and a denied Africa Corps redeploy Brak air base→Niger; Idri and Wadi al-Shati only background, "
         "'النقاط الخمس' (also a district name) and 'المنطقة العسكرية سبها' are traps, Algeria vs Algiers.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qis1", "qis2", "qis3", "qis4", "qis5")
