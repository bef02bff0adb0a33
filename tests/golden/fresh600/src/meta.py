# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # wd1 Russian Africa Corps moves (France 24, Paris)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G* (row قاعدة الجفرة الجوية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G* (row منفذ التوم)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "tobruk_port": ("crossing", "LY", 32.073, 23.975, "Port of Tobruk"),                   # K
 # wd2 Tripoli wire copy (Al-Quds Al-Arabi, Tripoli)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G (row spelt تاجوراء)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 # wd3 the south-west (Monte Carlo Doualiya, Ubari)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G* (row إليزي, district)
 "border_dz": ("region", "DZ", 26.5, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # wd4 Syrian fighters and Turkish moves (Al-Liwaa, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "yarmouk_dam": ("district", "SY", 33.4700, 36.3050, "Yarmouk Camp (Damascus)"),        # K
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # wd5 Kufra and the Sudan war (Ammon, Amman)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_oweinat": ("region", "EG", 22.5857, 28.7166, "East Oweinat"),                    # G* (row مطار شرق العوينات point)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G* (row بورتسودان, written بورت سودان)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
}

TRAPS = {
 "wd1": ["فرانس 24", "فرانس برس", "الفيلق الأفريقي", "أفريكا إنتليجنس", "الجيش الوطني الليبي", "الروسية", "الفرنسية",
         "البريطانية", "سبوتنيك", "خسرت"],
 "wd2": ["القدس العربي", "رويترز", "سرت شائعات", "عماد الطرابلسي", "بركان الغضب", "اللواء 444 قتال", "التركية",
         "الليبية"],
 "wd3": ["مونت كارلو الدولية", "فرانس برس", "الجيش الوطني الليبي", "الطاهر إدريس", "أحمد الغدامسي", "هذه الزاوية",
         "الجزائري", "الإيطالية"],
 "wd4": ["أسوشيتد برس", "المرصد السوري لحقوق الإنسان", "صقور الشام", "أبو أحمد الحلبي", "التركية", "السورية",
         "سورياً", "الليبية", "الفلسطيني"],
 "wd5": ["عمون", "رويترز", "أسوشيتد برس", "سبل السلام", "قوات الدعم السريع", "الجيش الوطني الليبي", "الجيش المصري",
         "السودانية", "التشادي", "محمد إدريس ديبي", "مالي"],
}

PHEN = {
 "wd1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "wd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "countries"],
 "wd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "wd4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "wd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wd1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة براك الجوية"]),
  mv("shipment", "planned", "Russian forces", ["براك"], ["نيامي"], ["القطرون", "معبر التوم"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "wd2": [
  mv("advance", "reported", "Misrata forces", ["مصراته"], ["تاجورا"], ["الخمس"]),
  mv("mobilise", "reported", "GNA forces", [], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["مصفاة الزاوية"], ["جنزور"]),
  mv("advance", "conditional", "Zintan forces", [], ["العزيزية"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
 ],
 "wd3": [
  mv("mobilise", "reported", "Libyan National Army", [], ["اوباري"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["ولاية إليزي"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"]),
 ],
 "wd4": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"]),
  mv("deploy", "denied", "Foreign fighters", ["طرابلس"], ["ليبيا"]),
 ],
 "wd5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("advance", "reported", "Sudanese armed groups", ["الحدود مع السودان"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["الفاشر"]),
 ],
}

NOTES = {
 "wd1": "France 24 carrying Le Monde/AFP/Africa Intelligence: Russian (Africa Corps) airlift Hmeimim base→Al-Khadim base "
        "(Benghazi only locates it), a truck convoy Jufra base→Brak air base, a planned overland transfer Brak→Niamey via "
        "Al-Qatrun and the Toummo crossing (the border with Niger only locates the crossing), a conditional pull-out from "
        "Gardabiya base (Sirte a locator, eastern Libya the condition, Moscow the speaker) and a denied marine landing at "
        "Tobruk port; Paris dateline, Syria/Mali/Burkina/Niger background. Latin glosses in brackets are not separate places.",
 "wd2": "Al-Quds Al-Arabi on Reuters copy: a Misrata column Misrata (spelt مصراته)→Tajoura (spelt تاجورا) via Al-Khums "
        "(Tripoli only locates Tajoura), the 444 Brigade massing in Qasr Bin Ghashir, a planned GNA transfer from the "
        "Zawiya refinery to Janzour, Zintan's conditional advance on Al-Aziziya (no origin written; Zintan is the "
        "council's seat and the minister's home town), and Ankara's denied airlift Al-Watiya→Mitiga airport. Traps: "
        "'سرت شائعات' (rumours spread), Emad al-Trabelsi, Burkan al-Ghadab, Al-Quds Al-Arabi.",
 "wd3": "Monte Carlo Doualiya/AFP from Ubari: LNA massing in Ubari (spelt اوباري; the dateline أوباري is not a movement "
        "place), a column Sabha→Ghat via Al-Awaynat, a planned battalion Ghat→Isayen crossing (the border with Algeria "
        "locates it), the Algerian army's conditional reinforcement of Illizi province (Algiers the speaker, the border "
        "with Libya the condition), and a denied LNA pull-out from El Feel (Sharara a locator).",
 "wd4": "Al-Liwaa (Beirut) on AP copy: Syrian fighters flown Mitiga airport→Gaziantep airport (Tripoli, called طرابلس "
        "الغرب, locates Mitiga), a Turkish frigate landing special forces at Khoms port from Mersin, a planned Turkish "
        "air-defence transfer Al-Watiya→Misrata, Syrian fighters' conditional departure from Yarmouk camp (not the "
        "Damascus Yarmouk camp), and a denied dispatch of fighters from Tripoli (Lebanon) to Libya (Bab al-Tabbaneh is "
        "the speakers' quarter).",
 "wd5": "Ammon (Amman — not Oman) on Reuters/AP copy: Subul al-Salam Kufra→the Libya-Egypt-Sudan triangle, RSF vehicles "
        "from the border with Sudan to Maaten al-Sarra base (Kufra '300 km' a distance reference), a planned airlift "
        "Benina base→Kufra airport (Benghazi a locator), Egypt's conditional reinforcement of East Oweinat (Cairo the "
        "speaker), and the LNA's denied arms shipments Kufra→El Fasher (Port Sudan the accuser's seat, spelt بورت سودان).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wd1", "wd2", "wd3", "wd4", "wd5")
