# key -> (kind, country, lat, lon, name)
PLACES = {
    # t1
    "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),
    "eg": ("country", "EG", 26.82445, 29.46449, "Egypt"),
    "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),
    "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),
    "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),
    "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),
    "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),
    "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),
    "musaid": ("crossing", "LY", 31.60968, 25.04999, "Amsaad (Musaid) border crossing"),
    "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),
    "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),
    "abraq": ("base", "LY", 32.78870, 21.96430, "Al Abraq air base"),
    "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),
    "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia), Libya"),
    "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jabal al Akhdar"),
    "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),
    "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda Municipality"),
    "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),
    "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),
    # t2
    "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),
    "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),
    "sy": ("country", "SY", 34.80804, 38.56251, "Syria"),
    "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),
    "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),
    "tr": ("country", "TR", 38.96110, 35.47856, "Turkey"),
    "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),
    "misrata_apt": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),
    "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),
    "ly": ("country", "LY", 26.34236, 17.23247, "Libya"),
    "n_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),
    "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),
    "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),
    "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),
    "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),
    "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),
    "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),
    "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),
    "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra (area)"),
    "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),
    "lb": ("country", "LB", 33.87764, 35.89228, "Lebanon"),
    # t3
    "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),
    "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),
    "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),
    "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),
    "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa"),
    "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),
    "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),
    "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),
    "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),
    "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),
    "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),
    "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),
    "wazin": ("crossing", "LY", 31.97500, 10.68300, "Wazin-Dehiba border crossing"),
    "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),
    "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),
    "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),
    # t4
    "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),
    "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),
    "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),
    "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),
    "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),
    "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),
    "ne": ("country", "NE", 17.60313, 9.88380, "Niger"),
    "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),
    "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),
    "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),
    "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),
    "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),
    "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),
    "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),
    "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),
    "sd": ("country", "SD", 15.45104, 29.77738, "Sudan"),
    "malha": ("town", "SD", 15.13, 26.18, "Malha (North Darfur)"),
    "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),
    "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),
    "td": ("country", "TD", 15.44428, 18.53959, "Chad"),
    "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),
    "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),
    "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),
    "ru": ("country", "RU", 53.12573, 99.33572, "Russia"),
}

TRAPS = {
    "t1": ["أخبار ليبيا 24", "القيادة العامة", "صندوق التنمية وإعادة إعمار ليبيا", "العاصفة دانيال",
           "اللواء 106 مجحفل", "المنطقة العسكرية طبرق", "سالم المرجاوي", "المصري", "الورقة البيضاء",
           "عبد الرحيم الدرناوي", "خالد حفتر", "مصريين", "صندوق الإعمار"],
    "t2": ["الميادين نت", "الميادين", "رويترز", "إزفستيا", "وزارة الدفاع التركية", "الفيلق الأفريقي",
           "ماريا زاخاروفا", "أحمد معيتيق", "صدام حفتر", "يشار غولر", "أكنجي", "التركية", "الروسية",
           "السوريين", "الليبية", "تركياً"],
    "t3": ["ليبيا أوبزرفر", "المجلس العسكري الزنتان", "المجلس البلدي نالوت", "المجلس الأعلى لأمازيغ ليبيا",
           "إذاعة تطاوين", "حكومة الوحدة الوطنية", "الإدارة العامة لأمن المنافذ", "عبد المنعم الغدامسي",
           "عماد الطرابلسي", "الجيش التونسي", "الأمازيغية", "التونسية", "الجانب الليبي"],
    "t4": ["بي بي سي نيوز عربي", "بي بي سي", "عملية تأمين الجنوب", "المياه المالحة", "زوار المدينة",
           "كتيبة سبل السلام", "الجيش السوداني", "قوات الدعم السريع", "محمد إدريس ديبي", "الرئيس التشادي",
           "تشادية", "النيجرية"],
}

PHENOMENA = {
    "t1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
           "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
           "coverage_neighbours", "countries"],
    "t2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
           "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
    "t3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
           "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
           "coverage_neighbours"],
    "t4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
           "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
           "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TUR, RUS = "Libyan National Army", "GNA forces", "Turkish armed forces", "Russian forces"

