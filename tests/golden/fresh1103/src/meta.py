# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label or spelling (listed in the README). No row is from own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # Sabha and its neighbourhoods (gazetteer rows give the city point)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                     # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                    # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت; also written تمنهنط)
 # Wadi al-Hayat, Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (also written اوباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G (also written حقل_الشرارة)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 # Wadi al-Shati and the north-west edge of the Fezzan
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G (also الشاطئ, وادي_الشاطئ)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # Murzuq, Qatrun and the borders with Niger and Chad
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G (also أم_الأرانب)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # the east
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 # vague areas
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا; written الجنوب الليبي / الجنوب_الليبي)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
}

TRAPS = {
 "qpn1": ["طارق بن زياد", "اللواء_طارق_بن_زياد", "محمد السبهاوي", "الهلال الأحمر الليبي", "مديرية أمن أوباري"],
 "qpn2": ["جامعة سبها", "جامعة_سبها", "منطقة سبها العسكرية", "التشادية", "الجديد", "مركز سبها الطبي"],
 "qpn3": ["الجيش الليبي", "ماسبيرو", "جبهة الوفاق من أجل التغيير في تشاد", "التشادية", "الليبية", "مصري",
          "غرفة عمليات الجنوب"],
 "qpn4": ["الفيلق الأفريقي", "الروسي", "النيجري", "غرفة عمليات الجنوب الغربي", "جبهة الوفاق من أجل التغيير في تشاد",
          "علي القطروني", "تنسبها"],
 "qpn5": ["المركز الليبي لحرية الصحافة", "منطقة سبها العسكرية", "عبد السلام إدريس", "زلة لسان", "أخبار الجفرة"],
}

PHEN = {
 "qpn1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "vague_area", "coverage_oil"],
 "qpn2": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases"],
 "qpn3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpn4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qpn1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("reinforce", "planned", LNA, ["براك"], ["أوباري"]),
  mv("mobilise", "planned", LNA, [], ["سبها"]),
  mv("advance", "conditional", LNA, [], ["غات"]),
 ],
 "qpn2": [
  mv("deploy", "reported", LNA, [], ["الطيوري", "القرضة"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنط"], ["سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["عبد الكافي"]),
  mv("deploy", "planned", LNA, [], ["مطار سبها"]),
  mv("withdraw", "conditional", LNA, ["عبد الكافي"], []),
 ],
 "qpn3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة الجوية"], ["القطرون"], ["سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["منفذ التوم"], ["أم الأرانب"]),
  mv("advance", "conditional", LNA, [], ["مرزق"]),
 ],
 "qpn4": [
  mv("deploy", "reported", "Russian forces", ["قاعدة براك الجوية"], ["القطرون"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["تجرهي"], ["الحدود الليبية"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تجرهي"], []),
 ],
 "qpn5": [
  mv("deploy", "reported", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["براك"]),
  mv("deploy", "planned", "GNA forces", ["الشويرف"], ["إدري"]),
  mv("mobilise", "conditional", LNA, [], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "qpn1": "Libyan independent news project (Almieyar) reposting the Tariq bin Ziyad brigade's Telegram posts and the "
         "Ubari municipal council's Facebook statement verbatim: a column Sabha→Ubari via Germa (reported), the "
         "media office's denial of a pull-out Sharara field→Ubari, a planned company Brak→Ubari, a planned call-up "
         "(«النفير») to the brigade's base in Sabha and a conditional advance on Ghat («إذا تكرر الاعتداء»); the "
         "council's request for forces, the Red Crescent convoy from Sabha, the shooting near Al-Awaynat and the 2014 "
         "fighting are not movements; hashtags #اوباري, #الجنوب_الليبي, #حقل_الشرارة are places, "
         "#اللواء_طارق_بن_زياد a trap.",
 "qpn2": "Sebha University's news page postponing exams and reposting the Sabha Military Zone's statement: units "
         "deployed in Al-Tayouri and on the Al-Qurda road (reported), 116th battalion reinforcements Tamanhint base "
         "(written تمنهنط)→Sabha (reported), a denied entry of Chadian opposition groups Umm al-Aranib→Abdulkafi, a "
         "planned company to Sabha airport, and a conditional pull-out from Abdulkafi («لن تنسحب ... إلا بعد»); the "
         "municipal council's demand, students travelling from Ubari/Murzuq/Wadi al-Shati and university buses from "
         "Brak are not movements; جامعة سبها, منطقة سبها العسكرية, مركز سبها الطبي and «الجديد» are traps.",
 "qpn3": "Egyptian state TV's news portal (Maspero) from Cairo relaying LNA General Command posts: an air bridge "
         "Benina air base→Tamanhint base (reported), a planned 128 Brigade move Jufra air base→Al Qatrun via Sabha, "
         "FACT's denial that its fighters crossed Toummo crossing→Umm al-Aranib, and a conditional LNA entry into "
         "Murzuq («لن تدخل ... إلا بطلب ... أو إذا»); the border with Niger is a purpose, Cairo a dateline and "
         "government, the evacuation flight of Egyptian workers Sabha airport→Cairo is civilian.",
 "qpn4": "Airwars Arabic monitoring note on a drone strike near Umm al-Aranib listing earlier posts: an Africa Corps "
         "column Brak air base→Al Qatrun (reported by pro-Russian accounts, not denied), Niger's denial that units "
         "from Madama crossed the Libyan border towards Tajarhi (via), a planned border-guard deployment at Toummo "
         "crossing, FACT's conditional pull-out from near Tajarhi («لن ينسحبوا ... إلا إذا»); the strike, the wounded "
         "taken to Murzuq, herders from Traghen and smugglers' tracks to Niger and Chad are not movements.",
 "qpn5": "Libyan Center for Freedom of Press weekly social-media monitoring report quoting posts verbatim: a 444 "
         "Brigade deployment Mizda→Ash Shwayrif (reported), the Sabha Military Zone's denial of a GNU column Ash "
         "Shwayrif→Brak, a GNU chief-of-staff page's planned company Ash Shwayrif→Idri after the Idri council's request, "
         "and the 160th battalion's conditional call-up to Brak air base («النفير ... إذا تقدمت»); Tripoli is the "
         "speaker's seat and addressee, Ash Shwayrif and Wadi al-Shati in the condition are not movement places; "
         "عبد السلام إدريس holds إدري, «زلة لسان» holds زلة, «أخبار الجفرة» holds الجفرة.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpn1", "qpn2", "qpn3", "qpn4", "qpn5")
BAR_IN_TEXT = True  # the posts' time stamps and labels use a literal "|" («05:40 |», «بيان |», «رصد |»)
