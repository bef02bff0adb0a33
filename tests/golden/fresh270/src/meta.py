# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (town row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Juma"),                            # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "salahdin": ("town", "LY", 32.83000, 13.21500, "Salah al-Din (Tripoli)"),              # K (gazetteer row sits on the city centre)
 "abusalim": ("town", "LY", 32.85500, 13.19000, "Abu Salim"),                           # K (gazetteer row sits on the city centre)
 "gargaresh": ("town", "LY", 32.86500, 13.12000, "Gargaresh"),                          # K (gazetteer row sits on the city centre)
 "wadirabi": ("town", "LY", 32.80000, 13.32000, "Wadi al Rabie"),                       # K (gazetteer row sits on the city centre)
 "airport_road": ("region", "LY", 32.80000, 13.17000, "Tripoli airport road"),          # K
 "south_tripoli": ("region", "LY", 32.78000, 13.20000, "Southern Tripoli"),             # K
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tripoli_port": ("crossing", "LY", 32.90200, 13.18500, "Port of Tripoli"),             # K
 "abusitta": ("base", "LY", 32.90500, 13.21500, "Abu Sitta Naval Base"),                # K (gazetteer row sits on the city centre)
 # coast west of Tripoli
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                     # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (refinery and terminal row)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G (row spelled جودائم)
 "zuwara_ap": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 # hills south of Tripoli
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (Tripolitania row)
 # Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA = "GNA forces"

TRAPS = {
    "jl1": ["الوطنية", "الحاج عمر التاجوري"],
    "jl2": ["فواصل", "قوة حماية طرابلس", "الزاوية الغربية", "ما ادري"],
    "jl3": ["الشرق الأوسط", "المقدم صلاح الدين القمودي", "بركان الغضب", "الليبية", "التركية"],
    "jl4": ["العرب", "اللواء التاسع ترهونة", "إدريس المغربي", "الصادق الغرياني"],
    "jl5": ["القبس", "الزاوية الأمنية", "التونسية", "المؤسسة الوطنية للنفط"],
}

PHEN = {
    "jl1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
            "town_vs_district", "coverage_bases", "coverage_crossings"],
    "jl2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
            "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
    "jl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
    "jl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_idri", "vague_area"],
    "jl5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
            "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "jl1": [
        mv("deploy", "reported", GNA, ["صلاح الدين"], ["تاجوراء"], ["سوق الجمعة"]),
        mv("withdraw", "reported", None, ["قاعدة معيتيقة"], ["وادي الربيع"]),
        mv("naval_landing", "planned", GNA, ["مصراتة"], ["ميناء طرابلس"]),
        mv("reinforce", "conditional", GNA, ["عين زارة"], ["تاجوراء"]),
        mv("mobilise", "denied", GNA, [], ["سوق الجمعة"]),
    ],
    "jl2": [
        mv("advance", "reported", None, ["الماية"], ["جنزور"]),
        mv("withdraw", "planned", None, ["جنزور"], ["الماية"]),
        mv("redeploy", "reported", GNA, ["قرقارش"], ["جنزور"]),
        mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["جنزور", "مصفاة الزاوية"]),
        mv("shipment", "denied", None, [], ["جنزور"], ["الحدود مع تونس"]),
    ],
    "jl3": [
        mv("reinforce", "reported", GNA, ["صلاح الدين"], ["طريق المطار"]),
        mv("mobilise", "reported", None, [], ["أبو سليم"]),
        mv("advance", "conditional", GNA, [], ["أبو سليم"]),
        mv("redeploy", "planned", GNA, ["عين زارة"], ["مطار طرابلس الدولي"]),
        mv("airlift", "denied", "Misrata forces", ["مطار مصراتة"], ["قاعدة معيتيقة"]),
    ],
    "jl4": [
        mv("shipment", "reported", GNA, ["مصراتة"], ["ترهونه"], ["مسلاتة"]),
        mv("deploy", "planned", GNA, [], ["ترهونة", "قصر بن غشير"]),
        mv("mobilise", "reported", "Zintan forces", [], ["الأصابعة"]),
        mv("advance", "denied", "Libyan National Army", ["مزدة"], ["غريان"]),
        mv("redeploy", "conditional", GNA, ["ترهونة"], ["غريان"]),
    ],
    "jl5": [
        mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية", "الحرشة"], ["جنزور", "الماية"]),
        mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
        mv("withdraw", "conditional", None, ["جدائم"], ["الحرشة"]),
        mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار زوارة"]),
        mv("reinforce", "denied", "Tunisian army", ["مدنين"], ["بن قردان"]),
    ],
}

NOTES = {
    "jl1": "Libya Al-Wataniya site, Tripoli: clashes in Tajura close Mitiga. Reported General Staff separation force "
           "Salah al-Din->Tajura via Souq al-Juma; reported pull-back of a local group from around Mitiga air base to "
           "Wadi al-Rabie; planned sea move of a battalion Misrata->Tripoli port; conditional 444 reinforcement "
           "Ain Zara->Tajura («إذا خُرقت التهدئة»); Radaa's denied massing in Souq al-Juma. Tests تاجورا inside/next to "
           "تاجوراء, the municipality, diverted civil flights (Istanbul, Tunis city) and displaced families (not moves).",
    "jl2": "Fawasel, Tripoli: a fragile truce in Janzour. Reported advance Al-Maya->Janzour; planned pull-back "
           "Janzour->Al-Maya under the deal; reported Interior redeploy Gargaresh->Janzour's eastern gate; conditional "
           "Misrata neutral force for Janzour and the coastal road up to the Zawiya refinery («في حال»); denied arms "
           "shipment via the Tunisian border into the town. Traps: «قوة حماية طرابلس», «الزاوية الغربية», «ما ادري».",
    "jl3": "Asharq Al-Awsat, Cairo: clashes on Tripoli's airport road. Reported 444 reinforcement Salah al-Din->airport "
           "road; reported massing in Abu Salim; conditional 444 advance on Abu Salim («إذا لم تنسحب»); planned redeploy "
           "Ain Zara->Tripoli International Airport; Misrata's denied airlift Misrata airport->Mitiga base. Spelling "
           "pairs ابوسليم/أبو سليم and عين زاره/عين زارة; person «صلاح الدين القمودي»; 2019 front lines are not moves.",
    "jl4": "Al-Arab, London (Tripoli dateline): the hills south of Tripoli. Reported supply convoys Misrata->Tarhuna via "
           "Msallata; planned battalions for Tarhuna and Qasr Bin Ghashir; reported Zintan massing at Al-Asabaa; the "
           "LNA's denied advance Mizda->Gharyan; conditional redeploy Tarhuna->Gharyan («إذا ثبت»). Traps: «اللواء "
           "التاسع ترهونة», «الصادق الغرياني», «إدريس المغربي»; إقليم طرابلس (region) beside Tripoli.",
    "jl5": "Al-Qabas, Kuwait (Tripoli dateline): clashes at the Zawiya refinery. Reported Interior deployment Tripoli->"
           "Zawiya/refinery/Al-Harsha via Janzour and Al-Maya; reported coast-guard landing Abu Sitta->Zawiya oil port; "
           "conditional pull-back Judaim->Al-Harsha («شرط أن»); planned airlift Mitiga airport->Zuwara airport (Ras "
           "Ajdir is the purpose, not a destination); Tunisia's denied reinforcement Medenine->Ben Gardane. Tunis "
           "(city) vs Tunisia (country); «من الزاوية الأمنية» common-word trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jl1", "jl2", "jl3", "jl4", "jl5")
