# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared (Libya)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "zueitina_town": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 # qje1 Al-Masaa (Benghazi): Karama anniversary parade at Benina
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qje2 Al-Osboa (Ajdabiya): the road, a graduation, rotations
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),       # G* (city row)
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 # qje3 Akhbarona (Brega): naval review and a real landing
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qje4 Al-Roeya (Benghazi): interview with the Ajdabiya operations-room commander
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),    # G* (row إقليم طرابلس)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G* (row إقليم طرابلس, written طرابلس)
 # qje5 Mubtada (Cairo): a week day by day
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
}

TRAPS = {
 "qje1": ["الكرامة", "عملية الكرامة", "المساء", "الجيش الوطني الليبي", "خليفة حفتر", "عقيلة صالح",
          "لواء طارق بن زياد المعزز", "بنينا جيشاً", "الليبيين", "إدريس المبروك"],
 "qje2": ["الأسبوع", "مصرية", "الجالوي", "كتيبة شهداء الزويتينة", "المنطقة العسكرية الوسطى"],
 "qje3": ["أخبارنا المغربية", "فرانس برس", "لا ريبوبليكا", "الإيطالية", "الكفرة", "سالم الطبرقي",
          "اتفاق الصخيرات", "الجيش الليبي", "الليبيين"],
 "qje4": ["الرؤية", "غرفة عمليات اجدابيا", "ناصر الأجدابي", "الليبيين"],
 "qje5": ["مبتدا", "المصرية", "الفيلق الأفريقي", "الروسي", "سرت شائعات", "إدريس الفاخري", "الليبية",
          "المنطقة العسكرية الوسطى"],
}

PHEN = {
 "qje1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qje2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qje3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qje4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_oil"],
 "qje5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qje1": [
  mv("redeploy", "reported", LNA, ["بنغازي"], ["البريقة"], ["اجدابيا"]),
  mv("withdraw", "planned", LNA, ["ميناء البريقة"], ["المرج"]),
  mv("advance", "denied", LNA, [], ["طرابلس"]),
  mv("advance", "conditional", LNA, ["سرت"], ["أبوقرين"]),
 ],
 "qje2": [
  mv("reinforce", "planned", LNA, ["اجدابيا"], ["البريقة", "العقيلة"]),
  mv("redeploy", "reported", LNA, ["قمينس"], ["العقيلة"]),
  mv("withdraw", "denied", LNA, ["البريقة"], ["الأبيار"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["جالو", "أوجلة"]),
 ],
 "qje3": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("deploy", "reported", LNA, ["ميناء البريقة"], ["مطار البريقة"]),
  mv("airlift", "planned", LNA, ["مطار الأبرق"], ["مطار البريقة"]),
  mv("shipment", "denied", LNA, ["الإمارات"], ["ميناء بنغازي"]),
  mv("redeploy", "conditional", LNA, ["بنغازي"], ["راس لانوف"]),
 ],
 "qje4": [
  mv("mobilise", "denied", LNA, [], ["بن جواد"]),
  mv("redeploy", "reported", LNA, ["توكرة"], ["اجدابيا", "ميناء الزويتينة"]),
  mv("redeploy", "planned", LNA, ["اجدابيا"], ["الجفرة"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["سرت"]),
 ],
 "qje5": [
  mv("shipment", "reported", LNA, ["بنغازي"], ["اجدابيا"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["مطار البريقة"]),
  mv("deploy", "planned", LNA, [], ["مرادة", "جالو"]),
  mv("mobilise", "reported", LNA, [], ["العقيلة"]),
  mv("naval_landing", "conditional", LNA, ["ميناء بنغازي"], ["ميناء السدرة"]),
 ],
}

NOTES = {
 "qje1": "Egyptian evening daily on the LNA's 12th Karama anniversary parade at Benina air base (venue only; the "
         "300 vehicles passing the stand, the fly-past and 'we built an army' — بنينا جيشاً — are no moves; 'from "
         "Tobruk to Ghat' is a slogan): two battalions of the 106th Brigade Benghazi→Brega via Ajdabiya (reported), "
         "the relieved units planned back from Brega port to Al-Marj, a denied column towards Tripoli, and a "
         "conditional advance Sirte→Abu Qurayn; Geneva (ceasefire) and the 2014 launch from Benghazi are background.",
 "qje2": "Egyptian weekly's road reportage Benghazi→Ajdabiya: the reporter's own trip through the Qaminis and "
         "Zueitina gates and Egyptian lorries via Amsaad are no moves, nor the graduation and the graduates' street "
         "parade; moves: graduates planned Ajdabiya→Brega and Al-Agheila (reinforce), the Zueitina Martyrs battalion "
         "(Zueitina inside the trap) Qaminis→Al-Agheila (reported), a denied pull-back Brega→Al-Abyar and a "
         "conditional reinforcement Ajdabiya→Jalu and Awjila (Jalu also inside the commander's name الجالوي).",
 "qje3": "Moroccan site (agency copy) on an LNA naval review off Benghazi (the landing ship 'Kufra' sailing past "
         "and back to its berth in Benghazi port is no move; Kufra is the ship's name, a trap): a reported landing "
         "Tobruk naval base→Brega port, the company then on to Brega airport, a planned cargo airlift Al-Abraq→"
         "Brega airport, a denied armour shipment UAE→Benghazi port and a conditional sailing Benghazi→Ras Lanuf; "
         "Bouznika/Morocco, Skhirat (agreement trap) and Tunis are background.",
 "qje4": "UAE daily's interview with the commander of the Ajdabiya operations room (Ajdabiya inside the unit's "
         "name): the anniversary parade through Ajdabiya and its 20-km route to the outskirts of Zueitina and back "
         "are no moves; a denied massing at Bin Jawad (photos from an old drill near Ras Lanuf), the 210th "
         "battalion reported Tocra→Ajdabiya and Zueitina port, the 128th planned Ajdabiya→Al-Jufra, and a "
         "conditional reinforcement Ajdabiya→Sirte (anaphora إليها); Tripoli as city and as region (Tripolitania).",
 "qje5": "Egyptian site's day-by-day week in eastern Libya: Army Day parade in Tobruk and an Egyptian delegation "
         "arriving from Cairo and touring the border (no moves), an ammunition convoy Benghazi→Ajdabiya "
         "(reported), a denied Russian Africa Corps airlift Al-Khadim→Brega airport ('سرت شائعات' is the verb "
         "'spread', not Sirte), graduates of Suluq camp planned to Marada and Jalu, 60 armoured vehicles massed "
         "at Al-Agheila (reported), a conditional marine landing Benghazi port→Es Sider, and a Friday ceremony "
         "in Al-Marj (no move).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qje1", "qje2", "qje3", "qje4", "qje5")
