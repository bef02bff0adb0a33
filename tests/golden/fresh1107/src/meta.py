# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label or written in another spelling (listed in the README).
# No row in this sample comes from own knowledge (K).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # foreign cities and regions
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (names_ar has لندن)
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 # Libya: regions and border phrases
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),   # G* (row إقليم طرابلس, names_ar الغرب الليبي)
 "south_east_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),       # G (row جنوب شرق ليبيا, written جنوب شرقي ليبيا)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية, written الحدود مع السودان)
 # Libya: the south-west (Fezzan)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G (also written سبحا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (also written مرزوك)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written أوبري)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G (also written غهات)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "tamanhint_ab": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),              # G (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 # Libya: the east and the Kufra area
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G (also written كفرا)
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G* (row مطار الكفرة, written مطار كفرا)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 # Libya: the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G (gn:2216885)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (also written الوطية alone)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G (the gazetteer gives ports kind crossing)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
}

TRAPS = {
 "qpr1": ["الخنادق", "الفيلق الأفريقي", "المعهد الملكي للخدمات المتحدة", "القيادة العامة", "فاغنر", "سبحان الله",
          "روسياً", "الروسية", "الإجمالي", "بريطاني"],
 "qpr2": ["مجموعة الأزمات الدولية", "إحاطة الشرق الأوسط وشمال أفريقيا", "اللواء 444 قتال", "قوة الردع الخاصة",
          "الطرابلسية", "قوة حماية طرابلس", "قوة العمليات المشتركة", "حكومة الوحدة الوطنية", "جهاز دعم الاستقرار",
          "بعثة الأمم المتحدة للدعم في ليبيا"],
 "qpr3": ["فرانس برس", "راديو فزان", "أ ف ب", "اللواء طارق بن زياد المعزز", "جبهة الوفاق من أجل التغيير في تشاد",
          "فاكت", "الليبية", "إلى الجنوب الغربي"],
 "qpr4": ["الغارديان", "الإمارات 71", "البريطانية", "إماراتية", "الإماراتية", "فريق خبراء الأمم المتحدة المعني بالسودان",
          "القيادة العامة", "قوات الدعم السريع", "كتيبة سبل السلام", "الجيش الوطني الليبي", "سودانيين", "سالم الكفراوي",
          "برنامج الأغذية العالمي"],
 "qpr5": ["معهد واشنطن", "معهد واشنطن لسياسة الشرق الأدنى", "180 بوست", "حلف شمال الأطلسي", "الخطوط الجوية التركية",
          "قوات حفتر", "التركية", "التركي", "الليبية", "اللبنانية", "كريم الطرابلسي",
          "السنوات الخمس"],
}

