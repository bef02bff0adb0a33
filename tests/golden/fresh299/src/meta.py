# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                  # G
 # outlets' datelines and foreign capitals
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                        # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # Tripoli and the west (ko1, ko3, ko5)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                   # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G* (row مطار معيتيقة, bare name)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                          # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "khums_port": ("crossing", "LY", 32.655, 14.280, "Al Khums port"),                      # K
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                  # K
 # the east and the oil crescent (ko2, ko3, ko5)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                               # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Port of Benghazi"),                # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),       # G* (town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (row قاعدة طبرق البحرية / city point)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                     # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (Jufra air base point, between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                     # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # Egypt (ko3)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 # the south (ko4)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "border_td": ("region", "TD", 21.7, 19.0, "Chad-Libya border (Chadian side)"),          # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 # foreign bases and ports (ko5)
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                   # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
}

TRAPS = {
 "ko1": ["صدى", "مركز مالكوم كير–كارنيغي للشرق الأوسط", "هالة الدرناوي", "شارع الزاوية", "اللواء 444 قتال",
         "المطار القديم", "العاصمة الليبية", "من هذه الزاوية"],
 "ko2": ["مركز الإمارات للسياسات", "شركة سرت لإنتاج وتصنيع النفط والغاز", "شركة الزويتينة للنفط", "الدعم المالي", "مفتاح الإدريسي",
         "الفيلق الأفريقي", "الروسي", "المنشآت النفطية"],
 "ko3": ["المركز المصري للفكر والدراسات الاستراتيجية", "الاتجاه الاستراتيجي الغربي", "مجلس النواب الليبي",
         "البرلمان المصري", "الأمن القومي المصري", "مواقع إخبارية تركية", "المقاتلين السوريين"],
 "ko4": ["مبادرة الإصلاح العربي", "سلمى المرزوقي", "الفيلق الأفريقي", "المعارضة التشادية",
         "جبهة الوفاق من أجل التغيير في تشاد", "الأراضي الليبية", "الصراع الليبي"],
 "ko5": ["منتدى فكرة", "معهد واشنطن لسياسة الشرق الأدنى", "البحرية التركية", "المرتزقة السوريين",
         "وزارة الدفاع التركية", "العواصم الأوروبية", "المؤسسة العسكرية الليبية"],
}

