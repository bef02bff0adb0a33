# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                                 # G
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                     # G
 # capitals and datelines
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row نجامينا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 # Niger: Agadez region, Kawar, Djado, Lake Chad shore
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                  # G (district row أغاديس)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G* (row مطار أغاديس)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                       # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                 # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                      # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                           # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                    # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                    # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                        # G
 "toummo_ne": ("region", "NE", 22.65000, 14.20000, "Toummo area (Niger side)"),             # G* (row منفذ التوم)
 "border_ne_ly": ("region", "NE", 22.80000, 13.80000, "Niger-Libya border (Niger side)"),   # K
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                              # G (row أسامكا)
 "assamaka_crossing": ("crossing", "NE", 19.36667, 5.80000, "Assamaka border post"),        # G* (village row)
 "nguigmi": ("town", "NE", 14.24950, 13.10920, "N'Guigmi"),                                 # K
 "bosso": ("town", "NE", 13.69800, 13.31100, "Bosso"),                                      # K
 "agadem": ("oilfield", "NE", 16.83000, 13.28000, "Agadem oil field"),                      # K
 "lake_chad": ("region", "TD", 13.30000, 14.20000, "Lake Chad"),                            # K
 # Algeria
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                             # G (row إن قزام)
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                       # G (row تين زواتين)
 # Chad
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),             # G* (row مطار فايا لارجو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardaï"),                                    # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                      # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G (row كوري بوقودي)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                    # G (row أبشي)
 "bol": ("town", "TD", 13.45860, 14.71470, "Bol"),                                          # K
 "border_td_ly": ("region", "TD", 22.20000, 17.50000, "Chad-Libya border (Chad side)"),     # K
 # Libya
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),            # G* (town row)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G
 "tripoint_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
}

NIGER_ARMY = None      # the Nigerien army is not a canonical actor (README: non-state "armed groups" only for Chad/Sudan)
CHAD_ARMY = None       # idem for the Chadian army
LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "es1": ["إذاعة فرنسا الدولية", "مبلغ مالي", "القطروني", "وكالة الأنباء الجزائرية"],
    "es2": ["غرفة عمليات الجنوب الغربي", "لا أدري", "عادل الطرابلسي"],
    "es3": ["تيلي ساحل", "ولاية غرب إفريقيا", "دعم مالي"],
    "es4": ["وكالة الأنباء التشادية", "زوار السوق", "جبهة التناوب والوفاق في تشاد"],
    "es5": ["إدريس ديبي"],
}

PHEN = {
    "es1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
            "countries"],
    "es2": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
            "coverage_crossings", "coverage_neighbours", "countries"],
    "es3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
            "coverage_neighbours", "countries"],
    "es4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "vague_area", "border_phrase", "coverage_neighbours", "countries"],
    "es5": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
            "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "es1": [
        mv("reinforce", "reported", NIGER_ARMY, ["ديركو"], ["سيغيدين"]),
        mv("airlift", "planned", NIGER_ARMY, ["أغاديز"], ["مطار ديركو"]),
        mv("shipment", "reported", None, ["القطرون"], ["جادو"], ["منفذ التوم"]),
        mv("advance", "denied", "Algerian army", [], ["أساماكا"]),
        mv("deploy", "conditional", "Algerian army", ["تمنراست"], ["عين قزام", "تين زاوتين"]),
    ],
    "es2": [
        mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة ماداما"], ["مطار أغاديز"]),
        mv("mobilise", "reported", LNA, [], ["قاعدة الويغ", "تجرهي"]),
        mv("redeploy", "planned", LNA, ["إدري"], ["القطرون"]),
        mv("withdraw", "denied", LNA, ["منفذ التوم"], []),
        mv("advance", "conditional", NIGER_ARMY, [], ["تومو"]),
    ],
    "es3": [
        mv("redeploy", "reported", NIGER_ARMY, ["انغيغمي"], ["أغاديز"]),
        mv("naval_landing", "reported", NIGER_ARMY, ["بوسو"], ["بحيرة تشاد"]),
        mv("withdraw", "planned", NIGER_ARMY, ["أرليت"], ["أغاديز"]),
        mv("shipment", "denied", None, ["سبها"], ["أغاديز"], ["ديركو"]),
        mv("mobilise", "conditional", None, [], ["حقل أغاديم"]),
    ],
    "es4": [
        mv("airlift", "reported", CHAD_ARMY, ["أبشة"], ["مطار فايا"]),
        mv("advance", "reported", CHAD_ARMY, ["برداي"], ["أوزو"]),
        mv("redeploy", "planned", CHAD_ARMY, ["بول"], ["فايا لارجو"]),
        mv("naval_landing", "conditional", CHAD_ARMY, ["بول"], ["بحيرة تشاد"]),
        mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوغودي", "الحدود مع ليبيا"]),
    ],
    "es5": [
        mv("deploy", "reported", CHAD_ARMY, ["فايا", "زوار"], ["كوري بوغودي"]),
        mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["أم الأرانب"]),
        mv("reinforce", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"]),
        mv("airlift", "denied", LNA, ["مطار سبها"], ["قاعدة الويغ"]),
        mv("advance", "conditional", CHAD_ARMY, [], ["الحدود مع ليبيا"]),
    ],
}

