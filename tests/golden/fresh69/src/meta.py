# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / value from fresh51's README table (see README "Coordinates not from
# the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # capitals / cities outside Libya
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # K (GeoNames 250441, own knowledge)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # bs1 Ubari / Sharara / Jufra
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 # bs2 Sabha / Brak / Idri
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),       # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 # bs3 Tunisian border / Zuwara / Lebanon
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (fresh51 README table, GeoNames 2208423)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 # bs4 Ghadames / Algerian side
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village, kept as town)
 "border_dz_side": ("region", "DZ", 28.30, 9.75, "Algeria-Libya border (Algerian side)"),  # K representative point
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # bs5 Gharyan / Zintan
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "jabal_gharbi": ("region", "LY", 31.95, 12.60, "Nafusa Mountains (Western Mountain)"),  # K representative point on the range
}

TRAPS = {
 "bs1": ["صوت فزان", "الشرارة الأولى", "غرفة عمليات تحرير سرت والجفرة", "الجيش الوطني الليبي", "محمد الإدريسي",
         "صفحات ليبية", "قوات روسية", "الوجود الروسي"],
 "bs2": ["الحاج إدريس بوخريص"],
 "bs3": ["تمرين لبناني", "صفحات تونسية", "الجيش اللبناني", "الزاوية نفسها", "إذاعة تطاوين"],
 "bs4": ["ناشطون ليبيون", "المدينة الليبية", "آليات جزائرية", "الجانب الليبي", "الجانب الجزائري"],
 "bs5": ["ليبيا أوبزرفر", "المجلس العسكري الزنتان", "خالد الطرابلسي"],
}

PHEN = {
 "bs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "bs2": ["clitics", "multiword", "person_trap", "ambiguity_idri", "town_vs_district", "coverage_bases",
         "border_phrase", "coverage_neighbours", "countries"],
 "bs3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "bs4": ["clitics", "spelling", "multiword", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "bs5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "coverage_bases", "vague_area"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bs1": [
  mv("deploy", "denied", "Russian forces", destinations=["اوباري", "حقل الشرارة"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"]),
 ],
 "bs2": [
  mv("advance", "denied", "Libyan National Army", destinations=["سبها"], via=["براك الشاطئ"]),
  mv("mobilise", "conditional", "Libyan National Army", destinations=["قاعدة تمنهنت"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"], ["براك"]),
  mv("withdraw", "planned", "Libyan National Army", ["إدري"], ["براك"]),
 ],
 "bs3": [
  mv("naval_landing", "denied", "Turkish armed forces", destinations=["ميناء زوارة"]),
  mv("naval_landing", "reported", None, destinations=["طرابلس"]),
  mv("reinforce", "reported", "Tunisian army", destinations=["بن قردان"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "conditional", "GNA forces", destinations=["معبر رأس اجدير"]),
 ],
 "bs4": [
  mv("shipment", "denied", "Algerian army", ["الدبداب"], ["حقل الوفاء"], ["غدامس"]),
  mv("deploy", "reported", "Algerian army", destinations=["الدبداب"]),
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"]),
  mv("redeploy", "planned", "Algerian army", destinations=["جانت"]),
  mv("mobilise", "conditional", "Libyan National Army", destinations=["غات"]),
 ],
 "bs5": [
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["غريان"], ["الأصابعة"]),
  mv("shipment", "reported", "Zintan forces", ["قاعدة الوطية"], ["الزنتان"]),
  mv("mobilise", "reported", "GNA forces", destinations=["غريان"]),
  mv("reinforce", "conditional", "GNA forces", destinations=["غريان"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
 ],
}

NOTES = {
 "bs1": "Fact-check (Misbar style): a viral clip said to show Russian forces entering Ubari towards the Sharara field "
        "is an old LNA column Jufra base -> Sirte (July 2020): the claimed move is denied, the 2020 move reported; "
        "an LNA company to move Ubari -> El Feel (planned); the force at Sharara will not leave unless output "
        "recovers (conditional withdrawal). Traps: a Facebook page «صوت فزان», «الشرارة الأولى», a 2020 operations "
        "room named after Sirte and Jufra, a council member «الإدريسي».",
 "bs2": "Half-true claim: activists said an LNA column passing Brak al-Shati was heading to Sabha (the brigade denies: "
        "denied advance); a Brak notable and a council member say it came from Brak air base through Brak and deployed "
        "at Idri (reported); its return to Brak is scheduled (planned withdrawal); the spokesman's «if threatened, "
        "forces will be massed at Tamanhint base» (conditional mobilisation). The notable «إدريس» contains Idri; the "
        "border with Algeria is background.",
 "bs3": "A photo of a «Turkish landing at Zuwara port» is a 2023 Lebanese army landing exercise at Tripoli, Lebanon "
        "(reported, actor null); the Zuwara landing is denied; Tunisian army reinforcements at Ben Gardane confirmed by "
        "the ministry and a notable (reported); units to move Tataouine -> Dehiba (planned); a GNA force would advance "
        "on Ras Ajdir if talks fail (conditional). Two Tripolis; Tunis the dateline vs Tunisia the country.",
 "bs4": "Algerian ministry denies that army trucks with weapons crossed Debdeb -> Ghadames -> Al Wafa field (denied "
        "shipment; the clip is said to show a 2023 aid convoy, not a movement); Ghadames's mayor reports Algerian "
        "vehicles spreading near Debdeb (reported deploy); units airlifted Ouargla -> In Amenas (reported) and due to "
        "move on to Djanet (planned, no origin written); the LNA would mass in Ghat (conditional). Algiers dateline vs "
        "Algeria the country; Isayen is only in the condition.",
 "bs5": "A clip said to show Zintan forces heading to Gharyan via Al-Asabi'ah: unverified, then denied by the Zintan "
        "military council (denied advance); a Zintan notable confirms ammunition trucks from Al-Watiya base (reported "
        "shipment); residents report GNA vehicles massing at Gharyan's entrances, unverified but not denied (reported "
        "mobilisation); GNA reinforcements to Gharyan if clashes resume (conditional); a GNA company to be flown "
        "Mitiga -> Ghadames airport (planned airlift). Traps: the outlet name, the Zintan council, «الطرابلسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bs1", "bs2", "bs3", "bs4", "bs5")
