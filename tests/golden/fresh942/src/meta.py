# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # qjh1 LNA corporal buried in Al-Qubba (24.ae)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G (row أم الأرانب)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 # qjh2 Egyptian conscript buried near Desouk (Akher Saa)
 "desouk": ("city", "EG", 31.13259, 30.64784, "Desouk"),                                # G
 "ismailia": ("city", "EG", 30.60427, 32.27225, "Ismailia"),                            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "kafrelsheikh_gov": ("district", "EG", 31.29961, 30.90158, "Kafr el-Sheikh Governorate"),  # G* (district row كفر الشيخ)
 "great_sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),              # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # qjh3 Turkish sergeant buried in Trabzon (Daily Sabah Arabic)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "trabzon": ("city", "TR", 41.0050, 39.7269, "Trabzon"),                                # K
 "trabzon_prov": ("district", "TR", 40.85, 39.80, "Trabzon Province"),                  # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # qjh4 Sudanese Joint Force officer buried in Ed Debba (Al-Mijhar al-Siyasi)
 "dabba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                     # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "border_sd_ly": ("region", "SD", 20.7, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qjh5 Tunisian sergeant buried in Metlaoui (Radio Gafsa)
 "metlaoui": ("town", "TN", 34.3208, 8.4019, "Metlaoui"),                               # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "gafsa_gov": ("district", "TN", 34.42106, 8.79886, "Gafsa Governorate"),               # G (district row قفصة)
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (district row تطاوين)
 "border_tn_ly": ("region", "TN", 32.4, 10.8, "Tunisia-Libya border (Tunisian side)"),  # K
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "gafsa_airport": ("airport", "TN", 34.4222, 8.8228, "Gafsa-Ksar International Airport"),  # K
 "gafsa": ("city", "TN", 34.4250, 8.7842, "Gafsa"),                                     # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
}

TRAPS = {
 "qjh1": ["عبد الرحيم الفزاني", "الجيش الوطني", "الليبي", "القبة الخضراء", "المنطقة العسكرية بنغازي",
          "ليبيا الحدث", "24", "إدريس الحاسي", "تشاديين"],
 "qjh2": ["محمود شحاتة", "آخر ساعة", "سعاد المنياوي", "المنطقة الغربية العسكرية", "الليبية", "ليبية", "مصرية",
          "المطروح"],
 "qjh3": ["ديلي صباح", "درع الفرات", "وكالة الأناضول", "عماد الطرابلسي", "التركية", "ليبية", "لليبيين"],
 "qjh4": ["المجهر السياسي", "المجهر", "آدم إسحق الفاشري", "الدعم السريع", "حركة تحرير السودان", "سبل السلام",
          "إدريس هارون", "الليبي", "سودانية", "السوداني"],
 "qjh5": ["إذاعة قفصة", "الجيش الوطني", "عام الرمادة", "محمد الصفاقسي", "تونسية", "ليبية"],
}

