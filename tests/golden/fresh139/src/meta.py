# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 # cities and towns used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_d": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                         # G* (Hun town row, README rule)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # ek1 Sirte-Jufra line (Nun Post)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata_port": ("crossing", "LY", 32.367, 15.215, "Misrata port (Qasr Ahmad)"),       # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # ek2 Russia after Syria (Al-Modon)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city / naval base point)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 # ek3 Egypt's western border (Al-Majalla)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                   # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row spelled خرطوم)
 # ek4 Tunisia-Libya-Algeria border (Raseef22)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),              # G* (row منفذ رأس جدير)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # ek5 the south between two wars (Elaph)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G* (row spelled لأندأن)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
}

TRAPS = {
 "ek1": ["مراد الجفراوي", "الصراع الليبي", "المجلس العسكري مصراتة", "تركية", "قوات مصراتة", "شارع طرابلس",
         "الباحث الإيطالي", "عملية بركان الغضب", "المركز الليبي للدراسات الأمنية والاستراتيجية"],
 "ek2": ["«حميميم» الجديدة", "الوجود العسكري الروسي", "المدن", "الفيلق الإفريقي", "الدعم المالي", "أنس الإدريسي",
         "منفذها السوري", "الباحث اللبناني", "القواعد الليبية"],
 "ek3": ["الملف الليبي", "مركز الأهرام للدراسات السياسية والاستراتيجية", "القوات المسلحة المصرية",
         "المتحدث العسكري المصري", "مواقع ليبية", "قناة القاهرة الإخبارية", "مطروحاً", "الردع المصري"],
 "ek4": ["منية الغدامسي", "الجيش التونسي", "وكالة تونس إفريقيا للأنباء", "المجلس العسكري الزنتان",
         "الأطراف الليبية", "باحثة تونسية"],
 "ek5": ["قوات الدعم السريع", "راديو فرنسا الدولي", "جبهة التناوب والوفاق في تشاد", "الباحث التباوي", "القطروني",
         "المتمردون التشاديون", "الجيش التشادي"],
}

PHEN = {
 "ek1": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "ek2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ek3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ek4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ek5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def M(kind, status, actor, origins, destinations, via):
    return {"kind": kind, "status": status, "actor": actor, "origins": origins, "destinations": destinations,
            "via": via}


MOVES = {
 "ek1": [
  M("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  M("redeploy", "planned", "Misrata forces", ["الوشكة"], ["أبوقرين"], []),
  M("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"], []),
  M("withdraw", "denied", "Libyan National Army", ["راس لانوف"], ["بنغازي"], []),
  M("advance", "conditional", "GNA forces", [], ["بويرات الحسون"], []),
 ],
 "ek2": [
  M("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة براك الجوية"], []),
  M("deploy", "reported", "Libyan National Army", ["سبها"], ["قاعدة براك الجوية"], []),
  M("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة معطن السارة"], []),
  M("shipment", "conditional", "Russian forces", [], ["ميناء طبرق"], []),
  M("withdraw", "denied", "Russian forces", ["إدري"], ["مالي"], []),
 ],
 "ek3": [
  M("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  M("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة جمال عبد الناصر الجوية"], []),
  M("advance", "conditional", "Egyptian army", ["الحدود مع ليبيا"], ["الجغبوب"], []),
  M("shipment", "denied", "Egyptian army", [], ["بنغازي"], ["منفذ امساعد"]),
 ],
 "ek4": [
  M("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"], []),
  M("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"], []),
  M("deploy", "planned", "GNA forces", [], ["معبر رأس اجدير"], []),
  M("reinforce", "conditional", "Algerian army", ["ورقلة"], ["الدبداب"], []),
  M("mobilise", "denied", "Zintan forces", [], ["الجميل"], []),
 ],
 "ek5": [
  M("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  M("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"], []),
  M("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات"], []),
  M("advance", "conditional", "Chadian armed groups", [], ["فايا لارجو"], []),
  M("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["اوباري"], []),
 ],
}

NOTES = {
 "ek1": "Think-tank analysis (Nun Post style) of the Sirte-Jufra line: an LNA reinforcement Jufra air base->Sirte via "
        "Waddan and a Turkish landing at Misrata port (reported), a Misrata council move Al-Washka->Abu Qurayn "
        "(planned), an LNA pull-out Ras Lanuf->Benghazi (denied), a GNA commander's advance on Buwairat al-Hassoun "
        "«إذا» (conditional); the analyst's three scenarios (Misrata forces towards Bin Jawad, Ankara's drones to "
        "Al-Watiya, Moscow pulling men from Jufra to Mali) are hypotheticals, not movements.",
 "ek2": "Lebanese-outlet analysis (Al-Modon style) of Russia's Libyan bases after Syria: an Il-76 airlift Hmeimim->"
        "Brak air base and an LNA battalion Sabha->the base (reported), an Africa Corps move Jufra->Maaten al-Sarra "
        "(planned), a Russian diplomat's air-defence shipment to Tobruk port «إذا» (conditional), a pull-out Idri->"
        "Mali (denied); the researchers' what-ifs (Tartus->Tobruk «إذا خسرت», Russia's whole weight to Libya, a "
        "corridor to Niger and Burkina Faso) are forecasts, not movements.",
 "ek3": "Magazine analysis (Al-Majalla style) of Egypt's western border: Egyptian reinforcements Marsa Matruh->Sallum "
        "via Sidi Barrani (reported), a Saiqa airlift Mohamed Naguib base->Gamal Abdel Nasser base (planned), an "
        "army source's advance from the border on Jaghbub «إذا» (conditional), an arms shipment to Benghazi via "
        "Amsaad (denied); the analyst's scenarios (Siwa «إذا تصاعدت», Sirte and Jufra in the worst case) are not "
        "movements.",
 "ek4": "Researcher's column (Raseef22 style) on the Tunisia-Libya-Algeria border: Tunisian reinforcements Medenine->"
        "Ben Gardane and a GNA sea move Tripoli->Zuwara port (reported), a GNA force for the Ras Ajdir crossing "
        "(planned), an Algerian move Ouargla->Debdeb «إذا» in a ministry statement (conditional), Zintan massing at "
        "Al-Jumayl (denied); the author's scenarios (Tunisian units to Dehiba, families to Djerba, Algeria into "
        "Ghadames «إذا انهار») are hypotheticals, not movements.",
 "ek5": "London-outlet analysis (Elaph style) of the south between the Sudanese and Chadian wars: an LNA battalion "
        "Sabha->Al Qatrun via Murzuq and RSF massing at Jebel Uweinat (reported), a Benina->Kufra airport air bridge "
        "(planned), FACT's advance on Faya-Largeau «إذا» (conditional), an LNA pull-out Sharara field->Ubari "
        "(denied); the researcher's forecasts (fighters towards Kufra, rebels back to Tibesti «إذا ضعفت», fighting "
        "spreading to Wadi al-Shati and Idri) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ek1", "ek2", "ek3", "ek4", "ek5")
