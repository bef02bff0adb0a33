# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # aj1 Benghazi / Derna / Egypt
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (town point, as fresh31 بلدية مرزق)
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "susa_ly": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                    # G* (row أبولونيا)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "abraq_ap": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                 # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # aj2 fuel crisis in the west
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G* (variant بنى وليد)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G* (variant مصراته)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # aj3 Sirte
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air-base point near Hun/Waddan, README rule)
 # aj4 Kufra / border triangle
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                      # K
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "east_uweinat": ("region", "EG", 22.58570, 28.71660, "East Owainat"),                  # G* (row مطار شرق العوينات)
 "farafra": ("town", "EG", 27.05800, 27.97000, "Farafra"),                              # K
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town point)
 # aj5 Tunisian border
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (three spellings)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_ly": ("region", "TN", 32.55000, 11.00000, "Tunisia-Libya border (Tunisian side)"),  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
}

TRAPS = {
 "aj1": ["مصري", "القاهرة الإخبارية", "السد الجديد", "الخطوط الجوية الليبية", "محمد الطبرقي", "مركز بنغازي الطبي",
         "مديرية أمن درنة", "القيادة العامة للجيش الوطني الليبي"],
 "aj2": ["بتوقيت غرينتش", "شركة البريقة لتسويق النفط", "عبد الله الغرياني", "الدعم المالي", "جامعة الزاوية",
         "حكومة الوحدة الوطنية"],
 "aj3": ["معركة القرضابية", "القوات الإيطالية", "الجيش الوطني الليبي", "منطقة سرت العسكرية", "خليج سرت",
         "الأهلي بنغازي", "ملعب شهداء بنينا", "الأهلي طرابلس", "الاتحاد المصراتي"],
 "aj4": ["الجيش الليبي", "البيان", "القيادة العامة للجيش الوطني الليبي", "كتيبة سبل السلام", "منصات سودانية", "قوات الدعم السريع",
         "الجيش المصري", "لاجئ سوداني", "مستشفى الكفرة العام"],
 "aj5": ["الليبيين", "موزاييك أف أم", "الجيش الوطني التونسي", "محمد الطرابلسي", "قوة إنفاذ القانون",
         "الغرفة الأمنية المشتركة", "مريضاً ليبياً"],
}

PHEN = {
 "aj1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "aj2": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "vague_area", "border_phrase",
         "ambiguity_country_capital", "coverage_neighbours", "countries"],
 "aj3": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil", "countries"],
 "aj4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "aj5": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, EGY, SUD, GNA, TUN = "Libyan National Army", "Egyptian army", "Sudanese armed groups", "GNA forces", "Tunisian army"


def mv(kind, status, actor, origins=(), dests=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(dests), "via": list(via)}


MOVES = {
 "aj1": [],
 "aj2": [],
 "aj3": [],
 "aj4": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["جبل العوينات", "المثلث الحدودي"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["الكفرة"]),
  mv("advance", "denied", SUD, ["دارفور"], ["قاعدة معطن السارة"]),
  mv("reinforce", "reported", EGY, [], ["شرق العوينات"]),
 ],
 "aj5": [
  mv("reinforce", "reported", TUN, ["قابس"], ["بن قردان", "معبر راس جدير"]),
  mv("deploy", "planned", TUN, [], ["الذهيبة", "الحدود مع ليبيا"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["منفذ راس اجدير"]),
  mv("withdraw", "denied", None, ["راس جدير"], ["زوارة"]),
 ],
}