MOVEMENTS = {
    "t1": [
        mv("reinforce", "reported", LNA, ["بنغازي"], ["درنة"], ["المرج", "شحات"]),
        mv("deploy", "planned", LNA, [], ["مرتوبة"]),
        mv("deploy", "reported", LNA, [], ["الحدود مع مصر", "امساعد", "الجغبوب"]),
        mv("withdraw", "denied", LNA, ["الأبرق"], ["بنغازي"]),
        mv("deploy", "conditional", LNA, ["بنغازي"], ["توكرة", "سوسة"]),
    ],
    "t2": [
        mv("airlift", "reported", TUR, ["تركيا"], ["الوطية"], ["مصراتة"]),
        mv("naval_landing", "reported", TUR, [], ["مصراتة"]),
        mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["طرابلس"]),
        mv("airlift", "reported", RUS, ["حميميم"], ["الخادم"]),
        mv("shipment", "reported", RUS, ["الخادم"], ["الجفرة"]),
        mv("redeploy", "denied", RUS, ["طرطوس"], ["طبرق"]),
        mv("deploy", "planned", TUR, [], ["الخمس"]),
        mv("reinforce", "conditional", RUS, [], ["سرت", "الجفرة"]),
    ],
    "t3": [
        mv("reinforce", "reported", "Zintan forces", ["الزنتان"], ["درج", "سيناون"], ["نالوت"]),
        mv("advance", "denied", "Zintan forces", [], ["غدامس"]),
        mv("deploy", "planned", GNA, [], ["وازن"]),
        mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["ذهيبة"]),
        mv("deploy", "conditional", "Tunisian army", [], ["الحدود الليبية التونسية"]),
        mv("withdraw", "reported", GNA, ["غدامس"], ["طرابلس"]),
    ],
    "t4": [
        mv("reinforce", "reported", LNA, ["سبها"], ["القطرون", "التوم"]),
        mv("deploy", "reported", LNA, [], ["ربيانة", "تازربو"]),
        mv("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["الفاشر"]),
        mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], [], ["المثلث الحدودي"]),
        mv("redeploy", "reported", "Chadian armed groups", ["زوار", "فايا"], ["تومو"]),
        mv("mobilise", "reported", "Chadian armed groups", [], ["تيبستي"]),
        mv("reinforce", "conditional", LNA, [], ["أوباري", "مرزق"]),
        mv("deploy", "planned", RUS, [], ["أغاديز", "ديركو"]),
    ],
}

NOTES = {
    "t1": ("Akhbar Libya 24 (east). Reported LNA reinforcement Benghazi→Derna via Al Marj and Shahhat (headline = same move); "
           "planned company to Martuba (على أن تتحرك); reported border-guard deployment on the border with Egypt between the "
           "Amsaad crossing and Jaghbub; LNA withdrawal of squadrons Al Abraq base→Benghazi denied («عارية عن الصحة»); "
           "conditional engineering units Benghazi→Tocra and Susa (في حال). Not movements: Benghazi dateline, Tobruk as venue, "
           "the road to Tobruk, smuggling via Sallum, the reconstruction fund's visit to Al Bayda, displaced families returning "
           "to Derna, the Cairo meeting, Jabal al-Akhdar coast and eastern Libya as locators. Traps: المنطقة العسكرية طبرق, "
           "صندوق التنمية وإعادة إعمار ليبيا, أخبار ليبيا 24, سالم المرجاوي (contains المرج), الورقة البيضاء, الدرناوي."),
    "t2": ("Al Mayadeen: Turkish–Russian rivalry. Turkish airlift Turkey→Al Watiya via Misrata airport; Turkish naval landing at "
           "Misrata port; Syrian mercenaries airlift northern Syria→Tripoli denied by the Turkish MoD; Russian airlift "
           "Hmeimim→Al Khadim and onward road shipment Al Khadim→Al Jufra base; Russian naval move Tartus→Tobruk denied "
           "(Zakharova); planned Turkish naval training unit in Al Khums (تعتزم); conditional Russian reinforcement of Sirte "
           "and Al Jufra (إذا). Not movements: Ankara/Moscow dateline, Tripoli as locator/source, Latakia as locator, Benghazi "
           "locator, Damascus talks, Lebanese Tripoli recruitment, Saddam Haftar's visit to Ankara."),
    "t3": ("Libya Observer: Nafusa mountains and the Tunisian border. Reported Zintan reinforcement Zintan→Derj and Sinawen "
           "via Nalut (headline = same move); Zintan advance on Ghadames denied by the force's spokesman; planned GNA "
           "deployment at the Wazin crossing (ستنتشر الأسبوع المقبل); Tunisian reinforcement Remada→Dhehiba; conditional (إذا) "
           "Tunisian deployment along the Libya–Tunisia border; reported GNA withdrawal of a company Ghadames→Tripoli after the municipal elections. Not movements: Nalut council's rejection, Amazigh council "
           "statement, Jadu meeting, travellers to Dehiba, suspended flights Ghadames–Tripoli, Nalut dateline. Traps: "
           "المجلس العسكري الزنتان, المجلس البلدي نالوت, إذاعة تطاوين, عبد المنعم الغدامسي, عماد الطرابلسي."),
    "t4": ("BBC Arabic: southern smuggling routes. Reported LNA reinforcement Sabha→Al Qatrun and the Tummo crossing (the "
           "border with Niger only locates Tummo); LNA (Subul al-Salam) checkpoints deployed in Rebiana and Tazirbu; RSF "
           "reinforcement Malha→El Fasher (reported by the Sudanese army); RSF supplies from Kufra via the border triangle "
           "denied by the LNA; Chadian armed groups moved Zouar/Faya→near Tummo; other Chadian gunmen mobilising in the Tibesti mountains; conditional (في حال) LNA reinforcement of "
           "Ubari and Murzuq; planned Russian trainers in Agadez and Dirkou (تعتزم). Not movements: migrants "
           "Agadez→Dirkou→Madama→Qatrun, Niamey law repeal, smugglers in Murzuq/Ubari, the Kufra sources, the Benghazi "
           "statement, Deby's pledge. Traps: زوار سبها (visitors), المياه المالحة, عملية تأمين الجنوب, محمد إدريس ديبي."),
}

# Read by tests/golden/sample_tools.py (names and values from this sample's former src/build.py).
P, PHEN, MOVES = PLACES, PHENOMENA, MOVEMENTS

# Read by tests/golden/sample_tools.py check.
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
