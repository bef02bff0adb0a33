# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 # ts1 Jaghbub and the Egyptian border (Al Qahera News)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.60, 24.85, "Libya-Egypt border (Libyan side, south of Al Jaghbub)"),  # K
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, Gamal Abdel Nasser Airport)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 29.30, 25.15, "Egypt-Libya border (Egyptian side, west of Siwa)"),  # K
 "musaid_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 # ts2 Sirte and the Oil Crescent (Al-Mashhad)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "sider_h": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G* (row ميناء السدرة, written السدرة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                 # K
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # ts3 Ras Ajdir and the Tunisian border (France 24)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "rasajdir_s": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),    # G (written رأس جدير without معبر)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "border_tn": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, near Ras Jedir)"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                   # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (value given in fresh51's README)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 # ts4 Ghat, Al Awaynat and the Algerian border (Al-Masar TV)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_ly_dz": ("region", "LY", 24.90, 10.10, "Libya-Algeria border (Libyan side, near Isayen)"),  # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # ts5 Kufra and the Sudanese border (Sputnik Arabic)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row, kind district)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "ts1": ["القاهرة الإخبارية", "الجيش المصري", "شارع جمال عبد الناصر", "المصري", "مصرية"],
 "ts2": ["المشهد", "غرفة عمليات سرت الجفرة", "قاعات واغادوغو", "المنشآت النفطية", "خالد المحجوب", "اللبناني"],
 "ts3": ["فرانس 24", "المجلس العسكري زوارة", "عماد الطرابلسي", "الجيش التونسي", "التونسية", "الإدارة العامة للدعم المركزي"],
 "ts4": ["قناة المسار", "الجزائرية", "علي الغاتي", "بلاغات", "الهلال الأحمر الليبي", "ما ادري"],
 "ts5": ["سبوتنيك", "قوات الدعم السريع", "كتيبة سبل السلام", "المياه المالحة", "السوداني", "الروسية", "إدريس الزوي"],
}

PHEN = {
 "ts1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ts2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "ts3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "ts4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ts5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "ts1": [
  # 09:25 (origin Benghazi) corrected at 10:02 to the air base; arrival 11:40: one reported reinforcement
  mv("reinforce", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("shipment", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
  # 13:05 planned company, via added by the 14:20 update
  mv("deploy", "planned", LNA, ["طبرق"], ["منفذ امساعد"], ["البردي"]),
  mv("withdraw", "conditional", LNA, ["الجغبوب"], ["طبرق"]),
 ],
 "ts2": [
  # 08:45 arrival at Es Sider, 11:20 part of the column on to Ras Lanuf (same move, second destination)
  mv("reinforce", "reported", LNA, ["بنغازي"], ["ميناء السدرة", "راس لانوف"], ["أجدابيا", "البريقة"]),
  # 09:35 claim, denied at 10:05
  mv("mobilise", "denied", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  # 10:40 planned, second destination added at 13:30
  mv("redeploy", "planned", LNA, ["راس لانوف"], ["بن جواد", "النوفلية"]),
  mv("airlift", "reported", LNA, ["بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("advance", "conditional", LNA, ["سرت"], ["الوشكة"]),
 ],
 "ts3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["صبراتة"], ["زلطن", "الجميل"]),
  mv("deploy", "denied", None, ["زوارة"], ["رأس جدير"]),
  # 11:05 chained: by sea Tripoli port -> Zuwara port, then by road to Abu Kammash (two movements)
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["ميناء زوارة"], ["أبو كماش"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا"]),
 ],
 "ts4": [
  # 07:15 departure, 12:40 arrival at Al Awaynat and part of it on to Ghat (same move)
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["العوينات", "غات"], ["سبها", "اوباري"]),
  mv("deploy", "reported", LNA, ["إدري"], ["اوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
  mv("redeploy", "denied", "Algerian army", ["إليزي"], ["جانت"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["العوينات"], ["الحدود مع النيجر"]),
  mv("shipment", "reported", LNA, ["سبها"], ["العوينات"]),
 ],
 "ts5": [
  mv("airlift", "reported", LNA, ["بنينا"], ["مطار الكفرة"]),
  # 09:40 patrols sent, 11:45 arrival at Jebel Uweinat and positions near the triangle (same move)
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات", "المثلث الحدودي"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم الجوية"], ["السودان"]),
  mv("mobilise", "reported", "Sudanese armed groups", ["الفاشر"], ["المالحة"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["قاعدة معطن السارة الجوية"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع السودان"]),
  # 13:50 second plane «ستهبط فيه» -> the Kufra airport named in the same sentence
  mv("airlift", "planned", LNA, ["بنينا"], ["مطار الكفرة"]),
 ],
}

NOTES = {
 "ts1": "Al Qahera News ticker on Jaghbub: an LNA reinforcement whose origin is corrected (Benghazi -> Gamal Abdel Nasser "
        "air base), the Egyptian spokesman's denial of a Siwa->Jaghbub entry, Egyptian border patrols Marsa Matruh->the "
        "border, a planned company Tobruk->Amsaad crossing whose via (Bardia) comes in a later update, and a withdrawal "
        "conditioned with لن...إلا بعد; street and outlet traps containing place names.",
 "ts2": "Al-Mashhad ticker on Sirte and the Oil Crescent: a Benghazi->Es Sider column via Ajdabiya and Brega extended to "
        "Ras Lanuf by an update, a Misrata massing claim denied by the Sirte-Jufra operations room in the next line, a "
        "planned Ras Lanuf->Bin Jawad move widened to Nofaliya, a Benina->Jufra airlift in the same line, and a "
        "conditional advance from Sirte to Al-Washka; civilian delegation and hall name as traps.",
 "ts3": "France 24 live ticker on Ras Ajdir: Tunisian reinforcements Gabes->Ben Gardane (later line is a locator, not a "
        "new destination), a GNU force Sabratha->Zaltan/Al Jumayl, the Zuwara military council's denial, a planned "
        "Tripoli->Abu Kammash unit and a conditional Medenine->border move; Tunis vs Tunisia, Tripoli inside a minister's name.",
 "ts4": "Al-Masar ticker on Al Awaynat and Ghat: a Brak air base column via Sabha and Ubari to Al Awaynat and on to Ghat "
        "(split across an early and a late line), a Tamanhint->Ghat airport airlift, a planned company Ghat->Isayen "
        "(border phrase only locates it), Algeria's denial Illizi->Djanet, a conditional gunmen pull-out towards the Niger "
        "border; fleeing families and a medicine convoy are not movements.",
 "ts5": "Sputnik Arabic ticker on Kufra: a Benina->Kufra airport airlift, Subul al-Salam patrols Kufra->Jebel Uweinat and "
        "the triangle (arrival in an update), Moscow's denial of an Al Khadim->Sudan airlift, RSF massing El Fasher->Al "
        "Malha, a planned Tazirbu->Maaten al-Sarra battalion and a conditional advance to the Sudan border in one line, "
        "an empty plane's return (not a movement) and a second planned airlift with «فيه» anaphora.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ts1", "ts2", "ts3", "ts4", "ts5")
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»)
