# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # qkw1 ArabiaWeather (Amman): eastern and southern Libya
 "east_libya": ("region", "LY", 31.00000, 21.50000, "Eastern Libya"),                   # K
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G* (row مطار بنينا)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "jebel_akhdar": ("district", "LY", 32.02519, 21.79830, "Jabal al Akhdar"),             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "west_egypt": ("region", "EG", 25.70408, 28.49824, "Western Egypt"),                   # G
 # qkw2 Ulysse FM (Djerba): Tunisia's south-east and the Libyan border
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "south_tn": ("region", "TN", 33.00000, 9.80000, "Southern Tunisia"),                   # K
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "kebili_gov": ("district", "TN", 33.37438, 8.68774, "Kebili Governorate"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "sfax_airport": ("airport", "TN", 34.71800, 10.69100, "Sfax-Thyna International Airport"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn_ly": ("region", "TN", 32.60000, 10.90000, "Tunisia-Libya border (Tunisian side)"),  # K
 # qkw3 Radio Ahaggar (Tamanrasset): Algeria's far south, Niger and Ghat
 "tam_prov": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),             # G* (row تامنغست)
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "hoggar": ("region", "DZ", 23.28889, 5.50000, "Hoggar Mountains"),                     # G* (row الهقار, written الأهقار)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G* (row تاسيلي ناجر, written الطاسيلي)
 "in_salah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                             # G* (row إن صالح, written عين صالح)
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G* (row إن قزام, written عين قزام)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghardaia": ("city", "DZ", 32.49094, 3.67347, "Ghardaia"),                             # G
 "tam_airport": ("airport", "DZ", 22.81150, 5.45080, "Tamanrasset Aguenar Airport"),    # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G* (row أسامكا, written أساماكا)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G* (row عين أميناس, written عين أمناس)
 # qkw4 MBC Masr (Cairo): Egypt's north coast, the Western Desert and the Libyan border
 "north_coast": ("region", "EG", 31.00000, 28.50000, "North Coast of Egypt"),           # K
 "alex_port": ("crossing", "EG", 31.18500, 29.87000, "Port of Alexandria"),             # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "borg_airport": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab International Airport"),  # G
 "cairo_airport": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),  # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 # qkw5 SMC (Port Sudan): northern Sudan, the border triangle and eastern Chad
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "dongola_airport": ("airport", "SD", 19.15390, 30.43010, "Dongola Airport"),           # K
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G* (row الدبه, written الدبة)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
}

TRAPS = {
 "qkw1": ["القبلي", "الساعات الخمس", "الجيش الوطني الليبي", "أخبار الكفرة", "عمر الغرياني"],
 "qkw2": ["الجانب الليبي", "نجيب القابسي", "الجيش الوطني", "إذاعة تطاوين", "عام الرمادة"],
 "qkw3": ["إذاعة الأهقار الجهوية", "الجزائرية", "الجيش الوطني الشعبي", "النيجري",
          "منطقة غات العسكرية", "إدريس الأهقاري"],
 "qkw4": ["هاني المطروحي", "إم بي سي مصر", "مصر للطيران", "الداخلة", "الخارجة", "المنطقة الغربية العسكرية",
          "ليبية", "مصرية", "الجيش الوطني الليبي"],
 "qkw5": ["المركز السوداني للخدمات الصحفية", "عثمان الدنقلاوي", "لا أدري", "الدعم السريع", "التشادي"],
}

