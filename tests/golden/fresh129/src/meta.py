# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # capitals and datelines
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "lyon": ("city", "FR", 45.76400, 4.83570, "Lyon"),                                      # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G* (row خرطوم)
 # Libya: the Russian bases and their towns
 "jufra": ("district", "LY", 29.14000, 16.04000, "Al Jufra"),                            # K (area point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "tamanhint_town": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                      # G* (base row)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "kufra_apt": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                       # K
 # Libya: regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                       # G* (row برقة)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 # Niger, Mali, the Sahel
 "niamey_apt": ("airport", "NE", 13.48150, 2.18360, "Diori Hamani International Airport"),  # K
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "sahel": ("region", "ML", 15.00000, 2.00000, "Sahel"),                                  # K
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                    # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                        # G (row تينزاواتين)
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                       # G* (row جاو)
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                           # G
 "n_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                        # G
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border"),            # G* (row الحدود المالية الجزائرية)
 # Algeria
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                        # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "tamanrasset_w": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),         # G* (row تامنغست)
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                           # G* (row إن قزام)
 "inguezzam_crossing": ("crossing", "DZ", 19.57361, 5.76806, "In Guezzam border crossing"),  # G* (town row)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border"),            # G* (row الحدود الجزائرية المالية)
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "nyala_apt": ("airport", "SD", 12.05350, 24.95620, "Nyala Airport"),                    # K
 "s_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                     # G (row جنوب دارفور)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "triangle": ("region", "SD", 21.80000, 25.20000, "Libya-Egypt-Sudan border triangle (Sudanese side)"),  # K
 # Russia
 "baltiysk": ("city", "RU", 54.65400, 19.91400, "Baltiysk"),                             # K
}

RF, WG, LNA, DZA = "Russian forces", "Wagner Group", "Libyan National Army", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ea1": ["روسيا اليوم", "الفيلق الأفريقي", "محمد البراكي", "دعم مالي", "الروسية", "الروسي"],
 "ea2": ["الميادين نت", "غرفة عمليات سرت الجفرة", "اللواء طارق بن زياد", "الفيلق الأفريقي", "مصادر ليبية",
         "مصدر عسكري ليبي", "الروسية", "السوريون", "السورية"],
 "ea3": ["سودان تريبيون", "قوات الدعم السريع", "محمد إدريس ديبي", "لا أدري", "الجيش السوداني",
         "القيادة العامة للجيش الوطني الليبي", "السودانية", "الروسية", "التشادي"],
 "ea4": ["يورونيوز", "الفيلق الأفريقي", "جلال الطرابلسي", "سرت أنباء", "الروسية", "الفرنسية"],
 "ea5": ["الشروق", "الفيلق الأفريقي", "جبهة تحرير أزواد", "رتل مالي-روسي", "مسيّرة مالية", "الجيش المالي",
         "مصدر عسكري جزائري", "السفارة الروسية", "الليبية"],
}

