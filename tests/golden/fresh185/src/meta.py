# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.9035, 13.1860, "Port of Tripoli"),               # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ge1 Tripoli
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 # ge2 Benghazi and the east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # ge3 Sabha and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_ap": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "manshiya": ("town", "LY", 27.040, 14.428, "Al-Manshiya (Sabha)"),                     # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # ge4 Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.367, 15.213, "Port of Misrata (Qasr Ahmed)"),    # K
 "khums_port": ("crossing", "LY", 32.656, 14.283, "Port of Al Khums"),                  # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # ge5 the western coast and the Tunisian side
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames 2208423)
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tnside": ("region", "TN", 33.12, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
}

GNA, LNA = "GNA forces", "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "ge1": ["فواصل", "طرابلس آمنة", "شارع الزاوية", "الطرابلسي", "الليبية"],
    "ge2": ["المصري اليوم", "الإدريسي", "الشرطة البيضاء", "المصريين", "الليبية"],
    "ge3": ["الميادين نت"],
    "ge4": ["القبس", "درع الساحل", "البوابات الخمس", "الطرابلسي", "الليبي", "أوروبي"],
    "ge5": ["الشروق", "الليبي", "الجانب التونسي"],
}

PHEN = {
    "ge1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_country_capital", "countries"],
    "ge2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
            "countries"],
    "ge3": ["clitics", "multiword", "media_trap", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
            "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
    "ge4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
            "nisba", "ambiguity_tripoli", "countries"],
    "ge5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
            "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
            "countries"],
}

MOVES = {
    "ge1": [
        mv("deploy", "reported", GNA, destinations=["عين زارة", "تاجوراء", "مطار معيتيقة"]),
        mv("shipment", "reported", GNA, origins=["تركيا"], destinations=["ميناء طرابلس"]),
        mv("redeploy", "planned", GNA, origins=["تاجوراء"], destinations=["جنزور"]),
        mv("reinforce", "conditional", GNA, origins=["الخمس", "زليتن"], destinations=["طرابلس"]),
        mv("withdraw", "denied", GNA, origins=["قصر بن غشير"], destinations=["أبوسليم"]),
    ],
    "ge2": [
        mv("reinforce", "reported", None, origins=["بنغازي"], destinations=["اجدابيا"], via=["قمينس"]),
        mv("deploy", "planned", None, destinations=["ميناء الزويتينة"]),
        mv("airlift", "reported", None, origins=["قاعدة بنينا الجوية"], destinations=["مطار الكفرة"]),
        mv("advance", "conditional", None, destinations=["الزويتينة"]),
        mv("withdraw", "denied", None, origins=["منفذ امساعد"]),
    ],
    "ge3": [
        mv("reinforce", "reported", None, origins=["قاعدة تمنهنت الجوية"], destinations=["سبها", "الطيوري", "المنشية"]),
        mv("airlift", "conditional", None, origins=["بنغازي"], destinations=["مطار سبها"]),
        mv("mobilise", "denied", None, destinations=["أوباري"]),
        mv("withdraw", "reported", None, origins=["إدري"], destinations=["براك"]),
        mv("deploy", "planned", None, destinations=["منفذ التوم"]),
    ],
    "ge4": [
        mv("naval_landing", "reported", GNA, origins=["ميناء مصراتة"], destinations=["ميناء الخمس"]),
        mv("redeploy", "reported", GNA, origins=["تاورغاء"], destinations=["مصراته", "زليتن"]),
        mv("shipment", "planned", GNA, origins=["إيطاليا"], destinations=["ميناء مصراتة"]),
        mv("withdraw", "conditional", GNA, origins=["الدافنية"], destinations=["مصراتة"]),
        mv("advance", "denied", GNA, destinations=["سرت"], via=["أبوقرين"]),
    ],
    "ge5": [
        mv("deploy", "reported", GNA, origins=["زوارة"], destinations=["معبر رأس اجدير"]),
        mv("withdraw", "reported", GNA, origins=["مجمع مليتة"], destinations=["صبراتة"]),
        mv("naval_landing", "planned", GNA, origins=["ميناء طرابلس"], destinations=["ميناء زوارة"]),
        mv("reinforce", "conditional", None, origins=["مدنين"], destinations=["بن قردان"]),
        mv("mobilise", "denied", None, destinations=["أبوكماش"]),
    ],
}

