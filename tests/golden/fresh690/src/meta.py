# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared Fezzan places
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (جنوب ليبيا) / G* (الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # zp1 Qatrun and Tummo (Al-Quds Al-Arabi)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # zp2 Tibesti seen from N'Djamena (France 24)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا; spelling انجمينا in its names)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 # zp3 the Russian corridor and the Niger border (Monte Carlo Doualiya)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "novorossiysk": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G (row ماداما, written قاعدة ماداما)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # zp4 Sudanese fighters leave the south (Al-Sudani)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G* (row تيني)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # zp5 Tummo, In Guezzam and Benghazi port (Al-Jarida)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "zp1": ["القدس العربي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش التشادي", "اللواء طارق بن زياد",
         "فرج الطرابلسي", "كتيبة شهداء أم الأرانب", "إدريس ديبي"],
 "zp2": ["فرانس 24", "الجيش التشادي", "جبهة التناوب والوفاق في تشاد", "محمد إدريس ديبي", "مالي", "تشادية",
         "إدريس ديبي إتنو"],
 "zp3": ["مونت كارلو الدولية", "الفيلق الإفريقي", "الروسي", "قوة حماية الجنوب", "النيجرية", "عماد الطرابلسي"],
 "zp4": ["السوداني", "الدارفورية", "كتيبة سبل السلام", "الجيش الوطني الليبي", "الجديد", "قوات الدعم السريع"],
 "zp5": ["الجريدة", "الجيش الوطني الليبي", "موسى القطروني", "جزائرية", "إيطالية"],
}

PHEN = {
 "zp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "zp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "zp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zp4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zp1": [
  mv("advance", "reported", "Chadian armed groups", ["كوري بوغودي"], ["القطرون"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["تجرهي"]),
  mv("advance", "conditional", "Libyan National Army", ["أم الأرانب"], ["القطرون"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"]),
 ],
 "zp2": [
  mv("advance", "reported", "Chadian armed groups", ["تمسة"], ["تيبستي"], ["الواو الكبير"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تيبستي"], ["جنوب ليبيا"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار الكفرة"]),
 ],
 "zp3": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["قاعدة طبرق البحرية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["نيامي"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الويغ"], ["الحدود مع النيجر", "منفذ التوم"]),
  mv("mobilise", "conditional", "GNA forces", [], ["مرزوق"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة ماداما"]),
 ],
 "zp4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["أم الأرانب", "مرزق"], ["شمال دارفور"],
     ["المثلث الحدودي مع تشاد والسودان"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["القطرون"], ["الطينة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["الفاشر"]),
 ],
 "zp5": [
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار الويغ"]),
  mv("reinforce", "planned", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "zp1": "Al-Quds Al-Arabi from Tripoli (dateline only): CCMSR fighters cross from Kouri Bougoudi to the outskirts of Al "
        "Qatrun (Tibesti only locates Kouri Bougoudi; 'the border strip' is not annotated); an LNA column "
        "Sabha→Tummo crossing via Murzuq (Niger only locates the crossing; '30 km from the crossing' adds no place); a "
        "planned company Al Wigh base→Tajarhi (the Libya-Chad border is only the purpose); the Tebu battalion's "
        "conditional advance Umm al-Aranib→Al Qatrun (Umm al-Aranib also inside the battalion's name, a trap; Murzuq "
        "district only the notables' seat); a denied pull-out from the El Feel field (Benghazi = the source's city).",
 "zp2": "France 24 from N'Djamena: FACT column Tmassah→Tibesti via Wau al-Kabir, stationed '150 km north of Zouar' "
        "(Zouar and Fezzan only locators); FACT's conditional pull-back Tibesti→southern Libya if N'Djamena accepts a "
        "ceasefire (N'Djamena only in the condition); the LNA denies massing forces at Maaten al-Sarra; a planned LNA "
        "airlift Tamanhint base→Kufra airport (the border with Chad only the purpose); Murzuq and Tibesti in the last "
        "sentence are background.",
 "zp3": "Monte Carlo Doualiya from Paris: Russian landing ships unload Africa Corps troops and armour at Tobruk naval "
        "base from Novorossiysk port; a planned Russian airlift Al Jufra air base→Niamey (Moscow only the supporter); "
        "LNA patrols Al Wigh base→the border with Niger, vanguards at Tummo; the Tebu Southern Protection Force "
        "(GNA-aligned) would mobilise inside Murzuq (spelt مرزوق) if foreign forces approach; the LNA denies Russians "
        "moved Brak air base→Madama base; Tunis hosts a neighbours' meeting (no movement).",
 "zp4": "Al-Sudani from Port Sudan: Darfuri armed groups leave Umm al-Aranib and Murzuq for North Darfur via the "
        "Libya-Chad-Sudan triangle; the remaining fighters in Al Qatrun plan to move to Tine (the Chad-Sudan border only "
        "locates Tine); Subul al-Salam (LNA) reinforces Kufra→Maaten al-Sarra base; a conditional LNA advance to the "
        "border with Sudan; the LNA denies weapon and fuel convoys Kufra→El Fasher (Port Sudan = the accuser's seat).",
 "zp5": "Al-Jarida from Cairo: LNA patrols Al Qatrun→Tummo crossing (Niger only a locator); a fuel-and-ammunition "
        "convoy Sabha→Al Qatrun; a conditional airlift Al Jufra air base→Al Wigh airport; the Algerian army's planned "
        "reinforcements Tamanrasset→In Guezzam (Algiers = the ministry's city, Niger a locator); the LNA denies a "
        "Russian landing at Benghazi port; Sharara field, Algeria, Libya, Niger, Chad only background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zp1", "zp2", "zp3", "zp4", "zp5")