PHEN = {
 "ko1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings"],
 "ko2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "ko3": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ko4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ko5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ko1": [
  # «دفعت القوة المشتركة في مصراتة بنحو ثلاثين آلية مسلحة من المدينة إلى تاجوراء ... مروراً بالقره بوللي»
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القربوللي"]),
  # «انسحب اللواء 444 قتال ... من محيط المطار إلى معسكر التكبالي» (المطار = مطار معيتيقة)
  mv("withdraw", "reported", "GNA forces", ["مطار معيتيقة"], ["معسكر التكبالي"]),
  # «تقول وزارة الدفاع إنها ستنقل، مطلع يونيو، كتيبة «محايدة» من الزاوية إلى معيتيقة»
  mv("deploy", "planned", "GNA forces", ["الزاوية"], ["معيتيقة"]),
  # scenario 2: «في هذه الحال يُرجَّح أن تتقدم كتائب من الزنتان متمركزة في العزيزية نحو قصر بن غشير»
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["قصر بن غشير"]),
  # «وإذا قُطع الطريق الساحلي ...، فقد تنقل القوة المشتركة تعزيزاتها بحراً من مصراتة إلى ميناء طرابلس»
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  # scenario 3: «لن تنقل أنقرة طائراتها المسيّرة من قاعدة الوطية إلى معيتيقة «إلا إذا ...»»
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["معيتيقة"]),
  # «نفت وزارة الدفاع ... سحب القوة القادمة من مصراتة من تاجوراء»
  mv("withdraw", "denied", "Misrata forces", ["تاجوراء"], []),
 ],
 "ko2": [
  # «نقلت القيادة العامة لواءً مدرعاً من بنغازي إلى راس لانوف، مروراً بأجدابيا والبريقة»
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["رأس لانوف"], ["أجدابيا", "البريقة"]),
  # «سيّرت جسراً جوياً من قاعدة بنينا الجوية إلى مطار الكفرة نقل نحو مئتي عنصر»
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  # «وفي مارس أفرغت سفينة شحن عربات مدرعة وذخائر في ميناء بنغازي لصالح القيادة العامة»
  mv("shipment", "reported", "Libyan National Army", [], ["ميناء بنغازي"]),
  # «وتعتزم القيادة العامة ... نقل سرية من قاعدة الجفرة الجوية إلى ميناء السدرة قبل نهاية الصيف»
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ميناء السدرة"]),
  # «فإذا أعاد المحتجون إغلاق حقل السرير، ستتحرك وحدات تابعة للقيادة العامة من الكفرة لإعادة فتحه بالقوة»
  mv("deploy", "conditional", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
  # «وعندها لا يُستبعد أن تحشد القوة المشتركة في مصراتة وحداتها في أبوقرين غربي سرت» (سرت locates Abu Qurayn)
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  # «نفى مصدر عسكري في بنغازي ... سحب عناصر «الفيلق الأفريقي» الروسي من الجفرة إلى مالي»
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["مالي"]),
 ],
 "ko3": [
  # flashback 2020: «كانت أنقرة قد نقلت آلاف المقاتلين السوريين جواً إلى مطار معيتيقة»
  mv("airlift", "reported", "Syrian mercenaries", [], ["مطار معيتيقة"]),
  # «دفعت القوات المسلحة ... بتعزيزات من قاعدة محمد نجيب العسكرية إلى السلوم عبر مرسى مطروح وسيدي براني»
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  # «أعلنت القيادة العامة أنها ستنقل لواءً من طبرق إلى سرت خلال الأسابيع المقبلة»
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["سرت"]),
  # «فالقوات المصرية لن تعبر الحدود مع ليبيا باتجاه طبرق إلا إذا ...»
  mv("advance", "conditional", "Egyptian army", [], ["طبرق"], ["الحدود مع ليبيا"]),
  # «في حال تجددت المواجهات حول سرت، أن تدفع القيادة العامة بتعزيزات إضافية من بنغازي إلى المدينة»
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["سرت"]),
  # «نفى المتحدث العسكري المصري ما نشرته مواقع ... عن نقل مستشارين عسكريين مصريين جواً إلى قاعدة الجفرة الجوية»
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"]),
 ],
 "ko4": [
  # «في فبراير نقلت كتيبة من سبها إلى القطرون عبر أم الأرانب»
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  # «انسحاب مجموعات من المعارضة التشادية من محيط البلدة الأخيرة نحو الحدود مع النيجر» (البلدة الأخيرة = أم الأرانب)
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  # «أعلنت رئاسة أركان القوات البرية أنها ستنشر سرية قادمة من إدري في منفذ التوم مطلع الشهر المقبل»
  mv("deploy", "planned", "Libyan National Army", ["إدري"], ["منفذ التوم"]),
  # «ترجّح هذه الورقة أن ينقل «الفيلق الأفريقي» جزءاً من عناصره من قاعدة براك الجوية إلى النيجر إذا استقرت ...»
  mv("redeploy", "conditional", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
  # «فلن يدفع جيشها بقوات من فايا لارجو نحو الحدود مع ليبيا إلا إذا ...» (Chadian army: not a canonical actor)
  mv("advance", "conditional", None, ["فايا لارجو"], ["الحدود مع ليبيا"]),
  # «نفت القيادة العامة ... أنباء عن حشد قوات في أوباري قرب حقل الشرارة»
  mv("mobilise", "denied", "Libyan National Army", [], ["أوباري"]),
 ],
 "ko5": [
  # «هبطت طائرتا شحن عسكريتان تركيتان ... في قاعدة الوطية قادمتين من قونية»
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["قاعدة الوطية"]),
  # «نقلت طائرات «إليوشن» روسية معدات وعناصر من قاعدة حميميم في سوريا إلى قاعدة الخادم شرق بنغازي»
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  # «كما رصدت منصات تتبع السفن في فبراير سفينة روسية أفرغت عربات وذخائر في ميناء طبرق»
  mv("shipment", "reported", "Russian forces", [], ["ميناء طبرق"]),
  # «وتعتزم البحرية التركية ... إرسال سفينة إنزال من مرسين إلى ميناء الخمس الشهر المقبل»
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  # «إذا أقرّت اللجنة ... فقد تبدأ أنقرة بإعادة مئات المرتزقة السوريين من طرابلس إلى سوريا»
  mv("withdraw", "conditional", "Syrian mercenaries", ["طرابلس"], ["سوريا"]),
  # «إذا خسرت موسكو ... تسهيلاتها في طرطوس، فلن يكون أمامها سوى نقل جزء من قطعها البحرية منها إلى طبرق»
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
  # «نفت وزارة الدفاع التركية تقارير عن نقل وحدة من القوات الخاصة إلى مصراتة»
  mv("deploy", "denied", "Turkish armed forces", [], ["مصراتة"]),
 ],
}

