# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 # ae1 Tripoli / Mitiga
 "mitiga_ap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                     # G
 "mitiga_base": ("base", "LY", 32.8941, 13.276, "Mitiga Air Base"),                     # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "fornaj": ("town", "LY", 32.88743, 13.18733, "Al Fornaj (Tripoli)"),                   # G (gazetteer row = Tripoli centre)
 "ainzara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),                               # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (variant مصراته)
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "tunis_c": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                # G
 "qbg_mun": ("district", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir municipality"),    # G* (city row)
 "tip_ap": ("airport", "LY", 32.6635, 13.159, "Tripoli International Airport"),         # G
 # ae2 Bani Walid
 "bw": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                                # G (also variant بنى وليد)
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "bw_ap": ("airport", "LY", 31.7392, 13.954, "Bani Walid Airport"),                     # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.9853, "Mizdah"),                                  # G
 "asabia": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "jgharbi": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 # ae3 Chad / Niger / southern Libya
 "tibesti": ("district", "TD", 20.8, 17.8, "Tibesti (province)"),                       # G* (region row, kind district)
 "southlibya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (also variant قطرون)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "ntchad": ("region", "TD", 18.2068, 19.78454, "Northern Chad"),                        # G
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                          # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "agadez_ap": ("airport", "NE", 16.966, 8.00011, "Agadez Mano Dayak Airport"),          # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (variant أغاديز of أغاديس)
 "sebha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tri_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"), # G* (row المثلث الحدودي مع النيجر وتشاد)
 # ae4 Sudan / Kufra
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G (also variant الكفره)
 "kufra_ap": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                       # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),                                   # G
 "ndarfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),                      # G
 "tri_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # ae5 Tunisia border
 "rasjedir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),             # G (also variant منفذ راس اجدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.9826, 11.25905, "Medenine Governorate"),         # G
 "gabes": ("city", "TN", 33.88146, 10.0982, "Gabes"),                                   # G
 "border_tn_ly": ("region", "TN", 32.9, 11.3, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),           # G
 "jumayl": ("city", "LY", 32.85286, 12.0612, "Al Jumayl"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row لامبيدوسا, variant لامبيدوزا)
}

TRAPS = {
 "ae1": ["ليبيا أوبزرفر", "جهاز الردع", "حكومة الوحدة الوطنية", "اللواء 111 مجحفل", "سرت شائعات",
         "مجموعات مسلحة زنتانية", "عماد الطرابلسي", "المجلس العسكري مصراتة", "السفارة التركية",
         "عسكريين أتراك", "فجر ليبيا"],
 "ae2": ["القيادة العامة", "المشهد", "قبيلة ورفلة", "قبائل ورفلة", "رئاسة الأركان العامة", "حكومة الوحدة الوطنية",
         "من هذه الزاوية", "المنطقة العسكرية الغربية", "الصادق الغرياني", "كتيبة فرسان جنزور"],
 "ae3": ["الجيش التشادي", "الوحدة إنفو", "القيادة العامة", "جبهة الوفاق من أجل التغيير في تشاد", "الدعم المالي",
         "هيئة الأركان النيجرية", "الحكومة النيجرية", "وسائل إعلام فرنسية", "طائرات شحن روسية", "الفيلق الأفريقي"],
 "ae4": ["الجيش السوداني", "القيادة العامة", "الدعم السريع", "سودان تريبيون", "القوة المشتركة",
         "مساعد قائد قوات الدعم السريع", "كتيبة سبل السلام", "الأراضي الليبية", "العائلات السودانية",
         "الأمم المتحدة"],
 "ae5": ["موزاييك أف أم", "السلطات التونسية", "الجانب الليبي", "حكومة الوحدة الوطنية", "موزاييك",
         "الإدارة العامة للعمليات الأمنية", "وزارة الداخلية الليبية", "وزارة الدفاع الوطني", "صفحات ليبية",
         "الجيش التونسي", "الأراضي الليبية", "رد الجميل", "الحرس البحري"],
}

