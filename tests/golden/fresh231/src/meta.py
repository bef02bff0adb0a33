# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # foreign cities
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 # Sirte and the coast west of it
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G* (row قاعدة القرضابية)
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),           # G (row مطار القرضابية)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),# G
 # Jufra and the roads south
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                     # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                          # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                     # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                    # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                      # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                     # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 # the oil crescent and the east
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                          # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),             # G* (row راس لانوف)
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G* (row راس لانوف, kind town)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                               # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                    # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                    # G* (row الحدود الليبية التشادية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                      # G
 "brega_port": ("oilfield", "LY", 30.41, 19.59, "Marsa al-Brega port"),                     # K
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),             # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.118, 20.052, "Benghazi port"),                      # K
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G* (row قاعدة بنينا الجوية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),           # K
 # the west and Bani Walid
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                             # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),               # G* (town row)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                  # G
}

TRAPS = {
 "hy1": ["قورينا", "الوداني", "سرت في المدينة", "المجلس العسكري مصراتة", "غرفة عمليات سرت الجفرة",
         "الفيلق الأفريقي", "الليبي", "الروسي"],
 "hy2": ["فواصل", "الهوني", "زلة لا تُغتفر", "الفيلق الأفريقي", "الروسي", "روسيتين"],
 "hy3": ["ليبيا الخبر", "الجيش الوطني الليبي", "حرس المنشآت النفطية", "المعارضة التشادية", "تشاديين",
         "شركة سرت للنفط", "شركة رأس لانوف لتصنيع النفط والغاز", "تونسياً", "مفتاح المغربي", "أوروبية"],
 "hy4": ["المتوسط", "حكومة الوحدة الوطنية", "المجلس الاجتماعي لقبائل ورفلة", "وليد الفرجاني", "لا أدري"],
 "hy5": ["اليوم السابع", "مصري", "المصرية", "الاتجاه الاستراتيجي الغربي", "تركية", "السوريين", "الليبي",
         "درع العقيلة", "عقيلة صالح"],
}

PHEN = {
 "hy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases"],
 "hy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "hy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district"],
 "hy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "hy1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية الجوية"], ["ودان"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["بويرات الحسون"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار القرضابية"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
 ],
 "hy2": [
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"], ["سوكنة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["نيامي"]),
  mv("deploy", "planned", LNA, ["إدري"], ["سوكنة", "الفقهاء"]),
  mv("withdraw", "denied", LNA, ["ودّان"], ["سرت"]),
  mv("mobilise", "conditional", None, [], ["هون"]),
 ],
 "hy3": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
  mv("redeploy", "reported", LNA, ["رأس لانوف"], ["ميناء السدرة"]),
  mv("advance", "denied", "Chadian armed groups", ["مرادة"], ["بن جواد"]),
  mv("reinforce", "planned", LNA, ["أجدابيا"], ["البريقة"]),
  mv("deploy", "conditional", LNA, [], ["ميناء البريقة"]),
 ],
 "hy4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مطار بني وليد"], ["ترهونة"]),
  mv("withdraw", "planned", GNA, [], ["طرابلس"]),
  mv("shipment", "reported", GNA, ["مصراتة"], ["بني وليد"]),
  mv("airlift", "conditional", GNA, ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("reinforce", "denied", None, ["بنى وليد"], ["ترهونة"]),
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["بني وليد"]),
 ],
 "hy5": [
  mv("reinforce", "denied", "Egyptian army", [], ["السلوم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["مطار مصراتة"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["أبوقرين"], ["مصراتة"]),
  mv("naval_landing", "planned", LNA, ["طبرق"], ["ميناء البريقة"]),
 ],
}

NOTES = {
 "hy1": "Sirte day story (Quryna style): LNA reinforcement Jufra air base→Sirte/Gardabiya via Waddan (headline «من الجفرة» "
        "is the same move), an LNA Il-76 Benina air base→Gardabiya airport, planned company Sirte→Buwairat al-Hassoun, "
        "Misrata massing at Abu Qurayn denied (two spellings), conditional advance on Al-Washka («لن…إلا إذا»); traps: "
        "«سرت» as a verb, the colonel «الوداني», «غرفة عمليات سرت الجفرة», «المجلس العسكري مصراتة»; civilian fuel trucks "
        "and the Africa Corps' presence at Jufra are not moves.",
 "hy2": "Jufra day story (Fawasel style): Africa Corps convoy Brak air base→Jufra air base via Sokna (shipment; headline "
        "«من براك» is the same move), Il-76s «قاعدة الجفرة» (a substring of the full base name)→Niamey, planned company Idri→Sokna/Al-Fuqaha, denied pull-out "
        "Waddan (written ودّان)→Sirte, Hun's conditional «النفير»; traps: «الهوني», «زلة لا تُغتفر» beside the town Zella, "
        "«فواصل»; truck drivers between Waddan and Zella and the supply line «الممتد حتى الحدود مع النيجر» are not moves.",
 "hy3": "Oil crescent day story (Libya Alkhabar style): LNA landing ship Benghazi port→Ras Lanuf port, a company Ras Lanuf→"
        "Es Sider, a denied Chadian advance Marada→Bin Jawad, a planned battalion Ajdabiya→Brega and a conditional deployment "
        "to Brega port («في حال»); Tunisian engineers via Ras Ajdir, a Tunis→Brega airport flight and crude tankers are not "
        "moves; traps: companies named after Sirte and Ras Lanuf, «تونسياً», «تشاديين», «مفتاح المغربي».",
 "hy4": "Bani Walid day story (Al-Mutawasat style): a General Staff force Tripoli→Bani Walid airport via Tarhuna, its "
        "planned return to Tripoli (no origin written), a kit shipment from Misrata to «المدينة», a conditional airlift "
        "Mitiga→Bani Walid airport, Warfalla elders' denial of a group going Bani Walid (بنى وليد)→Tarhuna, and the 2012 "
        "flashback of Misrata brigades entering the town; a civil flight from Mitiga is not a move; trap «لا أدري».",
 "hy5": "Egyptian outlet (Youm7 style) on the centre: a denied Egyptian reinforcement of Sallum (the border phrase only "
        "locates it), the conditional «خط أحمر» advance on Sirte and Jufra, a Turkish A400M Turkey→Misrata airport, Syrian "
        "mercenaries Abu Qurayn→Misrata, a planned LNA landing Tobruk→Brega port; Egyptian workers through the Sallum land "
        "port are not a move; traps: «درع العقيلة», «عقيلة صالح», «مصري», «الاتجاه الاستراتيجي الغربي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hy1", "hy2", "hy3", "hy4", "hy5")
BAR_IN_TEXT = True  # hy2's headline has a literal "|" («الجفرة |»)
