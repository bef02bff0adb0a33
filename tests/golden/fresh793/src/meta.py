# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (row هون: README point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qdo1 al-Jufra and Brak (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row هون)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 # qdo2 al-Watiya, Misrata port and Mitiga (Sada El Balad)
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "west_ly": ("region", "LY", 31.80, 12.80, "Western Libya"),                            # K
 # qdo3 Tartus, Tobruk, Qardabiya and the two Tripolis (Al-Joumhouria)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row طرطوس)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.975, "Port of Tobruk"),                   # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G (gazetteer kind oilfield)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "syrian_coast": ("region", "SY", 35.20, 35.95, "Syrian coast"),                        # K
 # qdo4 Misrata air base, Khoms port and the Sirte front (Al-Madina)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "misrata_ab": ("base", "LY", 32.32556, 15.05972, "Misrata Air Base (Air Academy)"),    # G* (row مطار مصراتة, kind airport)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_dist": ("district", "LY", 30.96677, 15.11836, "Misrata district"),            # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 # qdo5 Brak, Al Wigh and the Sahel (Alyaoum24)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
}

TRAPS = {
 "qdo1": ["القدس العربي", "الفيلق الأفريقي", "روسياً", "إدريس البراكي", "الروسية"],
 "qdo2": ["صدى البلد", "وكالة الأناضول", "عماد الطرابلسي", "التركية", "الليبية"],
 "qdo3": ["الجمهورية", "فادي الحمصي", "الجيش اللبناني", "الشاطئ الشمالي", "الليبي", "الروسية"],
 "qdo4": ["المدينة", "عبد السلام المصراتي", "مصراتية", "التركية", "التركي"],
 "qdo5": ["اليوم 24", "الفيلق الأفريقي", "محمد الإدريسي", "المالي", "المغربي", "الليبية"],
}

PHEN = {
 "qdo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qdo2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qdo3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
 "qdo4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdo5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdo1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الشاطئ الجوية"], ["سوكنة"]),
  mv("deploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة براك"]),
  mv("mobilise", "denied", "Russian forces", [], ["مطار سبها", "حقل الشرارة"]),
 ],
 "qdo2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة معيتيقة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["الوطية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مطار معيتيقة"]),
 ],
 "qdo3": [
  mv("shipment", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة القرضابية"], ["اجدابيا", "راس لانوف"]),
  mv("shipment", "denied", "Russian forces", [], ["مرفأ طرابلس"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة حميميم"], ["القرضابية"]),
  mv("withdraw", "conditional", "Russian forces", ["حميميم"]),
 ],
 "qdo4": [
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة مصراتة الجوية"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["ابوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("shipment", "planned", "Turkish armed forces", ["ميناء الخمس"], ["مصراتة"]),
  mv("advance", "denied", "Turkish armed forces", [], ["سرت"]),
 ],
 "qdo5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الشاطئ"], ["باماكو"]),
  mv("redeploy", "reported", "Russian forces", ["براك"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Russian forces", [], ["قاعدة الويغ"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة الويغ"], ["النيجر"], ["منفذ التوم"]),
  mv("deploy", "denied", "Russian forces", [], ["إدري"]),
  mv("reinforce", "conditional", "Russian forces", ["مالي"], ["ليبيا"]),
 ],
}

NOTES = {
 "qdo1": "Satellite images: Il-76s Hmeimim base→al-Jufra air base (Latakia only locates Hmeimim); a 40-truck column "
         "leaves 'the base' (= al-Jufra air base) via Sokna for the Brak al-Shati air base ('70 km north of Sabha' is a "
         "distance reference); a planned engineer team al-Jufra→Qardabiya base (Sirte only locates the base); a "
         "conditional Russian pull-out from Brak base; the Russian embassy in Tripoli denies a massing of 200 Russians "
         "at Sabha airport and the Sharara field. Hun/Waddan residents, London, Moscow (speaker), Syria, Mali, Niger "
         "and the south are not movement places; Idris al-Buraki (person) holds both Idri and Brak strings.",
 "qdo2": "Turkish A400Ms Erkilet air base (Kayseri only locates it)→al-Watiya base; a Turkish landing ship from Mersin "
         "landed marines and Kirpi armour at Misrata port; a planned special-forces unit al-Watiya→Mitiga base; a "
         "conditional pull-out from al-Watiya ('فور أن تطلب'); the denied transfer of Syrian fighters northern "
         "Syria→Mitiga airport. Cairo (dateline and observer), Ankara (briefing venue), Tripoli (locator), the "
         "Sirte–Jufra line and western Libya are not movement places; Imad al-Trabelsi is a person trap.",
 "qdo3": "A Russian MoD cargo ship Tartus port→Tobruk port (passing 30 nm off Tripoli in north Lebanon: a distance "
         "reference, not a via); a Russian convoy with Pantsir/radars Tobruk→Qardabiya base via Ajdabiya and Ras Lanuf; "
         "a Lebanese denial that a Russian warship unloaded weapons at Tripoli (Lebanon) port; planned helicopters "
         "Hmeimim→Qardabiya; a conditional full pull-out from Hmeimim if talks with Damascus fail (Damascus only the "
         "condition). Beirut, Tripoli (Libya, diplomats' city), Syria and the Syrian coast are not movement places.",
 "qdo4": "Satellite images: Turkish Akinci drones and ground crews al-Watiya base→Misrata air base (the border with "
         "Tunisia only locates al-Watiya); Misrata reinforcements Misrata→Abu Qurayn ('110 km south of the city') and "
         "their conditional advance towards Sirte (no origin written); a planned Turkish navy landing of marines and a "
         "Hisar battery at Khoms port, the battery then on to Misrata; Ankara denies 300 soldiers advancing on the Sirte "
         "fronts. The Air College in Misrata, the Misrata district, Jeddah, Riyadh, Cairo, Abu Dhabi and central Libya "
         "are not movement places.",
 "qdo5": "Il-76s Brak al-Shati base→Bamako; two Mi-8s Brak→al-Wigh base near the border with Niger and 40 Russian "
         "vehicles massed there; a planned Africa Corps supply convoy from 'the same base' (= al-Wigh) to Niger via the "
         "Toummo crossing; the LNA denies Russians deployed in Idri ('west of Brak' a distance reference); an analyst's "
         "conditional reinforcement of Libya from Mali if security around Bamako worsens (Bamako only the condition). "
         "Algeria's airspace closure is no force movement; Algiers, Rabat, Morocco and Bouznika are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdo1", "qdo2", "qdo3", "qdo4", "qdo5")
