# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and coastal cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.052, "Port of Benghazi"),               # K
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),            # G* (row راس لانوف)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # Sabha and its neighbourhoods
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "castle": ("base", "LY", 27.034, 14.424, "Sabha Castle (Fort Elena)"),                 # K
 "manshiya": ("district", "LY", 27.045, 14.435, "Al Manshiya (Sabha)"),                 # K
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                   # G* (city row as district)
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                # G* (town row as district)
 "hajara": ("district", "LY", 27.02, 14.45, "Hajara (Sabha)"),                          # K
 "qurda": ("district", "LY", 27.00, 14.40, "Al Qurda (Sabha)"),                         # K
 # Fezzan
 "ghudwa": ("town", "LY", 26.433, 14.267, "Ghuddwa"),                                   # K
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row as town)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # the way north and west
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # Algeria
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz_side": ("region", "DZ", 24.9, 9.95, "Algeria-Libya border (Algerian side)"),  # K
}

LNA, GNA, ALG, CHD = "Libyan National Army", "GNA forces", "Algerian army", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "dj1": ["فواصل", "الشرارة الأولى", "الحجارة", "اللواء طارق بن زياد", "إذاعة سبها", "المجلس البلدي الجديد"],
    "dj2": ["الميادين", "شارع طرابلس", "محمد الإدريسي", "الليبي"],
    "dj3": ["DW عربية", "التشادية", "الليبية", "اتفاق الدوحة", "الليبي", "عبد السلام المرزوقي", "الجديد"],
    "dj4": ["الجيش الليبي", "المصري اليوم", "الجيش الوطني الليبي", "التباوية", "لا أدري", "خالد الطرابلسي",
            "غرفة عمليات الجنوب", "المصري"],
    "dj5": ["الخبر", "الناحية العسكرية الرابعة", "الجزائري", "إبراهيم الغاتي", "الليبي"],
}

PHEN = {
    "dj1": ["clitics", "multiword", "town_vs_district", "common_word_trap", "media_trap", "operation_trap",
            "vague_area", "coverage_bases"],
    "dj2": ["clitics", "spelling", "multiword", "ambiguity_tripoli", "ambiguity_idri", "person_trap", "media_trap",
            "coverage_bases", "coverage_oil", "vague_area", "nisba", "countries"],
    "dj3": ["clitics", "multiword", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries",
            "coverage_bases", "ambiguity_country_capital", "person_trap", "common_word_trap", "media_trap",
            "operation_trap", "nisba"],
    "dj4": ["clitics", "spelling", "multiword", "ambiguity_tripoli", "ambiguity_idri", "person_trap",
            "operation_trap", "common_word_trap", "media_trap", "nisba", "town_vs_district", "coverage_bases",
            "coverage_oil", "vague_area", "countries", "coverage_neighbours"],
    "dj5": ["clitics", "multiword", "border_phrase", "coverage_crossings", "coverage_oil", "coverage_neighbours",
            "countries", "ambiguity_country_capital", "person_trap", "media_trap", "operation_trap", "nisba",
            "vague_area"],
}