NOTES = {
 "ko1": "Carnegie (Sada), Beirut: Tripoli after an April truce — a reported Misrata reinforcement Misrata→Tajura via "
        "Garabulli (origin by «من المدينة»), a reported 444 pull-back Mitiga airport→Tekbali camp (origin by «المطار»), "
        "a planned GNA battalion Zawiya→Mitiga, a conditional Zintan advance Al-Aziziyah→Qasr Bin Ghashir (scenario), "
        "a conditional Misrata sea move Misrata→Tripoli port («وإذا قُطع الطريق»), "
        "a conditional Turkish drone move Al-Watiya→Mitiga («لن ... إلا إذا») and a denied Misrata pull-out from Tajura; "
        "Misrata in the denial, Ankara and the Zintan origin-of-fighters are not movement places.",
 "ko2": "Emirates Policy Center, Abu Dhabi: the oil crescent — a reported LNA armour move Benghazi→Ras Lanuf via Ajdabiya "
        "and Brega, a reported Benina→Kufra airport airlift, a reported arms shipment to Benghazi port, a planned Jufra "
        "air base→Es Sider company, a conditional LNA move Kufra→Sarir («فإذا»), a conditional Misrata massing at Abu "
        "Qurayn («لا يُستبعد» after «وعندها»; Misrata locates the actor, Sirte locates Abu Qurayn) and a denied Africa "
        "Corps pull-out Jufra→Mali; Benghazi as the denier's location, the south-east as a purpose, Sirte inside a "
        "company name are not movement places.",
 "ko3": "ECSS, Cairo: the Sirte–Jufra red line — a 2020 flashback airlift of Syrian fighters to Mitiga airport "
        "(Ankara is the sponsor, not the origin), a reported Egyptian reinforcement Mohamed Naguib base→Sallum via "
        "Marsa Matruh and Sidi Barrani, a planned LNA brigade Tobruk→Sirte, a conditional Egyptian advance across the "
        "border towards Tobruk («لن ... إلا إذا»), a conditional LNA reinforcement Benghazi→Sirte («في حال») and a "
        "denied Egyptian airlift to the Jufra air base.",
 "ko4": "Arab Reform Initiative, Paris: the Fezzan after the Africa Corps — a reported LNA battalion Sabha→Al Qatrun via "
        "Umm al-Aranib, a reported Chadian-opposition pull-out Umm al-Aranib→the Niger border (origin by «البلدة "
        "الأخيرة»), a planned company Idri→the Toummo crossing, a conditional Africa Corps move Brak air base→Niger, a "
        "conditional Chadian army advance Faya-Largeau→the Libyan border and a denied LNA massing in Ubari (Sharara "
        "only locates it; Niamey and Jufra are not movement places).",
 "ko5": "Washington Institute (Fikra Forum), Washington: Turkey and Russia in Libya — reported airlifts Konya→Al-Watiya "
        "and Hmeimim→Al Khadim (Syria and Benghazi only locate), a reported Russian cargo ship at Tobruk port, a planned Turkish landing ship Mersin→Al-Khums port, "
        "conditional moves of Syrian mercenaries Tripoli→Syria and of Russian ships Tartus→Tobruk (origin by «منها»), "
        "and a denied Turkish special-forces deployment to Misrata.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ko1", "ko2", "ko3", "ko4", "ko5")
BAR_IN_TEXT = True  # the text has a literal "|" (the «صدى | تحليلات» kicker in ko1)
