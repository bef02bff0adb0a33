# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README "Coordinates not from the gazetteer").
# Written blind for fresh260 (jb1-jb5).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # foreign cities and towns
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row name_ar ربات; الرباط in its names)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # Tripoli and the west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "mitiga_ab": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                    # G
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                          # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18800, "Port of Tripoli"),           # K
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # the Nafusa mountains and Gharyan
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                         # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 # Sirte and Jufra
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, as the area)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # the south
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                          # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "jb1": ["الجريدة", "شارع الزاوية", "مفتاح الطرابلسي", "الليبية", "التركية", "الليبي"],
 "jb2": ["إيلاف", "شركة البريقة لتسويق النفط", "الزاوية الأمنية", "الليبي"],
 "jb3": ["الخليج أونلاين", "الصادق الغرياني", "ما ادري"],
 "jb4": ["هسبريس", "اتفاق الصخيرات", "الجيش الوطني الليبي", "المغربي", "التركي", "الليبية"],
 "jb5": ["الوطن", "الجيش الوطني الليبي", "خالد الإدريسي", "علي المرزقي", "التشاديين", "التشادية", "مصري", "الليبية"],
}

PHEN = {
 "jb1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases", "ambiguity_tripoli",
         "ambiguity_country_capital", "countries", "coverage_crossings"],
 "jb2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "coverage_oil", "coverage_bases",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries", "spelling"],
 "jb3": ["clitics", "multiword", "media_trap", "person_trap", "vague_area", "town_vs_district", "ambiguity_idri",
         "ambiguity_tripoli", "common_word_trap"],
 "jb4": ["multiword", "media_trap", "operation_trap", "nisba", "countries", "coverage_bases", "spelling",
         "town_vs_district", "ambiguity_country_capital", "clitics"],
 "jb5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase", "countries",
         "coverage_bases", "coverage_neighbours", "operation_trap", "ambiguity_idri", "spelling", "coverage_oil",
         "coverage_crossings"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "jb1": [
  _m("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["سوق الجمعة"], ["عين زارة"]),
  _m("withdraw", "reported", "GNA forces", [], ["قاعدة معيتيقة"]),
  _m("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  _m("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  _m("reinforce", "denied", "Zintan forces", ["الزنتان"], ["طرابلس"]),
 ],
 "jb2": [
  _m("redeploy", "reported", "GNA forces", ["مصفاة الزاوية"], ["الحرشة"]),
  _m("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["الزاوية"]),
  _m("deploy", "planned", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور", "الماية"]),
  _m("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["الزاوية"], ["صرمان"]),
  _m("shipment", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"]),
 ],
 "jb3": [
  _m("reinforce", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  _m("withdraw", "planned", None, ["غريان"], ["الأصابعة"]),
  _m("advance", "conditional", "Libyan National Army", ["الجفرة"], ["مزدة"]),
  _m("mobilise", "denied", "Zintan forces", [], ["القواليش"]),
  _m("shipment", "denied", "Zintan forces", ["الزنتان"], ["القواليش"]),
  _m("advance", "reported", None, ["الأصابعة"], ["غريان"]),
 ],
 "jb4": [
  _m("redeploy", "planned", "Misrata forces", ["الوشكة"], ["أبو قرين"]),
  _m("withdraw", "conditional", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  _m("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["سرت"], ["ودان"]),
  _m("airlift", "reported", None, ["بنغازي"], ["قاعدة الجفرة الجوية"]),
  _m("mobilise", "denied", "GNA forces", [], ["أبو قرين"]),
 ],
 "jb5": [
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  _m("advance", "conditional", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  _m("withdraw", "planned", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"], ["منفذ التوم"]),
  _m("withdraw", "denied", "Libyan National Army", ["حقل الفيل"], ["مرزق"]),
 ],
}

NOTES = {
 "jb1": ("Al-Jarida (Kuwait), Tripoli: a Presidential Council deadline over Mitiga. Reported 444 Brigade deploy Tekbali "
         "camp→Souq al-Juma via Ain Zara and a reported Radaa pull-back into the Mitiga base (anaphora «داخل القاعدة»); the "
         "agreed neutral force for Mitiga airport is planned; Misrata's «ستُنزل قواتها في ميناء طرابلس إذا انقضت المهلة» "
         "is a conditional landing (origin = «كتائب المدينة» → Misrata); Zintan's denied column to Tripoli. Traps: a Tripoli "
         "street named after Zawiya, a mediator surnamed الطرابلسي; Ankara, Rome, Kuwait and the speakers' Misrata/Zintan "
         "are not movement places."),
 "jb2": ("Elaph, Zawiya: elders' 72-hour ultimatum over the refinery. Reported redeploy refinery→Al-Harsha («محيط "
         "المصفاة»); reported patrol boats Abu Sitta naval base→Zawiya's oil harbour; a separation force agreed for Thursday "
         "Tripoli→the refinery via Janzour and Al-Maya (planned); a GNA threat Al-Watiya→Zawiya via Surman «في حال» "
         "(conditional); Misrata sources deny an ammunition shipment to Zawiya. Traps: «من الزاوية الأمنية» (common word), "
         "the Brega fuel company; fuel to Tripoli and queues up to Ras Ajdir are not force moves."),
 "jb3": ("Al-Khaleej Online, Gharyan: a signed deal for an armed group's exit. Reported GNA reinforcement Tripoli→Gharyan "
         "via Al-Aziziyah; the group's agreed pull-out Gharyan→Al-Asabaa by Thursday (planned, actor null); the LNA's "
         "«ستتحرك … نحو مزدة إذا» from Jufra (conditional; the GNA advance inside the if-clause is not a movement); a "
         "Zintani commander denies both massing at Al-Qawalish and an arms shipment Zintan→Al-Qawalish; flashback: the "
         "group came to Gharyan from Al-Asabaa (reported, actor null). Traps: Mufti al-Sadiq al-Ghariani, «ما ادري», the "
         "outlet; schools reopening «إذا» is not a movement."),
 "jb4": ("Hespress, Bouznika: a security round hosted by Morocco on the Sirte–Jufra line. Misrata's agreed redeploy "
         "Al-Washka→Abu Qurayn (planned); the LNA pull-back Sirte→Jufra air base tied to «إلا إذا» (conditional); a "
         "reported LNA column Jufra→Sirte via Waddan and a military cargo plane Benghazi→Jufra air base (actor null); the "
         "GNA staff deny massing at Abu Qurayn. The Turkish presence at Al-Watiya is a condition, not a move. Traps: the "
         "Skhirat agreement, المغربي, the LNA's name."),
 "jb5": ("Al-Watan (Egypt), the south: an LNA one-week ultimatum to Chadian groups at Umm al-Aranib. Reported airlift "
         "Benina→Tamanhint («شمال شرقي سبها» is a locator); conditional advance Sabha→Umm al-Aranib; the groups' agreed "
         "pull-out towards the Niger border via the Toummo crossing (planned); a denied LNA pull-out El Feel field→Murzuq. "
         "The headline's «الجنوب الليبي» repeats the airlift and is not a second destination; the 2019 flight of families to "
         "Sabha and Ubari is civilian; «ينحدر … من تشاد» is origin of people, not a move. Traps: the spokesman الإدريسي, "
         "the mediator المرزقي, nisbas."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jb1", "jb2", "jb3", "jb4", "jb5")
