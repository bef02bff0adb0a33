# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 # qgl1 Italian mission, Mellitah and Misrata (ANSAmed)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),        # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                   # G* (town row أوغستا)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 # qgl2 Russian airlift and shipment, a German corvette (dpa)
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "tri_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),                   # G* (row خليج سودا, town)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qgl3 Kufra, the Uweinat triangle and Chad (France 24)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G (also G* label المثلث الحدودي مع مصر والسودان)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # qgl4 Dehiba-Wazin, Ras Ajdir and a Spanish patrol aircraft (EFE)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "wazin_town": ("town", "LY", 31.94200, 10.66532, "Wazin"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G* (district row تطاوين)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "madrid": ("city", "ES", 40.41650, -3.70256, "Madrid"),                                # G
 "rota": ("base", "ES", 36.62080, -6.33170, "Naval Station Rota"),                      # G
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Sigonella air base"),                 # G* (row قاعدة سيغونيلا, kind airport)
 # qgl5 Mitiga, Ghat and the Fezzan (Monte Carlo Doualiya)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet air base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "border_dz": ("region", "LY", 25.10, 10.25, "Libya-Algeria border near Ghat (Libyan side)"),  # K
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
}

TRAPS = {
 "qgl1": ["أنسامد", "المهمة الثنائية للمساعدة والدعم في ليبيا", "ميازيت", "خالد الطرابلسي", "مالياً", "فولكانو",
          "لا ريبوبليكا", "المنطقة العسكرية الساحل الغربي", "شركة مليتة للنفط والغاز", "الإيطالية", "مصراتية"],
 "qgl2": ["دير شبيغل", "الفيلق الأفريقي", "فاغنر", "سبارتا 4", "الجيش الوطني الليبي", "ماغدبورغ", "يونيفيل",
          "إيريني", "اللواء طارق بن زياد", "البحرية الألمانية", "السورية"],
 "qgl3": ["تشاديون", "سبل السلام", "فرانس 24", "الجيش الوطني الليبي", "الجيش السوداني", "الدارفورية",
          "جبهة الوفاق من أجل التغيير في تشاد", "الحكومة التشادية", "إدريس ديبي", "الفرنسي", "إذاعة فرنسا الدولية"],
 "qgl4": ["تعزيزات تونسية", "وزارة الدفاع التونسية", "إفي", "الجيش التونسي", "منير القابسي", "موزاييك إف إم", "الأيام الخمسة", "إيريني", "الإسبانية"],
 "qgl5": ["مونت كارلو الدولية", "التركية", "مقاتل سوري", "الجيش الوطني الليبي", "اللواء 444 قتال", "عمر الإدريسي"],
}

PHEN = {
 "qgl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qgl2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qgl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgl1": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار مصراتة"]),
  mv("shipment", "planned", None, ["قاعدة أوغستا البحرية"], ["ميناء طرابلس"]),
  mv("withdraw", "denied", None, ["مصراتة"]),
  mv("deploy", "conditional", "GNA forces", [], ["مجمع مليتة"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
 ],
 "qgl2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", None, ["مرفأ طرابلس"], ["قاعدة سودا البحرية"]),
  mv("deploy", "conditional", "Libyan National Army", ["براك"], ["حقل الشرارة"]),
 ],
 "qgl3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي مع مصر والسودان"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("redeploy", "planned", None, ["فايا لارجو"], ["زوار"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
 ],
 "qgl4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت"]),
  mv("deploy", "planned", None, ["قاعدة روتا البحرية"], ["قاعدة سيغونيلا"]),
 ],
 "qgl5": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة معيتيقة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["طرابلس"], ["النيجر"]),
  mv("deploy", "reported", "Libyan National Army", ["اوباري"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"]),
  mv("advance", "conditional", "GNA forces", ["مزدة"], ["الشويرف"]),
 ],
}

NOTES = {
 "qgl1": "ANSAmed, Rome: Italian C-130Js Pisa air base→Misrata airport (MIASIT rotation; actor null, no canonical "
         "name for Italian forces); a planned supply ship «Vulcano» (an island's name, trap) Augusta naval base→Tripoli "
         "port with patrol boats (Sicily only locates the base); a denied Italian pull-out from Misrata (La Repubblica "
         "claim); a conditional GNA deployment around the Mellitah complex if fighting resumes in Zuwara (Zuwara is the "
         "condition and the distance reference); Misrata brigades massing at Zliten's eastern entrance, come from "
         "Misrata ('60 km' distance). Rome = dateline and metonymy; Tripoli only inside Tripoli port and the person "
         "Khaled al-Trabelsi (trap).",
 "qgl2": "dpa, Berlin: Der Spiegel reports Russian Il-76s Al-Jufra air base→Maaten al-Sarra (the Chad-Sudan triangle "
         "'300 km' is a distance reference) and the cargo ship «Sparta IV» (trap) unloading at Tobruk port from Tartus; "
         "the LNA denies a landing of 300 Russians at Tobruk port (no origin written in that sentence; Gardabya/Sirte "
         "only where Russians already are); the German corvette Magdeburg (a city's name, trap) planned from the port "
         "of Tripoli in northern Lebanon to Souda Bay base in Crete (actor null); a Tariq Ben Zeyad Brigade commander's "
         "conditional move Brak→Sharara field. Tripoli (Libya) is only a diplomat's location; Berlin and Moscow are "
         "speakers.",
 "qgl3": "France 24, Paris: a Subul al-Salam (LNA) column Kufra→Uweinat triangle; the 2025 withdrawal of Darfur's Joint "
         "Force from the Egypt-Sudan border triangle (anaphora منه resolved to it; same point as the Uweinat triangle); "
         "FACT denies massing 60 vehicles in Qatrun (the Niger border a distance reference); N'Djamena's planned "
         "battalion Faya-Largeau→Zouar (Chadian army, actor null; Tibesti and the Libyan border only locate Zouar); a "
         "conditional LNA reinforcement Tazirbu→Kufra if the RSF approach the Sudan border (condition only). Idriss "
         "Deby is a person trap; Kufra as speaker's town and the Kufra municipality are not movement places.",
 "qgl4": "EFE, Tunis: Tunisian army reinforcements Tataouine→Dehiba (Wazin crossing only the locator), a conditional "
         "stay/withdrawal from Dehiba (Nalut and the crossing only conditions), a denied incursion near Wazin (town, "
         "not the crossing), marines landed at Zarzis after sailing from Sfax, a GNA force Tripoli→Nalut, and a planned "
         "Spanish CN-235 Rota naval base→Sigonella (actor null; Sicily only the locator, repeated in the headline). "
         "Tunis = dateline (city), Tunisia = country; civilian returns via Ras Ajdir are not movements.",
 "qgl5": "Monte Carlo Doualiya, Tripoli: a Turkish A400M Erkilet air base (Kayseri only its locator)→Mitiga base; a "
         "denied transfer of 400 Syrian fighters Tripoli→Niger (Ankara only where the ministry briefed); an LNA column "
         "Ubari (spelt اوباري)→Ghat via Al-Awaynat (the border with Algeria a distance reference); a planned company "
         "Tamanhint base→El Feel field (Murzuq '220 km' a distance reference); the 444 Brigade's conditional advance "
         "Mizda→Ash Shwayrif (Sabha only in the condition). Idri only in a background sentence beside the person "
         "Omar al-Idrisi (trap).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgl1", "qgl2", "qgl3", "qgl4", "qgl5")
