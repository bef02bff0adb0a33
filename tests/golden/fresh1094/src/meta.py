# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or written in another form (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G (row الكويت, city)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # Libya: north and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين, written أبو قرين)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G (also written قاعدة الجفرة)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 # Libya: Fezzan and the far south
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا, written الجنوب الليبي)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك, also written براك الشاطئ)
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "tamanhint_ab": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),              # G (row قاعدة تمنهنت; also written قاعدة تمنهنت الجوية, قاعدة تمنهنط, bare تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh_ab": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                     # G (row قاعدة الويغ; bare الويغ in qpe3)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
 # Libya: the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة; bare معطن السارة in the qpe4 headline)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G (also written المثلث الحدودي in qpe4)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية, written الحدود مع السودان)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية, written الحدود مع تشاد)
}

TRAPS = {
 "qpe1": ["الكوفية", "الفيلق الأفريقي", "فاغنر", "يهون", "الدعم المالي", "الروسي"],
 "qpe2": ["مركز الباحثين عن الحقيقة", "عبد السلام السبهاوي", "اللواء طارق بن زياد", "عملية تطهير الجنوب الغربي",
          "اللواء 128 المعزز", "التشادية"],
 "qpe3": ["الكويتية", "وكالة الأنباء النيجرية", "نيجري", "المنطقة العسكرية سبها", "جبهة التناوب والوفاق في تشاد",
          "إدريس ديبي", "الجيش الليبي", "التشادي", "ليبية"],
 "qpe4": ["WDRforyou", "حرب التويوتا", "القوة المشتركة", "قوات الدعم السريع", "كتيبة سبل السلام", "الجيش السوداني",
          "السودانيين", "التشادية", "الليبية", "الأخبار السارة"],
 "qpe5": ["أراجيك", "الفيلق الأفريقي", "اللجنة العسكرية المشتركة", "زلة لسان", "الفقهاء القانونيون", "السوريين",
          "التركية", "الليبيون", "الروسي"],
}

PHEN = {
 "qpe1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qpe2": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_neighbours"],
 "qpe3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qpe4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qpe5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpe1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["براك"], ["قاعدة الويغ"]),
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["مالي"]),
  mv("advance", "conditional", "GNA forces", [], ["الجفرة"]),
 ],
 "qpe2": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("reinforce", "denied", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
 ],
 "qpe3": [
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("redeploy", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الويغ"], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["قاعدة الويغ"]),
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["تشاد"]),
 ],
 "qpe4": [
  mv("advance", "reported", "Chadian army", [], ["قاعدة معطن السارة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], []),
  mv("advance", "reported", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("advance", "denied", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "qpe5": [
  mv("withdraw", "reported", "Libyan National Army", ["طرابلس"], ["سرت", "الجفرة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الفقهاء"]),
  mv("advance", "denied", "GNA forces", ["مصراتة"], ["أبو قرين"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["الجفرة"], []),
 ],
}

NOTES = {
 "qpe1": "Explainer page of a Palestinian satellite channel (Al-Kofiya, Cairo dateline) on Russia's Africa Corps in "
         "Brak al-Shati and Al-Jufra: the 2024 flashbacks (an airlift Khmeimim base→Al-Khadim base, then groups overland "
         "Al-Khadim→Jufra air base), this week's two Russian cargo planes Jufra base→Brak air base, a planned Russian "
         "detachment Brak→Al-Wigh base, Russia's denied pull-out Al-Jufra→Mali and the GNU's conditional advance on "
         "Al-Jufra (Misrata and Sirte only in the condition); Hun/Waddan and Al-Qatrun/the border with Niger only "
         "locate bases; Tripoli is the embassy seat and a metonymic government; «يهون» holds Hun, «المالي» holds Mali.",
 "qpe2": "Libyan fact-checking platform (Truth Seekers Center) 'what we know' on a viral video: the video shows the "
         "January 2019 LNA entry Tamanhint air base→Sabha (reported flashback), this week's column Tamanhint→Sabha "
         "is denied by the LNA (the viral caption, written تمنهنط, is the same move), an Il-76 Benina air base→"
         "Tamanhint base confirmed by flight data, a planned battalion Tamanhint base→Umm al-Aranib, its conditional "
         "entry into Murzuq and an unverified Chadian rebel pull-out Umm al-Aranib→Tibesti (reported by local pages); "
         "Sabha airport (a source), the road sign and Al-Qatrun (purpose) are not movement places; السبهاوي holds سبها.",
 "qpe3": "Kuwaiti daily (Al-Kuwaitiya, Kuwait dateline) Q&A on Al-Qatrun and Al-Wigh: LNA border guards "
         "Al-Qatrun→Toummo crossing via Tajarhi, a planned Nigerien battalion Dirkou→Madama, the LNA's conditional "
         "pull-out Al-Wigh→Al-Qatrun (Niger only in the condition), FACT's denied advance Tibesti→Al-Wigh base and "
         "the April 2021 FACT offensive southern Libya→Chad (reported flashback); trucks and migrants from Agadez are "
         "civilian, Sabha is a distance reference; traps الكويتية (holds الكويت), وكالة الأنباء النيجرية, المنطقة "
         "العسكرية سبها, جبهة التناوب والوفاق في تشاد, إدريس ديبي (holds إدري).",
 "qpe4": "Arabic service of a German public broadcaster (WDRforyou) with five questions on Maaten al-Sarra: the 1987 "
         "Chadian raid on the base (reported flashback, no origin), the June 2025 joint-force pull-out from the "
         "Uweinat triangle (written المثلث الحدودي) and the RSF's entry, the LNA's denied advance Kufra→Uweinat "
         "triangle, this week's reinforcements Jufra air base→Maaten al-Sarra base, a planned company Kufra→Rebiana "
         "and a conditional deployment to the border with Sudan (Libya side); the border with Chad only locates the "
         "base; refugees Darfur→Kufra→Benghazi are civilian; «الأخبار السارة» is a common-word trap.",
 "qpe5": "Fact-box on a pan-Arab digital magazine (Arageek) on Jufra air base: the June 2020 LNA pull-back "
         "Tripoli→Sirte and Al-Jufra (reported flashback), an LNA build-up in Al-Fuqaha, the GNU's denied columns "
         "Misrata→Abu Qurayn (written أبو قرين), a planned air-defence system Jufra air base→Brak air base (shipment) "
         "and the Syrian mercenaries' conditional departure from Al-Jufra (Al-Watiya only in the condition); Hun, "
         "Waddan, Sokna, Fezzan, Zillah and Wadi al-Shati locate places, the Sirte–Jufra line and Cairo's red line are "
         "not moves; «زلة لسان» holds زلة and «الفقهاء القانونيون» holds الفقهاء.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpe1", "qpe2", "qpe3", "qpe4", "qpe5")
BAR_IN_TEXT = True  # headlines use «|» as outlets do («الكوفية تشرح |», «ما نعرفه |», «WDRforyou |»)
