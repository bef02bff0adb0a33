# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/spelling/kind (listed in the README); K = own point (README table).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 # capitals and cities outside the theatre (datelines, metonymy)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G* (row خرطوم)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G
 # vague regions and borders
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G (row جنوب ليبيا; also written الجنوب الليبي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),    # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),   # G* (row الحدود الليبية السودانية)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),   # G
 "tri_ly_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written أباري)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # Jufra and Sirte
 "jufra": ("district", "LY", 29.14412, 16.04338, "Al Jufra"),                            # K (README rule: point near Hun/Waddan; midpoint of the two G rows)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 # coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G* (row مصراتة, written مصراته)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G (ports are kind crossing in the gazetteer)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 # Algeria, Niger, Chad, Sudan
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
}

TRAPS = {
 "qql1": ["الأمن والحياة", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الروسي", "النيجرية",
          "الجزائري", "جزائري", "روسي", "مبالغات"],
 "qql2": ["ألف بوست", "القوة المشتركة مصراتة", "القوة المشتركة", "الجيش الوطني الليبي", "اللجنة العسكرية المشتركة",
          "المغربية", "روسي", "انحسرت", "مرهوناً", "تعودان"],
 "qql3": ["مركز الحبتور للأبحاث", "كتيبة سبل السلام", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "اللواء 128",
          "قوات الدعم السريع", "الجيش التشادي", "تشاديين", "التشادي", "سوداني", "السودانية"],
 "qql4": ["مركز ليبيا للدراسات الاستراتيجية والمستقبلية", "اللواء 128 المعزز", "اللواء 128", "دارفوريون", "دارفورية",
          "حكومة الوحدة الوطنية", "المنطقة العسكرية الوسطى", "إدريس المبروك", "المؤسسة الوطنية للنفط"],
 "qql5": ["سيتا", "البحرية التركية", "حكومة الوحدة الوطنية", "الفيلق الأفريقي",
          "قوات مصراتة", "التركية", "تركي", "سوريين", "الروسية", "روسي", "المالي", "الليبية"],
}

PHEN = {
 "qql1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qql2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_bases", "countries"],
 "qql3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qql4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qql5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qql1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات", "منفذ إيسين"], ["أوباري"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["منفذ التوم"]),
  mv("redeploy", "planned", "Libyan National Army", ["الجفرة"], ["القطرون"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود الليبية الجزائرية"]),
 ],
 "qql2": [
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["بن جواد", "هراوة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["هون", "ودان"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
 ],
 "qql3": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تجرهي"]),
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["دارفور"]),
  mv("redeploy", "planned", "Chadian army", ["زوار"], ["أوزو"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "qql4": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الشرارة"], ["أباري"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["تراغن"], ["الحدود مع تشاد"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["براك"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
 ],
 "qql5": [
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["الجفرة"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["الوشكة"]),
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["مالي"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
 ],
}

NOTES = {
 "qql1": "Year-in-review file of a security magazine (Al-Amn wal-Hayat, Naif Arab University) on Fezzan in 2026: dated "
         "entries with headlines that repeat the body — an LNA column (Tariq bin Ziyad brigade) Sabha→Ghat via Ubari "
         "with part stationed near the Isayen crossing, the Russian Africa Corps pulling out of Brak air base to Jufra "
         "air base, Niger's denial of units crossing Madama→Toummo crossing; then 2027: a planned LNA battalion "
         "Jufra→Al-Qatrun and an Algerian conditional reinforcement Djanet→the Libya-Algeria border (Ghat and "
         "Al-Awaynat only in the condition). A relief convoy Sabha→Murzuq is civilian; Moscow and Niamey are "
         "metonymy; the border with Niger is only the end of the road the battalion secures.",
 "qql2": "Moroccan news site (Alifpost) month-in-review of November 2026 from Rabat: the Misrata joint force advancing "
         "Abu Qurayn→Al-Washka, LNA reinforcements Benghazi→Sirte via Bin Jawad and Harawa, a Russian air bridge Jufra "
         "air base→Gardabya base, the LNA's denied massing in Hun and Waddan, a planned LNA artillery pull-back "
         "Sirte→Jufra (5+5) and the joint force's conditional advance Al-Washka→Sirte. Commercial flights Misrata "
         "airport↔Sabha airport are civilian; Bouznika (talks), Tripoli (metonymy), «غرب سرت» (distance reference) "
         "are not movement places; «انحسرت» holds سرت and «مرهوناً» holds هون.",
 "qql3": "Cairo think tank (Al-Habtoor Research Centre) chronology of 2026 on Libya's borders with Chad and Sudan: an LNA "
         "company Kufra→Maaten al-Sarra base, Chadian CCMSR rebels withdrawing Umm al-Aranib→Tajarhi, a Chadian army "
         "battalion Faya-Largeau→Zouar, the LNA's denied arms airlift Maaten al-Sarra base→Darfur; then 2027: a "
         "planned Chadian redeployment Zouar→Aozou and the LNA's conditional deployment to the border with Sudan "
         "(the border triangle and Khartoum only in the condition). Sudanese refugees North Darfur→Kufra are civilian; "
         "the Uweinat triangle (routes watched) and Tibesti (area) are not movement places.",
 "qql4": "Libyan think tank (Libya Center for Strategic and Future Studies) annual security report on Fezzan 2026: an LNA "
         "(128th brigade) battalion Tamanhint base→Sharara field via Ubari (written أباري), Darfuri fighters "
         "withdrawing Traghen→the border with Chad, the GNU chief of staff's denial of a column Ash-Shwayrif→Brak; "
         "then 2027: a planned LNA airlift Jufra air base→Ghat airport and a conditional LNA pull-back Sharara→Ubari. "
         "NOC buses taking workers Ubari→Sharara are civilian; Idri and Al-Qatrun bound the area; the colonel «إدريس "
         "المبروك» holds إدري; Tripoli and Benghazi are metonymy.",
 "qql5": "Turkish think tank (SETA, Arabic) annual assessment of foreign military presence in Libya in 2026 from Ankara: "
         "a Turkish naval landing at Khoms port, an Africa Corps air-defence shipment overland Tobruk port→Jufra, "
         "Ankara's denied transfer of Syrian fighters Al-Watiya base→Al-Washka, Moscow's denied pull-out Jufra→Mali; "
         "then 2027: a planned Turkish naval landing at Misrata port and the Misrata forces' conditional massing in "
         "Abu Qurayn (Africa Corps Jufra→Sirte only in the condition). A Turkish disaster-agency aid ship at Misrata "
         "port for hospitals in Sirte and Jufra is civilian; the headline «من الخمس إلى الجفرة» is not a move; "
         "«المالي» (financial) holds مالي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qql1", "qql2", "qql3", "qql4", "qql5")
