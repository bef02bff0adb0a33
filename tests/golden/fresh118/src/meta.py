# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals and cities outside Fezzan
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (city row الجزائر)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G* (city row تونس)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_west": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                         # G* (Libyan Tripoli row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.052, "Port of Benghazi"),               # K
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),            # G* (row راس لانوف)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G* (row إقليم طرابلس)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "north_mali": ("region", "ML", 19.0, 1.0, "Northern Mali"),                            # K
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # dp1 Ubari and the south-west
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 # Sabha
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.0366, 14.4270, "Sabha castle (Fort Elena)"),         # K
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                       # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # Murzuq and the road south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                              # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
}

TRAPS = {
 "dp1": ["فواصل", "لواء طارق بن زياد", "إدريس أغ الطاهر", "الجزائرية", "الشرارة الأولى",
         "المجلس الاجتماعي لطوارق ليبيا"],
 "dp2": ["DW عربية", "وكالة الأنباء الألمانية", "عمر السبهاوي", "التشادية"],
 "dp3": ["الميادين نت", "الاتفاق الجديد", "غرفة عمليات المنطقة الجنوبية", "ما ادري", "اللبنانية"],
 "dp4": ["بي بي سي", "إيطالية", "قوة حماية الجنوب", "تشاديين", "الدعم المالي"],
 "dp5": ["شينخوا", "اللجنة العسكرية المشتركة الليبية", "مفتاح الغاتي", "الإيطالية", "ليبية", "إيطاليين"],
}

PHEN = {
 "dp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dp2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "dp3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases"],
 "dp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "dp5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, FOR = "Libyan National Army", "GNA forces", "Misrata forces", "Foreign fighters"

MOVES = {
 "dp1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),          # دخول نحو 60 آلية ... وانتشارها
  mv("withdraw", "reported", None, ["أوباري"], ["العوينات"]),                # انسحاب المقاتلين الطوارق ... اكتمل
  mv("redeploy", "planned", None, ["أوباري"], ["حقل الشرارة"]),             # تقضي بإعادة تموضع المسلحين التبو
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["أوباري"]),        # إرسال تعزيزات ... في حال خرق
  mv("mobilise", "denied", None, [], ["غات"]),                               # نفى ... حشد مقاتلين في غات
  mv("advance", "denied", FOR, ["شمال مالي"], [], ["منفذ إيسين"]),           # نفى دخول مقاتلين أجانب
 ],
 "dp2": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار سبها", "مرزق"]),   # مراقبون جواً ثم براً إلى مرزق
  mv("deploy", "reported", LNA, [], ["مرزق", "تراغن", "أم الأرانب"]),        # دخلت مرزق وبلدتي تراغن وأم الأرانب
  mv("shipment", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مرزق"]),       # من المقرر أن تصل ... شاحنات
  mv("withdraw", "conditional", None, ["تراغن"], ["سبها"]),                  # لن يتم إلا إذا أُفرج
  mv("advance", "denied", None, ["أم الأرانب"], ["زويلة"]),                  # نفى ... تقدّم مقاتلين
 ],
 "dp3": [
  mv("withdraw", "reported", None, ["قلعة سبها"], ["سمنو"]),                 # انسحاب مسلحين من أولاد سليمان
  mv("redeploy", "reported", None, ["الجديد"], ["الطيوري"]),                 # أعاد مقاتلون من التبو تموضعهم
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["الطيوري", "الجديد"]),  # من المقرر أن تدخل قوة الفصل
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),  # سيتم فقط إذا تعثّر
  mv("advance", "denied", MIS, ["مصراتة"], ["سبها"], ["الجفرة"]),           # نفى ... تحرك رتل من مصراتة
 ],
 "dp4": [
  mv("withdraw", "denied", None, ["تمسة"]),                                  # لا يزال انسحاب ... حبراً على ورق
  mv("mobilise", "reported", None, [], ["تجرهي"]),                           # حشد مقاتلون من التبو ... في تجرهي
  mv("redeploy", "planned", LNA, ["قاعدة الويغ"], ["قطرون"]),               # «ستعيد تموضع» سرية
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"], ["مرزق"]),         # وصلت قافلة ... شاحنات وقود وذخيرة
  mv("advance", "conditional", LNA, [], ["منفذ التوم"]),                     # ستتقدم ... في حال ثبت
  mv("reinforce", "denied", None, ["أم الأرانب"], ["تجرهي"]),                # نفى ... وصول تعزيزات للتبو
 ],
 "dp5": [
  mv("deploy", "planned", None, [], ["أوباري", "مرزق", "سبها", "القطرون"]),  # خطة لنشر 120 مراقباً
  mv("airlift", "reported", None, ["مطار بنينا"], ["قاعدة تمنهنت"]),         # وصلت الأحد جواً
  mv("withdraw", "conditional", LNA, ["مطار سبها"], ["قاعدة تمنهنت"]),       # مرتبط باكتمال انتشار المراقبين
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),  # تعتزم نقل كتيبة مشاة بحراً
  mv("naval_landing", "denied", None, [], ["ميناء مصراتة"]),                 # نفت السفارة ... إنزال جنود إيطاليين
 ],
}

NOTES = {
 "dp1": "Tebu–Tuareg truce in Ubari (Fawasel): LNA separation force Sabha→Ubari via Al-Ghurayfa; Tuareg pull-back "
        "Ubari→Al-Awaynat; planned Tebu repositioning near the Sharara field; conditional reinforcement from "
        "Tamanhint base; denied massing in Ghat and denied entry of foreign fighters from northern Mali via Isayen.",
 "dp2": "JMC observers flown Mitiga→Sabha airport then by road to Murzuq (one airlift, two destinations); LNA units "
        "into Murzuq, Taraghin and Umm al-Aranib; planned equipment trucks Jufra base→Murzuq; Awlad Suleiman pull-back "
        "Taraghin→Sabha conditional («لن يتم إلا إذا»); denied Tebu advance Umm al-Aranib→Zuwaila (DW Arabic).",
 "dp3": "Sabha truce (Al-Mayadeen): Awlad Suleiman pull-back from the castle to Samnu and Tebu repositioning "
        "Al-Jadid→Al-Tayouri (verbal nouns); planned separation force Brak base→Al-Tayouri/Al-Jadid; conditional "
        "airlift Benina base→Sabha airport; Misrata's denied column via Jufra. Lebanese Tripoli and «طرابلس الغرب».",
 "dp4": "Al Qatrun (BBC Arabic): a broken promise (withdrawal from Tmassah still «حبراً على ورق», tagged denied); Tebu "
        "massing at Tajarhi; planned LNA repositioning Al-Wigh base→Qatrun; fuel/ammunition convoy Sabha→Al Qatrun "
        "via Murzuq; conditional advance to the Toummo crossing; denied reinforcement Umm al-Aranib→Tajarhi.",
 "dp5": "JMC 5+5 announcement (Xinhua, Tripoli): planned observers to Ubari, Murzuq, Sabha and Al Qatrun; observers "
        "flown Benina airport→Tamanhint; conditional LNA pull-back Sabha airport→Tamanhint; planned sea move Benghazi "
        "port→Ras Lanuf port; denied Italian landing at Misrata port. Tripoli as city and as region (Tripolitania).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dp1", "dp2", "dp3", "dp4", "dp5")
