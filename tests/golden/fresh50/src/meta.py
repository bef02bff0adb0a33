# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # az1 Zuwara / Ras Ajdir
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "zuwara_mun": ("district", "LY", 32.9312, 12.08199, "Zuwara municipality"),            # G* town row
 "zuwara_port": ("crossing", "LY", 32.93, 12.09, "Port of Zuwara"),                     # K
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),             # G (row منفذ رأس جدير)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),          # G
 "jmail": ("town", "LY", 32.85286, 12.0612, "Al Jumayl"),                               # G (row kind city)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "border_tn": ("region", "LY", 33.05, 11.60, "Libya-Tunisia border (Libyan side, near Ras Ajdir)"),  # K
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G (row قاعدة الوطية)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "abukammash": ("town", "LY", 33.07, 11.78, "Abu Kammash"),                             # K
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (gazetteer spelling لامبيدوسا)
 # az2 Sirte basin
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.13, 15.95, "Al Jufra"),                                 # README convention (point near Hun/Waddan)
 "gardabiya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),                     # G (row قاعدة القرضابية)
 "gardabiya_b": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),                   # G (same row; bare القرضابية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30, 15.60, "Al Washka"),                                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                 # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                      # G
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 "binjawad": ("town", "LY", 30.80418, 18.0772, "Bin Jawwad"),                           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "sidra": ("oilfield", "LY", 30.625, 18.3517, "Es Sider oil terminal"),                 # G
 "raslanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf"),                            # G
 "oilcrescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                    # G
 # az3 Kufra
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.1989, 23.29093, "Kufra municipality"),              # G* town row
 "kufra_ap": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                       # G
 "uweinat": ("region", "LY", 21.917, 24.983, "Jebel Uweinat"),                          # K
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "sarra": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                 # G
 "triangle_east": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "ndarfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),                      # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                      # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (gazetteer spelling أجدابيا)
 # az4 Egyptian border
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "amsaad_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),   # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "westdesert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_nb": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "border_eg": ("region", "LY", 29.80, 24.90, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                     # G
 "bardia": ("town", "LY", 31.75601, 25.0853, "Al Bardiyah"),                            # G (row بردية)
 "kambut": ("town", "LY", 31.90434, 24.4784, "Kambut"),                                 # G
 # az5 Algeria-Niger-Libya triangle
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                   # G (row kind village)
 "djanet_ap": ("airport", "DZ", 24.2928, 9.45244, "Djanet Inedbirene Airport"),         # G
 "salvador": ("region", "LY", 23.70978, 12.19091, "Salvador triangle (Libya-Algeria-Niger tripoint)"),  # G* (row المثلث الحدودي)
 "border_ne": ("region", "DZ", 23.20, 11.00, "Algeria-Niger border (Algerian side, south-east of Djanet)"),  # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                          # G
 "toummo": ("crossing", "LY", 22.65, 14.20, "Toummo border crossing"),                  # G (row منفذ التوم)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (gazetteer spelling إن قزام)
}

TRAPS = {
 "az1": ["بوابة الوسط", "اللواء 52 مشاة", "سالم الطرابلسي", "رد الجميل", "المجلس العسكري الزنتان",
         "وزارة الدفاع التونسية", "الجيش التونسي", "الإيطالية"],
 "az2": ["الجيش الليبي", "العربية.نت", "اللواء طارق بن زياد", "روسيتين", "حماة الساحل", "القوة المشتركة",
         "خليفة حفتر", "حكومة الوحدة الوطنية"],
 "az3": ["الجيش الليبي", "سكاي نيوز عربية", "سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع",
         "الأراضي الليبية", "الأسر السودانية", "ما ادري"],
 "az4": ["الجيش المصري", "المصري اليوم", "اللواء 106 مجحفل", "فرج الدرناوي", "البحرية الليبية",
         "درع الشرق 2026", "السلع المصرية", "ليبي مصري"],
 "az5": ["الجيش الجزائري", "الخبر", "الجيش الوطني الشعبي", "اللواء 128", "وزارة الدفاع النيجرية",
         "الجيش النيجري", "السلطات الجزائرية", "الدعم المالي", "الوجود العسكري الفرنسي"],
}

