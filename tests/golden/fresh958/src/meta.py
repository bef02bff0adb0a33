# Place rows: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (found with grep -F in
# /work/main/data/gazetteer.csv); K = own knowledge / representative point (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label, kind or spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G (row مطار مصراتة)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 # qjx1 Sudanile (Port Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "nyala_airport": ("airport", "SD", 12.0531, 24.9561, "Nyala Airport"),                 # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "wadi_seidna": ("base", "SD", 15.81670, 32.51530, "Wadi Seidna Air Base"),             # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "elobeid": ("city", "SD", 13.18421, 30.21669, "El Obeid"),                             # G* (row name_ar الأبي)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G* (row spelled الدبه)
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "triangle_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 # qjx2 Al-Thawra (Damascus)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "tartus_port": ("crossing", "SY", 34.8990, 35.8730, "Port of Tartus"),                 # K
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "qamishli_airport": ("airport", "SY", 37.0206, 41.1914, "Qamishli Airport"),           # K
 # qjx3 Mobtada (Cairo)
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),    # G* (row إقليم طرابلس)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kayseri_base": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),        # G* (row قاعدة إركيليت الجوية, kind airport)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mersin_port": ("crossing", "TR", 36.7950, 34.6400, "Port of Mersin"),                 # K
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 # qjx4 Sharjah 24 (Tripoli)
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "salahaddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان)
 # qjx5 Assahra Al-Maghribia (Rabat)
 "sahel": ("region", "ML", 15.0, 0.0, "African Sahel"),                                 # K
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات, alt name الرباط)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row spelled أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "border_ne_ly": ("region", "NE", 22.3, 14.0, "Niger-Libya border (Nigerien side)"),    # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),              # G* (row أغاديس, alt name إقليم أغاديس)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row spelled نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                       # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
}

TRAPS = {
 "qjx1": ["سودانايل", "الدعم السريع", "الجيش الوطني", "سبل السلام", "إدريس الفضيل", "عثمان الدنقلاوي",
          "البيت الأبيض", "الليبي", "التشادية", "السوداني", "سودانية"],
 "qjx2": ["الثورة", "روسياً", "الفيلق الإفريقي", "الروسي", "السورية", "مازن الطرطوسي", "فاغنر", "شمالي", "روسيا اليوم"],
 "qjx3": ["مبتدا", "ليبي", "التركية", "التركي", "سرت شائعات", "سوريين", "بركان الغضب", "مصريون", "الليبية"],
 "qjx4": ["الشارقة 24", "الليبية", "جهاز الردع", "قوة حماية طرابلس", "اللواء 444 قتال", "القوة المشتركة",
          "المصراتية", "الخطوط الجوية الليبية"],
 "qjx5": ["نيجرية", "الصحراء المغربية", "الفيلق الإفريقي", "النيجري", "نيجري", "الزوار", "التشادي", "الليبية",
          "تحالف دول الساحل", "عبد الرحيم الفاسي"],
}

