# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية, between Hun and Waddan)
 # zk1 the west, Zawiya to Ras Ajdir (Al-Quds Al-Arabi)
 "west_ly": ("region", "LY", 32.0, 12.5, "Western Libya"),                               # K
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),               # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 # zk2 Egypt's western border (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Force Base"),                 # G* (row kind airport)
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 # zk3 the Oil Crescent and the Sirte-Jufra axis (France 24)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "brega_port": ("crossing", "LY", 30.40624, 19.57386, "Port of Brega"),                # G* (town row البريقة)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # zk4 Fezzan and the Chad/Niger borders (Al-Jarida)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # zk5 the Libya-Sudan-Egypt triangle (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات, names include جبل العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "zk1": ["القدس العربي", "عماد الطرابلسي", "البرلمان التركي", "سفينة إنزال تركية", "الجيش التونسي", "تأمين الساحل الغربي", "مالي",
         "الجانب الليبي"],
 "zk2": ["الوفد", "قناة القاهرة الإخبارية", "الجيش المصري", "المتحدث العسكري المصري", "وحدات مصرية", "القيادة العامة للجيش الوطني الليبي",
         "الليبية", "حرس الحدود", "الملك إدريس السنوسي"],
 "zk3": ["فرانس 24", "الفيلق الإفريقي", "مجموعة فاغنر", "لواء طارق بن زياد", "الكتائب المصراتية",
         "شركة الخليج العربي للنفط", "روسيتان"],
 "zk4": ["الجريدة", "الجيش الوطني الليبي", "اللواء 128 معزز", "تشادية", "عمر الإدريسي",
         "جبهة الوفاق من أجل التغيير", "مالي"],
 "zk5": ["السوداني", "قوات الدعم السريع", "الجيش السوداني", "القيادة العامة للجيش الوطني الليبي", "قوات حفتر"],
}

PHEN = {
 "zk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "zk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zk5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zk1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("withdraw", "denied", "Zintan forces", ["قاعدة الوطية"]),
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["مطار معيتيقة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["صبراتة", "العجيلات"]),
  mv("advance", "conditional", "Zintan forces", [], ["غريان"]),
 ],
 "zk2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["سيدي براني"]),
  mv("redeploy", "reported", "Libyan National Army", ["بنغازي"], ["الجغبوب"], ["طبرق"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"], ["منفذ السلوم"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار مرسى مطروح"]),
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "zk3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["حقل الظهرة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"]),
  mv("mobilise", "reported", "Misrata forces", [], ["بويرات الحسون"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["راس لانوف"]),
 ],
 "zk4": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"], ["تراغن"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("withdraw", "denied", "Libyan National Army", ["إدري"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"], ["اوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "zk5": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["جبل العوينات"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "zk1": "Al-Quds Al-Arabi year review of the west: GNA column Tripoli→Zawiya via Janzour (14 Jan; the refinery only "
        "locates the clashes), Zintan's denied pull-out from Al-Watiya (3 Mar), a Turkish cargo flight Ankara→Mitiga "
        "airport (22 May), a denied arms shipment from Tripoli port in northern Lebanon to Misrata port (17 Sep; Tripoli, "
        "Libya is the speaker's seat), a Tunisian company Gabes→Ben Gardane (2 Nov; Ras Ajdir only the closure), a planned "
        "Misrata→Sabratha/Al-Ajaylat transfer and Zintan's conditional move on Gharyan (Ar-Rujban only the condition).",
 "zk2": "Al-Wafd year review of Egypt's western border: an armoured brigade Mohamed Naguib base→Sallum via Sidi Barrani, "
        "an LNA battalion Benghazi→Jaghbub via Tobruk (the border with Egypt only a distance reference), a denied Egyptian "
        "entry into Emsaed via the Sallum crossing, an airlift Almaza→Marsa Matruh airport (Sallum only locates the "
        "convoy seen), a planned border-guard battalion Marsa Matruh→Siwa and a conditional advance on Sirte and Jufra "
        "(Cairo = dateline and 'the red line Cairo declared').",
 "zk3": "France 24 timeline of the Oil Crescent and Sirte-Jufra: a Russian airlift Hmeimim→Jufra air base, an LNA "
        "battalion Ajdabiya→Dahra field (Es Sider only the pipeline's end), a denied Russian pull-out from Gardabya "
        "(Sirte only locates it), a Misrata massing at Buwairat al-Hassoun ('85 km west of Sirte' a distance reference), "
        "a planned Russian transfer Jufra→Brak air base ('Moscow' as actor) and a conditional LNA reinforcement "
        "Benghazi→Ras Lanuf (Al-Washka only the condition). The 9 Nov item has no movement.",
 "zk4": "Al-Jarida year review of the Fezzan: an LNA column Tamanhint base→Murzuq via Traghen, Chadian groups withdrawing "
        "from Umm al-Aranib toward the border with Chad, a denied LNA pull-out from Idri (trap al-Idrisi), a fuel and "
        "ammunition convoy Sabha→El Feel field via Ubari (spelt اوباري), migrants stopped near Al-Qatrun (no movement), a "
        "planned company Al-Qatrun→Toummo crossing (Niger only describes the crossing) and a conditional return of the "
        "Chadian fighters to Umm al-Aranib. Kuwait is the dateline city.",
 "zk5": "Al-Sudani year review of the Libya-Sudan-Egypt triangle: RSF units Al-Malha (North Darfur)→Jebel Uweinat, LNA "
        "reinforcements Kufra→Maaten al-Sarra base, a denied RSF entry into Kufra, an airlift Benina→Kufra airport "
        "(Khartoum = government), a road closure at Tazirbu (no movement), a planned company Kufra→Rebiana and a "
        "conditional LNA deployment toward the border with Sudan.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zk1", "zk2", "zk3", "zk4", "zk5")
