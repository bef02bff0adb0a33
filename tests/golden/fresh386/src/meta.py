# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # cities outside Libya
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.115, 20.055, "Port of Benghazi"),               # K
 # nx1 Sharara
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G (row مصفاة الزاوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # nx2 El Feel
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq_basin": ("region", "LY", 25.8, 12.5, "Murzuq Basin"),                          # K
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha_apt": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # nx3 Mellitah
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "border_tnside": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # nx4 Es Sider / Ras Lanuf
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),     # G* (row راس لانوف)
 "raslanuf_apt": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),        # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # nx5 Zueitina / Brega
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil terminal"),      # G* (town row)
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "brega_apt": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),             # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
}

TRAPS = {
 "nx1": ["سي إن بي سي عربية", "القوة القاهرة", "بوابة الوسط", "الشرارة الأولى", "شركة أكاكوس للعمليات النفطية", "الإسبانية",
         "الفرنسية", "العقيد علي الإدريسي", "المجلس العسكري الزنتان", "عبد الله الطرابلسي", "الأوروبيين"],
 "nx2": ["الاقتصادية", "شركة مليتة للنفط والغاز", "الإيطالية", "قناة الجزيرة", "سوناطراك", "ما ادري",
         "رضا المرزوقي", "الفيل في الغرفة", "الليبية"],
 "nx3": ["هسبريس", "الليبي", "شركة مليتة", "الإيطالية", "قناة ليبيا الأحرار", "غرفة عمليات الساحل الغربي",
         "الجيش التونسي", "السلطات التونسية", "الأوروبيين"],
 "nx4": ["شركة الواحة للنفط", "شركة الهروج للعمليات النفطية", "قناة ليبيا الحدث", "غرفة عمليات سرت الجفرة",
         "إبراهيم الجضران", "الهلال الأحمر الليبي", "المصرف المركزي"],
 "nx5": ["شركة الزويتينة للنفط", "غرفة عمليات أجدابيا", "سودانيين", "الجنوبية"],
}

PHEN = {
 "nx1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "nx2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "nx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "nx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil"],
 "nx5": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "nx1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الرياينة"]),
 ],
 "nx2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "reported", LNA, ["مطار سبها"], ["حقل الفيل"], ["مرزق"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["حقل الفيل"]),
  mv("mobilise", "conditional", LNA, [], ["أوباري"]),
  mv("redeploy", "denied", LNA, ["حقل الشرارة"], ["الفيل"]),
 ],
 "nx3": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["مجمع مليته"]),
  mv("shipment", "reported", GNA, ["قاعدة الوطية الجوية"], ["مجمع مليته"]),
  mv("deploy", "planned", GNA, [], ["صبراتة", "زوارة"]),
  mv("withdraw", "conditional", None, ["مجمع مليته"], ["زوارة", "صبراتة"]),
  mv("mobilise", "denied", "Tunisian army", [], ["بن قردان"]),
 ],
 "nx4": [
  mv("withdraw", "reported", None, ["ميناء السدرة"], ["بن جواد"]),
  mv("redeploy", "reported", LNA, ["سرت"], ["ميناء السدرة"], ["النوفلية"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["مطار راس لانوف"]),
  mv("advance", "denied", GNA, ["أبوقرين"], ["الهلال النفطي"]),
 ],
 "nx5": [
  mv("advance", "reported", LNA, ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("redeploy", "planned", LNA, ["ميناء البريقة"], ["الزويتينة"]),
  mv("deploy", "conditional", LNA, [], ["جالو", "أوجلة"]),
  mv("airlift", "denied", "Sudanese armed groups", ["الكفرة"], ["مطار البريقة"]),
 ],
}

NOTES = {
 "nx1": ("CNBC Arabia-style economic copy on a Sharara shutdown: a reported LNA reinforcement Sabha→the field via "
         "Ubari (headline retells it), a planned airlift Tamanhint air base→the field's airstrip, a denied guards' "
         "pull-out field→Ubari and a conditional Zintan advance to the Rayayinah valve (إذا). Anaphora «الحقل» → "
         "حقل الشرارة. Traps: الشرارة الأولى (the first spark), العقيد علي الإدريسي (Idri inside), عبد الله الطرابلسي "
         "(Tripoli inside), المجلس العسكري الزنتان. Dateline Dubai, NOC seat Tripoli and Zawiya refinery are not "
         "movement places."),
 "nx2": ("Al-Eqtisadiah-style copy on El Feel stormed by a local armed group: a reported LNA airlift Benina air "
         "base→Sabha airport, the reported deploy on from there (هناك) via Murzuq to the field, a planned ammunition "
         "shipment Benghazi→the field, a conditional massing in Ubari (إذا) and a denied company move Sharara→«الفيل» "
         "(short name of the field). Sonatrach's evacuation to Algeria via Isayen is civilian, not a movement. Traps: "
         "«الفيل في الغرفة», «ما ادري», رضا المرزوقي, شركة مليتة للنفط والغاز."),
 "nx3": ("Hespress wire copy on clashes at Mellitah: a reported GNA sea landing Abu Sitta naval base→the complex "
         "(written مجمع مليته in the body), a reported ammunition convoy from Al-Watiya, a planned neutral force "
         "between Sabratha and Zuwara, a conditional pull-back of both groups from the complex into the two towns "
         "(بمجرد) and the Tunisian MoD's denied massing at Ben Gardane. Tunis (the ministry) vs Tunisia (بين ليبيا "
         "وتونس); «الحدود مع ليبيا» is a locator of Ben Gardane, not a destination."),
 "nx4": ("Emarat Al Youm wire copy on a guards' sit-in shutting Es Sider and Ras Lanuf: the protesting guards' "
         "reported pull-out Es Sider→Bin Jawad, a reported LNA redeploy Sirte→Es Sider via Nofaliya («الميناء»), a "
         "planned landing Benghazi port→Ras Lanuf port, a conditional Jufra air base→Ras Lanuf airport reinforcement "
         "(في حال) and a denied GNA advance Abu Qurayn→the Oil Crescent. راس لانوف / رأس لانوف spellings; Jadhran's "
         "2013–2016 closure is not a movement."),
 "nx5": ("Al-Dustour «عواصم - وكالات» copy on a Zueitina shutdown: a reported LNA advance Ajdabiya (اجدابيا)→Zueitina "
         "port, a reported armour shipment Benghazi port→Brega port, a planned company move Brega port→Zueitina, a "
         "conditional deployment to Jalu and Awjila (إذا) and a denied airlift of Sudanese fighters Kufra→Brega "
         "airport. The fuel tanker to Tripoli (Lebanon) is civilian; «لا وجود … في الهلال النفطي» is presence."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nx1", "nx2", "nx3", "nx4", "nx5")
