# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "border_eg": ("region", "EG", 31.30, 25.30, "Egyptian side of the border with Libya"),  # K
 "border_ly_eg": ("region", "LY", 31.50, 24.90, "Libyan side of the border with Egypt"), # K
 # the Green Mountain and Derna
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G (row أبولونيا, سوسة in its names)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                # G* (town row)
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G (row Al Fataih (Derna))
 "qirnada_camp": ("base", "LY", 32.73174, 21.90350, "Qirnada camp"),                    # G* (town row قرنادة)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar (Green Mountain)"), # G* (district row)
 "wadi_derna": ("region", "LY", 32.763, 22.632, "Wadi Derna"),                          # K
 "derna_port": ("crossing", "LY", 32.770, 22.648, "Port of Derna"),                     # K
 # elsewhere in the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.052, "Port of Benghazi"),               # K
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "lz1": ["ليبيا الحدث", "القيادة العامة للقوات المسلحة العربية الليبية", "فرج الشحاتي", "سوسة تنخر",
            "غرفة عمليات عمر المختار"],
    "lz2": ["إرم نيوز", "القيادة العامة للجيش الوطني الليبي", "كتيبة شهداء عين مارة", "سالم الدرناوي"],
    "lz3": ["البوابة نيوز", "الجيش الليبي", "الجيش الوطني الليبي", "محمود الطبرقي", "صندوق التنمية وإعادة إعمار ليبيا",
            "الجيش المصري", "الشركات المصرية", "جمال عبد الناصر"],
    "lz4": ["إيلاف", "الأسلحة البيضاء", "جامعة عمر المختار", "الإدارة العامة للدعم المركزي", "الملك إدريس السنوسي"],
    "lz5": ["الاتحاد", "اللواء طارق بن زياد المعزز", "الفيلق الأفريقي", "الروسي", "التونسية", "ابن عوف",
            "محمد الإدريسي"],
}

PHEN = {
    "lz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
            "vague_area"],
    "lz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
            "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
    "lz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
            "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
            "coverage_neighbours", "countries"],
    "lz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
            "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
    "lz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
            "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
    "lz1": [
        mv("deploy", "reported", LNA, ["البيضاء"], ["رأس الهلال"], ["شحات"]),
        mv("advance", "reported", LNA, ["رأس الهلال"], ["سوسة"]),
        mv("mobilise", "reported", None, [], ["رأس الهلال"]),
        mv("reinforce", "conditional", LNA, ["القبة"], ["رأس الهلال"]),
        mv("deploy", "planned", None, ["شحات"], ["سوسة"]),
        mv("withdraw", "denied", LNA, ["رأس الهلال"], ["درنة"]),
    ],
    "lz2": [
        mv("deploy", "reported", LNA, ["القبة"], ["درنة"]),
        mv("withdraw", "planned", LNA, ["درنة"], ["قاعدة مرتوبة الجوية"], ["الفتائح"]),
        mv("redeploy", "reported", LNA, ["شحات"], ["القبة"]),
        mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["درنة"]),
        mv("redeploy", "conditional", LNA, ["درنة"], ["رأس الهلال"]),
        mv("withdraw", "denied", LNA, ["درنة"], ["بنغازي"]),
    ],
    "lz3": [
        mv("deploy", "reported", LNA, ["قاعدة مرتوبة الجوية"], ["درنة", "وادي درنة"]),
        mv("deploy", "planned", None, [], ["درنة"]),
        mv("naval_landing", "conditional", "Egyptian army", [], ["ميناء درنة"]),
        mv("airlift", "denied", "Egyptian army", [], ["مرتوبة"]),
    ],
    "lz4": [
        mv("deploy", "reported", None, ["البيضاء"], ["شحات"]),
        mv("mobilise", "denied", None, [], ["سوسة"]),
        mv("withdraw", "planned", None, ["شحات"], ["البيضاء"]),
        mv("reinforce", "conditional", LNA, ["معسكر قرنادة"], ["شحات"]),
    ],
    "lz5": [
        mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
        mv("deploy", "reported", LNA, ["مطار الأبرق"], ["القبة"]),
        mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
        mv("shipment", "planned", LNA, ["ميناء الحريقة"], ["قاعدة مرتوبة الجوية"]),
        mv("advance", "conditional", LNA, ["القبة"], ["راس الهلال"]),
        mv("redeploy", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة مرتوبة الجوية"]),
    ],
}

