# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "eritrea": ("country", "ER", 15.18171, 38.08424, "Eritrea"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "senegal": ("country", "SN", 14.50881, -14.66620, "Senegal"),                          # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # qhm1 Qatrun and the Niger-Chad triangle (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tumu": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row أغاديس)
 # qhm2 Bani Walid (Al-Quds Al-Arabi)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_ly": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # qhm3 Niger: Agadez-Dirkou (Monte Carlo Doualiya)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "border_ne_ly": ("region", "NE", 22.9, 13.2, "Niger-Libya border (Niger side)"),       # K
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "lome_port": ("crossing", "TG", 6.137, 1.283, "Port of Lome"),                         # K
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام)
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qhm4 Kufra and the Sudanese border (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "tripoint_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "karb_altom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # qhm5 Lebanese migrants and the LNA in the east (Nidaa al-Watan)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, Cyrenaica)
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
}

TRAPS = {
 "qhm1": ["الشرق الأوسط", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "عملية درع الصحراء", "إدريس الهوني", "الهوني",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي", "سرت أنباء", "الليبية", "علي القطروني"],
 "qhm2": ["القدس العربي", "صيد الأفاعي", "عماد الطرابلسي", "الطرابلسي", "الليبية"],
 "qhm3": ["مونت كارلو الدولية", "الجيش النيجري", "الفيلق الأفريقي", "الروسية", "الجزائرية", "نيجرية",
          "الجيش الوطني الشعبي", "الليبية", "دعماً مالياً", "الاتحاد الأوروبي"],
 "qhm4": ["السوداني", "الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع", "إدريس عبد الجليل",
          "التشاديون"],
 "qhm5": ["نداء الوطن", "عمر الحمصي", "الجيش الوطني الليبي", "لبناني"],
}

PHEN = {
 "qhm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qhm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhm1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", "Libyan National Army", ["أم الأرانب"], ["سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
 ],
 "qhm2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونه"]),
  mv("shipment", "reported", "GNA forces", ["معسكر اليرموك"], ["بني وليد"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراته"], ["بني وليد"]),
  mv("naval_landing", "conditional", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("withdraw", "denied", "GNA forces", ["الشويرف"]),
 ],
 "qhm3": [
  mv("redeploy", "reported", None, ["أرليت"], ["ديركو"], ["أغاديز"]),
  mv("airlift", "reported", "Russian forces", ["مطار نيامي"], ["مطار ديركو"]),
  mv("withdraw", "conditional", "Russian forces", ["ديركو"]),
  mv("shipment", "planned", "Russian forces", ["ميناء لومي"], ["أغاديز"]),
  mv("deploy", "denied", "Algerian army", [], ["عين قزام"]),
 ],
 "qhm4": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["كرب التوم"]),
 ],
 "qhm5": [
  mv("redeploy", "reported", "Libyan National Army", ["إجدابيا"], ["جالو"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["كمبوت"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["أوجلة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل النافورة"]),
 ],
}

NOTES = {
 "qhm1": "LNA battalion Sabha→Qatrun via Murzuq (reported); a planned special-forces airlift Tamanhint base→Al Wigh base "
         "('90 km south of Qatrun' is a distance reference); a conditional advance from Qatrun to the Toummo crossing; a "
         "reported pull-back Umm al-Aranib→Sabha; a Chadian rebel council denies massing near Tajarhi (the border triangle "
         "only locates Tajarhi). Migrants' pick-ups Agadez→Qatrun→Sabha and convoys crossing the border with Niger are not "
         "force moves; Cairo is the dateline; 'سرت أنباء' (rumours spread) is not Sirte.",
 "qhm2": "Interior-ministry force Tripoli→Bani Walid via Tarhuna (reported); night-vision/ammunition trucks Yarmouk camp→"
         "Bani Walid (reported shipment); a Misrata company to join the force there (planned reinforce, 'هناك' = Bani "
         "Walid); coast guard marines Abu Sitta base→Zuwara port if boat departures continue (conditional landing); the "
         "anti-migration agency denies pulling patrols out of Al-Shwayrif. Freed migrants bused to Tripoli, smugglers' cars "
         "from Sabha, entries via Kufra, Tunisian/Algerian expulsions and the Tunis meeting are not force moves.",
 "qhm3": "Nigerien army battalion Arlit→Dirkou via Agadez (reported; actor null: the Nigerien army is not a canonical "
         "actor); a Russian Il-76 Niamey airport→Dirkou airport with Africa Corps men (reported airlift); the Russians "
         "will not leave Dirkou until the road to Madama is handed over (conditional withdraw; Madama only in the "
         "condition); armour for the Africa Corps Lomé port→Agadez (planned shipment); Algeria denies sending units to In "
         "Guezzam. Migrant convoys Agadez→Qatrun, Algerian deportation trucks to Assamaka are not force moves.",
 "qhm4": "LNA reinforcements Kufra→Jebel Uweinat (reported; '300 km south-east of the city' measures from Kufra); a "
         "planned airlift Benina base→Kufra airport; units at Maaten al-Sarra will advance to the border with Sudan only if "
         "fighting nears the triangle (conditional; the triangle is the condition); the RSF denies massing in Karb al-Tom. "
         "Refugee trucks North Darfur→Kufra via the triangle, aid convoys from Benghazi and job-seekers heading to Sarir "
         "and Ajdabiya are not force moves.",
 "qhm5": "LNA company Ajdabiya→Jalu (reported redeploy); a planned marine landing on the Kambut coast from Benghazi port; "
         "reinforcements to Awjila only if smugglers move their warehouses there (conditional, no origin written); a "
         "denied pull-out of the Nafoora field guards. Lebanese migrants' flights Beirut→Benghazi, transfers to Tobruk, "
         "boats from Kambut and the Tripoli (Lebanon) port are not force moves; Tripoli (Libya) is only the government "
         "seat.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhm1", "qhm2", "qhm3", "qhm4", "qhm5")
