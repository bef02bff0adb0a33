# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / stored public pages (see README table "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                    # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                         # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 # o1 Zawiya / Warshefana
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "zawiya": ("city", "LY", 32.7571, 12.72764, "Az Zawiya"),                                 # G (gn:2218970)
 "zawiya_mun": ("district", "LY", 32.7571, 12.72764, "Az Zawiya municipality"),             # G* city row
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                         # G* Al Jafara district row
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                              # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 # o2 Jufra / Russian flights
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                       # G
 "jufra_dist": ("district", "LY", 29.14412, 16.04338, "Al Jufra district"),                 # golden README rule: midpoint of Hun and Waddan rows
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                    # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Suknah"),                                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                    # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                         # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                   # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                      # G* (جنوب ليبيا row)
 # o3 Sudan triangle
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "tri_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),    # G* (مثلث العوينات row)
 "uweinat_mt": ("region", "LY", 21.917, 24.983, "Jebel Uweinat"),                          # K
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                      # G* (row spelled الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "north_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),                    # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                      # G
 "matan_sarra": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (الحدود الليبية السودانية row)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "north_kordofan": ("district", "SD", 14.01653, 29.52416, "North Kordofan"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                           # G* (row spelled وادى حلفا)
 "north_sudan": ("region", "SD", 18.11561, 31.24272, "Northern Sudan"),                    # G
 # o4 Tataouine / Dehiba
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "border_tn_ly": ("region", "TN", 32.25, 10.65, "Tunisia-Libya border, Tunisian side"),     # K representative point
 "wazin": ("town", "LY", 31.942, 10.66532, "Wazin"),                                       # G
 "wazin_crossing": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),      # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                      # G
 "borj_khadra": ("village", "TN", 30.2544, 9.555, "Borj El Khadra"),                       # K (stored pages)
 "tri_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (المثلث الحدودي مع تونس والجزائر row)
 "jabal_gharbi": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G* city row (العاصمة تونس)
 # o5 Niger / Madama / Toummo
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                             # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                         # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                      # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                    # G* (row spelled أغاديس)
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                                     # G
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border, Nigerien side"),         # K representative point
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                          # G
 "djado": ("region", "NE", 20.983, 12.333, "Djado plateau"),                               # G
 "kawar": ("region", "NE", 18.9, 12.9, "Kawar"),                                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* town row
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),                # G* (الحدود الليبية النيجرية row)
}

TRAPS = {
 "o1": ["الميادين نت", "«الميادين»", "رئاسة الأركان العامة", "حكومة الوحدة الوطنية", "قوة «درع الزاوية»",
        "حجر الزاوية", "مديرية أمن الجفارة", "الشيخ مفتاح الزهراوي", "العاصمة الليبية", "الطريق الساحلي"],
 "o2": ["عربي21", "مصادر ليبية", "طائرات شحن روسية", "الفيلق الأفريقي", "القيادة العامة للجيش الوطني الليبي",
        "عناصر روسية", "زلة لسان", "عبد الله الهوني", "دعم مالي", "وزارة الدفاع الروسية", "حفتر"],
 "o3": ["الجيش السوداني", "الدعم السريع", "سودان تربيون", "القوات المسلحة السودانية", "كتيبة سبل السلام",
        "الجيش الوطني الليبي", "خليفة حفتر", "وحدة ليبية", "قوات درع السودان"],
 "o4": ["الشروق", "التراب الليبي", "وزارة الدفاع الوطني", "المنطقة العسكرية العازلة", "صفحات ليبية",
        "وحدات تونسية", "دور وازن", "رئاسة الأركان العامة", "عام الرمادة", "عبد الرزاق الذهيبي",
        "اجتماع أمني تونسي ليبي", "الجانب الليبي"],
 "o5": ["سكاي نيوز عربية", "الجيش النيجري", "القوات الفرنسية", "مصدر أمني نيجري", "الفيلق الأفريقي الروسي",
        "القيادة العامة للجيش الوطني الليبي", "مصدر عسكري ليبي", "مقابلاً مالياً", "التحرك النيجري",
        "عبد الرحمن تياني", "«تحالف دول الساحل»", "المراقبة الفرنسية", "الجانب الليبي"],
}

PHEN = {
 "o1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "town_vs_district"],
 "o2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "o3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
        "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "o4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
        "coverage_neighbours", "countries"],
 "o5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
        "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, RU, TN, RSF = "Libyan National Army", "GNA forces", "Russian forces", "Tunisian army", "Sudanese armed groups"