NOTES = {
    "es1": "Echorouk (Algiers): a Nigerien reinforcement Dirkou→Séguédine after an ambush north of Bilma, a planned "
           "special-forces airlift Agadez→Dirkou airport, a smugglers' arms shipment Al Qatrun→Djado via the Toummo "
           "crossing, Algeria's denied incursion into Assamaka and a conditional Algerian deployment Tamanrasset→In "
           "Guezzam/Tin Zaouatine; headline الجزائر = the country, dateline الجزائر = Algiers; أغاديس/أغاديز spellings.",
    "es2": "Akhbar Al Aan (Dubai): a Russian Africa Corps airlift Jufra air base→Madama base via Agadez airport, an LNA "
           "build-up at Al Wigh base and Tajarhi, a planned LNA company Idri→Al Qatrun, the LNA's denied pull-out from "
           "the Toummo crossing and a conditional Nigerien advance to the Toummo area; Tripoli and Idri traps "
           "(الطرابلسي، لا أدري); the headline's الجفرة and شمال النيجر are the same airlift, not extra places of it.",
    "es3": "Hespress (wires): a Nigerien battalion redeployed N'Guigmi→Agadez, a flashback naval landing from Bosso on "
           "Lake Chad islands («البحيرة»), a planned pull-out Arlit→Agadez, a denied arms convoy Sabha→Agadez via Dirkou "
           "(«المدينة») and the FPL's conditional massing at the Agadem oil field; civilian migrant flows and the "
           "Agadez–Sabha route are not movements; إقليم أغاديز is the district.",
    "es4": "Middle East Online (N'Djamena): a Chadian airlift Abéché→Faya airport, an advance Bardaï→Aozou, a planned "
           "redeploy of two battalions Bol→Faya-Largeau, a conditional naval landing from Bol on the Lake Chad islands "
           "(«الجزر») and FACT's denied massing at Kouri Bougoudi and on the border with Libya; «زوار السوق» is a trap.",
    "es5": "Asharq (Faya-Largeau): a Chadian deployment Faya/Zouar→Kouri Bougoudi, CCMSR rebels pulling back to Umm "
           "al-Aranib, a planned LNA reinforcement Tamanhint air base→Al Qatrun, a denied LNA airlift Sabha "
           "airport→Al Wigh base and a conditional Chadian advance to the border with Libya; إدري gold after the "
           "trap «إدريس ديبي»; miners, trucks and the habitual gold/arms trade are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("es1", "es2", "es3", "es4", "es5")
