# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; K = own knowledge / representative point
# (see README "Coordinates not from the gazetteer").
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                            # G (curated row on the Tripoli point)
 "abusalim_mun": ("district", "LY", 32.88743, 13.18733, "Abu Salim municipality"),       # G* (town row)
 "andalus": ("town", "LY", 32.88743, 13.18733, "Hay al-Andalus (Tripoli)"),              # G (curated row on the Tripoli point)
 "gargaresh": ("town", "LY", 32.88743, 13.18733, "Gargaresh"),                           # G (curated row on the Tripoli point)
 "hadba": ("town", "LY", 32.88743, 13.18733, "Al Hadba al Khadra"),                      # G (curated row on the Tripoli point)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                           # G
 "salahdin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),               # G (curated row on the Tripoli point)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),         # G* (town row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (city row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzur municipality"),           # G* (city row)
 "south_tripoli": ("region", "LY", 32.76, 13.20, "Southern Tripoli"),                    # K (representative point)
 # bases, airports, port
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G (curated row on the Tripoli point)
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G (curated row on the Tripoli point)
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),          # G
 "tripoli_port": ("crossing", "LY", 32.904, 13.184, "Port of Tripoli"),                  # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "camp27": ("base", "LY", 32.81868, 13.01727, "Camp 27 (Kilometre 27)"),                 # G
 # west and south of Tripoli
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "refinery": ("oilfield", "LY", 32.78, 12.71, "Zawiya refinery"),                        # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_libya": ("region", "LY", 28.69793, 14.30438, "Western Libya"),                    # G* (row شمال غرب ليبيا)
 # border regions
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "border_tnside": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "co1": ["الليبية", "عبد الرحمن الزنتاني", "الأناضول", "التركية", "الليبيين"],
 "co2": ["الليبية", "زنتانية", "المجلس العسكري الزنتان", "مصطفى الإدريسي", "عملية بركان الغضب", "المصرية"],
 "co3": ["المتوسط", "التونسي", "الليبية"],
 "co4": ["الليبية", "قناة ليبيا الأحرار", "عبد الله الإدريسي", "الليبي", "المالية"],
 "co5": ["قوة حماية طرابلس", "الليبية", "الشرق", "الجديد", "المجلس العسكري مصراتة", "المالي"],
}

PHEN = {
 "co1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
         "coverage_bases", "coverage_crossings", "countries"],
 "co2": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "co3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "co4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "co5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, ZIN, MIS, TUN = "GNA forces", "Zintan forces", "Misrata forces", "Tunisian army"

MOVES = {
 "co1": [
  mv("reinforce", "reported", GNA, ["قاعدة معيتيقة"], ["الهضبة الخضراء"], ["سوق الجمعة"]),   # Radaa column
  mv("deploy", "reported", GNA, ["معسكر التكبالي"], ["أبو سليم"]),                          # 444 separation force
  mv("advance", "conditional", GNA, [], ["الهضبة الخضراء"]),                                 # 444 «ستتقدم ... إذا لم»
  mv("withdraw", "planned", GNA, ["الهضبة الخضراء"], ["أبو سليم"]),                          # SSA «سيسحب»
  mv("shipment", "denied", GNA, ["مصراتة"], ["ميناء طرابلس"]),                               # SSA armour «مجرد شائعات»
 ],
 "co2": [
  mv("mobilise", "reported", ZIN, ["الزنتان"], ["العزيزية"]),
  mv("redeploy", "reported", GNA, ["صلاح الدين"], ["عين زارة", "قصر بن غشير"]),             # 444
  mv("advance", "denied", ZIN, ["العزيزية"], ["قصر بن غشير", "عين زارة"]),
  mv("withdraw", "planned", GNA, ["قصر بن غشير"], ["معسكر اليرموك"]),                       # 444, draft truce
  mv("withdraw", "planned", ZIN, ["العزيزية"], ["الزنتان"]),                                 # draft truce
  mv("reinforce", "conditional", GNA, ["ترهونة"], ["عين زارة"]),                              # «في حال»
 ],
 "co3": [
  mv("advance", "reported", None, ["الزاوية"], ["جنزور"], ["الماية"]),                       # Zawiya groups' column
  mv("shipment", "reported", None, ["الزاوية"], ["جنزور"]),                                  # ammunition trucks
  mv("withdraw", "conditional", None, ["جنزور"], ["الزاوية"]),                               # «لن تنسحب ... إلا إذا»
  mv("reinforce", "denied", GNA, [], ["جنزور"]),                                              # SSA Zawiya branch
  mv("deploy", "planned", GNA, [], ["جنزور", "الماية"]),                                      # Chief of Staff separation force
  mv("reinforce", "reported", TUN, [], ["الحدود مع ليبيا", "بن قردان"]),
 ],
 "co4": [
  mv("redeploy", "reported", GNA, ["سوق الجمعة"], ["قاعدة معيتيقة"]),                        # Radaa
  mv("naval_landing", "reported", MIS, ["مصراته"], ["ميناء طرابلس"]),
  mv("airlift", "denied", None, ["مطار مصراته"], ["مطار معيتيقة"]),
  mv("deploy", "planned", GNA, ["معسكر التكبالي"], ["تاجوراء", "سوق الجمعة"]),              # Chief of Staff neutral force
  mv("advance", "conditional", None, ["تاجوراء"], ["سوق الجمعة"]),                           # Tajoura group «إذا لم»
 ],
 "co5": [
  mv("withdraw", "planned", GNA, ["أبوسليم"], ["معسكر التكبالي"]),                           # 444, truce text
  mv("airlift", "planned", None, ["مطار مصراتة"], ["مطار معيتيقة"]),                         # joint separation force
  mv("deploy", "planned", None, [], ["معبر رأس اجدير"]),                                      # patrols on the coastal road
  mv("redeploy", "conditional", GNA, ["صلاح الدين"], ["أبوسليم"]),                           # 444 «في حال خرق»
  mv("withdraw", "reported", None, ["جنزور"], ["الزاوية"], ["الماية"]),                      # Zawiya groups
  mv("naval_landing", "denied", MIS, ["مصراتة"], ["تاجوراء"]),
  mv("mobilise", "denied", ZIN, [], ["العزيزية"]),
 ],
}

