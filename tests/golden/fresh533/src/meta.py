# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sierra_leone": ("country", "SL", 8.45948, -11.88964, "Sierra Leone"),                 # G
 # cities outside Libya (datelines, speakers, origins)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 # Syria
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia_airport": ("airport", "SY", 35.40111, 35.94861, "Latakia International Airport"),  # G* (row قاعدة حميميم)
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "jableh": ("city", "SY", 35.3609, 35.9256, "Jableh"),                                  # K
 "syrian_coast": ("region", "SY", 35.3, 35.95, "Syrian coast"),                         # K
 # sea route
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "novorossiysk_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),   # G
 # eastern Libya and Egypt
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية / city point)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg": ("region", "EG", 31.2, 25.12, "Egypt-Libya border (Egyptian side)"),     # K
 # central Libya
 "jufra_d": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                         # G* (air base point, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 # south
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس, returned by grep -F "الغرب الليبي")
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # west and the Tunisian side
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),  # G* (row منفذ وازن, country TN)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                       # G
}

RU, LNA = "Russian forces", "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "to1": ["تلفزيون سوريا", "سبوتنيك", "الفيلق الأفريقي", "الجيش الوطني الليبي", "وزارة الدفاع الروسية",
         "القواعد السورية"],
 "to2": ["الأخبار", "شارع جمال عبد الناصر", "إيفان غرين", "خليفة حفتر", "الجيش المصري", "المصريين",
         "الوجود الروسي", "اللبنانية", "المرفأ السوري"],
 "to3": ["القاهرة الإخبارية", "سبل السلام", "الجيش الوطنى الليبى", "قوات الدعم السريع", "الأخبار السارة",
         "الحرب السودانية", "السفارة الروسية"],
 "to4": ["الجريدة", "الفيلق الأفريقي", "سرت أنباء", "اللواء طارق بن زياد", "فاغنر", "حكومة الوحدة الوطنية",
         "وزارة الدفاع الروسية", "لا أدري"],
 "to5": ["الصريح أونلاين", "روسيا اليوم", "الجيش الوطني الليبي", "الجيش التونسي", "الجانب التونسي",
         "وزارة الخارجية الروسية", "فيصل الإدريسي", "نهج طرابلس"],
}

PHEN = {
 "to1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "countries"],
 "to2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "to3": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_neighbours", "countries"],
 "to4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "to5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "to1": [
  mv("airlift", "reported", RU, ["قاعدة حميميم الجوية"], ["مطار بنينا", "قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", RU, ["مطار اللاذقية الدولي"], ["بنغازي"]),
  mv("withdraw", "denied", RU, ["حميميم"]),
  mv("mobilise", "denied", "Syrian mercenaries", [], ["جبلة"]),
  mv("airlift", "planned", RU, ["الساحل السوري"], ["قاعدة براك الجوية"]),
  mv("redeploy", "conditional", RU, ["الجفرة"], ["مالي"]),
 ],
 "to2": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"], ["كريت"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة جمال عبد الناصر الجوية", "الجفرة"], ["أجدابيا"]),
  mv("naval_landing", "planned", RU, ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
  mv("deploy", "denied", RU, [], ["ميناء الحريقة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "to3": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"], ["مطار الكفرة"]),
  mv("mobilise", "reported", LNA, [], ["الكفرة"]),
  mv("deploy", "planned", RU, [], ["معطن السارة"]),
  mv("withdraw", "conditional", RU, ["معطن السارة"], ["الكفرة"]),
  mv("shipment", "denied", RU, ["معطن السارة"], ["دارفور"]),
 ],
 "to4": [
  mv("redeploy", "reported", RU, ["قاعدة القرضابية الجوية"], ["قاعدة براك الجوية"], ["هون", "سوكنة"]),
  mv("deploy", "reported", LNA, ["سرت"], ["القرضابية"]),
  mv("redeploy", "planned", RU, ["الجفرة"], ["براك"]),
  mv("withdraw", "denied", LNA, ["براك الشاطئ", "إدري"]),
  mv("advance", "conditional", LNA, ["القرضابية"], ["أبوقرين"]),
 ],
 "to5": [
  mv("airlift", "reported", RU, ["اللاذقية"], ["الجفرة"], ["مطار بنينا"]),
  mv("shipment", "reported", None, ["طرطوس"], ["طبرق"]),
  mv("advance", "denied", RU, ["براك"], ["غدامس"]),
  mv("redeploy", "planned", RU, ["الجفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["رمادة", "معبر الذهيبة"]),
 ],
}

NOTES = {
 "to1": "Syria TV-style report (Istanbul): Russian cargo flights Hmeimim air base→Benina airport/Jufra air base and "
        "Latakia airport→Benghazi (reported); Moscow denies a pull-out from Hmeimim and massing Syrian fighters near "
        "Jableh; a planned Pantsir airlift Syrian coast→Brak air base; a conditional Jufra→Mali transfer «في حال». "
        "Jufra as district vs air base; Benghazi after Benina and Bamako after «حول» are locators; outlet/force traps.",
 "to2": "Al-Akhbar-style report (Beirut): a Russian landing ship Tartus→Tobruk port via Crete (reported), a truck "
        "convoy port→Gamal Abdel Nasser air base/Jufra via Ajdabiya (reported), a second landing ship planned from "
        "Novorossiysk port, the LNA's denial of Russians at Marsa al-Hariga, and Egypt's conditional reinforcement of "
        "Sallum «إذا». Street trap «شارع جمال عبد الناصر» beside the air base of that name; Tripoli (Lebanon) as a "
        "source and Tripoli (Libya) as a seat of government; Cairo is a venue, not a movement place.",
 "to3": "Al-Qahera News-style report (Cairo, Egyptian spelling فى/ى, بنغازى, السارّة): a Russian airlift Jufra air "
        "base→Maaten al-Sarra via Kufra airport (reported), Subul al-Salam massing in Kufra (reported mobilise), a "
        "planned Russian deployment at Maaten al-Sarra, a conditional pull-back to Kufra «إذا», and a denied arms "
        "transfer Maaten al-Sarra→Darfur; common-word trap «الأخبار السارة»; outlet name containing القاهرة.",
 "to4": "Al-Jarida-style report (Benghazi): Africa Corps move Gardabiya air base→Brak air base via Hun and Sokna "
        "(reported, told again by witnesses in Hun), LNA Brigade 166 Sirte→Gardabiya (reported), a planned MiG-29 move "
        "Jufra→Brak, the LNA's denied pull-out from Brak al-Shati and Idri, and a conditional LNA advance "
        "Gardabiya→Abu Qurayn «إذا». Verb trap «سرت أنباء», «لا أدري» next to the town إدري, Brak town vs air base, "
        "Algeria (country) vs «الجزائر العاصمة».",
 "to5": "Assarih-style report (Tunis): Russian Il-76s Latakia→Jufra via Benina airport (reported), a Sierra "
        "Leone-flagged cargo ship Tartus→Tobruk (reported, no owner), Moscow's denied column Brak→Ghadames, a planned "
        "HQ move Jufra→Maaten al-Sarra base, and the Tunisian army's conditional reinforcement of Remada and the "
        "Dehiba crossing «إذا». Tunis (dateline) vs Tunisia (border phrase, country), «روسيا اليوم», «نهج طرابلس» and "
        "«فيصل الإدريسي» traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("to1", "to2", "to3", "to4", "to5")
