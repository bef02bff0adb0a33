# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # cities outside the theatre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                          # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                       # G
 # Sirte and the central coast
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_port": ("crossing", "LY", 31.22, 16.59, "Sirte port"),                             # K
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),            # G* (row راس لانوف)
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Misrata port (Qasr Ahmed)"),               # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                               # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                               # G
 # Jufra
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                   # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G* (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "shati_mun": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii municipality"),       # G* (district row وادي الشاطئ)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G (row منفذ التوم)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),        # G* (row منفذ إيسين, country DZ)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),              # G* (town row)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "south_tag": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا; hashtag spelling)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 25.10, 10.15, "Libya-Algeria border (near Ghat)"),          # K
 # Niger and Algeria
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
 "border_ly_ne_side": ("region", "NE", 22.70, 13.50, "Niger-Libya border (Niger side)"),   # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
}

TRAPS = {
 "ff1": ["الجيش الليبي", "الجيش الوطني الليبي", "الجيش_الوطني_الليبي", "المصري اليوم",
         "غرفة عمليات تحرير سرت والجفرة", "قوات حفتر", "سالم الوداني", "يراهنون", "القومي المصري"],
 "ff2": ["المتوسط", "عبد الله الطرابلسي", "المنطقة العسكرية الوسطى", "تركية", "الطريق الساحلي",
         "المجلس العسكري مصراتة"],
 "ff3": ["فسانيا", "كتيبة طارق بن زياد", "المنطقة العسكرية سبها", "تشاديين", "محمد الإدريسي"],
 "ff4": ["الأخبار", "السفارة الأمريكية", "السفارة الروسية", "السفارة التركية", "الفيلق الأفريقي",
         "القوات المسلحة النيجرية", "السلطات الليبية", "البيت الأبيض", "الإمداد الروسي", "الشركاء الليبيين"],
 "ff5": ["الخبر", "الجيش الوطني الشعبي", "الجيش_الوطني_الشعبي", "درع_الوطن", "خليفة حفتر", "الأراضي الليبية",
         "المناطق الجزائرية", "مبالغات", "عبد السلام الإدريسي"],
}

PHEN = {
 "ff1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "coverage_bases", "coverage_oil", "countries"],
 "ff2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "ambiguity_tripoli"],
 "ff3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ff4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "ff5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ff1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("deploy", "planned", LNA, [], ["قاعدة القرضابية"]),
  mv("withdraw", "denied", LNA, ["بويرات الحسون"]),
  mv("advance", "conditional", LNA, [], ["الوشكة", "أبوقرين"]),
  mv("redeploy", "reported", LNA, ["سوكنة"], ["هون"]),
  mv("naval_landing", "reported", LNA, ["ميناء رأس لانوف"], ["ميناء سرت"]),
 ],
 "ff2": [
  mv("advance", "denied", GNA, [], ["الوشكة"]),
  mv("reinforce", "reported", GNA, ["مصراته"], ["أبوقرين"], ["الهيشة"]),
  mv("deploy", "planned", GNA, [], ["الشويرف"]),
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["مطار مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["تاورغاء"]),
  mv("advance", "conditional", GNA, [], ["سرت"]),
 ],
 "ff3": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["سبها", "مطار سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["براك"]),
  mv("mobilise", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["مرزق"]),
  mv("withdraw", "reported", LNA, ["اوباري"], ["براك"]),
 ],
 "ff4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "denied", "Russian forces", ["الجفرة"], ["سرت"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["سرت"]),
  mv("deploy", "planned", None, [], ["ماداما"]),
 ],
 "ff5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
  mv("deploy", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("shipment", "reported", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["غات"]),
 ],
}

NOTES = {
 "ff1": "Al-Masry Al-Youm on four LNA media-office Facebook posts about Sirte: a reinforcement Jufra air base->Sirte via "
        "Waddan whose first version said 'from Benghazi' (edited; Benghazi and the 'Jufra' of the edit note are not "
        "movement places), a planned company for Gardabiya air base, a denied pull-out from Buwairat al-Hassoun, a "
        "conditional advance on Al-Washka/Abu Qurayn before the hashtag #سرت_الجفرة_خط_أحمر (both names gold, not "
        "moves); then a GNA-side X account's claims of an LNA column Sokna->Hun and a landing at Sirte port from Ras "
        "Lanuf port (both reported). Cairo's 2020 red line is background, not a move.",
 "ff2": "Al-Mutawaset (Tripoli) on GNA defence-ministry posts on X: a deleted 'urgent' tweet about a column towards "
        "Al-Washka, then 'no force moved' (one movement, denied); a reinforcement Misrata->Abu Qurayn via Al-Hisha "
        "(reported); a planned company for Ash Shwayrif ('the road to #الجنوب_الليبي' is a purpose, not a destination); "
        "a Turkish military cargo plane Ankara->Misrata airport and a Turkish landing ship Mersin->Misrata port "
        "(reported); the Misrata military council's «حشد» in Tawergha (reported mobilise); the Central Region "
        "commander's 'لن تتقدم نحو #سرت إلا إذا' (conditional). The 5+5 meeting in Sirte is not a move.",
 "ff3": "Fasania (Sabha) on municipal councils' Facebook posts: an LNA force Tamanhint air base->Sabha/Sabha airport "
        "(reported deploy), a planned company Sabha->Brak ('إلى البلدة' = Brak; Idri is the end of the road it will "
        "secure, not a destination), Al Qatrun's denial of Chadian gunmen massing at the town after coming from the Niger "
        "border via Toummo (one mobilise, denied), Murzuq's conditional reinforcement from Sabha ('فور تجدد', 'إلى "
        "المدينة' = Murzuq) and an LNA company back Ubari->Brak (reported withdraw). The deleted council post names no "
        "place.",
 "ff4": "Al-Akhbar (Beirut) on embassies' posts: the US embassy's Russian airlift Khmeimim->Jufra air base and Russian "
        "trucks Jufra->Brak air base (both reported; Russia does not address them), the Russian embassy's denial of "
        "moving Russians Jufra->Sirte (after deleting a mocking tweet), Turkey's 'إلا بطلب رسمي' move near Sirte "
        "(conditional) and Niger's planned deployment at Madama (actor null). Washington/Moscow headline metonymy and "
        "the embassy's base in Tunis are gold places, not movement places.",
 "ff5": "El Khabar (Algiers) on the southern border: Algeria's MoD Facebook post on units Illizi->Djanet (reported), "
        "a Libyan embassy denial of an Algerian column via the Tin Alkoum crossing towards Ghat, an LNA column "
        "Sabha->Ghat via Ubari and Al Awaynat (reported) whose post was edited to add a planned stationing at the "
        "Isayen crossing, fuel and ammunition trucks Ubari->El Feel field (reported shipment), and Ghat council's "
        "conditional company from Tamanhint air base ('إلى المدينة' = Ghat).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ff1", "ff2", "ff3", "ff4", "ff5")
BAR_IN_TEXT = True  # the text has a literal "|" (in «عاجل |»)