PHEN = {
 "qpr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qpr2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "countries"],
 "qpr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qpr4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qpr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpr1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة تمنهنت الجوية"], ["أوبري", "حقل الشرارة"]),
  mv("deploy", "planned", "Russian forces", [], ["غهات"]),
  mv("withdraw", "conditional", "Russian forces", ["براك"]),
  mv("redeploy", "denied", "Russian forces", ["سبحا"], ["مرزوك"]),
 ],
 "qpr2": [
  mv("redeploy", "reported", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("mobilise", "reported", "GNA forces", [], ["مطار معيتيقة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "denied", "GNA forces", ["الزاوية"]),
 ],
 "qpr3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبحا"], ["مرزوك"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القطرون", "الحدود مع النيجر"]),
  mv("advance", "conditional", "Libyan National Army", [], ["قاعدة الويغ"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"]),
 ],
 "qpr4": [
  mv("airlift", "denied", None, ["أبوظبي"], ["مطار كفرا"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["مثلث العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["كفرا"], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الفاشر"]),
 ],
 "qpr5": [
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  mv("redeploy", "reported", "Turkish armed forces", ["الوطية"], ["مطار مصراتة"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"], ["تركيا"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["مصراتة"]),
 ],
}

NOTES = {
 "qpr1": "Beirut translation site (Al-Khanadeq) translating a London think-tank paper on Russia's Africa Corps in the "
         "Fezzan: 14 Il-76 flights Jufra air base→Brak air base (airlift reported), a Russian armoured column Tamanhint "
         "air base→Ubari (written أوبري) and the Sharara field (redeploy reported), a planned company for Ghat (written "
         "غهات), a conditional pull-out from Brak (only if the General Command in Benghazi asks) and the LNA's denial of "
         "Russian units moving Sabha→Murzuq (written سبحا/مرزوك); the headline, Moscow (metonymy), London (venue), the "
         "supply lines towards Niger and Mali, Wagner's 2020 withdrawal Tripoli→Jufra (past background) and the "
         "translator's note naming أوباري/غات/سبها/مرزق are not movements; «سبحان الله» holds سبحا, «الإجمالي» holds مالي.",
 "qpr2": "Crisis Group briefing (Arabic page, Brussels) on Tripoli's armed groups: the 444 Brigade moved Tarhuna→Tripoli "
         "(redeploy reported, GNA forces), the Special Deterrence Force massing at Mitiga airport (mobilise reported), "
         "the Misrata Joint Operations Force to be sent Misrata→Tripoli (deploy planned), a Zintan commander's "
         "conditional advance on Tripoli International Airport and the GNU's denial that the Stability Support Apparatus "
         "withdrew from Zawiya towards the capital (withdraw denied, origin only); Ankara (consulted), Türkiye "
         "(guarantor), «قوة حماية طرابلس» and «الطرابلسية» (hold طرابلس) and UNSMIL's name (holds ليبيا) are not movement "
         "places.",
 "qpr3": "Sabha local radio (Radio Fezzan) republishing an AFP wire in Arabic translation: LNA (Tariq bin Ziyad brigade) "
         "reinforcements Sabha→Murzuq written سبحا→مرزوك (reinforce reported), two companies planned for Al Qatrun and "
         "the border with Niger, a conditional advance on Al Wigh base and FACT's denial that its fighters crossed from "
         "Chad (advance denied, Chadian armed groups, origin only); the headline (سبها→مرزق), the datelines (Sabha; "
         "Murzuq (Libya)), the clash near Umm al-Aranib, the authorities in Tripoli and a civilian fuel convoy Sabha→Murzuq "
         "are not movements; «راديو فزان» holds فزان, FACT's name holds تشاد.",
 "qpr4": "Emirati opposition site (Emirates 71) translating a Guardian investigation: cargo flights Abu Dhabi→Kufra "
         "airport (written مطار كفرا) denied by the UAE foreign ministry (airlift denied, actor null), onward loads "
         "Kufra→Darfur via the Uweinat triangle on RSF trucks (shipment reported, Sudanese armed groups), a planned Subul "
         "al-Salam company Kufra (written كفرا)→Maaten al-Sarra base, the LNA's conditional deployment to the border with "
         "Sudan and RSF massing around El Fasher (mobilise reported); the headline, London (dateline), Benghazi (command "
         "not answering) and WFP trucks Chad→Darfur (civilian) are not movements; «الإمارات 71» and «الإماراتية» hold "
         "الإمارات, the UN panel's name holds السودان.",
 "qpr5": "Beirut site (180Post) translating a Washington Institute paper on Turkey in western Libya: ~600 Turkish troops "
         "flown Türkiye→Al Watiya base (airlift reported), a Hisar air-defence system moved Al Watiya (written الوطية "
         "alone)→Misrata airport (redeploy reported), 1,200 Syrian fighters to be returned Tripoli→northern Syria via "
         "Türkiye (withdraw planned, Syrian mercenaries), Ankara's denial of a marine landing at Khoms port (naval_landing "
         "denied) and a conditional reinforcement of Misrata (only if Haftar's forces move on Sirte); Lebanese Tripoli "
         "(translator's gloss), Ankara and Washington (metonymy), the static distribution at Al Watiya/Mitiga base/"
         "Misrata and civilian Turkish Airlines flights Istanbul→Mitiga airport are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpr1", "qpr2", "qpr3", "qpr4", "qpr5")