PHEN = {
 "qjh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qjh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjh3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qjh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qjh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
EGY = "Egyptian army"
TAF = "Turkish armed forces"
SAG = "Sudanese armed groups"
TUN = "Tunisian army"

MOVES = {
 "qjh1": [
  mv("airlift", "reported", LNA, ["قاعدة براك الجوية"], ["مطار الأبرق"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["تمسة"], ["أم الارانب"]),
  mv("shipment", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", LNA, ["الجفرة"], ["القطرون"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["الحدود مع تشاد"]),
  mv("withdraw", "denied", LNA, ["تمسة"], ["سبها"]),
 ],
 "qjh2": [
  mv("airlift", "reported", EGY, ["مطار مرسى مطروح"], ["قاعدة ألماظة الجوية"]),
  mv("reinforce", "reported", EGY, ["الإسماعيلية"], ["السلوم"]),
  mv("redeploy", "reported", EGY, ["السلوم"], ["سيوة"]),
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "planned", EGY, ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("advance", "conditional", EGY, [], ["الجغبوب"]),
  mv("mobilise", "denied", EGY, [], ["منفذ السلوم البري"]),
 ],
 "qjh3": [
  mv("airlift", "reported", TAF, ["مطار معيتيقة"], ["أنقرة"]),
  mv("deploy", "reported", TAF, ["إزمير"], ["طرابلس"]),
  mv("redeploy", "reported", TAF, ["طرابلس"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", TAF, ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", TAF, ["مصراتة"], ["قاعدة الوطية"]),
  mv("reinforce", "conditional", TAF, [], ["طرابلس"]),
  mv("withdraw", "denied", TAF, ["قاعدة الوطية"], ["تركيا"]),
 ],
 "qjh4": [
  mv("deploy", "reported", SAG, ["الفاشر"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", SAG, ["المثلث"], ["الدبة"]),
  mv("deploy", "reported", SAG, ["الدبة"], ["وادي هور"]),
  mv("mobilise", "reported", SAG, [], ["المالحة"]),
  mv("shipment", "planned", SAG, ["دنقلا"], ["كرب التوم"]),
  mv("advance", "conditional", SAG, [], ["المثلث الحدودي"]),
  mv("advance", "denied", LNA, ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "qjh5": [
  mv("airlift", "reported", TUN, ["رمادة"], ["مطار قفصة القصر"]),
  mv("reinforce", "reported", TUN, ["قفصة"], ["بنقردان"]),
  mv("reinforce", "reported", TUN, ["تطاوين"], ["الذهيبة"]),
  mv("naval_landing", "planned", TUN, ["صفاقس"], ["جرجيس"]),
  mv("reinforce", "conditional", TUN, [], ["برج الخضراء", "حقل البرمة"]),
  mv("advance", "denied", TUN, [], ["وازن"]),
 ],
}

NOTES = {
 "qjh1": "Funeral in Al-Qubba (venue and hometown only) of an LNA corporal killed east of Tmassah (place of death, a "
         "distance reference): the body flown Brak air base→Al-Abraq airport with 12 comrades (the ambulance to his "
         "town is no move), the obituary's 2019 deployment Benghazi→Sabha and the 2022 transfer Sabha→Ubari (Sharara "
         "only the road guarded; Derna and Tunis only his wound and treatment), a company Sabha→Tmassah via Umm "
         "al-Aranib (spelled أم الارانب), an ammunition shipment Benina air base→Brak air base, a planned battalion "
         "Al-Jufra→Al-Qatrun, a conditional advance Al-Qatrun→the border with Chad and a denied pull-out "
         "Tmassah→Sabha; traps: Fezzan inside the soldier's name, Benghazi inside 'المنطقة العسكرية بنغازي', the "
         "dome 'القبة الخضراء', Idri inside 'إدريس'.",
 "qjh2": "Magazine feature on an Egyptian conscript buried near Desouk (Kafr el-Sheikh governorate), killed in the "
         "Great Sand Sea south of Siwa: the body flown Marsa Matruh airport→Almaza air base with ten comrades, his "
         "battalion's past moves Ismailia→Sallum (reinforcements) and on to Siwa ('ومنها' → Sallum), an armoured "
         "company Marsa Matruh→Siwa (Jaghbub, written للجغبوب, only where the patrolled tracks lead), a planned "
         "commando airlift Mohamed Naguib base→Sidi Barrani, a conditional crossing towards Jaghbub and denied "
         "massing near the Sallum land port; Shahhat inside the byline, Matruh inside 'السؤال المطروح'.",
 "qjh3": "Turkish sergeant buried in Trabzon (funeral town; 'والي طرابزون' is the province): the body flown Mitiga→"
         "Ankara with eight comrades (Ankara also the dateline and, in the minister's threat, the government), his "
         "2020 deployment Izmir→Tripoli and the next year's transfer from there ('منها') to Al-Watiya, a landing "
         "ship Aksaz naval base→Misrata port, a planned rotation Misrata→Al-Watiya, a conditional reinforcement of "
         "Tripoli and a denied pull-out Al-Watiya→Turkey; 'درع الفرات' (operation), 'وكالة الأناضول' (media), "
         "'عماد الطرابلسي' (person with Tripoli inside).",
 "qjh4": "Sudanese Joint Force officer buried in Ed Debba, killed at Karb al-Tom on the border with Libya (place of "
         "death): his 2025 move El Fasher→the border triangle and the pull-back from 'المثلث' to Ed Debba, a convoy Ed "
         "Debba→Wadi Howar, RSF massing near Al-Malha, a planned fuel-and-ammunition convoy Dongola→Karb al-Tom, a "
         "conditional advance to the triangle and the LNA's denial that Subul al-Salam crossed Kufra→the triangle; "
         "El Fasher inside the officer's name, Sudan inside 'حركة تحرير السودان', Idri inside 'إدريس هارون'.",
 "qjh5": "Tunisian sergeant buried in Metlaoui (Gafsa governorate), killed near Dehiba: the body flown by helicopter "
         "Remada→Gafsa-Ksar airport, his unit's 2016 move Gafsa→Ben Gardane (spelled بنقردان; his own posting in "
         "Remada is no move), reinforcements Tataouine→Dehiba, a planned marine landing Sfax→Zarzis, a conditional "
         "reinforcement of Borj El Khadra and El Borma field, and a denied patrol into Wazin; the buffer zone 'من "
         "رأس جدير إلى الذهيبة' is no move, Gafsa inside the radio's name and the airport, Sfax inside the general's "
         "name, Remada inside 'عام الرمادة', Tunis the capital vs Tunisia.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjh1", "qjh2", "qjh3", "qjh4", "qjh5")