MOVES = {
    "dj1": [
        mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "المنشية", "قلعة سبها", "مطار سبها"]),
        mv("withdraw", "reported", None, ["حجارة"], ["القرضة"]),
        mv("reinforce", "planned", LNA, ["براك الشاطئ"], ["الجديد"]),
        mv("advance", "conditional", LNA, [], ["الطيوري"]),
        mv("mobilise", "denied", None, [], ["الطيوري"]),
    ],
    "dj2": [
        mv("withdraw", "reported", None, ["القلعة"], ["غدوة"]),
        mv("redeploy", "reported", LNA, ["الجديد"], ["مطار سبها"]),
        mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
        mv("withdraw", "planned", None, ["المنشية", "القلعة"], []),
        mv("deploy", "conditional", LNA, [], ["القلعة"]),
        mv("reinforce", "denied", GNA, ["مصراتة"], ["سبها"], ["الشويرف"]),
    ],
    "dj3": [
        mv("advance", "reported", None, ["القرضة"], ["الطيوري"]),
        mv("shipment", "reported", None, ["مرزق"], ["حجارة"], ["غدوة"]),
        mv("deploy", "denied", CHD, ["تشاد"], ["مرزق"], ["منفذ التوم"]),
        mv("mobilise", "planned", None, [], ["مرزق", "أم الأرانب"]),
        mv("airlift", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
    ],
    "dj4": [
        mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
        mv("reinforce", "reported", LNA, ["ميناء رأس لانوف"], ["سبها"], ["الجفرة"]),
        mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["الجديد"]),
        mv("advance", "planned", LNA, [], ["الطيوري", "قلعة سبها"]),
        mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
        mv("withdraw", "conditional", None, ["حجارة"], ["أم الأرانب"]),
        mv("shipment", "denied", GNA, ["مصراتة"], ["سبها"]),
    ],
    "dj5": [
        mv("reinforce", "reported", ALG, ["جانت"], ["معبر تين الكوم", "الحدود مع ليبيا"]),
        mv("withdraw", "reported", None, ["الطيوري"], ["أوباري"]),
        mv("deploy", "denied", None, ["أوباري"], ["سبها"]),
        mv("redeploy", "planned", LNA, ["حقل الفيل"], ["أوباري"]),
        mv("reinforce", "conditional", ALG, ["إليزي"], ["جانت"]),
    ],
}

NOTES = {
    "dj1": ("Fawasel-style report, Sabha: Awlad Suleiman-Tebu clashes in Hajara and Al-Tayuri; LNA units Tamanhint air "
            "base->Sabha (Al-Manshiya, the castle, the airport), Tebu pull-back Hajara->Al-Qurda, a planned battalion "
            "from Brak al-Shati to Al-Jadid, a conditional advance on Al-Tayuri and a denied tribal build-up there; "
            "mediators from Murzuq/Ubari are not a movement; traps الشرارة الأولى، بالحجارة، المجلس البلدي الجديد."),
    "dj2": ("Al-Mayadeen-style report, Tripoli dateline: Qadhadhfa vs Awlad Suleiman at Sabha castle; Qadhadhfa "
            "pull-back castle->Ghuddwa, LNA company Al-Jadid->Sabha airport («محيط المطار»), Il-76 Benina->Tamanhint, "
            "a planned pull-out from Al-Manshiya/the castle, a conditional LNA deployment at the castle and a denied "
            "GNA column Misrata->Sabha via Ash Shwayrif; mediators from اوباري/مرزوق/Wadi al-Shati/Idri are not a move."),
    "dj3": ("DW Arabic-style explainer: Tebu advance Al-Qurda->Al-Tayuri, ammunition trucks Murzuq->Hajara via "
            "Ghuddwa, Chadian fighters Chad->Murzuq via the Toummo crossing (accused, then denied), a planned Tebu "
            "mobilisation in Murzuq and Umm al-Aranib, a conditional LNA airlift Jufra air base->Sabha airport; "
            "smuggling routes Sabha->Toummo and the LNA command in Benghazi are not movement places."),
    "dj4": ("Al-Masry Al-Youm-style report, Benghazi: LNA landing ship Benghazi port->Ras Lanuf port, then by road to "
            "Sabha via Jufra; a company Brak air base->Al-Jadid; a planned entry into Al-Tayuri and the castle; a "
            "second ship planned; a conditional Tebu pull-out Hajara->Umm al-Aranib («متى»); a denied GNA arms "
            "shipment Misrata->Sabha; elders from Idri/Tamanhint/Wadi al-Shati are not a movement."),
    "dj5": ("El Khabar-style report, Illizi: Algerian army reinforcement Djanet->Tin Alkoum crossing on the border "
            "with Libya, Tuareg fighters back Al-Tayuri->Ubari, a denied armed group Ubari->Sabha (only mediators "
            "went), a planned LNA company El Feel field->Ubari and a conditional Algerian reinforcement Illizi->"
            "Djanet («إذا امتدت المواجهات إلى غات»); Algiers vs Algeria."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dj1", "dj2", "dj3", "dj4", "dj5")
