# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 # qhp1 a Russian think tank on the Africa Corps (Al-Quds Al-Arabi, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qhp2 the Washington Institute on Turkish forces (Al-Jarida, Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # qhp3 ISPI on the Libya-Sudan-Egypt triangle (Sada El Balad, Cairo)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "milan": ("city", "IT", 45.46427, 9.18951, "Milan"),                                   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "sw_egypt": ("region", "EG", 25.00940, 28.49824, "South-western Egypt"),               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 # qhp4 IFRI on the western borders (Le360, Rabat)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G* (district row تطاوين, written ولاية تطاوين)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # qhp5 Valdai and Clingendael on the Fezzan (Al-Ayam, Manama)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "tibesti": ("region", "TD", 20.30159, 16.62370, "Tibesti"),                            # G* (district row تبستي, as the mountains)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                               # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (gazetteer spelling أغاديس)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
}

TRAPS = {
 "qhp1": ["القدس العربي", "مجلس الشؤون الدولية الروسي", "الفيلق الأفريقي", "الدعم المالي", "الجيش الوطني الليبي",
          "اللبنانية"],
 "qhp2": ["معهد واشنطن", "معهد واشنطن لسياسة الشرق الأدنى", "الجريدة", "السنوات الخمس", "زاوية مختلفة", "التركي", "الأمريكية"],
 "qhp3": ["صدى البلد", "المعهد الإيطالي للدراسات السياسية الدولية", "إيطالي", "الدعم السريع", "سبل السلام",
          "الجيش الوطني الليبي", "الجيش المصري"],
 "qhp4": ["Le360", "المعهد الفرنسي للعلاقات الدولية", "الطرابلسي", "الجيش الجزائري", "الجيش التونسي", "الباحث التونسي", "المغربي",
          "إدريس الوزاني", "صلاة المغرب", "الأراضي الليبية"],
 "qhp5": ["الأيام", "فالداي", "كلينغندايل", "طارق بن زياد", "الجيش الوطني الليبي", "تشادية", "إدريس ديبي",
          "الفيلق الأفريقي", "فاغنر"],
}

PHEN = {
 "qhp1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "countries"],
 "qhp2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "coverage_bases", "countries"],
 "qhp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qhp4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "qhp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhp1": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("mobilise", "reported", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "conditional", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"]),
 ],
 "qhp2": [
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة معيتيقة"], ["شمال سوريا"], ["غازي عنتاب"]),
  mv("advance", "conditional", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("shipment", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["زوارة"]),
 ],
 "qhp3": [
  mv("redeploy", "reported", "Sudanese armed groups", ["المالحة"], ["مثلث العوينات"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("shipment", "denied", "Libyan National Army", ["مطار الكفرة"], ["نيالا"]),
 ],
 "qhp4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("deploy", "reported", "Zintan forces", ["نالوت"], ["منفذ وازن"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", "GNA forces", ["زوارة"], ["مجمع مليتة"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "qhp5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["تراغن"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["تبستي"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["أغاديز"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["قاعدة الويغ"]),
  mv("redeploy", "denied", "Wagner Group", ["براك"], ["أوباري"]),
 ],
}

NOTES = {
 "qhp1": "A Russian think tank (RIAC) translated by Al-Quds Al-Arabi, hedged throughout: Africa Corps air defences "
         "Al-Khadim→Maaten al-Sarra via Kufra ('يُرجَّح', imagery), a planned Il-76 lift of 200 men Jufra air base→"
         "Bamako (the headline's 'to Mali' is the same move; Mali in 'between Libya and Mali' and inside 'الدعم المالي' "
         "is not a place of it), vehicles and containers massing at Jufra ('على الأرجح'), a landing ship Tartus→Tobruk "
         "naval base only 'if talks with Damascus fail' (Damascus = condition), and the LNA's denial of a Russian "
         "pull-out from Gardabya (Sirte only locates it; Benghazi = speaker; Moscow = the state; Lebanese Tripoli = a "
         "researcher's base; Libyan Tripoli = seat of the government).",
 "qhp2": "The Washington Institute translated by Al-Jarida: Turkish Akinci drones Al-Watiya→Misrata airport ('على "
         "الأرجح', imagery), a Turkish landing ship Mersin→Al-Khums port ('يُعتقد'), a planned return of 300 Syrian "
         "fighters Mitiga→northern Syria via Gaziantep, a conditional GNU advance Tripoli→Zawiya ('في حال'), and "
         "Ankara's denial of an air-defence transfer Al-Watiya→Zuwara. Kuwait = dateline city; Ankara = speaker; the "
         "second Tripoli is the government; Washington only inside the institute's name.",
 "qhp3": "ISPI translated by Sada El Balad: RSF groups Al-Malha (North Darfur)→the Uweinat triangle ('يُعتقد'), an LNA "
         "column (Subul al-Salam) Kufra→the border with Sudan ('ما يبدو أنه'), a planned Egyptian special-forces lift "
         "Mohamed Naguib base→East Owainat airport, an LNA reinforcement Ajdabiya→Kufra via Jalu only 'if the Darfur "
         "fighting nears the border' (Darfur = condition), and the LNA's denial of arms and fuel flights Kufra airport→"
         "Nyala. Milan, Benghazi, Khartoum, Cairo and the triangle's three countries are not movement places.",
 "qhp4": "IFRI translated by Le360: Algerian reinforcements Ouargla→Debdeb ('على ما يبدو'; Ghadames only faces it), a "
         "Zintan force Nalut→the Wazin crossing ('يُعتقد'), a planned Tunisian move Tataouine→Dehiba, a conditional GNU "
         "force Zuwara→Mellitah ('إذا'), and an Algerian denial of an incursion near Ghadames (denied advance). Paris, "
         "Rabat, Tunis, Tripoli, Italy, Bouznika and Morocco are not movement places; Trabelsi and Idris al-Wazzani are "
         "persons; 'صلاة المغرب' is the sunset prayer.",
 "qhp5": "Valdai and Clingendael translated by Al-Ayam: the Tariq bin Ziyad brigade Sabha→Murzuq via Traghen (imagery, "
         "'على ما يبدو'; El Feel field only the road's goal), Chadian rebels Qatrun→Tibesti ('وفق شهادات محلية'), a "
         "planned Africa Corps lift Brak air base→Agadez (Idri only a distance reference, Niger only locates Agadez), a "
         "conditional LNA massing at Al-Wigh base (Tummo only a distance reference, the border with Niger only the "
         "condition), and a Sabha source's denial of Wagner men Brak→Ubari. Moscow, The Hague, N'Djamena are not "
         "movement places; Idriss Deby is a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhp1", "qhp2", "qhp3", "qhp4", "qhp5")