PHEN = {
 "qjx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qjx2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjx3": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "town_vs_district"],
 "qjx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjx1": [
  mv("airlift", "reported", "Sudanese armed groups", ["مطار الكفرة"], ["مطار نيالا"], ["أم جرس"]),
  mv("airlift", "reported", "Sudanese army", ["قاعدة وادي سيدنا الجوية"], ["الأبيض"]),
  mv("deploy", "planned", "Sudanese army", ["بورتسودان"], ["دنقلا"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["المثلث الحدودي"]),
 ],
 "qjx2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Russian forces", ["الخادم"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["حميميم"], ["قاعدة القرضابية"]),
  mv("naval_landing", "planned", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["حميميم"], ["ليبيا"]),
  mv("airlift", "denied", "Russian forces", ["مطار القامشلي"], ["بنغازي"]),
 ],
 "qjx3": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة قيصري الجوية"], ["قاعدة الوطية"], ["كريت"]),
  mv("redeploy", "reported", "Turkish armed forces", ["الوطية"], ["مطار مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
 ],
 "qjx4": [
  mv("withdraw", "reported", "GNA forces", ["مطار معيتيقة"], ["سوق الجمعة"]),
  mv("deploy", "reported", "GNA forces", ["صلاح الدين"], ["مطار معيتيقة"]),
  mv("airlift", "planned", "Misrata forces", ["مطار مصراته"], ["مطار معيتيقة"]),
  mv("reinforce", "conditional", "GNA forces", ["الزاوية", "جنزور"], ["تاجوراء"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["مطار طرابلس الدولي"]),
 ],
 "qjx5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["مطار نيامي"]),
  mv("deploy", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("advance", "conditional", "Nigerien army", ["ماداما"], ["الحدود مع ليبيا"]),
  mv("shipment", "reported", None, ["إسطنبول"], ["نيامي"]),
  mv("airlift", "planned", "Chadian army", ["انجامينا"], ["فايا لارجو"]),
  mv("mobilise", "denied", "Chadian army", [], ["زوار"]),
 ],
}

NOTES = {
 "qjx1": "Sudanese site (Port Sudan dateline): tracked Il-76 cargo flights for the RSF from Kufra airport to Nyala "
         "airport via a stop in Amdjarass (Chad), a Sudanese-army airlift of a special-forces battalion Wadi Seidna "
         "air base→El Obeid, a planned move of two air-defence systems Port Sudan→Dongola, a conditional advance "
         "Ed Debba (spelled الدبة)→the border with Libya (Karb al-Tom only the condition) and the LNA's denial of "
         "massing in the border triangle; El Fasher, Darfur, Kordofan, Omdurman, Abu Dhabi and Sudan are "
         "background; traps: the White House (البيت الأبيض, El Obeid inside), an analyst named الدنقلاوي, a commander "
         "named Idris, the RSF and Subul al-Salam.",
 "qjx2": "Syrian state daily (Damascus): a Russian Il-76/An-124 air bridge Hmeimim→Al-Khadim (Latakia the source, "
         "Benghazi a distance reference), Africa Corps trucking cargo Al-Khadim→Brak air base via Al-Jufra base, a "
         "planned transfer of helicopters Hmeimim→Gardabya, a planned landing ship Tartus port→Tobruk port, a "
         "conditional departure of the remaining crews Hmeimim→Libya and a denied airlift Qamishli airport→Benghazi; "
         "Tripoli in Lebanon (a news site) and Tripoli in Libya (the government), Sharara and Es Sider (Wagner's old "
         "guard duties) and the Sahel countries are background; traps: «روسيا اليوم», the adjective روسياً, an "
         "analyst named الطرطوسي.",
 "qjx3": "Egyptian news site (Cairo): nine Turkish A400M flights Kayseri air base→Al-Watiya via Crete (Tripoli a "
         "distance reference), Hisar batteries moved Al-Watiya→Misrata airport, a planned Turkish landing ship "
         "Mersin port→Khoms port, a conditional Turkish withdrawal from Al-Watiya and a denied airlift of Syrian "
         "fighters Gaziantep airport→Mitiga airport; rumours 'spread' (سرت شائعات) in Tripoli vs the Sirte–Jufra "
         "red line; Egypt inside Misrata and مصريون; Ankara as speaker and signatory.",
 "qjx4": "UAE news site (Tripoli dateline): Mitiga airport reopened after three days; Radaa units pulled back from "
         "the airport to Souq al-Jumaa, a 444 Brigade force from Salah al-Din deployed to secure it, a planned "
         "airlift of a Misratan Joint Force company Misrata airport (spelled مصراته)→Mitiga, a conditional "
         "reinforcement Zawiya/Janzour→Tajoura (Tajoura municipality only where groups sit) and a denied Zintani "
         "column to Tripoli International Airport; diverted civil flights (Misrata airport) and resumed routes to "
         "Tunis, Istanbul and Amman (spelled عمّان, not Oman) are not movements.",
 "qjx5": "Moroccan daily (Rabat dateline) on Sahel air bridges: Russian Il-76s Brak air base→Niamey airport (Idri, "
         "Wadi al-Shati and Sharara only where residents heard them), a Nigerien armoured battalion Agadez (spelled "
         "أغاديز)→Madama base via Dirkou, a conditional advance Madama→the border with Libya (Toummo only the "
         "condition), a Turkish drone shipment Istanbul→Niamey on a chartered civil plane (actor null), a planned "
         "Chadian airlift N'Djamena (spelled انجامينا)→Faya-Largeau, and a denied Chadian massing in Zouar (also "
         "inside الزوار 'visitors'); Algeria closing its airspace to Mali (Tinzaouaten) is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjx1", "qjx2", "qjx3", "qjx4", "qjx5")
