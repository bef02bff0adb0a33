# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qhj1 the east and the south-east (Quryna)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "uweinat_mt": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                   # G* (row مثلث العوينات)
 "tripoint_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 # qhj2 the western coast (Al-Quds Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Al Khums naval base"),               # G* (row ميناء الخمس)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 # qhj3 Jufra, Sirte and the Russians (Asharq Al-Awsat)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "maaten_short": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G* (row قاعدة معطن السارة)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 # qhj4 the south (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh_short": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                  # G* (row قاعدة الويغ)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 # qhj5 the Egyptian border (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
}

TRAPS = {
 "qhj1": ["قورينا", "الواحة", "مركز الواحة للدراسات الأمنية والاستراتيجية", "كتيبة شهداء الزاوية", "عمر الجالوي",
          "قوات الدعم السريع", "حسابات سودانية"],
 "qhj2": ["القدس العربي", "مركز الواحة للدراسات الأمنية والاستراتيجية", "اللبنانية", "فرقاطة تركية",
          "مختار الجنزوري", "الجيش التونسي", "من هذه الزاوية"],
 "qhj3": ["الشرق الأوسط", "مركز الواحة للدراسات الأمنية والاستراتيجية", "الليبي", "الفيلق الأفريقي",
          "زلة لسان", "كتيبة ثوار طرابلس", "خالد الوداني", "سبوتنيك"],
 "qhj4": ["الواحة", "مونت كارلو الدولية", "مركز الواحة للدراسات الأمنية والاستراتيجية", "دعم مالي", "آدم إدريس",
          "مجموعة تشادية"],
 "qhj5": ["صدى البلد", "مركز الواحة للدراسات الأمنية والاستراتيجية", "الواحة", "إدريس بوخمادة", "مصادر مصرية",
          "الجيش المصري", "وسائل إعلام سودانية", "مصريتين", "مصرياً", "الوحدات المصرية",
          "مجلس النواب الليبي"],
}

PHEN = {
 "qhj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qhj2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhj3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qhj4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhj5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhj1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوجلة"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("deploy", "conditional", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات", "المثلث الحدودي"]),
 ],
 "qhj2": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["زوارة"], ["صبراتة"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["قاعدة الخمس البحرية"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر راس جدير"], ["طرابلس"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qhj3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة القرضابية"], ["الجفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["زلة"]),
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ودان"]),
 ],
 "qhj4": [
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["غدوة", "أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "denied", "Russian forces", ["باماكو"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تمسة"], ["تيبستي"]),
  mv("deploy", "reported", "Foreign fighters", ["النيجر"], ["أوباري"], ["مثلث السلفادور"]),
 ],
 "qhj5": [
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "denied", "Egyptian army", ["مطار شرق العوينات"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Egyptian army", ["السلوم"], ["ليبيا"]),
 ],
}

NOTES = {
 "qhj1": "Quryna's summary of the think tank's digest for 1-7 Feb: an LNA column Benghazi→Kufra via Ajdabiya and Jalu; "
         "a rumoured night pull-out Awjila→Jalu denied by the area commander; a planned airlift Al-Khadim base→Kufra "
         "airport; a company in Jalu that will not move to the Sarir field unless the NOC asks; an unverified RSF massing "
         "near Jebel Uweinat at the border triangle (Egypt and Sudan only qualify the triangle). Benghazi (dateline, "
         "crime, operations room), the Kufra municipality (speaker), Derna and Tobruk (calm) are not movement places.",
 "qhj2": "Al-Quds Al-Arabi (Tripoli dateline): GNA reinforcements Zawiya→Zuwara via Sabratha (Mellitah only where a "
         "clash happened); a rumoured ammunition ship from Tripoli, Lebanon (the second طرابلس, not the dateline) to "
         "Misrata port, denied by the free zone (no force named: actor null); a planned Turkish landing Mersin→Al-Khums "
         "naval base; the interior ministry force will leave the Ras Ajdir crossing for Tripoli (the third طرابلس) once "
         "a Zuwara-municipality force takes over (the condition, not a movement); Tunisian reinforcements Tataouine→"
         "Dehiba, facing the Wazin crossing (locator); Tunis only the ministry's seat.",
 "qhj3": "Asharq Al-Awsat (London): a Russian (Africa Corps) airlift Al-Jufra air base→Maaten al-Sarra base (the Chad "
         "border only a distance reference); a denied Wagner pull-out Gardabya base→Al-Jufra (Sirte in the denial is "
         "not a movement place); a planned LNA battalion Hun→Zillah; Misrata joint-force units in Tawergha would "
         "advance on Sirte if Haftar's forces move west of Al-Washka (condition only); an LNA massing of 70 vehicles in "
         "Waddan. Headline places repeat the airlift and are not counted again.",
 "qhj4": "Monte Carlo Doualiya (Paris): an LNA column redeployed Sabha→Al-Qatrun via Ghuddwa and Umm al-Aranib; a "
         "planned company Al-Qatrun→the Toummo crossing (Niger only a locator); rumoured Russian cargo flights "
         "Bamako→Al-Wigh base, denied; a Chadian group near Tmassah will not return to Tibesti without guarantees from "
         "N'Djamena (condition); foreign fighters from Niger through the Salvador triangle towards Ubari (the Algerian "
         "border only locates the triangle; Ghat only the source). Tunis = the think tank's seat; Idri = a clash.",
 "qhj5": "Sada El Balad (Cairo): LNA ammunition trucks Tobruk→Jaghbub; an LNA naval landing Tobruk naval base→Derna "
         "port; a planned Egyptian border-guard battalion Marsa Matruh→Siwa (Jaghbub there only a distance reference); "
         "a denied Egyptian airlift East Uweinat airport→Kufra airport; Egyptian units in Sallum (also the source's "
         "place) would cross into Libya only on a request from the House (conditional). Cairo, Sudan and the closing "
         "Libya/Sudan/Chad are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhj1", "qhj2", "qhj3", "qhj4", "qhj5")
