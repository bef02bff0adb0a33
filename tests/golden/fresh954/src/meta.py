# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G (qjt2 also as طرابلس الغرب: G*)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا; written انجامينا/إنجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 # qjt1 Russian Il-76 flights (Athr Press, Damascus)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت; written تمنهنط)
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qjt2 Syrian fighters (North Press, Qamishli)
 "qamishli": ("city", "SY", 37.05215, 41.23142, "Qamishli"),                            # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G (row درج, Daraj)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "hamada": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 # qjt3 satellite imagery of the RSF supply route (Sudanile, Port Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # K
 "border_sd": ("region", "SD", 20.5, 25.2, "Sudan-Libya border (Sudanese side)"),      # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة, written bare)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qjt4 the Ghat-Djanet border (Elmaouid, Algiers)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G* (row أوباري; written اوباري)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village -> town)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # G* (town row, kind district)
 # qjt5 Chad and Niger borders (Ekad)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي; written كوري بوغودي)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row, kind district)
}

TRAPS = {
 "qjt1": ["أثر برس", "فلايت رادار 24", "الخادم الرئيسي", "الروسية", "إيفان غرين", "رايبار", "الفيلق الأفريقي",
          "الجيش الوطني الليبي", "مبالغات", "خالد الطرابلسي", "الشمالي", "المدرج"],
 "qjt2": ["نورث برس", "درجة عالية", "أجنحة المتوسط", "الجيش الوطني السوري", "فرقة السلطان سليمان شاه",
          "أبو علي الحلبي", "السوريين", "ليبية", "تركية"],
 "qjt3": ["مرصد النزاع في السودان", "سودانايل", "الدعم السريع", "سودانية", "تشادي", "الليبي",
          "الهادي إدريس", "السوداني"],
 "qjt4": ["ليبياً", "الموعد اليومي", "بريطاني", "الليبي", "طارق بن زياد", "الناحية العسكرية الرابعة", "ليبية"],
 "qjt5": ["إيكاد", "التشادية", "النيجرية", "نيجري", "اللواء 128 معزز", "الجيش الوطني الليبي", "تشادية",
          "إدريس ديبي", "جبهة التناوب والوفاق في تشاد", "تشادي"],
}

PHEN = {
 "qjt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qjt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qjt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qjt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjt1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة تمنهنط"], ["سبها"]),
  mv("airlift", "planned", "Russian forces", ["براك"], ["مطار نيامي"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"]),
  mv("airlift", "denied", "Russian forces", [], ["مطار غات"]),
 ],
 "qjt2": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("deploy", "reported", "Syrian mercenaries", [], ["درج"], ["غريان", "مزدة"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["شمال سوريا"], ["تركيا"]),
  mv("redeploy", "conditional", "Syrian mercenaries", ["ليبيا"], ["النيجر"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["ميناء الخمس"]),
  mv("advance", "denied", "Syrian mercenaries", [], ["حقل الحمادة"]),
 ],
 "qjt3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مليط"]),
  mv("deploy", "planned", "Sudanese army", ["الدبة"], ["الحدود مع ليبيا"]),
  mv("deploy", "conditional", "Chadian army", ["فايا لارجو"], ["أم جرس"]),
  mv("shipment", "denied", "Libyan National Army", ["معطن السارة"], ["السودان"]),
 ],
 "qjt4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("advance", "conditional", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "qjt5": [
  mv("airlift", "reported", "Chadian army", ["مطار إنجامينا"], ["زوار"], ["فايا لارجو"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "conditional", "Nigerien army", ["ماداما"], ["منفذ التوم"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("advance", "denied", "Chadian army", [], ["القطرون"]),
 ],
}

NOTES = {
 "qjt1": "OSINT team of a Damascus outlet on Russian Il-76 flights: Hmeimim air base→Al-Khadim and onward Al-Khadim→"
         "Brak air base (Libya and 'the south-west' only locate the bases), the landing ship unloading troops Tartus→"
         "Tobruk port, a geolocated convoy Brak air base→Tamanhint base via Sabha (written تمنهنط), a planned airlift "
         "Brak→Niamey airport quoted from a Russian channel (Niger itself only background), a conditional Russian "
         "withdrawal from Al-Jufra air base and a denied landing at Ghat airport ('مبالغات' hides غات, 'الخادم "
         "الرئيسي' is a server); Idri, Fezzan, Tripoli (also inside the researcher's name الطرابلسي) and Syria are "
         "background.",
 "qjt2": "Qamishli agency translating a London group's OSINT report on Syrian fighters: charter flights Gaziantep "
         "airport→Mitiga airport (in 'طرابلس الغرب'), a geolocated convoy through Gharyan and south of Mizda to a camp "
         "near Derj ('بدرجة عالية' hides درج; Ghadames only a distance reference), a planned return Al-Watiya base→"
         "northern Syria via Turkey, a conditional transfer Libya→Niger, and the GNU's denial of both a landing at "
         "Khoms port and an advance on the Hamada field; Afrin, Aleppo (also inside 'الحلبي'), Ankara and the 2019 "
         "battles of Tripoli are background.",
 "qjt3": "Sudanese site translating a satellite-imagery observatory (whose name contains السودان): an RSF fuel and "
         "ammunition convoy Kufra→Al-Malha via the Libya-Chad-Sudan border triangle, Il-76s Al-Khadim base→Kufra "
         "airport with no named operator (actor null), RSF vehicles massing near Mellit, a planned Sudanese army "
         "brigade Al-Dabbah→the border with Libya, a conditional Chadian deployment Faya-Largeau→Amdjarass (N'Djamena "
         "as the government) and the LNA's denial of supply convoys Maaten al-Sarra→Sudan; Port Sudan, Benghazi, "
         "El Fasher and the politician Al-Hadi Idris are not movement places.",
 "qjt4": "Algerian daily translating a British OSINT site: a Tariq Ibn Ziyad brigade column Sabha→Ghat via Ubari "
         "(written اوباري), its commander's conditional advance Ghat→Isayen crossing, Algerian 4th-region units "
         "Illizi→Djanet, a planned special-forces airlift Tamanrasset→Djanet airport and a denied Algerian patrol "
         "into Al-Awaynat; dateline Algiers vs the country in 'الحدود مع الجزائر' and 'للجزائر', Djanet town vs the "
         "Djanet province, Sharara field and the Ghat-Djanet distance are background.",
 "qjt5": "Ekad-style OSINT thread: a Chadian C-27J N'Djamena airport→Zouar via Faya-Largeau (Tibesti only locates "
         "Zouar), Chadian rebels massing at Kouri Bougoudi (written with غ), a Nigerien convoy Dirkou→Madama, a "
         "conditional Nigerien advance Madama→Toummo crossing, a planned LNA company Sabha→Al-Wigh base and the "
         "Chadian staff's denial of any entry to Al-Qatrun (the Qatrun municipality's mayor only the source); the "
         "Algiers meeting vs the country Algeria, N'Djamena as the government, Idriss Deby and FACT (name with "
         "تشاد) are traps or background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjt1", "qjt2", "qjt3", "qjt4", "qjt5")