NOTES = {
 "co1": "TRT Arabic, Tripoli: Radaa vs the Stability Support Apparatus in Abu Salim. Reported Radaa reinforcement "
        "Mitiga base->Al-Hadba via Souq al-Jumaa and a reported 444 deployment Tekbali camp->Abu Salim; 444's "
        "conditional advance (إذا لم); SSA's planned pull-back Al-Hadba->Abu Salim (سيسحب); a denied armour "
        "shipment Misrata->Tripoli port (مجرد شائعات). Not movements: families displaced to Janzour, flights "
        "diverted from Mitiga to Misrata airport, the speaker in Ankara.",
 "co2": "Youm7 (Cairo): Zintan groups mass at Al-Aziziyah (from Zintan), 444 redeploys Salah al-Din->Ain Zara/Qasr "
        "Bin Ghashir; Zintan's military council denies an advance; a draft truce plans 444 to Yarmouk camp and the "
        "Zintan groups back to Zintan; a conditional 444 reinforcement from Tarhuna (في حال). Not movements: "
        "background presence around the old airport, displaced families, the speaker in Cairo.",
 "co3": "Al-Mutawaset, Janzour: a Zawiya column into Janzour via Al-Mayah and ammunition trucks after it; a "
        "conditional withdrawal (لن ... إلا إذا); the SSA Zawiya branch denies sending men; a planned separation "
        "force for Janzour and Al-Mayah; the Tunisian army reinforces the border near Ben Gardane. Not movements: "
        "SSA presence at the Zawiya refinery, the ministry in Tunis, traffic at Ras Ajdir.",
 "co4": "DW Arabic, Tripoli: Mitiga closed after Radaa-Tajoura clashes. Radaa redeploys Souq al-Jumaa->Mitiga "
        "base; a Misrata force lands by sea at Tripoli port; a denied airlift Misrata airport->Mitiga (actor not "
        "named); a planned neutral force Tekbali->Tajoura/Souq al-Jumaa; the Tajoura group's conditional advance. "
        "Not movements: families leaving for Garabulli, the analyst's «دخول قوة من مصراته» (the same landing).",
 "co5": "Asharq News, Tunis: a truce signed in Tunis. Planned: 444 Abu Salim->Tekbali, a joint force flown "
        "Misrata airport->Mitiga, patrols to Ras Ajdir; conditional 444 redeploy Salah al-Din->Abu Salim (في حال); "
        "reported Zawiya groups' withdrawal Janzour->Zawiya via Al-Mayah; denied Misrata landing at Tajoura and "
        "denied Zintan massing at Al-Aziziyah. Not movements: signatories from Zawiya/Zintan, Mellitah (purpose).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("co1", "co2", "co3", "co4", "co5")
