# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G (city row نجامينا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 # Murzuq district: towns and municipalities
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),              # G* (town row)
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),             # G (district row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                 # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zuwaila"),                                 # G
 "zuwaila_mun": ("district", "LY", 26.16188, 15.12522, "Zuwaila municipality"),            # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G (row منفذ التوم)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                           # G
 # Sabha, Wadi al-Hayat, Wadi al-Shati, Ubari
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 # elsewhere in Libya
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "tobruk_port": ("crossing", "LY", 32.07800, 23.97600, "Port of Tobruk"),                  # K
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق)
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                   # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "tr1": ["بوابة إفريقيا الإخبارية", "للجيش الوطني الليبي", "طارق بن زياد", "آدم القطروني", "القطروني",
         "المعارضة التشادية", "الشرارة الأولى", "دعم مالي"],
 "tr2": ["سبوتنيك", "للجيش الوطني الليبي", "وزارة الدفاع الروسية", "الأطراف الليبية"],
 "tr3": ["العرب", "ما ادري", "الحضور الروسي"],
 "tr4": ["المنارة للإعلام", "المنارة", "للجيش الوطني الليبي", "حسين المرزقي", "المرزقي", "قوة حماية الجنوب",
         "دعم مالي", "المعارضة التشادية", "الأراضي الليبية"],
 "tr5": ["ميدل إيست آي", "طارق بن زياد", "موسى الأوباري", "الأوباري", "وكالة رويترز"],
}

PHEN = {
 "tr1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "tr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "tr3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "tr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "tr1": [
  mv("mobilise", "reported", None, ["القطرون", "تجرهي"], ["مرزق"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["مرزق"], ["تراغن"]),
  mv("withdraw", "conditional", None, ["مرزق"], ["القطرون"]),
  mv("reinforce", "denied", "Chadian armed groups", ["النيجر"], [], ["منفذ التوم"]),
  mv("deploy", "planned", None, ["سبها"], ["مرزق"]),
 ],
 "tr2": [
  mv("withdraw", "reported", None, ["أم الأرانب"], ["غدوة"]),
  mv("redeploy", "reported", LNA, ["زويلة"], ["أم الأرانب"]),
  mv("mobilise", "conditional", None, [], ["ام الارانب"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", ["ميناء طبرق"], ["قاعدة الويغ"]),
 ],
 "tr3": [
  mv("withdraw", "conditional", LNA, ["زويلة"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", None, [], ["تراغن", "مرزق"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة جمال عبد الناصر الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", LNA, ["مرزق", "القطرون"], ["قاعدة الجفرة الجوية"]),
 ],
 "tr4": [
  mv("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("shipment", "reported", LNA, ["سبها"], ["قاعدة الويغ"], ["قطرون"]),
  mv("advance", "planned", LNA, ["القطرون"], ["تجرهي"]),
  mv("withdraw", "denied", None, ["القطرون"], ["مرزق"]),
  mv("mobilise", "conditional", None, [], ["القطرون", "تجرهي"]),
 ],
 "tr5": [
  mv("redeploy", "reported", LNA, ["إدري"], ["أوباري"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنط"], ["أوباري"], ["جرمة"]),
  mv("withdraw", "planned", None, ["حقل الفيل"], ["مرزق"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("mobilise", "denied", None, [], ["العوينات"]),
 ],
}

NOTES = {
 "tr1": ("Afrigate News, Murzuq: the Tebu council's «النفير» (fighters Al Qatrun/Tajarhi→Murzuq, reported), an LNA "
         "reinforcement Tamanhint air base→Murzuq via Traghen (reported, destination given by «إلى المدينة»), the "
         "Tebu fighters' conditional return Murzuq→Al Qatrun («لن يغادروا … إلا إذا»), a denied crossing of Chadian "
         "opposition fighters from Niger via the Toummo crossing, and a planned Sabha security-directorate force for "
         "Murzuq's gates; displaced families and promised funds are not movements."),
 "tr2": ("Sputnik Arabic, Sabha: gunmen leave Umm al-Aranib's council building for Ghuddwa (reported), an LNA company "
         "Zuwaila→Umm al-Aranib takes it over (redeploy, «البلدة»), the Tebu notables' conditional «النفير» back to "
         "the building in «ام الارانب» (spelling variant), a planned airlift Benina air base→Sabha airport («لتتولى "
         "تأمين الطريق بين سبها وأم الأرانب» is a purpose, not a destination), and a Russian denial of a landing at "
         "Tobruk port and a transfer Tobruk port→Al Wigh air base (the border phrase only locates Al Wigh)."),
 "tr3": ("Al-Arab (London), Tripoli dateline: an analysis of municipal councils bargaining over gates — the LNA's "
         "pull-back Zuwaila→Tamanhint air base «بمجرد» a municipal guard is trained (conditional), Traghen's planned "
         "municipal force on the Traghen–Murzuq road (both ends), a Russian landing at Tobruk port in February and an "
         "airlift Gamal Abdel Nasser air base→Brak air base (both reported), and the LNA's denied pull-out "
         "Murzuq/Al Qatrun→Jufra air base; «ما ادري» is colloquial, not Idri."),
 "tr4": ("Al-Manara, Al Qatrun: an LNA company Al Qatrun→the Toummo crossing (reported), a fuel-and-ammunition "
         "shipment Sabha→Al Wigh air base via «قطرون» (reported), a planned advance Al Qatrun→Tajarhi (the Chad "
         "border phrase only locates the smugglers' routes), the Qatrun mayor's denial of a Southern Protection "
         "Force pull-out to Murzuq, and the Tebu notables' conditional massing in Al Qatrun and Tajarhi; the "
         "delegation's visit to N'Djamena is not a force movement."),
 "tr5": ("Middle East Eye Arabic: the El Feel field handover — an LNA battalion Idri→Ubari (redeploy, reported), "
         "ammunition and fuel trucks «قاعدة تمنهنط»→Ubari via Germa (reported, «إليها»), the field guards' planned "
         "pull-out El Feel→Murzuq (retold in dialect as «راجعين لمرزوق»), the battalion's conditional advance "
         "Ubari→El Feel («إذا رفض الحرس»), and the Tuareg council's denial of massing fighters in Al Awaynat; "
         "the Sharara shutdowns are background."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tr1", "tr2", "tr3", "tr4", "tr5")