PHEN = {
 "qkw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qkw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "qkw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkw1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["اجدابيا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("naval_landing", "denied", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
 ],
 "qkw2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار صفاقس طينة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", ["بن قردان"], ["معبر رأس جدير"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["تطاوين"]),
 ],
 "qkw3": [
  mv("shipment", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("withdraw", "reported", "Algerian army", [], ["عين قزام"]),
  mv("redeploy", "conditional", "Algerian army", ["عين قزام"], ["الحدود مع النيجر"]),
  mv("withdraw", "reported", "Nigerien army", ["أساماكا"], ["أرليت"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["منفذ إيسين"]),
 ],
 "qkw4": [
  mv("shipment", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["السلوم"]),
  mv("deploy", "conditional", "Egyptian army", ["سيدي براني"], ["منفذ السلوم البري"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
 ],
 "qkw5": [
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", "Sudanese army", ["كرب التوم"], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["مطار دنقلا"]),
  mv("withdraw", "denied", "Sudanese army", ["كرب التوم"], ["الدبة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("reinforce", "reported", "Chadian army", ["أبشي"], ["أدري"]),
 ],
}

NOTES = {
 "qkw1": "ArabiaWeather-style storm report datelined Amman: an LNA «سبل السلام» column Benghazi→Ajdabiya halted by "
         "the storm (reported) that will go on to Kufra once the wind drops («بمجرد», conditional), an ammunition "
         "airlift Benina air base→Tamanhint base postponed to Thursday (planned; Sabha only a distance reference), a "
         "marine landing Benghazi port→Brega oil port called off («أُلغيت … ولن تُنفذ» → denied), and a withdrawal "
         "Maaten al-Sarra base→Kufra denied; diverted civil flights (Cairo, Istanbul→Al-Abraq), the closed "
         "Ajdabiya–Kufra road near Tazirbu and the dust mass moving «نحو» the Jebel Akhdar and Tobruk are no force "
         "moves, nor is the weather in Tripoli (Libya) and Tripoli (Lebanon); traps: the «القبلي» wind (Kebili), «الساعات الخمس» (Al-Khums), the page «أخبار الكفرة», a forecaster "
         "named الغرياني.",
 "qkw2": "Ulysse FM (Djerba) on the «الشهيلي» sandstorm: a Tunisian army column Medenine→Ben Gardane arriving seven "
         "hours late (reported), a C-130 from El Aouina base bound for Djerba-Zarzis airport diverted to Sfax-Thyna "
         "airport (reported; the airport it never reached is not a movement place), a company Remada→Dehiba postponed "
         "(planned), engineers Ben Gardane→Ras Ajdir crossing «إذا» the sand keeps moving (conditional) and the "
         "evacuation of the Borj El Khadra barracks to Tataouine denied by the defence ministry; Medenine and "
         "Tataouine appear as governorate and town, the wind «من قابس إلى الحدود مع ليبيا» is a from–to phrase "
         "that is no move, and «عام الرمادة» hides Remada.",
 "qkw3": "Radio Ahaggar (Tamanrasset) on sandstorms in the far south: a 6th-region supply convoy Tamanrasset→In "
         "Guezzam (reported shipment), a military flight Tamanrasset airport→Djanet airport postponed to Saturday "
         "(planned), units pulled back from forward posts to In Guezzam (reported) that will return to the border "
         "with Niger «بمجرد» the dust clears (conditional), a Nigerien patrol Assamaka→Arlit (reported, «المدينة» = "
         "Arlit) and an LNA massing near the Isayen crossing denied by a source in «منطقة غات العسكرية» (no gold Ghat); the diverted "
         "Air Algérie flight Algiers→Ghardaia and the closed In Salah–Tamanrasset road are civil; the radio and a "
         "notable (إدريس, with «إدري» inside) are named after the Ahaggar; the Tiguentourine gas plant is only weather news.",
 "qkw4": "MBC Masr on the khamaseen: an Egyptian army supply convoy Marsa Matruh→Siwa after a ten-hour stop "
         "(reported shipment), a marine landing Ras el-Tin base→the Sallum coast postponed to Sunday (planned), border guards "
         "Sidi Barrani→the Sallum land port «فور تحسن» visibility (conditional), an Egyptian entry into Al-Jaghbub "
         "denied, and LNA engineering vehicles Tobruk→the Amsaad crossing (reported, «من المدينة» = Tobruk); diverted "
         "EgyptAir flights Borg El Arab→Cairo airport and the closed port of Alexandria are civil; traps: «الداخلة "
         "والخارجة» (Dakhla and Kharga oases as common words), «مصر للطيران», «إم بي سي مصر», the reporter المطروحي, "
         "the Western Military Region (Gharbia), «الصحراء الغربية» = Egypt's Western Desert.",
 "qkw5": "SMC (Port Sudan) on a haboob: 19th Infantry Division units Al-Dabbah→Karb al-Tom two days late (reported), "
         "an advance from there towards the border triangle with Libya and Egypt once the dust clears (conditional, "
         "«من هناك» = Karb al-Tom), RSF massing in Al-Malha (reported mobilise, «عناصرها» = the militia), a cargo "
         "flight Port Sudan→Dongola airport postponed (planned), the RSF claim of a pull-out Karb al-Tom→Al-Dabbah "
         "denied, and Chadian army reinforcements Abeche→Adré (reported); the closed Dongola–Al-Dabbah road and the "
         "suspended flights are civil; traps: «لا أدري» (Adré, and Idri once hamza is normalised), the meteorologist "
         "الدنقلاوي, the SMC's own name, «الدعم السريع», «التشادي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # qkw1 headline «طقس العرب | …» has a literal bar
IDS = ("qkw1", "qkw2", "qkw3", "qkw4", "qkw5")