NOTES = {
 "aj1": ("Al Qahera News (القاهرة الإخبارية): Egyptian ministerial delegation in Benghazi on Derna reconstruction; "
         "Benghazi dateline. No movement of forces (movements: []). Tempting non-movements: the delegation arriving at "
         "Benina airport and due to travel to Derna and Tobruk; «تحركات دبلوماسية» towards eastern Libya; the Arab "
         "Contractors «الدفع بـ400 مهندس» to Derna, Bayda and Susa; 120 trucks from Egypt via Marsa Matruh and Sallum crossing Amsaad; "
         "flights Benghazi-Cairo and Abraq-Alexandria resuming; displaced families returning; patients transferred to "
         "Benghazi Medical Centre and Cairo; Derna security directorate «قواتها» securing sites from their own posts "
         "«دون تعزيزات»; LNA opening volunteering; building-material prices «تحركت». Traps: القاهرة الإخبارية (media "
         "containing القاهرة), محمد الطبرقي (person containing طبرق), مركز بنغازي الطبي and مديرية أمن درنة "
         "(organisations), السد الجديد (common word), مصري (nisba containing مصر); سوسة is Libyan Susa, not Sousse."),
 "aj2": ("Arabi21 (عربي21): fuel crisis in the west and Fezzan; Tripoli dateline with «بتوقيت غرينتش» (GMT, not a "
         "place). No movement of forces (movements: []). Tempting non-movements: 45 tanker trucks from Zawiya depots "
         "towards Gharyan, Shwayrif and Sabha and a second convoy to Bani Walid (variant بنى وليد); a tanker from Malta "
         "docking in Tripoli and another waiting at Misrata (variant مصراته); smuggled fuel diverted towards the border "
         "with Tunisia; prices «تحركت»; a party «انسحابه» from municipal elections in Zliten and Tarhuna; security "
         "forces securing exams «انطلاقاً من مقارها» in Tripoli, Janzour and Tajura «دون أي تحركات استثنائية»; the "
         "PM's visit to Gharyan; the oil minister travelling to Algiers (الجزائر العاصمة). Traps: شركة البريقة لتسويق "
         "النفط, عبد الله الغرياني (person containing غريان), الدعم المالي (Mali inside المالي), جامعة الزاوية."),
 "aj3": ("Al-Saa24 (الساعة 24): military parade in Sirte on the 111th anniversary of the battle of Gardabiya (1915) "
         "and a graduation at Gardabya air base; Sirte dateline. No movement of forces (movements: []). Tempting "
         "non-movements: LNA units parading in Sirte; the Sirte military-region commander visiting «الوحدات المتمركزة» "
         "in Bin Jawad and Ras Lanuf oil port («قواتنا باقية في مواقعها»); weapons handed over in a ceremony; the army's "
         "relief committee distributing food through its standing office in Murzuq; volunteering through recruitment "
         "offices in Sirte, Jufra and Sabha; the football team Khaleej Sirte «انتقل» to Benghazi; migrants from Sudan "
         "and Chad who crossed towards Kufra and Ajdabiya and face deportation. Traps: معركة القرضابية (historical "
         "event name), منطقة سرت العسكرية (military command), خليج سرت (club; also the name of the gulf), الأهلي "
         "بنغازي, الأهلي طرابلس, ملعب شهداء بنينا, الاتحاد المصراتي, القوات الإيطالية."),
 "aj4": ("Al Bayan (البيان): LNA reinforces the Libya-Egypt-Sudan border triangle; Benghazi dateline. Reported LNA "
         "(«كتيبة سبل السلام») reinforcement Kufra->Jebel Uweinat (headline «يعزز مواقعه في المثلث الحدودي» = same "
         "move, so المثلث الحدودي is a destination; «بلغ مشارف الجبل» and «انتشرت عناصره» = same move); conditional "
         "LNA reinforcement Tazirbu->Kufra («إذا»; the triangle in the condition is not a movement place); RSF "
         "(Sudanese armed groups) advance Darfur->Maaten al-Sarra base denied («أكاذيب»); reported Egyptian army "
         "reinforcement of its posts in East Owainat (no origin). Not movements: aid convoys from Ajdabiya (purpose of "
         "the LNA move and later arrival of 25 trucks), UNHCR delegation arriving in Kufra, the Egyptian border-guard "
         "chief visiting troops stationed in Farafra «دون الإعلان عن تحركات جديدة», Sudanese refugees crossing towards "
         "Kufra, patients airlifted Kufra->Benghazi, security forces securing camps from their posts."),
 "aj5": ("Mosaique FM (موزاييك أف أم): Tunisian army reinforcements at Ben Gardane after a shoot-out with smugglers; "
         "Medenine dateline. Reported Tunisian army reinforcement Gabes barracks->Ben Gardane and the Ras Ajdir "
         "crossing (headline = same move); planned Tunisian deployment at Dehiba on the border with Libya («تعتزم»); "
         "reported GNA (Interior Ministry «قوة إنفاذ القانون») deployment Tripoli->Ras Ajdir (Libyan spelling «منفذ راس "
         "اجدير»); withdrawal of the Zuwara joint security room (local, null) Ras Ajdir->Zuwara denied. Not movements: "
         "the Libyan ministerial delegation arriving in Tunis, travellers crossing to Djerba and Sfax, goods trucks from "
         "Sfax and Djerba, patients transferred to Sfax clinics, Medenine governor's statement, prices «تحركت» in Ben "
         "Gardane, the speaker's location Zuwara (first mention). Traps: محمد الطرابلسي (person containing طرابلس), "
         "الجيش الوطني التونسي (nisba containing تونس), مريضاً ليبياً (contains ليبيا)."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
# per record, from the former DESIGN table (min words, max words, min movements, max movements)
WORDS = {"aj1": (220, 320), "aj2": (220, 320), "aj3": (220, 320), "aj4": (220, 320), "aj5": (220, 320)}
MOVEMENT_COUNT = {"aj1": (0, 0), "aj2": (0, 0), "aj3": (0, 0), "aj4": (2, 4), "aj5": (2, 4)}
REQUIRED_ROLES = {"aj4": ("origins",), "aj5": ("origins",)}  # each has a movement with an origin
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