PHEN = {
 "ae1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "countries"],
 "ae2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "town_vs_district", "coverage_bases"],
 "ae3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ae4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "ae5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ae1": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["قاعدة معيتيقة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["طرابلس"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة معيتيقة"]),
 ],
 "ae2": [
  mv("deploy", "reported", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("mobilise", "reported", None, [], ["بني وليد"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة"], ["بني وليد"], ["الشويرف"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["مزدة", "الأصابعة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الشويرف"]),
 ],
 "ae3": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["زوار", "تيبستي"]),
  mv("withdraw", "reported", "Chadian armed groups", ["قطرون", "الجنوب الليبي"], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("deploy", "planned", None, [], ["قاعدة ماداما", "ديركو"]),
  mv("airlift", "denied", "Russian forces", ["ليبيا"], ["مطار أغاديس"]),
 ],
 "ae4": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", None, ["المثلث الحدودي"], ["الدبة"]),
  mv("advance", "planned", "Sudanese armed groups", [], ["الدبة", "دنقلا"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار الكفرة"], ["نيالا"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "ae5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين", "قابس"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ راس اجدير"]),
  mv("withdraw", "planned", None, [], ["زوارة"]),
  mv("advance", "denied", "Tunisian army", [], ["زلطن"]),
 ],
}

NOTES = {
 "ae1": "Libya Observer (ليبيا أوبزرفر): Mitiga airport closed after Radaa-GNA clashes in Tripoli. Reported GNA (111 Brigade) "
        "reinforcement Zawiya->Janzour via Al Maya (headline = same move); reported Zintan mobilisation in Al Aziziya, "
        "origin Zintan (rumour «سرت شائعات» then residents confirm; headline 'تحشيد زنتاني في العزيزية' = same move); planned "
        "GNA joint force at Mitiga base (ستنشر خلال الأيام المقبلة); conditional Misrata advance from Misrata towards "
        "Tripoli (إذا); Turkish transfer of drones/soldiers Al Watiya->Mitiga base denied (السفارة التركية: «ادعاءات لا "
        "أساس لها»). Not movements: flights diverted to Misrata airport, cancelled flights to Istanbul and Tunis, the "
        "Tripoli dateline, the Qasr Bin Ghashir school closure, the 2014 destruction of Tripoli International Airport. "
        "Traps: ليبيا أوبزرفر (media with place), عماد الطرابلسي (person containing طرابلس), سرت شائعات (verb = Sirte), "
        "المجلس العسكري مصراتة, فجر ليبيا, اللواء 111 مجحفل, جهاز الردع (forces/operations), nisbas.",
 "ae2": "Al-Mashhad (المشهد): tension in Bani Walid after an assassination. Reported GNA (Chief of Staff) deployment "
        "Tarhuna->Bani Walid (headline = same move); reported mobilisation of the town's youth in Bani Walid (actor null); "
        "LNA columns from Al Jufra base to Bani Walid via Ash Shwayrif denied («عارية تماماً عن الصحة»; headline = same "
        "denial); planned GNA (Western Military Zone) redeployment Gharyan->Mizdah and Al Asabi'ah (ستتحركان الأسبوع "
        "المقبل); conditional Zintan advance from Zintan towards Ash Shwayrif (إذا). Not movements: Benghazi (speaker), "
        "the road to Msallata, the Tarhuna-Bani Walid road, the Western Mountain as purpose, the Tarhuna/Msallata "
        "mediators, the municipality and airport closure, the Mufti's statement. Traps: المشهد (media = 'the scene'), "
        "من هذه الزاوية (common word = Zawiya), الصادق الغرياني (person containing غريان), كتيبة فرسان جنزور (force "
        "named after a place), قبيلة/قبائل ورفلة.",
 "ae3": "Alwihda Info (الوحدة إنفو): Chadian rebels after clashes in southern Libya. Reported Chadian-army reinforcement "
        "Faya-Largeau->Zouar in Tibesti (actor null; headline = same move); reported withdrawal of Chadian rebels from "
        "around Qatrun towards the Toummo crossing (headline 'فرار متمردين من الجنوب الليبي' = same move); conditional LNA "
        "pursuit to Toummo (إذا); planned Nigerien-army companies at Madama base and Dirkou (تعتزم; actor null); Russian "
        "cargo planes from Libya landing at Agadez airport denied by Niamey. Not movements: N'Djamena dateline/observers, "
        "northern Chad (feared arena of rebel activity, no movement), truck convoys Agadez->Sebha via "
        "Dirkou (civilian), the Murzuq road, Fezzan, the border triangle. Traps: الوحدة إنفو (media), جبهة الوفاق من أجل "
        "التغيير في تشاد (force containing تشاد), الدعم المالي (common word = Mali), الحكومة/هيئة الأركان النيجرية (nisba "
        "containing النيجر), الجيش التشادي.",
 "ae4": "Sudan Tribune (سودان تريبيون): RSF in the Libya-Egypt-Sudan triangle and Kufra. Reported RSF advance Mellit->the "
        "border triangle; reported withdrawal of the Sudanese army from the triangle towards Ad Dabbah (actor null); planned "
        "RSF advance on Ad Dabbah and Dongola («ستتجه خلال أيام»); LNA cargo flights Kufra airport->Nyala denied by a "
        "Benghazi source (headline 'عبر الكفرة.. وبنغازي تنفي' = same accusation); conditional LNA (Subul al-Salam) "
        "deployment on the border with Sudan (إذا). Not movements: Port Sudan dateline, eastern Libya as locator, Sudanese "
        "families reaching Kufra and refugees from El Fasher to Chad (civilians), Cairo watching, UAE denial. Traps: سودان "
        "تريبيون (media containing سودان), مساعد قائد قوات الدعم السريع (common word مساعد = Musaid), كتيبة سبل السلام, "
        "الجيش السوداني, الأراضي الليبية.",
 "ae5": "Mosaique FM (موزاييك أف أم): Ras Ajdir closed again. Reported Tunisian-army reinforcement Medenine and Gabes->Ben "
        "Gardane and the border with Libya (headline = same move); conditional Tunisian reinforcement towards Dehiba (في "
        "حال); reported GNA (Interior) force from Tripoli at the Ras Ajdir crossing (variant منفذ راس اجدير); planned "
        "withdrawal of the armed groups back to Zuwara (اتفاق ينص على أن تنسحب; actor null); Tunisian incursion towards "
        "Zaltan denied («أخباراً زائفة»). Not movements: Tunis dateline, the Zuwara gunmen in the clash, the Jumayl/Ajaylat "
        "mediators, the Wazin crossing (condition), Medenine governor, Tunisia-Algeria supply coordination, migrant boats "
        "from Sfax and Zarzis to Lampedusa. Traps: موزاييك أف أم / موزاييك (media), رد الجميل (idiom = Al Jumayl), "
        "الجيش التونسي (nisba containing تونس), الأراضي الليبية, صفحات ليبية.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
