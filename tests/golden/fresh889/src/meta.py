# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (none in this sample);
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qhg1 Sabha: Al-Tayouri and the castle (Al-Quds Al-Arabi)
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),               # G* (row الطيوري, kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G* (row قلعة سبها; also «قلعة القاهرة»)
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 # qhg2 Murzuq (Al-Jarida)
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # qhg3 Ubari (Sada El Balad)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                        # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # qhg4 Qatrun and the far south (Alnilin)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # qhg5 the four towns and Ghuddwa (Nidaa al-Watan)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # Tobruk port (qhg3, qhg5) and the Isayen crossing (qhg3)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
}

TRAPS = {
 "qhg1": ["القدس العربي", "عبد الرحمن المرزوقي", "الجيش الوطني الليبي", "طارق بن زياد", "الجديد", "التشادية"],
 "qhg2": ["الجريدة", "الجيش الوطني", "قوة حماية الجنوب", "تجمع قوى تحرير السودان", "الليبية"],
 "qhg3": ["صدى البلد", "محمود الإدريسي", "إدريس أغ محمد", "كتيبة المغاوير", "حرس المنشآت النفطية", "فاغنر", "الروسية",
          "الليبية", "محمد الطرابلسي"],
 "qhg4": ["النيلين", "سودانيون", "المجلس العسكري لإنقاذ الجمهورية", "التشادي", "محمد إدريس ديبي", "قوات الدعم السريع",
          "الليبية"],
 "qhg5": ["الواحات", "نداء الوطن", "قوة حماية الجنوب", "الفيلق الأفريقي", "الروسية", "لبنانيون"],
}

PHEN = {
 "qhg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases"],
 "qhg2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qhg3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhg1": [
  mv("withdraw", "reported", "Libyan National Army", ["الطيوري"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", None, [], ["قلعة سبها"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الطيوري"]),
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["مطار سبها"]),
  mv("deploy", "denied", "Chadian armed groups", ["أم الأرانب"], ["سبها"]),
 ],
 "qhg2": [
  mv("withdraw", "reported", "Libyan National Army", ["مرزق"], ["تراغن"]),
  mv("deploy", "reported", None, ["أوباري", "غات"], ["مرزق"]),
  mv("advance", "conditional", "Libyan National Army", ["تراغن"], ["مرزق"]),
  mv("redeploy", "planned", "GNA forces", ["القطرون"], ["حقل الفيل"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["الكفرة"], ["مرزق"]),
 ],
 "qhg3": [
  mv("withdraw", "reported", "Libyan National Army", ["أوباري"], ["جرمة"]),
  mv("withdraw", "reported", None, ["أوباري"], ["وادي عتبة"]),
  mv("mobilise", "reported", None, [], ["العوينات"]),
  mv("advance", "conditional", None, ["العوينات"], ["أوباري"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["حقل الشرارة"]),
  mv("naval_landing", "denied", "Wagner Group", [], ["ميناء طبرق"]),
  mv("redeploy", "denied", "Wagner Group", ["ميناء طبرق"], ["حقل الشرارة"], ["قاعدة براك الجوية"]),
 ],
 "qhg4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["القطرون"], ["منفذ التوم"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["تجرهي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("shipment", "denied", "Sudanese armed groups", ["دارفور"], ["القطرون"], ["الكفرة"]),
 ],
 "qhg5": [
  mv("withdraw", "reported", "GNA forces", ["غدوة"], ["مرزق"]),
  mv("deploy", "planned", None, [], ["غدوة"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["اوباري"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "qhg1": "Sabha buffer zone: battalion 116 (LNA) Al-Tayouri→Tamanhint base ('30 km north-east' adds no place), a planned "
         "neutral tribal force (no canonical actor) at the Sabha castle, the battalion's conditional return to "
         "Al-Tayouri, a reported LNA company Brak→Sabha airport, and a denied entry of Chadian opposition fighters "
         "Umm al-Aranib→Sabha. Al-Manshiya (buffer-strip description), Ubari and Ghat (civilian notables), Sabha "
         "municipality (venue), Tripoli (seat of the government) and the castle's local name «قلعة القاهرة» (not Cairo; "
         "2018 background) are gold places but not movement places.",
 "qhg2": "Murzuq disengagement: LNA 28 vehicles Murzuq→Taraghin ('50 km east'), a Tuareg separation force (no canonical "
         "actor) from Ubari and Ghat into Murzuq, the LNA's conditional return Taraghin→Murzuq, a planned GNA "
         "(Southern Protection Force) company Qatrun→El Feel field, and a denied transfer of Sudanese fighters "
         "Kufra→Murzuq. Tripoli only the dateline; displaced civilians to Sabha and Ubari, the Murzuq district, "
         "southern Libya and the border with Niger are not movement places.",
 "qhg3": "Ubari mutual withdrawal: LNA battalion Ubari→Germa ('30 km east'), Tebu fighters Ubari→Wadi Utbah (no "
         "canonical actor; the Tuareg pledge to pull heavy weapons out of 'the old market' names no place and is no "
         "movement), the Maghawir battalion's reported massing in Al-Awaynat and its conditional advance from there "
         "('من هناك', same sentence) to Ubari, a planned GNA airlift of oil-facility guards Mitiga airport→Sharara "
         "field (Tripoli only locates the airport; '55 km west of Ubari' is a distance reference), and a denied Wagner "
         "chain: a landing at Tobruk port, then a transfer Tobruk port→Sharara via Brak air base. Idri, Wadi al-Shati, "
         "Wadi al-Hayat, the border with Algeria, the Isayen crossing and Ghat are background; Idri also sits inside "
         "two person names and Tripoli inside the spokesman's name (traps).",
 "qhg4": "Qatrun: Sudanese fighters Qatrun→the Toummo crossing ('250 km south'), an LNA company Sabha→Tajarhi (the "
         "positions 'on the desert road south of Qatrun' are a relative position, not a destination), a planned LNA "
         "airlift Tamanhint→Al Wigh base (the border triangle with Niger and Chad only a locator), a Chadian rebel "
         "council's reported massing in Umm al-Aranib and its conditional pull-out from there to the border with Chad "
         "(Fezzan only in the condition), and a denied RSF arms shipment Darfur→Qatrun via Kufra. Khartoum dateline; "
         "Qatar and Doha (the 2015 Ubari deal), Ubari, Sudan and Libya are background; قطر also occurs inside القطرون "
         "and إدري inside the Chadian president's name.",
 "qhg5": "Round-up from Beirut: the GNA's Southern Protection Force pulls 45 vehicles Ghuddwa→Murzuq (Sabha and Murzuq "
         "first named only as the ends of the road, then in the list of the four towns), a planned joint tribal force "
         "(no canonical actor) in Ghuddwa, LNA border guards Sabha→Qatrun, a conditional LNA reinforcement Brak→Ubari "
         "(spelled اوباري), a denied Russian (Africa Corps) airlift Al-Jufra air base→Sabha airport (Tripoli = seat of "
         "the embassy), and a reported Russian landing at Tobruk port with the equipment then trucked to the Al-Jufra "
         "air base. Tripoli in Lebanon, Lebanon and Beirut are gold places with no movement; «هدنة الواحات» is a "
         "common-word trap (Al-Wahat district).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhg1", "qhg2", "qhg3", "qhg4", "qhg5")
