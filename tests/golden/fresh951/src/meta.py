# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qjq1 House of Representatives closed session in Benghazi (Libya Alyoum)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Wadi al-Shati)"),                    # G (row براك)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G* (row kind oilfield)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wishka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                 # G
 "border_ly": ("region", "LY", 21.57812, 20.02177, "Libyan border (with Chad)"),        # G* (row الحدود الليبية التشادية)
 # qjq2 High Council of State session in Tripoli (Assawsana)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (town row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qjq3 Egyptian House defence committee (Parlmany)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "nac": ("city", "EG", 30.01000, 31.70000, "New Administrative Capital"),               # K
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                               # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "borg_arab": ("base", "EG", 30.91770, 29.69640, "Borg El Arab Air Base"),              # G* (row مطار برج العرب, kind airport)
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G (row البردي)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 # qjq4 HoR national-security committee on the Sudan border (Kush News)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات, names جبل العوينات)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ed Debba"),                               # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 # qjq5 HoR-HCS joint committee in Bouznika (Assahifa)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne": ("region", "NE", 22.85, 13.65, "Niger-Libya border (Nigerien side)"),     # K
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qjq1": ["ليبيا اليوم", "إدريس العبيدي", "سرت خلالها شائعات", "لواء طارق بن زياد", "الجيش الوطني الليبي",
          "التشادي"],
 "qjq2": ["السوسنة", "اللواء 111 مجحفل", "مديرية أمن الزاوية", "سالم الزليتني", "تركية", "التركي", "المجلس العسكري مصراتة",
          "السنوات الخمس"],
 "qjq3": ["برلماني", "محمود السيوي", "مصري", "الأسئلة المطروحة", "ليبية", "القاهرة الإخبارية", "المصرية",
          "عقيلة صالح", "الليبي"],
 "qjq4": ["الدعم السريع", "التشادي", "كوش نيوز", "الليبي", "كتيبة سبل السلام", "السوداني", "جندي ليبي",
          "الليبية"],
 "qjq5": ["الصحيفة", "عبد القادر الغرياني", "الفيلق الإفريقي", "النيجري", "إدريس الطبرقي", "الروسية"],
}

PHEN = {
 "qjq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qjq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjq3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qjq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qjq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjq1": [
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["سرت"], ["اجدابيا", "راس لانوف"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["براك الشاطئ"]),
  mv("advance", "conditional", "Libyan National Army", ["الوشكة"], ["أبوقرين"]),
  mv("deploy", "reported", "Chadian army", [], ["أوزو"]),
 ],
 "qjq2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"], ["مرفأ طرابلس"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الخمس"], ["قاعدة الوطية"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["القره بوللي"]),
 ],
 "qjq3": [
  mv("reinforce", "reported", "Egyptian army", ["العلمين"], ["سيدي براني"], ["الضبعة", "مرسى مطروح"]),
  mv("withdraw", "reported", "Egyptian army", ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة برج العرب الجوية"], ["سيوة"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("naval_landing", "denied", "Egyptian army", ["الإسكندرية"], ["البردي"]),
 ],
 "qjq4": [
  mv("reinforce", "reported", "Sudanese armed groups", ["الفاشر"], ["المثلث الحدودي"], ["مليط"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("advance", "denied", "Libyan National Army", [], ["جبل العوينات"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Chadian army", [], ["كوري بوغودي"]),
 ],
 "qjq5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة القرضابية"], ["نيامي"]),
  mv("shipment", "planned", "Russian forces", [], ["قاعدة القرضابية"], ["ميناء سرت"]),
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["ماداما", "الحدود مع ليبيا"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["مزدة"]),
 ],
}

NOTES = {
 "qjq1": "HoR closed session in Benghazi (venue and dateline only) as told by the defence-committee chair (name "
         "contains إدري before the town إدري): a Tariq bin Ziyad Brigade reinforcement Al-Marj→Sirte via Ajdabiya "
         "and Ras Lanuf, a planned battalion Sabha→Ubari (Sharara only the road's end), a denied Russian airlift "
         "Al-Jufra air base→Brak al-Shati (Brak repeated in the denial), a conditional advance Al-Washka→Abu "
         "Qurayn and the Chadian army deployed in Aouzou (the Libyan border only a distance reference); Fezzan "
         "MPs' demand to send a force to Idri and Al-Qatrun is not a movement; 'سرت خلالها شائعات' is a verb.",
 "qjq2": "High Council of State session in Tripoli: the 111th Brigade Tripoli→Zawiya via Janzour and Al-Maya (the "
         "refinery only the purpose), a conditional withdrawal from Zawiya ('لن تغادر المدينة إلا إذا'), a Turkish "
         "armour shipment Mersin port→Misrata port via the port of Tripoli in Lebanon, a planned Turkish training "
         "team Al-Khums→Al-Watiya and a denied Misrata massing in Al-Qarabulli; the members' demand, 'السنوات "
         "الخمس', Algiers (city) vs Algeria (country) are not movements.",
 "qjq3": "Egyptian House defence committee (venue in the New Administrative Capital): an armoured battalion El "
         "Alamein→Sidi Barrani via El Dabaa and Marsa Matruh, an infantry battalion pulled back Siwa→Marsa Matruh, "
         "a planned commando airlift Borg El Arab air base→Siwa, a conditional advance towards Sirte or Al-Jufra "
         "and a denied marine landing Alexandria→Bardia; Matruh governorate vs Marsa Matruh, 'المطروحة', the "
         "Cairo TV channel and the MP's Siwa–Sallum road demand are traps or non-movement places.",
 "qjq4": "Libyan HoR national-security committee in Benghazi reported from Port Sudan: an RSF reinforcement El "
         "Fasher→the border triangle via Mellit, a planned LNA battalion Kufra→Tazirbu, a Sudanese-army claim of "
         "LNA entry into Jebel Uweinat denied, a conditional Sudanese-army advance Ed Debba→the triangle and a "
         "Chadian-army massing in Kouri Bougoudi (spelled بوغودي); 'المثلث الحدودي' is the Libya–Egypt–Sudan "
         "triangle, the Sudan-border closure is a demand, Khartoum only a metonym.",
 "qjq5": "HoR and HCS members' statements in Bouznika (south of Rabat): a Russian airlift Gardabiya base→Niamey, a "
         "planned Russian shipment to 'the same base' (anaphora → Gardabiya) via Sirte port, a Nigerien-army "
         "battalion Dirkou→Madama on the border with Libya, a denied Russian marine landing Tartus→Tobruk port "
         "(the denier's name contains طبرق and إدري) and a conditional LNA move Ash-Shwayrif→Mizda; Tunis (city) "
         "vs Tunisia (country) and Morocco as host are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjq1", "qjq2", "qjq3", "qjq4", "qjq5")