MOVES = {
 "o1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الماية", "الزهراء"], ["جنزور"]),
  mv("mobilise", "reported", None, [], ["العزيزية", "السواني"]),
  mv("deploy", "planned", GNA, [], ["الزاوية", "جنزور"]),
  mv("advance", "denied", GNA, ["الزاوية"], ["ورشفانه"]),
  mv("withdraw", "conditional", GNA, ["الماية"], ["طرابلس"]),
 ],
 "o2": [
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", RU, ["الجفرة"], ["باماكو", "نيامي"]),
  mv("reinforce", "reported", LNA, ["سرت"], ["ودان", "سوكنة"]),
  mv("deploy", "denied", RU, [], ["هون"]),
  mv("reinforce", "conditional", LNA, [], ["زلة"]),
 ],
 "o3": [
  mv("withdraw", "reported", None, ["المثلث الحدودي"], ["الدبة"]),
  mv("advance", "reported", RSF, ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("advance", "denied", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("deploy", "planned", LNA, [], ["قاعدة معطن السارة", "الحدود مع السودان"]),
  mv("advance", "conditional", RSF, [], ["الدبة", "دنقلا"]),
 ],
 "o4": [
  mv("reinforce", "reported", TN, ["تطاوين"], ["الذهيبة", "رمادة"]),
  mv("deploy", "planned", TN, [], ["رمادة", "برج الخضراء"]),
  mv("advance", "denied", TN, [], ["وازن"]),
  mv("deploy", "conditional", TN, [], ["المثلث الحدودي"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["منفذ وازن"]),
 ],
 "o5": [
  mv("deploy", "reported", None, ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("deploy", "planned", None, [], ["سيغيدين", "جادو"]),
  mv("deploy", "denied", RU, [], ["ديركو"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون", "قاعدة الويغ", "منفذ التوم"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "o1": ("Al-Mayadeen (الميادين نت): Zawiya–Warshefana clashes. Reported GNA (Chief of Staff) interposition force "
        "Tripoli→Al Maya and Al Zahra via Janzour (headline = same move); reported mobilisation of Warshefana gunmen in "
        "Al Aziziya and As Sawani (null); planned military-police deployment on the coastal road between Zawiya and "
        "Janzour (ستنتشر مطلع الأسبوع المقبل); GNA advance Zawiya→Warshefana (variant ورشفانه) denied by the MoD; conditional "
        "withdrawal Al Maya→Tripoli (إذا). Not movements: Tripoli dateline, the closed Surman gate, the Zawiya mayor's "
        "meeting, the Warshefana mediator, the western-coast background. Traps: الميادين نت/«الميادين» (media; also a "
        "Syrian town), قوة «درع الزاوية» (force named after Zawiya), حجر الزاوية (idiom 'cornerstone'), مديرية أمن الجفارة, "
        "الشيخ مفتاح الزهراوي (person), العاصمة الليبية, الطريق الساحلي."),
 "o2": ("Arabi21 (عربي21): Russian cargo flights to Al Jufra and LNA reinforcements in Waddan and Sokna. Reported "
        "Russian airlift Al Khadim base→Al Jufra air base (headline = same move); planned onward airlift Jufra→Bamako and "
        "Niamey (تمهيداً لنقلها … خلال الأسابيع المقبلة); reported LNA reinforcement Sirte→Waddan, Sokna (headline = same "
        "move); Russian deployment in Hun denied (the council member's claim retracted as «زلة لسان»); conditional LNA "
        "reinforcement to Zella (إذا). Not movements: London dateline, Benghazi locator/speaker, Moscow's Sudan plans, "
        "residents of Jufra, the analyst's Libya→Mali/Niger/Burkina Faso remark. Traps: عربي21, الفيلق الأفريقي, "
        "زلة لسان (idiom containing Zella), عبد الله الهوني (person containing هون), دعم مالي ('financial'), nisba phrases."),
 "o3": ("Sudan Tribune (سودان تربيون): the Sudanese army leaves the Libya–Egypt–Sudan triangle. Reported SAF "
        "withdrawal triangle→Ad Dabbah (null; headline = same move); reported RSF advance North Darfur→the triangle; LNA "
        "(Subul al-Salam) advance Kufra→triangle denied by the General Command; planned LNA deployment at Maaten al-Sarra "
        "base and on the border with Sudan (ستنتشر خلال الأيام المقبلة); conditional RSF advance towards Ad Dabbah and "
        "Dongola (إذا). Not movements: Port Sudan dateline, Benghazi speaker, RSF control around Jebel Uweinat, the "
        "Kufra–northern Sudan trade corridor, battles in North Kordofan, Cairo's concern, displaced families in Wadi Halfa. "
        "Traps: سودان تربيون (media containing سودان), قوات درع السودان (force containing السودان), كتيبة سبل السلام, "
        "الدعم السريع, خليفة حفتر, nisba phrases."),
 "o4": ("Echorouk (الشروق, Tunisia): Tunisian army reinforcements at Dehiba and Remada. Reported Tunisian-army "
        "reinforcement Tataouine→Dehiba, Remada (headline = same move); planned deployment along the track Remada–Borj "
        "El Khadra (ستنتشر بداية من الأسبوع المقبل); Tunisian incursion near Wazin denied; conditional extension towards "
        "the Tunisia–Algeria–Libya triangle (إذا); reported GNA joint force Nalut→Wazin crossing. Not movements: Tataouine "
        "dateline, the shoot-out on the border with Libya, migrants from the Western Mountain to Sfax, Dehiba traders, "
        "the governor's visit to Remada, the Tunis meeting. Traps: الشروق (media, 'sunrise'), دور وازن ('weighty role', "
        "contains Wazin), عام الرمادة ('year of ashes', contains Remada), عبد الرزاق الذهيبي (person), nisba phrases."),
 "o5": ("Sky News Arabia (سكاي نيوز عربية): Niger returns troops to Madama; LNA reinforcements near Toummo. Reported "
        "Nigerien deployment Agadez→Madama base via Dirkou (null; headline = same move); planned Nigerien deployment in "
        "Seguedine and on the Djado plateau (null); Africa Corps arrival in Dirkou denied by Niger's MoD (Russian forces); "
        "reported LNA reinforcement Sabha→Al Qatrun, Al Wigh base and patrols near the Toummo crossing (headline = same "
        "move); conditional LNA reinforcement to the border with Niger (and Chad) (إذا). Not movements: Abu Dhabi dateline, "
        "the Dirkou–border road, the distance to Toummo, the French past in Kawar/Fezzan, Niamey's demand, migrants from "
        "Agadez. Traps: سكاي نيوز عربية, الجيش النيجري/التحرك النيجري (contain النيجر), مقابلاً مالياً (contains مالي), "
        "«تحالف دول الساحل», الفيلق الأفريقي الروسي, عبد الرحمن تياني."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