PHEN = {
 "ea1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "ea2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ea3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "ea4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ea5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "ea1": [
  mv("withdraw", "denied", RF, origins=["قاعدة براك الجوية"]),
  mv("airlift", "reported", RF, origins=["قاعدة الجفرة الجوية"], destinations=["مطار نيامي"]),
  mv("naval_landing", "reported", RF, origins=["بالتييسك"], destinations=["ميناء طبرق"]),
  mv("shipment", "reported", RF, origins=["ميناء طبرق"], destinations=["قاعدة الخادم"]),
  mv("redeploy", "planned", RF, origins=["الخادم"], destinations=["قاعدة تمنهنت"]),
  mv("reinforce", "conditional", RF, destinations=["مالي"]),
 ],
 "ea2": [
  mv("redeploy", "reported", RF, origins=["قاعدة الخادم"], destinations=["قاعدة الجفرة"], via=["أجدابيا", "مرادة"]),
  mv("redeploy", "reported", RF, origins=["سوريا"], destinations=["شرق ليبيا"]),
  mv("deploy", "planned", RF, destinations=["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", RF, origins=["الجفرة"]),
  mv("mobilise", "denied", LNA, destinations=["حقل الشرارة"]),
 ],
 "ea3": [
  mv("airlift", "reported", WG, origins=["قاعدة الخادم"], destinations=["مطار نيالا"], via=["مطار الكفرة"]),
  mv("deploy", "denied", WG, origins=["الجفرة"], destinations=["الفاشر"]),
  mv("naval_landing", "planned", RF, destinations=["بورتسودان"]),
  mv("reinforce", "conditional", None, destinations=["المثلث الحدودي"]),
 ],
 "ea4": [
  mv("mobilise", "reported", RF, destinations=["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", WG, destinations=["حقل الشرارة"]),
  mv("shipment", "reported", RF, origins=["قاعدة الجفرة"], destinations=["قاعدة براك الجوية"]),
  mv("deploy", "planned", RF, origins=["قاعدة تمنهنت الجوية"], destinations=["قاعدة ماداما"], via=["منفذ التوم"]),
  mv("airlift", "conditional", RF, origins=["تمنهنت"], destinations=["أغاديس"]),
  mv("advance", "denied", RF, origins=["براك"], destinations=["إدري"]),
  mv("withdraw", "reported", None, origins=["النيجر"]),
 ],
 "ea5": [
  mv("reinforce", "reported", DZA, origins=["تمنراست"], destinations=["برج باجي مختار", "عين قزام"]),
  mv("advance", "reported", RF, origins=["كيدال"], destinations=["تين زواتين"]),
  mv("airlift", "denied", RF, origins=["قاعدة تمنهنت"], destinations=["غاو"]),
  mv("deploy", "planned", RF, destinations=["تساليت"]),
  mv("reinforce", "conditional", DZA, origins=["ورقلة"], destinations=["الحدود مع مالي"]),
 ],
}

NOTES = {
 "ea1": "RT Arabic style, Moscow: a denied Africa Corps pull-out from Brak air base, an Il-76 airlift Jufra air base"
        "→Niamey airport, a landing ship Baltiysk→Tobruk port and its vehicles on to Al Khadim, a planned Pantsir move"
        " Al Khadim→Tamanhint base and a conditional reinforcement of Mali; traps: the outlet's name containing"
        " «روسيا», «دعم مالي», a person named «البراكي»; spelling «تمنهنط».",
 "ea2": "Al Mayadeen style, Beirut: an Africa Corps column Al Khadim base→Jufra base via Ajdabiya and Marada, the"
        " Syria→eastern Libya transfer, a planned team for Maaten al-Sarra near the Chad border, a conditional"
        " pull-out from Jufra and the LNA's denied build-up at the Sharara field; «طرابلس الغرب» and the operations"
        " room named after Sirte and Jufra.",
 "ea3": "Sudan Tribune style, Port Sudan: a Wagner airlift Al Khadim base→Nyala airport via Kufra airport, a denied"
        " Wagner deployment Jufra→El Fasher, a planned Russian frigate landing at Port Sudan and the Sudanese"
        " army's conditional reinforcement of the border triangle; Idri traps «محمد إدريس ديبي» and «لا أدري»"
        " with no gold Idri.",
 "ea4": "Euronews Arabic style, Lyon: satellite images of an Africa Corps build-up at Tamanhint air base, Wagner's"
        " 2020 deployment at Sharara (flashback), a convoy Jufra base→Brak air base, a planned move via the Toummo"
        " crossing to Madama, a conditional airlift Tamanhint→Agadez, a denied advance Brak→Idri and France's 2023"
        " withdrawal from Niger; «وسرت أنباء», «جلال الطرابلسي», Algeria vs Algiers.",
 "ea5": "Al-Shorouk style, Algiers: an Algerian reinforcement Tamanrasset→Bordj Badji Mokhtar/In Guezzam, a"
        " Malian-Russian advance Kidal→Tinzaouaten, a denied Africa Corps airlift Tamanhint base→Gao, a planned"
        " company for Tessalit and a conditional Algerian move Ouargla→the Mali border; «الجزائر» as dateline and"
        " embassy city vs the country, «رتل مالي-روسي», the wilaya vs the town of Tamanrasset.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ea1", "ea2", "ea3", "ea4", "ea5")
