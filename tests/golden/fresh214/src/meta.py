# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # Libya: Fezzan and the south-west
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (أوباري; اوباري written without hamza)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G (العوينات; العوينات الغربية = G*)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row, kind district)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G* (row البركات, written البركت)
 "tahala": ("town", "LY", 25.50, 10.45, "Tahala"),                                      # K (low confidence, see README)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus mountains"),                    # G* (row جبل أكاكوس)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (مرزق; مرزوق = G*)
 "murzuq_sha": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G (district row مرزق)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (القطرون; قطرون = G*)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (city row, kind crossing as a sea port)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا, found by grep الجنوب الليبي)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 "salvador_tri": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),             # G (row مثلث السلفادور)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 # Algeria
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G (district row إليزي)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dzside": ("region", "DZ", 24.95, 9.85, "Algeria-Libya border (Algerian side, opposite Ghat)"),  # K
 # Niger, Chad, Egypt
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي, written كوري بوغدي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
}

LNA = "Libyan National Army"
ALG = "Algerian army"
CHAD = "Chadian armed groups"
RUS = "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "hh1": ["إرم نيوز", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "موسى الأوباري", "ما ادري"],
    "hh2": ["الشروق", "الجيش الوطني الشعبي", "الليبية"],
    "hh3": ["فسانيا", "سالم القطروني", "التشادية"],
    "hh4": ["الشرق الأوسط", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادية",
            "الجزائرية", "النيجري", "الدعم المالي"],
    "hh5": ["بي بي سي", "إبراهيم الغاتي", "خالد الإدريسي", "شركة أكاكوس للعمليات النفطية", "الجزائرية"],
}

PHEN = {
    "hh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
            "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
    "hh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
            "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
            "coverage_neighbours", "countries"],
    "hh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
            "border_phrase", "town_vs_district", "coverage_bases", "countries"],
    "hh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
    "hh5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
            "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "hh1": [
        mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
        mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
        mv("withdraw", "reported", LNA, ["أوباري"], ["قاعدة تمنهنت الجوية"]),
        mv("advance", "conditional", None, ["العوينات", "غات"], ["أوباري"]),
        mv("advance", "denied", None, ["مرزوق"], ["أوباري"]),
    ],
    "hh2": [
        mv("airlift", "reported", ALG, ["تمنراست"], ["مطار جانت"]),
        mv("deploy", "reported", ALG, ["جانت"], ["معبر تين الكوم"]),
        mv("reinforce", "conditional", ALG, ["إليزي"], ["الحدود مع ليبيا"]),
        mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
        mv("withdraw", "reported", None, ["منفذ إيسين"], ["البركت"]),
        mv("advance", "denied", ALG, [], ["غات"]),
        mv("shipment", "reported", None, ["النيجر"], ["ليبيا"], ["ممر السلفادور"]),
    ],
    "hh3": [
        mv("withdraw", "reported", None, ["مرزق"], ["أم الأرانب"]),
        mv("redeploy", "reported", LNA, ["تراغن"], ["مرزق"]),
        mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
        mv("advance", "conditional", LNA, ["القطرون"], ["تجرهي"]),
        mv("mobilise", "denied", None, [], ["قطرون"]),
    ],
    "hh4": [
        mv("deploy", "reported", LNA, ["قاعدة الويغ"], ["ممر السلفادور", "الحدود مع النيجر"]),
        mv("redeploy", "planned", LNA, ["القطرون"], []),
        mv("shipment", "reported", None, ["العوينات الغربية"], ["النيجر"]),
        mv("advance", "denied", CHAD, ["كوري بوغدي"], ["جادو"]),
        mv("reinforce", "conditional", None, ["ديركو"], ["ماداما"]),
        mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
        mv("airlift", "reported", RUS, ["طبرق"], ["النيجر"], ["قاعدة براك الجوية"]),
        mv("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
    ],
    "hh5": [
        mv("deploy", "reported", LNA, ["أوباري"], ["مطار غات"], ["العوينات الغربية"]),
        mv("withdraw", "reported", None, ["غات"], ["تهالة"]),
        mv("mobilise", "reported", None, [], ["البركت"]),
        mv("reinforce", "planned", LNA, ["قاعدة براك الجوية"], ["غات"]),
        mv("advance", "conditional", None, ["تهالة"], ["غات"]),
        mv("withdraw", "denied", LNA, ["العوينات"], []),
    ],
}

NOTES = {
    "hh1": "Erem News style, Ubari: an LNA reinforcement Sabha→Ubari via Germa and Al-Ghurayfa (reported), a company "
           "for the Sharara field (planned, no origin written), last month's pull-back Ubari→Tamanhint air base "
           "(reported flashback), Tuareg youth from Al-Awaynat/Ghat towards Ubari (conditional, «إذا»), a Tebu move "
           "Murzuq→Ubari denied («عارٍ عن الصحة»); spelling أوباري/اوباري and مرزوق/مرزق; Benghazi (orders), Ghadames "
           "(mediators) and the Sabha–Ubari road are not movement places; the fighters who «left the streets» name no place.",
    "hh2": "Echorouk style, Djanet (Algerian side): an airlift Tamanrasset→Djanet airport, detachments Djanet→Tin Alkoum "
           "(both reported), a conditional armoured battalion Illizi→the border with Libya («في حال»), a planned LNA "
           "takeover of the Isayen crossing, a Tuareg group's pull-back crossing→Al Barakat (reported, «المنفذ» = "
           "Isayen), a denied Algerian incursion towards Ghat and an arms convoy Niger→Libya via the Salvador Pass "
           "(reported); Ouargla is the HQ seat, Ghat in the lede is a locator («قبالة»).",
    "hh3": "Fasania style, Sabha/Murzuq: a Tebu local force's pull-back Murzuq→Umm al-Aranib and an LNA redeploy "
           "Traghen→Murzuq (reported), a planned airlift Tamanhint base→Al Wigh base, a conditional advance from Al "
           "Qatrun (where the units are stationed) to Tajarhi, a denied mobilisation in «قطرون»; the company's task "
           "«بين القطرون والحدود مع النيجر» is a purpose, the 2019 displaced are civilians.",
    "hh4": "Asharq Al-Awsat style, Cairo dateline: LNA companies Al Wigh base→the Salvador Pass/the border with Niger "
           "(reported), their planned relief from Al Qatrun (origin only), a smugglers' fuel convoy Al Awaynat "
           "(«العوينات الغربية»)→Niger (reported, intercepted), a Chadian rebel move Kouri Bougoudi→Djado denied, a "
           "conditional Nigerien reinforcement Dirkou→Madama; the intensified patrols of the lede are the same LNA move; "
           "Sabha, Niamey (speakers), Tibesti (where they stay) are not movement places.",
    "hh5": "BBC News Arabic style, Ghat: an LNA company Ubari→Ghat airport via «العوينات الغربية» (reported), a Tuareg "
           "group's pull-back Ghat→Tahala (reported, «وسط المدينة» = Ghat), a second company Brak air base→Ghat "
           "(planned), the group's return Tahala→Ghat (conditional), a denied LNA pull-out from Al-Awaynat; Djanet and "
           "Ubari elders, Akakus, the Sharara field and the Akakus oil company are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hh1", "hh2", "hh3", "hh4", "hh5")
