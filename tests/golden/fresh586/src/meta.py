# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),               # G* (row الطيوري, kind town)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                   # G* (row القرضة, kind town)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                    # G* (row حجارة, kind town)
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),             # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 # Fezzan around Sabha
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # the north and the routes south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.210, 16.575, "Port of Sirte"),                     # K
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: point at Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G* (row قاعدة الخادم)
 # capitals and places abroad
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.443, 35.842, "Bab al-Tabbaneh (Tripoli, Lebanon)"),  # K
 "jabalmohsen": ("district", "LB", 34.447, 35.850, "Jabal Mohsen (Tripoli, Lebanon)"),  # K
}

TRAPS = {
 "vp1": ["القدس العربي", "الجيش الوطني الليبي", "إدريس السبهاوي", "الحجارة"],
 "vp2": ["طارق بن زياد", "الجريدة", "ليبيا الأحرار", "التشادية"],
 "vp3": ["الأيام", "الجيش الوطني الليبي", "الاتفاق الجديد", "ليبيا الحدث", "عماد الطرابلسي", "الجزائرية"],
 "vp4": ["الجيش الليبي", "الوفد", "المصرية", "الليبية", "سودانيين", "الجيش المصري"],
 "vp5": ["نداء الوطن", "الجيش الوطني الليبي", "محمد الإدريسي", "تشاديين"],
}

PHEN = {
 "vp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "vp2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "vp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "vp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "vp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vp1": [
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["قلعة سبها"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["المنشية"]),
  mv("withdraw", "denied", "Libyan National Army", ["الطيوري"]),
  mv("withdraw", "conditional", None, ["المنشية"]),
 ],
 "vp2": [
  mv("advance", "reported", "Libyan National Army", ["أوباري"], ["القرضة"], ["جرمة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["القرضة"], ["أوباري"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "planned", "Libyan National Army", ["سرت"], ["سبها"], ["الجفرة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حجارة"]),
 ],
 "vp3": [
  mv("deploy", "denied", "GNA forces", ["مصراتة"], ["سبها"], ["الشويرف"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار سبها"]),
  mv("withdraw", "planned", None, ["المنشية", "الطيوري"]),
  mv("advance", "conditional", "Libyan National Army", ["قلعة سبها"], ["المنشية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
 ],
 "vp4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["قلعة سبها"], ["القرضة"]),
  mv("shipment", "conditional", "Libyan National Army", ["قاعدة تمنهنط"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["القرضة"], ["الكفرة", "الحدود مع السودان"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة تمنهنط"]),
 ],
 "vp5": [
  mv("deploy", "reported", "Libyan National Army", ["براك الشاطئ"], ["الطيوري"]),
  mv("mobilise", "reported", None, [], ["حجارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["قلعة سبها"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الخادم الجوية"], ["مطار سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["القرضة"]),
 ],
}

NOTES = {
 "vp1": "Sabha quarters: LNA 128th Brigade reinforcement Brak→Sabha castle, an ammunition/fuel convoy out of "
        "Tamanhint air base (destination not written), a planned company for Al-Manshiya, a denied LNA pull-out "
        "from Al-Tayouri and the local gunmen's conditional exit from Al-Manshiya (actor null); Al-Qurda is only the "
        "venue of the elders' meeting, Tripoli only the seat of the government, the airport road is not a place name.",
 "vp2": "Tariq bin Ziyad units Ubari→Al-Qurda via Germa, a conditional return Al-Qurda→Ubari ('بمجرد'), a planned "
        "landing Benghazi port→Sirte port chained to a planned overland reinforcement Sirte→Sabha via Al-Jufra, and "
        "a denied massing of Chadian opposition fighters in Hajara; Toummo/the Niger border only a closure, Tunis "
        "only the 2020 dialogue venue.",
 "vp3": "GNU denial of a column Misrata→Sabha via Ash-Shwayrif, LNA reinforcements Brak air base→around Sabha "
        "airport, the truce's planned exit of armed groups from Al-Manshiya and Al-Tayouri (actor null), the 116th "
        "battalion's conditional move Sabha castle→Al-Manshiya, and a reported landing Benghazi port→Ras Lanuf port "
        "with no stated final destination; Bani Walid only the mediators' origin, Algeria/Tunisia only welcome the truce.",
 "vp4": "Egyptian angle: an Il-76 airlift Al-Jufra air base→Sabha airport, a planned battalion move Sabha castle→"
        "Al-Qurda, a conditional ammunition shipment from Tamanhint base, Sudanese gunmen's reported pull-out "
        "Al-Qurda→Kufra and the border with Sudan, and Egypt's denied deployment to Tamanhint; workers returning via "
        "the Sallum land port are civilians, not a movement; the headline Jufra repeats the airlift.",
 "vp5": "Lebanese angle: LNA 128th Brigade Brak al-Shati→Al-Tayouri, gunmen massing in Hajara (actor null), a "
        "planned company Sharara field→Sabha castle (Ubari only a locator), a conditional airlift Al-Khadim air base→"
        "Sabha airport, and a denied Chadian entry Umm al-Aranib→Al-Qurda (the border with Chad only locates the "
        "opposition); Tripoli (Lebanon), Bab al-Tabbaneh and Jabal Mohsen are comparisons, 'طرابلس الغرب' the Libyan capital.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vp1", "vp2", "vp3", "vp4", "vp5")
