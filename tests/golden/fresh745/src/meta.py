# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "sierraleone": ("country", "SL", 8.45948, -11.88964, "Sierra Leone"),                  # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 # qbs1 Operation Irini and a Turkish cargo ship (Al-Quds Al-Arabi, Rome)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (row مرسين)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                              # G (row خليج سودا)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # qbs2 a Lebanese crew held in Benghazi (Al-Liwaa, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row باب التبانة, kind town)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "derna_port": ("crossing", "LY", 32.757, 22.648, "Port of Derna"),                     # K
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 # qbs3 the Egyptian navy and Tobruk (Akhbar Al-Khaleej, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "suez": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                            # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),              # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.45, 25.12, "Egypt-Libya border (Egyptian side, near Sallum)"),  # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README point near Hun)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G
 # qbs4 Russian landing ships from Tartus (Syria TV, Damascus)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "susa_port": ("crossing", "LY", 32.89702, 21.96583, "Port of Susa (Apollonia)"),       # G* (town row Sūsah)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "syrian_coast": ("region", "SY", 35.20, 35.95, "Syrian coast"),                        # K
 # qbs5 the Tunisian navy and the maritime border (Assahafa Al-Youm, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),               # G* (town row جرجيس)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "sfax_port": ("crossing", "TN", 34.74056, 10.76028, "Port of Sfax"),                   # G* (city row صفاقس)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_side": ("region", "TN", 33.13, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G
}

TRAPS = {
 "qbs1": ["إيريني", "القدس العربي", "أنطاليا ستار", "سبيتساي", "كاثيميريني", "الجيش الوطني الليبي", "التركية",
          "اليونانية", "الإيطالية", "فيديريكو مارتينينغو"],
 "qbs2": ["اللواء", "لبنانياً", "نجمة الشمال", "الجيش الوطني الليبي", "إدريس العرفي", "خالد الطرابلسي", "الجيش اللبناني",
          "الليبية", "السنوات الخمس"],
 "qbs3": ["أنور السادات", "أخبار الخليج", "تحيا مصر", "شواطئ برقة", "الجيش الوطني الليبي", "مصري", "الليبية"],
 "qbs4": ["تلفزيون سوريا", "كالينينغراد", "مينسك", "الأميرال غريغوروفيتش", "إدريس الحمصي", "فيلق أفريقيا", "الروسية",
          "دعم مالي"],
 "qbs5": ["الصحافة اليوم", "جيش البحر", "هذه الزاوية", "محمد الجربي", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية",
          "التونسي", "التونسية", "الإيطالية"],
}

PHEN = {
 "qbs1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_oil", "countries"],
 "qbs2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "countries"],
 "qbs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qbs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_bases", "countries"],
 "qbs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbs1": [
  mv("shipment", "reported", None, ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "reported", None, ["خليج سودا"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["ميناء مصراتة", "ميناء طرابلس"]),
  mv("deploy", "planned", None, ["أوغستا"], ["طبرق", "درنة"]),
  mv("withdraw", "planned", None, [], ["خليج سودا"]),
  mv("mobilise", "reported", "Libyan National Army", ["ميناء بنغازي"], ["خليج سرت", "ميناء السدرة"]),
 ],
 "qbs2": [
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("advance", "conditional", "GNA forces", ["ميناء مصراتة"], ["خليج سرت"]),
 ],
 "qbs3": [
  mv("redeploy", "reported", "Egyptian army", ["قاعدة برنيس العسكرية"], ["قاعدة رأس التين البحرية"], ["قناة السويس"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار طبرق"]),
  mv("redeploy", "reported", "Libyan National Army", ["ميناء بنغازي"], ["طبرق"]),
  mv("mobilise", "denied", "Egyptian army", [], ["البردية"]),
  mv("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
 ],
 "qbs4": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء بنغازي"]),
  mv("shipment", "reported", "Russian forces", ["ميناء بنغازي"], ["قاعدة الجفرة الجوية"], ["اجدابيا"]),
  mv("deploy", "planned", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", [], ["ميناء سوسة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("withdraw", "conditional", "Russian forces", ["طرطوس", "حميميم"]),
 ],
 "qbs5": [
  mv("redeploy", "reported", "Tunisian army", ["بنزرت"], ["ميناء جرجيس"], ["ميناء صفاقس"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان", "معبر رأس جدير"]),
  mv("naval_landing", "denied", "Tunisian army", [], ["جزيرة فروة"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["أبو كماش"]),
 ],
}

NOTES = {
 "qbs1": "Irini boarding: a cargo ship Mersin port→Misrata port (shipment, no force named; Benghazi only the '150 miles "
         "north' reference), the Greek frigate out of Souda Bay (Crete only locates it) and its planned return there, "
         "Ankara's denied landing of 200 soldiers at Al-Khums port, its conditional escorts to Misrata and Tripoli ports, "
         "a planned Italian frigate Augusta (Sicily)→off Tobruk and Derna, and LNA fast boats massed in the Gulf of Sirte "
         "off Es Sider after leaving Benghazi port; Rome, Ankara and Tripoli are seats/speakers only.",
 "qbs2": "Lebanese outlet: Tripoli is twice Tripoli (Lebanon) (plus its port) and once the Libyan capital ('طرابلس "
         "الليبية'); the ship Tripoli (Lebanon) port→Misrata port said to carry munitions, denied by its owner; LNA boats "
         "Tobruk naval base→Derna port, a planned landing Benghazi port→Zueitina, and the GNU's conditional advance "
         "Misrata port→the Gulf of Sirte; Derna '40 miles north' and Benghazi port as the place of inspection are not "
         "movement places.",
 "qbs3": "The Mistral 'Anwar El Sadat' Berenice base→Ras el-Tin base via the Suez Canal (Alexandria locates the base), a "
         "planned marine landing Alexandria→Tobruk port, a C-130 airlift Mohamed Naguib base→Tobruk airport, LNA patrol "
         "boats Benghazi port→Tobruk, Cairo's denied massing of ships off Bardia, and a conditional advance Mohamed Naguib "
         "base→Sallum where the Sallum crossing and the border are distance references and Sirte and Al-Jufra only the "
         "condition.",
 "qbs4": "Russian landing ships Tartus→Benghazi port, trucks Benghazi port→Al-Jufra air base via Ajdabiya, a planned "
         "frigate visit to Tobruk port, a denied marine deployment to Susa port (Libya, on the Jabal Akhdar coast), Il-76 "
         "flights Hmeimim→Al-Khadim, and an analyst's conditional withdrawal from Tartus and Hmeimim with no destination "
         "(Latakia only locates Hmeimim; Moscow, Damascus, Tripoli are actors' seats).",
 "qbs5": "Tunisian navy boats Bizerte→Zarzis port via Sfax port, a conditional army reinforcement of Ben Gardane and the "
         "Ras Ajdir crossing, a denied landing on Farwa island near the border with Libya, and the GNU coast guard's "
         "planned boats Zuwara→Abu Kammash; migrant departures from Sfax, Sousse, Sabratha and Zuwara, rescues off "
         "Djerba, arrivals in Lampedusa and migrants returned to Zarzis port are not force movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbs1", "qbs2", "qbs3", "qbs4", "qbs5")