NOTES = {
    "lz1": "Libya Al-Hadath (Benghazi-based TV site) from Al-Bayda: an LNA company Al-Bayda→Ras al-Hilal via Shahhat "
           "sets up checkpoints (reported deploy; the headline and the commander's «انتشروا» are the same move), its "
           "sweep along the coast Ras al-Hilal→Susa (reported advance), a flashback tribal massing in Ras al-Hilal "
           "(reported mobilise, actor null), a conditional reinforcement Al-Qubba→Ras al-Hilal («إذا تكرر»), the Shahhat "
           "security directorate's planned night patrols «من المدينة» (Shahhat)→Susa (actor null: police), a denied "
           "pull-out Ras al-Hilal→Derna; traps: the officer «الشحاتي», the idiom «سوسة تنخر» (weevil) before the gold "
           "Susa, the Omar Mukhtar operations room.",
    "lz2": "Erem News from Derna: an LNA rotation — the incoming local battalion Al-Qubba→Derna (reported deploy), the "
           "outgoing battalion «المدينة» (Derna)→Martuba air base via Al-Fataih (planned withdraw), a platoon "
           "Shahhat→Al-Qubba (reported redeploy), fuel tankers Hariga terminal→Derna (reported shipment; Tobruk only "
           "locates the terminal), a second phase Derna→Ras al-Hilal («لن تُنفذ إلا إذا», conditional), a denied Saiqa "
           "pull-out Derna→Benghazi quoted with the colloquial spelling «درنه»; «بلدية درنة» is the municipality "
           "(district) and Tripoli the GNU seat; the battalion «كتيبة شهداء عين مارة» and the spokesman «الدرناوي» are "
           "traps.",
    "lz3": "Al-Bawaba News (Cairo): an LNA force Martuba air base→Derna/Wadi Derna guarding Egyptian reconstruction "
           "sites (reported), the Derna security directorate's planned deployment at the city's entrances (actor null), "
           "the Egyptian army's conditional helicopter carrier with engineers to Derna port («إذا طلبت», naval landing), "
           "its denied transport planes landing at Martuba (airlift); the civilian truck convoy from Sallum «على "
           "الحدود مع ليبيا» (Egyptian side) via the Amsaad crossing and Tobruk is not a force movement; the headline "
           "«والقاهرة تنفي» keeps Cairo as a gold city; the ship «جمال عبد الناصر» is a trap.",
    "lz4": "Elaph from Al-Bayda: a family feud in Shahhat — the Al-Bayda security directorate's Central Support force "
           "«من المدينة» (Al-Bayda)→Shahhat (reported; actor null), armed massing in Susa denied by the mayor of "
           "«بلدية شحات» (denied mobilise), the force's planned return from Shahhat «إلى مقرها» (Al-Bayda), an LNA "
           "company Qirnada camp→Shahhat «في حال فشلت» (conditional); the elders' delegation from Al-Qubba "
           "and Derna is not a movement; «الأسلحة البيضاء» (bladed weapons) is a common-word trap containing Al-Bayda, "
           "«الملك إدريس السنوسي» an Idri-like person trap.",
    "lz5": "Al-Ittihad from Benghazi: an LNA airlift Benina air base→Al-Abraq airport and the force on by road to "
           "Al-Qubba (both reported), a naval landing Benghazi port→Derna port, a planned jet-fuel and ammunition "
           "shipment Hariga terminal→Martuba air base, a conditional advance Al-Qubba→Ras al-Hilal (spelled «راس "
           "الهلال»), a denied Africa Corps move Al Khadim→Martuba air base (Russian forces) with the border phrase "
           "«الحدود مع مصر» only locating the base; a Tunisian fishing boat from Sousse (TN) held off Susa (LY) is not a "
           "force move and tests the two Susas; «وزارة الخارجية في تونس» is Tunis; «الإدريسي» is a person trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lz1", "lz2", "lz3", "lz4", "lz5")