NOTES = {
    "ge1": ("Fawasel, Tripoli: GNU Tripoli security directorate deploys traffic police and rapid intervention to Ain Zara, "
            "Tajura and around Mitiga airport (reported); armoured cars Turkey->Tripoli port (reported shipment); a Public "
            "Security force Tajura->Janzour (planned redeploy); reinforcements from the Khums and Zliten directorates to "
            "the capital «في حال» (conditional); Central Security pull-out Qasr Bin Ghashir->Abu Salim denied. Traps: "
            "minister عماد الطرابلسي, plan «طرابلس آمنة», شارع الزاوية, the outlet; Tunis (city) where the Arab interior "
            "ministers meet is written تونس; the minister's return from Tunis is not a force move."),
    "ge2": ("Al-Masry Al-Youm, Benghazi: eastern interior ministry (actor null) — Central Security reinforcements "
            "Benghazi->Ajdabiya via Qaminis (reported), part of the column to the Zueitina terminal (planned, no origin "
            "written), special-operations police Benina air base->Kufra airport (reported airlift; headline الكفرة not "
            "repeated), a conditional raid on the farms near Zueitina («إذا لم»), Tobruk directorate denies pulling out of "
            "the Amsaad crossing. Traps: العميد صالح الإدريسي (Idri inside), الشرطة البيضاء, المصري اليوم/المصريين (Egypt "
            "inside); the Ajdabiya–Jalu road, Sudan/Chad (smuggling routes) and مع مصر are locators, not movement places."),
    "ge3": ("Al-Mayadeen, Sabha: Central Security reinforcement Tamanhint air base->Sabha/Al-Tayouri/Al-Manshiya "
            "(reported); a company Benghazi->Sabha airport by air «في حال» (conditional); police massing in Ubari denied "
            "(«مجرد شائعات»); rapid-intervention patrols pulled out Idri->Brak (reported; بلدية إدري is the district); Public "
            "Security patrols to the Toummo crossing next week (planned; «على الحدود مع النيجر» locates the crossing and "
            "is not a second destination). Eastern-government police: actor null."),
    "ge4": ("Al-Qabas, Misrata: coast-security boats land a support force Misrata port->Al-Khums port (reported "
            "naval_landing); traffic police moved from the Tawergha gates to the coast road between Misrata and Zliten "
            "(reported redeploy, both ends as destinations); patrol boats Italy->Misrata port (planned shipment); the "
            "Dafniya police pull back to central Misrata «إذا» (conditional withdraw); a move on Sirte via Abu Qurayn denied "
            "(advance). Traps: «البوابات الخمس» (five, not Al-Khums), «درع الساحل», عماد الطرابلسي, the outlet."),
    "ge5": ("Al-Chourouk (Tunisian), Ben Gardane: GNU Public Security deploys Zuwara->Ras Ajdir crossing (reported); "
            "Central Security pull-out Mellitah complex->Sabratha (reported); planned coast-security landing Tripoli "
            "port->Zuwara port; Tunisian National Guard (actor null) reinforcing Ben Gardane from Medenine «إذا» "
            "(conditional); Zuwara municipality denies armed groups massing in Abu Kammash (actor null). Country vs capital: "
            "«العاصمة تونس» is Tunis, «بين ليبيا وتونس» the country; «الحدود مع ليبيا» is the Tunisian-side border region."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ge1", "ge2", "ge3", "ge4", "ge5")
