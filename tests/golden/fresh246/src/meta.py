# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # shared Libyan places
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base point, near Waddan)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # in1 Murzuq and the Chad/Niger borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # in2 Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات)
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # in3 Egypt's western border
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "border_eg_side": ("region", "EG", 30.50, 25.10, "Egypt-Libya border (Egyptian side)"),  # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),         # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 # in4 the western coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92, 12.12, "Zuwara port"),                        # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row spelled ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # in5 Russian forces
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tobruk_port": ("crossing", "LY", 32.07, 23.98, "Tobruk port"),                        # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

LNA, GNA, EGY, ALG, RUS = ("Libyan National Army", "GNA forces", "Egyptian army", "Algerian army", "Russian forces")


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "in1": ["الشرق الأوسط", "غرفة عمليات الجنوب", "علي المرزوقي", "التشادية", "التشاديين", "لا أدري",
            "الجيش الوطني الليبي"],
    "in2": ["الجيش الجزائري", "وكالة الأنباء الجزائرية", "الدعم المالي"],
    "in3": ["سامح السلومى", "المنطقة العسكرية الغربية", "قناة القاهرة الإخبارية", "الجيش الوطنى الليبى",
            "القوات المصرية"],
    "in4": ["مختار الزنتاني", "قوة حماية طرابلس", "ليبيا الأحرار", "التونسي", "بركان الغضب"],
    "in5": ["ناصر الإدريسي", "المدن", "اللبنانية", "زلة لسان", "الفيلق الأفريقي", "الروسي", "السورية"],
}

PHEN = {
    "in1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
            "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
            "coverage_oil", "coverage_neighbours", "countries"],
    "in2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba",
            "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
            "coverage_neighbours", "countries"],
    "in3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
            "countries"],
    "in4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
            "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
    "in5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "countries"],
}

MOVES = {
    "in1": [
        mv("deploy", "denied", LNA, ["القطرون"], ["الحدود مع النيجر"]),
        mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها"]),
        mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
        mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
        mv("deploy", "planned", LNA, ["مطار سبها"], ["إدري"]),
        mv("advance", "conditional", LNA, ["سبها"], ["الحدود مع تشاد"]),
    ],
    "in2": [
        mv("advance", "denied", ALG, [], ["غات"], ["معبر تين الكوم"]),
        mv("reinforce", "reported", ALG, ["إليزي"], ["جانت"]),
        mv("deploy", "reported", LNA, ["أوباري"], ["غات", "مطار غات"], ["العوينات"]),
        mv("redeploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
        mv("shipment", "reported", LNA, ["سبها"], ["غات"]),
        mv("mobilise", "conditional", None, [], ["البركت"]),
    ],
    "in3": [
        mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدى برانى"]),
        mv("airlift", "reported", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
        mv("deploy", "denied", EGY, [], ["طبرق", "الجغبوب"]),
        mv("naval_landing", "denied", EGY, [], ["خليج البمبة"]),
        mv("shipment", "planned", EGY, ["مرسى مطروح"], ["منفذ السلوم البرى"]),
        mv("advance", "conditional", EGY, [], ["سرت", "الجفرة"]),
    ],
    "in4": [
        mv("deploy", "reported", GNA, ["طرابلس"], ["زوارة"], ["صبراتة"]),
        mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
        mv("withdraw", "denied", GNA, ["مجمع مليتة"], []),
        mv("redeploy", "planned", GNA, ["زوارة"], ["معبر رأس اجدير"]),
        mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
        mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
    ],
    "in5": [
        mv("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
        mv("withdraw", "denied", RUS, ["قاعدة القرضابية"], []),
        mv("redeploy", "reported", RUS, ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
        mv("airlift", "reported", RUS, ["الجفرة"], ["باماكو", "نيامي"]),
        mv("airlift", "reported", RUS, ["روسيا"], ["مطار بنينا"]),
        mv("deploy", "planned", RUS, [], ["قاعدة الخادم"]),
        mv("mobilise", "conditional", RUS, [], ["الجفرة"]),
    ],
}

NOTES = {
    "in1": ("Asharq Al-Awsat-style Q&A with an LNA southern commander: a rumoured column Al Qatrun->Niger border denied "
            "in the question/answer pair; his own reinforcement Tamanhint air base->Murzuq via Sabha (first person); "
            "Chadian gunmen pulling out of Umm al-Aranib to Tibesti (reported by him); a planned Benina->Sabha airport "
            "airlift and onward company to Idri; a conditional advance Sabha->Chad border. Traps: the outlet, the "
            "commander's name (المرزوقي), «لا أدري», Chadian nisbas; Sharara is only a purpose, Wadi al-Shati a locator."),
    "in2": ("El Khabar-style phone interview with the mayor of Ghat: the Algerian army's crossing to Ghat via Tin Alkoum "
            "denied; Algeria's Illizi->Djanet reinforcement (reported, via the state agency); an LNA company "
            "Ubari->Ghat/Ghat airport via Al Awaynat, its planned move on to the Isayen crossing and a fuel/ammunition "
            "shipment from Sabha; local youth would mass in Al Barakat (البركت) if attacked (conditional, no canonical "
            "actor). Dateline الجزائر = Algiers; الحدود مع الجزائر = country; «الدعم المالي» is not Mali."),
    "in3": ("Youm7-style interview with a retired Egyptian general, Egyptian spelling (ى for final ي): an armoured "
            "brigade Mohamed Naguib base->Sallum via Marsa Matruh and Sidi Barrani and a Cairo West->Marsa Matruh "
            "airport airlift (reported); entry into Tobruk/Jaghbub and a landing in the Gulf of Bomba denied (asked "
            "in the question, denied in the answer, the gulf then only «الخليج»); a planned equipment shipment Marsa "
            "Matruh->Sallum land port; the conditional advance to Sirte and Jufra. Sidi Barrani's second mention (the "
            "2020 speech) and the Amsaad crossing are not movement places."),
    "in4": ("Hespress-style Q&A with a GNU defence spokesman met in Bouznika: a force Tripoli->Zuwara via Sabratha and "
            "coast-guard boats Abu Sitta naval base->Zuwara port (reported, first person); a withdrawal from the "
            "Mellitah complex denied; a planned company Zuwara->Ras Ajdir crossing; new Turkish troops at Al-Watiya "
            "denied; Misrata battalions to Zawiya if the truce breaks (conditional). Places in questions without a move "
            "(Zawiya/Zuwara), the Tunis meeting and Rabat/Bouznika are not movement places."),
    "in5": ("Al-Modon-style interview with a Libyan researcher met in Tripoli (Lebanon): Russian landing ships unloading "
            "at Tobruk port; a rumoured pull-out from Gardabiya denied («زلة لسان»); Russian kit Brak air base->Jufra "
            "air base; Ilyushin flights Jufra->Bamako/Niamey and personnel flown Russia->Benina airport (reported); a "
            "planned group for Al Khadim; conditional massing in Jufra. Small groups staying between Brak and Idri are "
            "presence, not movement; the researcher's name الإدريسي contains إدري."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("in1", "in2", "in3", "in4", "in5")
