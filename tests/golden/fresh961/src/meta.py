# Gold metadata for fresh961 (qka1-qka5), written blind to the extractor.
# Place rows: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (grep -F in
# data/gazetteer.csv); K = own knowledge or representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # qka1 Libya Watanona: the Sharara oil field
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # qka2 Al Jazeera Blogs: the Sirte "red line"
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # qka3 Akhbar Al-Yom: Kufra and the Sudan war
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qka4 Al-Mothaqaf: the southern borders and the neighbours' armies
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qka5 Assabeel: the Tunisian border and the west coast
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
}

TRAPS = {
 "qka1": ["فرج الغرياني", "ليبيا وطننا", "الجيش الوطني الليبي", "كتيبة شهداء الزاوية", "الفيلق الإفريقي",
          "الروسي", "تشاديين", "الملك إدريس", "الشرارة الأولى"],
 "qka2": ["أنس المصراتي", "مدونات الجزيرة", "غرفة عمليات تحرير سرت والجفرة", "البحرية التركية", "السوريين",
          "الخمس سنوات"],
 "qka3": ["مسعود الطرابلسي", "الجيش الوطني", "الدعم السريع", "ليبيا الحدث", "القوة المشتركة لدارفور",
          "الجيش المصري", "الجيش السوداني", "الليبية", "مصرٌّ", "أخبار اليوم"],
 "qka4": ["أحمد السبهاوي", "المثقف", "الجيش النيجري", "تلفزيون تشاد", "الجيش التشادي",
          "جبهة الوفاق من أجل التغيير في تشاد", "إدريس ديبي", "تشادية", "الجيش الوطني", "الزوار"],
 "qka5": ["خالد الزنتاني", "السبيل", "اللبنانية", "الجيش التونسي", "وكالة تونس إفريقيا للأنباء", "هذه الزاوية",
          "قوة حماية طرابلس", "تونسية"],
}

PHEN = {
 "qka1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qka2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qka3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qka4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qka5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qka1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["اوباري"]),
  mv("deploy", "planned", "GNA forces", ["الزاوية"], ["الشويرف"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة"], ["قاعدة تمنهنت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الشرارة"], ["إدري"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["مرزق"]),
 ],
 "qka2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qka3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينة"], ["مطار الكفرة"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "planned", "Sudanese army", [], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qka4": [
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("redeploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian army", [], ["تجرهي"]),
  mv("withdraw", "conditional", "Libyan National Army", ["القطرون"], ["سبها"]),
 ],
 "qka5": [
  mv("deploy", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("redeploy", "planned", "GNA forces", ["العجيلات"], ["معبر راس جدير"]),
  mv("naval_landing", "denied", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["العجيلات"]),
 ],
}

NOTES = {
 "qka1": "Ironic column (Libya Watanona) on the Sharara field guarded by two armies: an LNA column Sabha→Sharara via "
         "Ubari (spelled اوباري, field named «الحقل» in the sentence), a planned GNA company Zawiya→Ash-Shwayrif (Zawiya "
         "also inside the battalion's name), a denied Russian airlift Al-Jufra base→Tamanhint base (Brak only where the "
         "noise is heard), a conditional LNA withdrawal Sharara→Idri (Idri also inside 'الملك إدريس') and Chadian gunmen "
         "reported massing on the edge of Murzuq; the Niger border is only the open road, Gharyan the writer's town "
         "(also inside his name) and 'الشرارة الأولى' the common word.",
 "qka2": "Blog (Al Jazeera Blogs) on the Sirte 'red line': the line Sirte–Jufra and the op-room name with both places are "
         "not moves; Misratan battalions reinforced Abu Qurayn, a Turkish navy ship brought armour Mersin→Misrata port, "
         "an LNA advance Sirte→Abu Qurayn is conditional, a withdrawal of Syrian mercenaries Watiya→Turkey is denied, and "
         "a Turkish marine landing at Khoms port is planned (Ankara only the source, 'الخمس سنوات' a common word).",
 "qka3": "Column (Akhbar Al-Yom) by a Benghazi writer whose surname says Tripoli: LNA cargo flights Benina (spelled "
         "بنينة)→Kufra airport, Egyptian reinforcements Marsa Matruh→Sallum (Amsaad only memory), a planned Sudanese army "
         "deployment in the border triangle (Port Sudan the source), a denied LNA arms convoy Kufra→Darfur via the triangle "
         "and a conditional advance Kufra→the Sudanese border; Cairo and Benghazi are where the writer talks and writes.",
 "qka4": "Column (Al-Mothaqaf) by a Sabha writer: the Nigerien army deployed Dirkou→Madama (Toummo only a distance), the "
         "Chadian army plans to move units Faya-Largeau→Zouar (Zouar also inside 'الزوار'), Chadian rebels massing near "
         "Umm al-Aranib, a denied Chadian incursion near Tajarhi (asked with إذا, but denied) and a conditional LNA "
         "withdrawal Qatrun→Sabha; Algiers (الجزائر العاصمة) vs Algeria, Murzuq town vs district, Idriss Deby a person.",
 "qka5": "Column (Assabeel, Amman) by a Zawiya writer: Lebanese Tripoli vs Tripoli in the west, Tunis vs Tunisia; the "
         "Tunisian army moved units Medenine→Ben Gardane, the GNU plans to move a brigade Ajaylat→Ras Ajdir crossing "
         "(spelled راس جدير), a marine landing Tripoli port→Zuwara port is denied by Zuwara municipality, and Zintan "
         "battalions threaten to mass on the outskirts of Ajaylat (conditional; Zintan only names the actor); 'from Sabratha to the border with Tunisia' is a from-to phrase, not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qka1", "qka2", "qka3", "qka4", "qka5")