PHEN = {
 "az1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "az2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "az3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "az4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "az5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "az1": [
  mv("deploy", "reported", GNA, ["الزاوية"], ["زوارة"], ["صبراتة", "مجمع مليتة"]),
  mv("redeploy", "planned", GNA, ["زوارة"], ["الجميل", "زلطن"]),
  mv("advance", "denied", GNA, [], ["زوارة", "ميناء زوارة"]),
  mv("withdraw", "reported", "Zintan forces", ["قاعدة الوطية الجوية"], ["الزنتان"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
 "az2": [
  mv("mobilise", "reported", "Misrata forces", ["مصراته", "أبوقرين"], ["الوشكة"]),
  mv("reinforce", "reported", LNA, ["هون"], ["قاعدة القرضابية الجوية"], ["ودان"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["القرضابية"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
 ],
 "az3": [
  mv("redeploy", "reported", LNA, ["الهواري"], ["قاعدة معطن السارة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["شمال دارفور"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ربيانة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", LNA, [], ["تازربو"]),
 ],
 "az4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "planned", LNA, ["قاعدة طبرق البحرية"], ["البردية"]),
  mv("deploy", "conditional", "Egyptian army", [], ["سيوة"]),
  mv("shipment", "denied", None, [], ["طبرق"], ["منفذ امساعد"]),
 ],
 "az5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["الحدود مع النيجر"]),
  mv("withdraw", "reported", "Foreign fighters", ["مثلث السلفادور"], ["شمال النيجر"]),
  mv("redeploy", "planned", LNA, ["القطرون"], ["قاعدة الويغ"]),
  mv("deploy", "conditional", None, [], ["ماداما"]),
  mv("shipment", "denied", None, ["غات"], ["مالي"], ["مثلث السلفادور"]),
 ],
}

NOTES = {
 "az1": ("Al-Wasat (بوابة الوسط), Zuwara dateline: GNA columns on the outskirts of Zuwara. Reported GNA (Chief of Staff in "
         "Tripoli, «اللواء 52 مشاة») deployment Zawiya->Zuwara via Sabratha and the Mellitah complex («تمركزت … على مشارف "
         "زوارة عند مدخلها الشرقي … انطلقت من … سالكة الطريق الساحلي مروراً بـ… وتوقفت ساعات في محيط»; headline = same; "
         "«على بعد نحو 15 كيلومتراً شرق زوارة» only locates Mellitah); planned GNA redeploy from the outskirts of Zuwara to "
         "Al-Jmail and Zaltan («ستنتقل … من مشارف زوارة إلى»; «على الطريق بين زوارة ومعبر رأس جدير» is a locator, the crossing "
         "is not a destination); GNA entry into Zuwara and its port denied by the mayor (advance, denied); reported Zintan "
         "withdrawal Al-Watiya base->Zintan («غادرت … عائدة إلى»; «على بعد نحو 45 كيلومتراً جنوب الجميل» = distance reference; "
         "Tripoli in «بالتنسيق مع طرابلس» = not a place of the move); conditional Tunisian reinforcement towards Ben Gardane "
         "(«سيدفع بتعزيزات … صوب … في حال»; Ras Ajdir = distance reference; Tunis = venue of the statement). Not movements: "
         "4,000 travellers through Ras Ajdir, a migrant boat from Abu Kammash towards Lampedusa, petrol prices in Sabratha, "
         "«قرب الحدود مع تونس» (background). Traps: سالم الطرابلسي (person containing طرابلس), رد الجميل (common phrase "
         "containing الجميل), المجلس العسكري الزنتان, اللواء 52 مشاة, بوابة الوسط, nisbas التونسية/التونسي/الإيطالية."),
 "az2": ("Al Arabiya.net, Sirte dateline: the Sirte–Jufra «red line». Reported Misrata mobilisation on the Al-Washka axis "
         "(«حشدت كتائب مصراتة … في محور الوشكة»; origins «قادم من مصراته» (variant with ه) and «آتٍ من أبوقرين»; «على بعد نحو 95 "
         "كيلومتراً غرب سرت» = distance reference); reported LNA («اللواء طارق بن زياد») reinforcement Hun->Gardabiya air base via "
         "Waddan («وصلت إلى … قادمة من … مروراً بـ»; «جنوب سرت» locates the base; headline = same); Russian cargo planes Al "
         "Khadim->Gardabiya denied (airlift, Russian forces; «شرق بنغازي» locates Al Khadim); planned LNA naval landing at Sirte "
         "port from Benghazi («تعتزم … إنزال … انطلاقاً من»; «حتى بن جواد» is the exercise's extent, not a destination); "
         "conditional Misrata advance Al-Washka->Sirte («لن تتقدم … إلا إذا»; Misrata here = seat of the commander). The red "
         "line «سرت–الجفرة» (headline and quote) gives two reference places, never movement places. Not movements: a cement "
         "ship from Tripoli, northern Lebanon to Sirte port, tankers loading at Es Sider and Ras Lanuf, cement prices; Geneva "
         "= ceasefire venue; Tripoli = seat of the GNU. Traps: العربية.نت, اللواء طارق بن زياد, حماة الساحل (exercise; "
         "الساحل also = Sahel), القوة المشتركة, خليفة حفتر, حكومة الوحدة الوطنية, الجيش الليبي, روسيتين."),
 "az3": ("Sky News Arabia, Kufra dateline: the Kufra–Uweinat–Tazirbu triangle. Reported LNA («سبل السلام») redeploy Al-Hawari "
         "->Maaten al-Sarra base («أعادت … تموضع وحداتها من … إلى»; «شمال غرب الكفرة» and «على بعد نحو 300 كيلومتر جنوب غرب "
         "المدينة» are locators; headline «يعيد تموضعه جنوب غرب الكفرة» = same move, Kufra only a locator; «نحو تشاد» is the "
         "smugglers' route); reported withdrawal of a Sudanese armed group from around Jebel Uweinat to North Darfur («انسحاب "
         "… من محيط … متجهة إلى»; the border triangle with Egypt and Sudan only locates the mountain; headline = same); RSF "
         "incursion as far as Rebiana denied («توغل … حتى ربيانة، غرب الكفرة»); planned LNA airlift Benina air base->Kufra "
         "airport («ستنقل جواً … من … إلى»); conditional LNA mobilisation in Tazirbu («يحشد … في تازربو … إذا»; the Sarir field "
         "is purpose). Not movements: Sudanese families fleeing El Fasher to Kufra, fuel convoys from Ajdabiya (اجدابيا), the "
         "border with Sudan as a distance reference in the denial, a truck driver's «ما ادري». Traps: سبل السلام, قوات الدعم "
         "السريع, الجيش الوطني الليبي, الجيش الليبي, سكاي نيوز عربية, الأراضي الليبية, الأسر السودانية, ما ادري (Idri)."),
 "az4": ("Al-Masry Al-Youm, Cairo dateline: both sides of the Libya–Egypt border. Reported Egyptian reinforcement Marsa Matruh->"
         "Sallum via Sidi Barrani («وصلت إلى السلوم … قادمة من … مروراً بـ»; «انتشرت على الهضبة المطلة على منفذ امساعد»: the "
         "crossing is only what the plateau overlooks; «على بعد نحو 75 كيلومتراً شرق السلوم» locates Sidi Barrani; headline = "
         "same); reported LNA («اللواء 106 مجحفل») deployment Tobruk->near Jaghbub («تمركزت … قرب الجغبوب … قادمة من طبرق»; "
         "first Tobruk = distance reference, second = origin; the border with Egypt is purpose; headline = same); planned LNA "
         "naval landing at Bardia from Tobruk naval base («ستنفذ … إنزالاً … انطلاقاً من»; «شمال امساعد» locator); conditional "
         "Egyptian deployment to Siwa («سيدفع … إلى سيوة … إذا»; Jaghbub = distance reference); arms shipment through the "
         "Amsaad crossing towards Tobruk denied (null). Not movements: smugglers between Jaghbub and Siwa, 12,000 Egyptian "
         "workers heading to Libya, the Matrouh governor's visit to Sallum, prices in Tobruk and Kambut. Traps: المصري اليوم, "
         "الجيش المصري, اللواء 106 مجحفل, فرج الدرناوي, البحرية الليبية, درع الشرق 2026, السلع المصرية; «الصحراء الغربية» "
         "here is Egypt's Western Desert (gold region EG), not Western Sahara."),
 "az5": ("El Khabar, Algiers dateline: the Libya–Algeria–Niger triangle. Reported Algerian reinforcement from Illizi to the "
         "border with Niger south-east of Djanet («دفع … بوحدات إضافية … إلى مواقعه على تخوم الحدود مع النيجر … قادمة من "
         "إليزي»; Djanet = locator; headline = same); reported withdrawal of foreign armed groups from around the Salvador "
         "triangle towards northern Niger (Foreign fighters); planned LNA («اللواء 128») redeploy Al Qatrun->Al Wigh base («ستنتقل "
         "… من … إلى»; «على بعد نحو 85 كيلومتراً جنوب القطرون» = distance reference; Toummo crossing = purpose; Idri/Wadi "
         "al-Shati = where the men come from, not a move); conditional Nigerien-army deployment at Madama (null: Nigerien army "
         "not canonical; «قد ينشر … إذا»; Niamey = speaker; Toummo = distance reference); arms convoy Ghat->Mali via the Salvador "
         "triangle denied (shipment, null; Benghazi = seat of the denier). Not movements: migrants deported to Niger through "
         "In Guezzam (عين قزام), tourist flights from Algiers to Djanet airport, «تحركات مريبة» in the headline (no actor, no "
         "move of its own). Traps: الخبر, الجيش الجزائري, الجيش الوطني الشعبي, اللواء 128, وزارة الدفاع النيجرية, الجيش "
         "النيجري, السلطات الجزائرية, الدعم المالي (Mali)."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("az1", "az2", "az3", "az4", "az5")
SAMPLE_MIN_STATUS = 2  # each status at least this often over the sample
SAMPLE_MIN_MOVEMENT_KIND = 2  # each movement kind at least this often over the sample
SAMPLE_MIN_PHENOMENON = 2  # each phenomenon at least this often over the sample
