# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                     # G* (row الإمارات)
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                         # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G (row قاعدة بنينا الجوية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.985, "Port of Tobruk"),                       # K
 # iq1 Fezzan (France 24 / AFP)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),              # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "east_ly": ("region", "LY", 30.5, 21.5, "Eastern Libya"),                                  # K
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G (row قاعدة تمنهنت)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G
 # iq2 Tunisian border (Euronews / AFP)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G (row بن قردان)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G (row منفذ رأس جدير)
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),           # G (district row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "south_tn_se": ("region", "TN", 33.0, 10.8, "South-eastern Tunisia"),                      # K
 # iq3 Russian forces (CNN Arabic)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                       # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                       # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row)
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                           # G* (row قاعدة براك الجوية)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 # iq4 Turkey and Misrata (BBC News Arabic)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G
 "khums_port": ("crossing", "LY", 32.655, 14.285, "Port of Al Khums"),                      # K
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                       # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "konya_ab": ("base", "TR", 37.979, 32.562, "Konya Air Base"),                              # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 # iq5 Egypt, Kufra, Sudan (Asharq Al-Awsat)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "border_sdside": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),      # K
 "kordofan": ("region", "SD", 13.0, 29.8, "Kordofan"),                                      # K
}

TRAPS = {
 "iq1": ["فرانس ٢٤", "فرانس برس", "كتيبة طارق بن زياد", "مبالغات", "الجزائرية", "أحمد الغاتي", "لا أدري"],
 "iq2": ["وكالة تونس إفريقيا للأنباء", "المدنيين", "منير الزواري", "الليبية"],
 "iq3": ["الفيلق الأفريقي", "الليبية"],
 "iq4": ["التركية", "الليبية", "شارع طرابلس", "المجلس العسكري مصراته", "سالم المصراتي",
         "المرصد السوري لحقوق الإنسان", "السنوات الخمس"],
 "iq5": ["الشرق الأوسط", "المصري", "الإدريسي", "الجيش الوطني الليبي", "قوات الدعم السريع"],
}

PHEN = {
 "iq1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "iq2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "iq3": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_oil", "countries"],
 "iq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "iq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "iq1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["غات", "منفذ إيسين"]),
  mv("advance", "conditional", "Libyan National Army", [], ["حقل الشرارة"]),
  mv("withdraw", "denied", "Libyan National Army", ["مرزق"], ["القطرون"]),
 ],
 "iq2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان"]),
  mv("withdraw", "conditional", "Tunisian army", ["بنقردان"], ["مدنين"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["رأس جدير"], ["زوارة"]),
  mv("shipment", "denied", None, ["وازن"], ["تطاوين"], ["الذهيبة"]),
 ],
 "iq3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", "Russian forces", ["الجفرة"], ["قاعدة براك الشاطئ"]),
  mv("shipment", "planned", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "conditional", "Russian forces", [], ["سرت", "الهلال النفطي"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الخادم"], []),
 ],
 "iq4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة قونية الجوية"], ["قاعدة الوطية"]),
  mv("redeploy", "reported", "GNA forces", ["مصراته"], ["أبوقرين"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["مصراته"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["تركيا"]),
 ],
 "iq5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكُفرة"]),
  mv("advance", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المالحة"]),
 ],
}

NOTES = {
 "iq1": "France 24 Arabic / AFP copy from Sabha: LNA reinforcement Sabha→Ubari via Germa (French-style Latin glosses "
        "Oubari, Sebha, Mourzouk; اوباري without hamza), Il-76 airlift Benina base→Tamanhint air base, planned "
        "deployment to Ghat and the Isayen crossing, conditional advance on the Sharara field told by «نحو الحقل», "
        "denied pull-out Murzuq→Al Qatrun; Algeria (country) vs Algiers (ministry), «مبالغات», «لا أدري», "
        "«أحمد الغاتي»; Ramadan/March dates in Eastern Arabic digits; idioms «الرجل القوي», «عاصفة في فنجان», "
        "«الحديقة الخلفية».",
 "iq2": "Euronews Arabic / AFP copy on the Tunisian side: Tunisian army reinforcement Medenine→Ben Gardane (written "
        "بنقردان), its conditional return «لن تعود … إلا إذا», a planned GNA Interior force Tripoli→Ras Ajdir via "
        "Zuwara, a denied arms shipment Wazin→Tataouine via Dehiba; Tunisia vs Tunis, والي مدنين (governorate), "
        "«المدنيين», border phrase on the Tunisian side; idioms «الحذر أمّ الأمان», «لا تقف على قدميها», «الكرة في ملعب».",
 "iq3": "CNN Arabic copy from Dubai on Russian forces: airlift Hmeimim→Jufra air base via Al Khadim, redeploy "
        "Jufra→Brak al-Shati base, a planned Tartus→Tobruk port shipment, a conditional deployment to Sirte and the "
        "Oil Crescent, the Kremlin's denied pull-out from Al Khadim; Moscow as speaker/venue, Mali/Niger/Burkina Faso "
        "as background; idioms «كل بيضها في سلة واحدة», «الضوء الأخضر», «الشيطان يكمن في التفاصيل».",
 "iq4": "BBC News Arabic copy on Turkey and Misrata: Turkish landing ship Mersin port→Al-Khums port (headline الخُمس "
        "with a damma), a planned A400M-type air bridge Konya air base→Al-Watiya, a GNA redeploy Misrata→Abu Qurayn, "
        "Misrata's conditional mobilisation «إذا تجاوزت», a denied return of Syrian mercenaries Tripoli→Turkey; "
        "traps «شارع طرابلس» (a Misrata street), «السنوات الخمس», «المجلس العسكري مصراته», «سالم المصراتي»; idioms "
        "«سنعبر ذلك الجسر عندما نصل إليه», «لا دخان بلا نار».",
 "iq5": "Asharq Al-Awsat / Reuters copy from Cairo: Egyptian reinforcement Marsa Matruh→Sallum via Sidi Barrani, LNA "
        "airlift Benina base→Kufra airport (الكُفرة with a damma), planned advance Kufra→Jebel Uweinat (purpose "
        "«لتأمين المثلث الحدودي» not a destination), conditional sea move Benghazi→Tobruk port, the RSF's denied "
        "massing in Al Malha; Hijri date first; traps «الإدريسي», «الشرق الأوسط»; idioms «ندفن رؤوسنا في الرمال», "
        "«الفيل في الغرفة», «لعبة القط والفأر».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("iq1", "iq2", "iq3", "iq4", "iq5")
