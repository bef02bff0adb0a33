# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Egypt: capital, coast and the western front
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matrouh Governorate"),           # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "najila": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                           # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "july3": ("base", "EG", 31.40710, 26.58320, "3 July Naval Base (Gargoub)"),            # G* (An-Najaylah town row)
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),             # G* (row غرب مصر)
 "north_coast": ("region", "EG", 30.95, 28.60, "North Coast (Egypt)"),                  # K
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 # other capitals
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.8, 24.9, "Libya-Egypt border (Libyan side)"),      # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
}

EG, LNA, GNA = "Egyptian army", "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement (surfaces are gold place surfaces of the same record, clitics stripped)."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "se1": ["حسم 2026", "المنطقة الغربية العسكرية", "اللواء محمد نجيب", "القاهرة الإخبارية", "بوابة الوفد",
            "الأراضي المصرية", "الرئيس عبد الفتاح السيسي"],
    "se2": ["فيتو", "عادل الطرابلسي", "لا ادري", "ليبيون", "الجيش الوطني الليبي", "حرس الحدود"],
    "se3": ["سرت أنباء", "غرفة عمليات تحرير سرت والجفرة", "الشرق الأوسط", "الدستور", "مطروحاً",
            "المرتزقة السوريين", "الجزائري", "الشأن الليبي"],
    "se4": ["ذات الصواري 2026", "القاهرة 24", "تحيا مصر", "جمال عبد الناصر", "محمود الإدريسي",
            "المياه الإقليمية المصرية", "يونانية", "السواحل الشمالية الغربية"],
    "se5": ["صدى البلد", "تأمين الحدود الشرقية", "الخيارات المطروحة", "عبد الحميد الدبيبة", "الجيش الليبي",
            "وزارة الدفاع المصرية"],
}

PHEN = {
    "se1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
            "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
    "se2": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
            "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
            "countries"],
    "se3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
            "coverage_neighbours", "countries"],
    "se4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
            "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
            "countries"],
    "se5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
            "countries"],
}

MOVES = {
    "se1": [
        # «اللواء المدرع الذي تحرك مطلع الشهر من قاعدة محمد نجيب إلى سيدي براني مروراً بمرسى مطروح ... لن يعود»
        mv("deploy", "reported", EG, ["قاعدة محمد نجيب"], ["سيدي براني"], ["مرسى مطروح"]),
        mv("airlift", "reported", EG, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
        # «على أن تعود الكتيبة إلى قاعدتها» (anaphora -> Cairo West)
        mv("withdraw", "planned", EG, ["مطار مرسى مطروح"], ["قاعدة غرب القاهرة الجوية"]),
        mv("advance", "denied", EG, [], ["طبرق"], ["منفذ السلوم البري"]),
        mv("advance", "conditional", EG, ["سيدي براني"], ["الشرق الليبي"]),
    ],
    "se2": [
        mv("reinforce", "reported", EG, ["مطروح"], ["منفذ السلوم البري"], ["سيدى برانى"]),
        mv("mobilise", "reported", LNA, [], ["امساعد"]),
        mv("withdraw", "denied", EG, ["سيوة"], ["مرسى مطروح"]),
        mv("deploy", "planned", EG, [], ["النجيلة"]),
        mv("redeploy", "conditional", EG, ["سيدى برانى"], ["السلوم"]),
    ],
    "se3": [
        mv("mobilise", "reported", GNA, [], ["أبوقرين", "الوشكة"]),
        # «وصول تعزيزات للجيش الوطني الليبي إلى المدينة قادمة من بنغازي عبر اجدابيا» (المدينة -> سرت)
        mv("reinforce", "reported", LNA, ["بنغازي"], ["سرت"], ["اجدابيا"]),
        mv("advance", "conditional", EG, [], ["سرت", "الجفرة"]),
        mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مصراتة"]),
        mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
    ],
    "se4": [
        mv("naval_landing", "reported", EG, ["قاعدة 3 يوليو البحرية"], ["سيدي براني"]),
        mv("shipment", "reported", EG, ["الإسكندرية"], ["مرسي مطروح"]),
        mv("naval_landing", "planned", EG, [], ["السلوم"]),
        mv("deploy", "denied", EG, [], ["طبرق"]),
        mv("airlift", "conditional", EG, ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
    ],
    "se5": [
        mv("redeploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
        mv("withdraw", "reported", LNA, ["ميناء راس لانوف"], ["بنغازي"]),
        mv("shipment", "denied", EG, [], ["قاعدة جمال عبد الناصر الجوية"]),
        mv("mobilise", "planned", LNA, [], ["سرت"]),
        mv("airlift", "conditional", EG, [], ["قاعدة بنينا الجوية"]),
    ],
}

NOTES = {
    "se1": "Al-Wafd (Cairo): the end of an exercise versus what stays — a brigade that moved Mohamed Naguib base→Sidi "
           "Barrani via Marsa Matruh for the drill and now stays (deploy, reported), a C-130 airlift Cairo West→Marsa "
           "Matruh airport and its planned return, a denied crossing of the Sallum land port towards Tobruk and a "
           "conditional advance Sidi Barrani→eastern Libya; the viewing stand, the live-fire ranges south of El Alamein "
           "and the 2020 red-line speech at Sidi Barrani are not movements.",
    "se2": "Veto (Marsa Matruh): local reportage on the coast road — a border-guard reinforcement Matruh→Sallum land "
           "port via Sidi Barrani, LNA massing at Emsaed, a denied Siwa→Marsa Matruh pull-out, a planned company for "
           "Al-Najila and a conditional air-defence move Sidi Barrani→the Sallum plateau; the road between Marsa "
           "Matruh and Sallum, drivers back from Tobruk, a Tripoli–Cairo trucker and the governor's tour are not moves.",
    "se3": "Al-Dostor (Cairo): statements on the Sirte–Jufra red line — GNA massing at Abu Qurayn/Al-Washka, an LNA "
           "reinforcement Benghazi→Sirte via Ajdabiya (the city named by anaphora), Egypt's conditional advance on "
           "Sirte and Jufra, Ankara's denied airlift of Syrian mercenaries Turkey→Misrata and a planned Russian move "
           "Jufra air base→Al Khadim; the hypothetical GNA crossing in the condition and the GNA's «لم تتقدم» are "
           "not movements.",
    "se4": "Cairo 24 (Marsa Matruh): a naval exercise — a marine landing 3 July naval base→the Sidi Barrani beach, a "
           "supply convoy Alexandria→Marsa Matruh, a planned second landing near Sallum, a denied frigate deployment "
           "off Tobruk and a conditional commando airlift Mohamed Naguib base→Siwa; the simulated enemy, the "
           "distance to the border and the ships' unnamed return to base are not movements.",
    "se5": "Sada El Balad (Benghazi): the LNA's side of the border — a battalion redeployed Tobruk→Jaghbub, a company "
           "withdrawn Ras Lanuf port→Benghazi, a denied Egyptian arms shipment to the Gamal Abdel Nasser air base, "
           "a planned massing in Sirte and Egypt's conditional airlift to Benina air base; units stationed in Kufra "
           "and the chief of staff's trip Cairo→Benghazi are not force movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("se1", "se2", "se3", "se4", "se5")
