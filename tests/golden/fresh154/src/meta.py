# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals and coastal cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmad)"),         # K
 "sirte_port": ("crossing", "LY", 31.21, 16.57, "Sirte port"),                          # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),         # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Jufra
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 # Sabha, Wadi al-Shati and the south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base/airport row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                     # G
 # vague areas and border phrases
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ez1": ["المجلة", "كتيبة شهداء سوكنة", "الجيش الوطني الليبي", "العقيد مفتاح الوداني", "هوناً",
         "المجموعات التشادية", "روسية"],
 "ez2": ["رصيف22", "الرقيب أول عمر الإدريسي", "الرائد علي الهوني", "ليبيا الحدث", "المعارضة التشادية",
         "جبهة الوفاق من أجل التغيير في تشاد"],
 "ez3": ["المدن", "اللبنانية", "غرفة عمليات تحرير سرت والجفرة", "زلة لسان", "سوريين"],
 "ez4": ["القبس", "السبهاوي", "سودانيون", "روسية"],
 "ez5": ["الغد", "اللواء طارق بن زياد", "الإدريسي", "الناموس يغطي", "المجلس العسكري مصراتة",
         "وزارة الدفاع التركية"],
}

PHEN = {
 "ez1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ez2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ez3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "ez4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ez5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "ez1": [
  # «انطلقنا من قاعدة الجفرة الجوية … مررنا بهون … ثم بسوكنة … تنتقل بكامل عتادها إلى قاعدة تمنهنت الجوية … وصلنا إلى تمنهنت»
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"], ["هون", "سوكنة"]),
  # «شاحنات الذخيرة والوقود قد سبقتنا إليها من الجفرة بيومين»
  mv("shipment", "reported", LNA, ["الجفرة"], ["تمنهنت"]),
  # «سريتان من الكتيبة ستتحركان مطلع الشهر المقبل من تمنهنت نحو أم الأرانب»
  mv("deploy", "planned", LNA, ["تمنهنت"], ["أم الأرانب"]),
  # «وإذا تجددت هجمات … فستنقل القيادة جواً سرية صاعقة من قاعدة بنينا إلى مطار سبها»
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  # «انسحاب عناصر روسية من قاعدة براك الجوية» — «لم يغادر أحد براك»
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"]),
 ],
 "ez2": [
  # «انطلقنا من سبها … مروراً بغدوة قبل أن ننحرف شرقاً نحو أم الأرانب. هناك تقدمت الدورية»
  mv("advance", "reported", LNA, ["سبها"], ["أم الأرانب"], ["غدوة"]),
  # «شاحنتان تقلان جنوداً قادمين من قاعدة تمنهنت لتعزيز البوابة» (بوابة غدوة)
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["غدوة"]),
  # «سينتقلون بعد أسبوعين من أم الأرانب إلى مرزق ليتسلموا مواقع كتيبة أخرى»
  mv("redeploy", "planned", LNA, ["أم الأرانب"], ["مرزق"]),
  # «إذا رجعوا إليه، سننشر نقطة ثابتة عند المنفذ نفسه» (منفذ التوم)
  mv("deploy", "conditional", LNA, [], ["منفذ التوم"]),
  # «حشد فصائل من المعارضة التشادية مقاتلين في محيط القطرون» — «نفى ذلك متحدث باسم جبهة الوفاق»
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "ez3": [
  # «نُقلت بحراً من بنغازي قبل ثلاثة أسابيع إلى ميناء رأس لانوف»
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء رأس لانوف"]),
  # «ومنه انتقلت براً إلى الجفرة حيث أمضت أسبوعين في التدريب»
  mv("deploy", "reported", LNA, ["ميناء رأس لانوف"], ["الجفرة"]),
  # «رافقنا الرتل من هون إلى زلة، مروراً بودان … وانضمت الكتيبة إلى سرية تتمركز في البلدة»
  mv("reinforce", "reported", LNA, ["هون"], ["زلة"], ["ودان"]),
  # «السرية القديمة ستنسحب من زلة إلى هون بعد أيام»
  mv("withdraw", "planned", LNA, ["زلة"], ["هون"]),
  # «إذا رصدت المسيّرات تحرك العصابات قرب الهروج، سنتقدم فوراً نحو الفقهاء»
  mv("advance", "conditional", LNA, [], ["الفقهاء"]),
  # «نقل مرتزقة سوريين جواً من قاعدة الجفرة الجوية إلى مالي» — «لا صحة لذلك»
  mv("airlift", "denied", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["مالي"]),
 ],
 "ez4": [
  # «تحشد منذ أسبوعين وحدات من مختلف مدن فزان في قاعدة براك الجوية، وإن الرتل الذي رافقناه من سبها هو آخرها»
  mv("mobilise", "reported", LNA, ["فزان", "سبها"], ["قاعدة براك الجوية"]),
  # «انسحب مقاتلون سودانيون كانوا يتمركزون قرب حقل الفيل باتجاه مرزق»
  mv("withdraw", "reported", "Sudanese armed groups", ["حقل الفيل"], ["مرزق"]),
  # «إذا عادوا إلى محيط الحقل سنعززه بسرية من براك في اليوم نفسه»
  mv("reinforce", "conditional", LNA, ["براك"], ["حقل الفيل"]),
  # «الدفعة المقبلة من المجندين ستُنقل بحراً من بنغازي إلى ميناء سرت الشهر المقبل»
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  # «شاحنات روسية نقلت صواريخ … من الجفرة إلى القاعدة» — «لم تدخل القاعدة أي شحنة روسية»
  mv("shipment", "denied", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
 ],
 "ez5": [
  # «وصلنا إلى تمنهنط على متن طائرة شحن عسكرية أقلعت من قاعدة بنينا الجوية وعلى متنها نحو مئة جندي»
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["تمنهنط"]),
  # «انطلقنا من تمنهنط … مررنا بتمسة … ثم واصلنا حتى مشارف واو الناموس»
  mv("advance", "reported", LNA, ["تمنهنط"], ["واو الناموس"], ["تمسة"]),
  # «القيادة تعتزم حشد كتيبتين في تمسة قبل الصيف»
  mv("mobilise", "planned", LNA, [], ["تمسة"]),
  # «ماذا لو أُغلق الطريق إلى سبها …؟ … عندها سنرسل شاحنات الوقود والمؤن إلى تمسة من الجفرة عبر الفقهاء»
  mv("shipment", "conditional", LNA, ["الجفرة"], ["تمسة"], ["الفقهاء"]),
  # «بياناً للمجلس العسكري مصراتة ينفي فيه أن تكون وحداته قد تحركت من أبوقرين نحو ودان»
  mv("advance", "denied", "Misrata forces", ["أبوقرين"], ["ودان"]),
  # «نفي وزارة الدفاع التركية إنزال جنود في ميناء مصراتة»
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "ez1": "Al Majalla feature, first person with an LNA battalion Jufra air base→Tamanhint air base via Hun and Sokna "
        "(redeploy, reported); ammunition trucks Jufra→Tamanhint (shipment, reported); two companies Tamanhint→Umm "
        "al-Aranib (planned; Al Qatrun and the Toummo crossing are a purpose, not destinations); a Benina→Sabha airport "
        "airlift if attacks resume near the Niger border (conditional; the border phrase is a locator); Russian "
        "pull-out from Brak air base denied. Traps: the outlet, a battalion named after Sokna, the colonel "
        "«الوداني», «هوناً». «وحدة أعيدت … إلى الشمال» has no place and is not annotated.",
 "ez2": "Raseef22 reportage with an LNA desert patrol: Sabha→Umm al-Aranib via Ghuddwa (advance, reported); soldiers "
        "Tamanhint air base→the Ghuddwa gate (reinforce, reported); Umm al-Aranib→Murzuq (redeploy, planned); a post "
        "at the Toummo crossing «إذا رجعوا» (deploy, conditional); Chadian rebels massing near Al Qatrun denied by FACT "
        "(mobilise, denied). Smugglers crossing the Chad border and fuel going to Algeria are not force movements; "
        "the driver's Idri/Algiers/Sharara biography and «داخل ليبيا» are not movement places.",
 "ez3": "Al-Modon diary of an LNA battalion: a flashback sea move Benghazi→Ras Lanuf port (naval_landing, reported) "
        "and its land leg →Jufra (deploy, reported); Hun→Zella via Waddan joining a company there (reinforce, "
        "reported); the old company Zella→Hun (withdraw, planned); «إذا رصدت المسيّرات … سنتقدم نحو الفقهاء» "
        "(advance, conditional; Al Haruj is a locator); Syrian mercenaries flown Jufra air base→Mali denied. The 2020 "
        "operations room and the Lebanese-Tripoli photographer are not movements; «زلة لسان» is a common-word trap.",
 "ez4": "Al-Qabas in Brak: LNA units massed at Brak air base, the last convoy from Sabha with the reporter (mobilise, "
        "reported); Sudanese fighters El Feel field→Murzuq (withdraw, reported); a company from Brak to the field "
        "«إذا عادوا» (reinforce, conditional); recruits by sea Benghazi→Sirte port (naval_landing, planned); Russian "
        "missile trucks Jufra→the base denied (shipment, denied). The reporter's civil flight from Tunis and the "
        "son serving in Tamanhint are not movements.",
 "ez5": "Al-Ghad patrol diary: an LNA cargo flight Benina air base→Tamanhint (airlift, reported); Tamanhint→Waw an-Namus "
        "via Tmassah (advance, reported); two battalions to mass in Tmassah (mobilise, planned); fuel trucks "
        "Jufra→Tmassah via Al-Fuqaha «ماذا لو أُغلق الطريق» (shipment, conditional; Sabha is only the road's name); "
        "Misrata military council's denial of a move Abu Qurayn→Waddan (advance, denied); Turkish MoD denial of a "
        "landing at Misrata port (naval_landing, denied). Smuggling gangs «القادمة من تشاد» are not a force movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ez1", "ez2", "ez3", "ez4", "ez5")
