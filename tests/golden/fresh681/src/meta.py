# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # zg1 the Sirte-Jufra line (Al-Majalla)
 "jufra": ("district", "LY", 29.144, 16.044, "Al Jufra"),                               # K (midpoint of the Hun and Waddan rows)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row written أبوقرين)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 # zg2 the triangle (Al-Quds Al-Arabi)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                             # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # zg3 the southern corridor (France 24)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row written أغاديس)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # zg4 the southern arc of Tripoli (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G (row written القره بوللي)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # zg5 the oil crescent (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row written أجدابيا)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "zg1": ["المجلة", "قوة حماية طرابلس", "حكومة الوفاق", "عاصفة السلام", "الكتائب المصراتية", "دروب النصر",
         "الرئيس المصري", "عمر الوداني", "سرت شائعات", "الجيش الوطني الليبي"],
 "zg2": ["القدس العربي", "الحرب السودانية", "الدعم السريع", "الجيش السوداني", "كتيبة سبل السلام", "مصادر مصرية",
         "الجيش المصري", "تقارير سودانية", "محمد إدريس ديبي", "الباحث السوداني"],
 "zg3": ["الممر الجنوبي", "فرانس 24", "الفيلق الأفريقي", "فصائل تشادية", "السلطات المالية", "دعم مالي",
         "إدريس ديبي"],
 "zg4": ["الجريدة", "الجيش الوطني الليبي", "طوفان الكرامة", "عماد الطرابلسي", "اللواء 444 قتال", "الباحث اللبناني",
         "العاصمة الليبية"],
 "zg5": ["عمون", "الجيش الوطني الليبي", "البرق الخاطف", "سامي المفرقي", "الأردني", "حرس المنشآت النفطية",
         "باب الهلال"],
}

PHEN = {
 "zg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "zg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "zg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "countries"],
 "zg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_crossings", "coverage_bases",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zg1": [
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "reported", "Misrata forces", ["أبو قرين"], ["سرت"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["قاعدة الجفرة الجوية"], ["سوكنة"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["أبو قرين"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"]),
 ],
 "zg2": [
  mv("advance", "reported", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["السودان"]),
 ],
 "zg3": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("shipment", "planned", "Russian forces", ["براك"], ["أغاديز"], ["القطرون", "منفذ التوم"]),
  mv("deploy", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مالي"]),
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["تشاد"]),
 ],
 "zg4": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["بني وليد"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القرة بوللي"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["عين زارة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["طرابلس"]),
  mv("mobilise", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
 "zg5": [
  mv("advance", "reported", "Libyan National Army", ["اجدابيا"], ["راس لانوف", "ميناء السدرة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["بن جواد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء طبرق"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["راس لانوف"]),
  mv("redeploy", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["راس لانوف"]),
 ],
}

NOTES = {
 "zg1": "Explainer on the Sirte-Jufra line: the map sentence (Sirte, the three Jufra oases, the oil-crescent ports) has no "
        "movement; past moves of 2020: Wagner's withdrawal from the southern Tripoli fronts to Bani Walid and the airlift "
        "on to Jufra air base (Al-Watiya only 'taken', control without movement), the Misrata brigades' advance Abu "
        "Qurayn→Sirte (Sidi Barrani the speech venue, the quoted red line no move); today an LNA column Sabha→Jufra air "
        "base via Sokna, a planned GNA transfer Misrata→Abu Qurayn (Tripoli the seat of the staff), an analyst's "
        "conditional LNA push Jufra→Sirte (Al-Washka only in the condition) and a denied Russian pull-out from Gardabiya "
        "base ('سرت شائعات' = rumours spread; 'south of Sirte' a locator).",
 "zg2": "Explainer on the Libya-Egypt-Sudan triangle: the RSF's 2025 advance into the triangle, weekly RSF supply convoys "
        "Kufra→Al-Malha via Maaten al-Sarra (North Darfur only locates Al-Malha), a planned LNA company Kufra→Jebel "
        "Uweinat, a conditional Egyptian reinforcement Kharga→East Owainat (Argeen only in the condition, Cairo the "
        "speaker), and the LNA's denial that its units crossed Kufra→Sudan; the border with Sudan, eastern Libya, Chad "
        "and Darfur are background.",
 "zg3": "Explainer on Russia's 'southern corridor': the route description (Tobruk port, Al-Khadim, Brak, Idri's '120 km', "
        "Sabha, Qatrun, Toummo, Madama, Agadez) has no movement; a 2025 landing Tartus→Tobruk port, current Il-76 "
        "flights Al-Khadim→Brak air base, a planned 60-truck convoy Brak→Agadez via Qatrun and Toummo, a conditional LNA "
        "force Sabha→Qatrun (Murzuq district only locates Chadian factions), a denied airlift Brak air base→Mali ('دعم "
        "مالي' = financial support), and FACT's 2021 advance from southern Libya into Chad.",
 "zg4": "Explainer on Tripoli's 'southern arc' (Tajura, Ain Zara, Qasr bin Ghashir, the old airport, Janzour; Gharyan and "
        "Tarhuna behind it): the LNA's 2019 advance Gharyan→Qasr bin Ghashir and its 2020 withdrawal Tarhuna→Bani Walid, "
        "today Misrata reinforcements Misrata→Tajura via Garabulli, a planned GNA transfer Tarhuna→Ain Zara, Zintan's "
        "conditional move Zintan→Tripoli (Al-Aziziyah only the condition) and a denied Turkish massing at Al-Watiya; "
        "Lebanese Tripoli only the analyst's home town; Kuwait the dateline city and the country.",
 "zg5": "Explainer on the oil crescent (map sentence from Es Sider to Zueitina has no movement): the LNA's 2016 advance "
        "Ajdabiya→Ras Lanuf and Es Sider, a current LNA massing in Bin Jawad ('30 km west of Es Sider' a distance "
        "reference, Sirte only the source of threats), a planned marine landing Tobruk port→Brega port, a conditional "
        "LNA withdrawal from Ras Lanuf (analyst in Tunis) and a denied Wagner transfer Jufra air base→Ras Lanuf.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zg1", "zg2", "zg3", "zg4", "zg5")
