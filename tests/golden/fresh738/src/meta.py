# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tri_ltsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qbl1 Al-Khadim and the Russian flights (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 # qbl2 Al-Watiya, the Turkish airlift and Tripoli of Lebanon (Al-Liwaa)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # qbl3 Al-Jufra, Brak and the Sahel flights (Al-Jarida)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_dist": ("district", "LY", 29.14, 16.05, "Al Jufra (area)"),                     # K (README convention: point near Hun/Waddan)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),         # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 # qbl4 Maaten al-Sarra, Kufra and Darfur (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                 # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 # qbl5 Egypt, Al-Khadim and Jaghbub (Veto)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.75, 24.90, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
}

TRAPS = {
 "qbl1": ["القدس العربي", "الفيلق الأفريقي", "الجيش الوطني الليبي", "عبد الرازق الناظوري", "ليبيا الحدث", "الروسية"],
 "qbl2": ["الأيام الخمسة", "الأناضول", "السوريين", "الجيش اللبناني", "التركية", "الليبية"],
 "qbl3": ["الدعم المالي", "الفيلق الأفريقي", "طارق بن زياد", "إدريس الورفلي", "عماد الطرابلسي", "الروسية", "الليبية"],
 "qbl4": ["السوداني", "قوات الدعم السريع", "كتيبة سبل السلام", "محمد إدريس ديبي", "التشادي", "الجيش الوطني الليبي",
          "الأمريكية"],
 "qbl5": ["مصرية", "مصري", "الجيش المصري", "المصرية", "الجيش الوطني الليبي", "درع الصحراء", "الليبية"],
}

PHEN = {
 "qbl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qbl2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_crossings", "countries"],
 "qbl3": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "coverage_oil", "countries"],
 "qbl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qbl5": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbl1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "reported", "Russian forces", ["الخادم"], ["قاعدة الجفرة"], ["زلة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Russian forces", ["الخادم"]),
  mv("redeploy", "denied", "Russian forces", ["الخادم"], ["قاعدة القرضابية"]),
 ],
 "qbl2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["الوطية"], ["معسكر اليرموك"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["ليبيا"], ["سوريا"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراته"]),
 ],
 "qbl3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("redeploy", "reported", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("mobilise", "reported", "Russian forces", [], ["حقل الشرارة"]),
  mv("redeploy", "conditional", "Russian forces", [], ["الجفرة"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["الجفرة"]),
  mv("airlift", "denied", "Russian forces", ["الجفرة"], ["مطار نيامي"]),
 ],
 "qbl4": [
  mv("advance", "reported", "Sudanese armed groups", ["قاعدة معطن السارة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "reported", None, ["مطار الكفرة"], ["معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["حقل السرير"], ["مثلث العوينات"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الدبة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
 ],
 "qbl5": [
  mv("airlift", "denied", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة الخادم"], ["السلوم"]),
  mv("redeploy", "reported", "Libyan National Army", ["الخادم"], ["الجغبوب"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الجغبوب"], ["الخادم"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
}

NOTES = {
 "qbl1": "Satellite images and a flight-tracking site on Al-Khadim: 11 Il-76 flights Hmeimim→Al-Khadim (the base is "
         "named in the previous paragraph, 'هبطت في القاعدة'), a Russian column Al-Khadim→Al-Jufra base seen on two "
         "days' images, a planned LNA drone squadron Al-Khadim→Maaten al-Sarra (the border triangle, Sudan and Chad only "
         "locate that base), a conditional Russian pull-out from Al-Khadim (Moscow and Washington only the condition), "
         "and a denied transfer Al-Khadim→Gardabya base (Sirte only locates it). London, Benghazi, Latakia, Tripoli and "
         "Syria in the last paragraph are dateline, distance reference, locator, seat and background.",
 "qbl2": "Flight tracking: Turkish A400M flights Erkilet air base (Kayseri)→Al-Watiya (Tripoli only a distance "
         "reference); Syrian fighters bussed Al-Watiya→Yarmouk camp (Zintan only the source), their conditional return "
         "Libya→Syria (paid arrears); a planned Turkish marine company Khoms port→Al-Watiya; a denied arms ship from "
         "the port of Tripoli in Lebanon to Misrata port (actor null; Tripoli, Lebanon, twice, against Tripoli, Libya, "
         "once); Beirut dateline, Ankara's mandate is not a movement.",
 "qbl3": "Flight tracking and images on Al-Jufra: Russian Il-76 flights Al-Jufra base→Bamako (the second Bamako is the "
         "Malian government), four MiG-29s Al-Jufra→Brak air base (Idri only a distance reference), their conditional "
         "return to Al-Jufra (no origin written in that sentence), a planned LNA battalion Sabha→Al-Jufra (the area: "
         "district), and a denied landing of Russian troops Al-Jufra→Niamey airport (Niamey city is the venue of the "
         "statement). Tunis dateline, Hun locator, Tripoli, Moscow and Syria background.",
 "qbl4": "Yale imagery of an RSF column Maaten al-Sarra base→Al-Malha via the border triangle (North Darfur only locates "
         "Al-Malha; the headline's Darfur repeats this move); Il-76 cargo flights Al-Khadim→Kufra airport and trucks "
         "Kufra airport→Maaten al-Sarra (actor null: no force named); a planned LNA deployment to the Uweinat triangle; "
         "an RSF threat to advance on Ad Dabbah if air raids on Al-Malha go on (Al-Malha only the condition); the LNA's "
         "denied arms shipments Kufra→Darfur. Chad's 'tighter monitoring' of its border with Sudan is no movement.",
 "qbl5": "An Egyptian denial of a commando airlift Mohamed Naguib base→Al-Khadim seen over Sallum (via); the flights "
         "said to carry relief to Benina airport are not a movement; images of LNA Pantsir systems Al-Khadim→Jaghbub "
         "(the border with Egypt and Tobruk only locate Jaghbub); their conditional return Jaghbub→Al-Khadim after an "
         "exercise; a planned Egyptian reinforcement Marsa Matruh→Sallum. Cairo (dateline, a visit), Benghazi and "
         "Tripoli are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbl1", "qbl2", "qbl3", "qbl4", "qbl5")
