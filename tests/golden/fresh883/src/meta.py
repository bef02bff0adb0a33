# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kyrgyzstan": ("country", "KG", 41.22464, 75.06898, "Kyrgyzstan"),                     # G (row spelled قيرغزستان)
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 # qha1 Hmeimim, Al-Khadim and a Lebanese freighter (Daraj)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qha2 ship trackers: Tartus, Tobruk, Aksaz, Khoms, Misrata (Asharq Al-Awsat)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # qha3 Kufra and the south-eastern triangle (Mada Masr)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),          # G (district row)
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                  # G* (airport row)
 "asyut": ("city", "EG", 27.18096, 31.18368, "Assiut"),                                 # G
 # qha4 Turkish flights, Misrata and the Tunisian border (Al-Quds Al-Arabi)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row kind airport)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # qha5 the Fezzan (Ammon News)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qha1": ["درج", "الفيلق الأفريقي", "رامي الطرابلسي", "السورية", "اللبناني", "الروسية"],
 "qha2": ["الشرق الأوسط", "أورسك", "الجيش الوطني الليبي", "الأيام الخمسة", "مرصد برقة البحري", "إيريني", "الليبية",
          "السورية", "التركية", "الروسية"],
 "qha3": ["مدى مصر", "يوسف إدريس", "المالي", "مصري", "السودانية"],
 "qha4": ["القدس العربي", "البيضاء", "عين على الغرب الليبي", "خليل الزاوي", "التركية", "وكالة تونس إفريقيا للأنباء"],
 "qha5": ["عمون", "الأردني", "عمر إدريس", "الفيلق الأفريقي", "الجيش الوطني الليبي"],
}

PHEN = {
 "qha1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qha2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qha3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qha4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qha5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qha1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم الجوية"], ["مطار بنينا"]),
  mv("redeploy", "reported", "Russian forces", ["الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة"], ["قاعدة براك الجوية"]),
  mv("airlift", "conditional", "Russian forces", [], ["قاعدة معطن السارة"]),
 ],
 "qha2": [
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Russian forces", ["طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ميناء السدرة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرسين"], ["ميناء مصراتة"], ["طرابلس"]),
 ],
 "qha3": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["مطار الكفرة"]),
  mv("advance", "reported", "Sudanese armed groups", ["الكفرة"], ["المثلث الحدودي"]),
  mv("airlift", "denied", "Egyptian army", ["مطار شرق العوينات"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Egyptian army", ["أسيوط"], ["شرق العوينات"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["معطن السارة"]),
 ],
 "qha4": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبوقرين"]),
  mv("withdraw", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["تركيا"]),
  mv("deploy", "conditional", "GNA forces", ["زوارة"], ["منفذ راس اجدير"]),
 ],
 "qha5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مالي"], ["النيجر"]),
  mv("airlift", "conditional", "Libyan National Army", ["مطار سبها"], ["حقل الفيل"]),
 ],
}

NOTES = {
 "qha1": "Daraj OSINT: Russian Il-76s (tail numbers, ICAO hex codes) Hmeimim→Al-Khadim with a fuel stop at Benina "
         "airport (via); trucks and air-defence launchers seen on imagery Al-Khadim→Jufra air base ('580 km' adds no "
         "place); a Lebanese freighter Tripoli (Lebanon) port→Benghazi port whose military cargo the port denies (no "
         "force named); a planned helicopter transfer Jufra base→Brak air base (Wadi al-Shati only locates it); "
         "flights to be diverted to Maaten al-Sarra if the Sudan border deteriorates (the border only the condition). "
         "Benghazi ('east of Benghazi'), Beirut (dateline), Libyan Tripoli (speaker), Syria and eastern Libya "
         "(background) are not movement places.",
 "qha2": "Asharq Al-Awsat ship trackers: the Russian landing ship 'Orsk' (trap) Tartus→Tobruk port unloading vehicles "
         "(Crete only a distance reference, not via); the vehicles to be driven from Tobruk to reinforce the Russians at "
         "Jufra air base if the LNA secures the road; LNA massing of 60 vehicles around Es Sider; a planned Turkish "
         "landing ship Aksaz naval base→Khoms port; a denied landing of Syrian fighters at Misrata port from Mersin "
         "via Tripoli (Lebanon) — the Tripoli earlier in that sentence is the Libyan seat of the GNA general staff, not "
         "a movement place. London (dateline), Ankara (speaker), Syria and Turkey (Irini's patrol area) are not "
         "movement places.",
 "qha3": "Mada Masr: 23 Il-76 flights Benina airport→Kufra airport (HLLB, HLKF; Kyrgyz registrations — Kyrgyzstan "
         "only the registry); an RSF pick-up column Kufra→the border triangle stopping '30 km from the border with "
         "Sudan' (distance reference); Egypt denies a C-130 airlift East Oweinat airport→Maaten al-Sarra; a planned "
         "Egyptian battalion Assiut→East Oweinat ('Egypt's south-western borders' is a purpose, not a destination); "
         "an LNA company in Kufra that will advance to Maaten al-Sarra only if fighting nears the border. Cairo "
         "(dateline), Benghazi (speaker) and Kufra municipality (speaker) are not movement places.",
 "qha4": "Al-Quds Al-Arabi: six Turkish A400M flights Erkilet air base (Kayseri, LTAU)→Al-Watiya ('130 km south-west "
         "of Tripoli' is a distance reference); 70 vehicles west of Abu Qurayn on Maxar imagery, a massing denied by "
         "Misrata's military council; a planned Turkish withdrawal of a Hisar battery Al-Watiya→Turkey (a similar system "
         "stays at Misrata airport: no movement); a conditional GNA force Zuwara→Ras Ajdir crossing if clashes resume on "
         "the border with Tunisia (condition only). London (dateline), Ankara, Tripoli and Tunis (speakers), western "
         "Libya (background) are not movement places.",
 "qha5": "Ammon: nine night flights of Russian Il-76s Jufra air base→Brak air base ('120 km east of Idri', '70 km "
         "north of Sabha' are distance references; Sabha airport only an alternate on a flight plan); an LNA column "
         "Tamanhint base→Al-Qatrun seen on Sentinel-2; a planned company Sabha→Toummo crossing; a denied Russian "
         "pull-out Brak air base→Mali via Niger; a conditional C-130 lift Sabha airport→El Feel field. Amman "
         "(dateline, researcher's city), the Fezzan, southern Libya, the border with Niger and Sabha district "
         "(background) and Al-Qatrun in the last sentence are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qha1", "qha2", "qha3", "qha4", "qha5")
