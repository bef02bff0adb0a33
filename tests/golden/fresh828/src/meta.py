# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 # qex1 western Libya (Al-Manara Media)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك, written انجرليك)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # qex2 eastern Libya and Egypt's western border (Sada El Balad)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "border_eg": ("region", "EG", 29.40, 25.10, "Egypt-Libya border (Egyptian side, Siwa sector)"),  # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (row طرطوس, city)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, airport)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qex3 the Fezzan, relayed from Beirut (Lebanon24)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G (row إدري, written ادري)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G (written الشاطىء)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak al-Shati Air Base"),             # G* (row قاعدة براك الجوية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Akkar's seat)
 # qex4 the Libya-Sudan-Egypt triangle (Al-Rakoba)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة, written الساره)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 # qex5 southern Tunisia and the Libyan border (Jawhara FM)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn_side": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "wazin": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G* (row منفذ وازن, country TN)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان, written بنقردان)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara_port": ("crossing", "LY", 32.928, 12.092, "Port of Zuwara"),                   # K
}

TRAPS = {
 "qex1": ["المنارة", "التركيه", "ليبيا الاحرار", "عماد الطرابلسي", "غرفة عمليات الساحل الغربي", "الايام الخمس"],
 "qex2": ["صدى البلد", "المصرى", "المنطقة الغربية العسكرية", "الروسيه", "السورى", "اللواء طارق بن زياد",
          "الجيش الوطنى الليبى"],
 "qex3": ["لبنان 24", "الشرارة الاولى", "اللواء طارق بن زياد", "الجيش الوطنى الليبى", "محمد الادريسي", "لبنانيين", "لبنانيا",
          "الفيلق الافريقي", "تشاديين", "اللبنانية"],
 "qex4": ["الراكوبة", "قوات الدعم السريع", "كتيبة سبل السلام", "الجيش الوطنى الليبى", "سودانية",
          "مالى", "سودانى", "التشادى", "القوة المشتركة لحركات دارفور", "محمد ادريس ديبي"],
 "qex5": ["الجوهرة", "محمد الطرابلسي", "التونسيين", "الليبى"],
}

PHEN = {
 "qex1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qex2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qex3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "countries"],
 "qex4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qex5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qex1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاويه"], ["جنزور", "الماية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة انجرليك"], ["مطار معيتيقه"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزيه"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["الزاويه"]),
 ],
 "qex2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["الكفره"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء الحريقه"]),
  mv("mobilise", "conditional", "Libyan National Army", ["بنغازى"], ["اجدابيا"]),
 ],
 "qex3": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة براك الشاطئ الجوية"], ["ادري"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفره"], ["قاعدة تمنهنت"]),
  mv("deploy", "conditional", "Libyan National Army", ["اوباري"], ["حقل الشرارة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qex4": [
  mv("advance", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["مليط"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفره"], ["قاعدة معطن الساره"]),
  mv("shipment", "denied", "Libyan National Army", ["مطار الكفره"], ["دارفور"], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"]),
 ],
 "qex5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة", "معبر الذهيبة وازن"], ["رمادة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("withdraw", "denied", "Tunisian army", ["بنقردان"]),
  mv("redeploy", "reported", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("naval_landing", "conditional", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qex1": "Al-Manara's numbered morning brief in social-media spelling (الزاويه، مصراته، العزيزيه، زواره، مطار معيتيقه): a GNA "
         "column Tripoli→Zawiya via Janzour and Al-Maya; a Turkish A400M Incirlik→Mitiga airport spotted by flight "
         "trackers; a planned sea move Tripoli port→Khoms port (the 'الايام الخمس' is a trap); Zintan's council denies "
         "a column Zintan→Al-Aziziyah (the first Zintan is the council's seat, not a movement place); Misrata brigades "
         "will only go Misrata→Zawiya if asked (the first Misrata is the source's city, the last Zawiya the elders'); "
         "Janzour→Zuwara in the background is only the area of an assignment.",
 "qex2": "Sada El Balad's 'Libya in 24 hours' list: Egyptian reinforcements Mohamed Naguib base→Siwa (the border with "
         "Libya only locates Siwa); a Russian ship Tartus port→Tobruk port claimed by pages; a planned Il-76 airlift "
         "Gamal Abdel Nasser air base→Kufra (Tobruk only locates the base); the LNA denies a pull-out from Hariga port; "
         "a conditional LNA massing in Ajdabiya of forces from Benghazi (the first Ajdabiya names the operations "
         "room); the neighbours' meeting called by Algeria in Algiers has no movement.",
 "qex3": "Lebanon24's bullet list on the Fezzan: a Tariq bin Ziyad column Brak al-Shati air base→Idri (ادري without "
         "hamza, beside محمد الادريسي); the Russian Africa Corps' planned transfer Jufra base→Tamanhint base; a "
         "conditional LNA deployment Ubari→Sharara field ('الشرارة الاولى' is a trap); the Qatrun mayor denies Chadian "
         "gunmen massing around Qatrun; Lebanese Tripoli and Akkar, Beirut and Libyan Tripoli are only places of origin "
         "of workers or diplomacy.",
 "qex4": "Al-Rakoba's five points on the Libya-Sudan-Egypt triangle: an RSF column triangle→Mellit; a planned Subul "
         "al-Salam company Kufra→Maaten al-Sarra base (the border with Sudan is the reason, not a destination); the "
         "LNA denies arms shipments Kufra airport→Darfur via the triangle; the RSF will not leave the triangle unless "
         "a ceasefire is signed (conditional withdraw); Kufra's refugees, Chad's border and Cairo are not movement "
         "places; دارفور inside the joint force's name and إدريس inside Déby's name are traps.",
 "qex5": "Jawhara FM's border digest: Tunisian army reinforcements Tataouine→Dehiba via Remada, stationed near the "
         "Dehiba-Wazin crossing (both destinations); a planned C-130 airlift El Aouina base→Djerba-Zarzis airport; "
         "the ministry denies a withdrawal from Ben Gardane; a GNA battalion Zuwara→Ras Ajdir crossing (Tripoli there "
         "only the travellers' origin); a conditional sea landing Tripoli→Zuwara port; Zarzis, Tunis and the closing "
         "border figures are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qex1", "qex2", "qex3", "qex4", "qex5")
