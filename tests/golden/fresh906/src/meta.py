# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qhx1 match security in Misrata (Kooora)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 # qhx2 secondary-school exams in the Fezzan (Sayidaty)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qhx3 MC Alger in Benghazi (El Heddaf)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),  # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),        # G* (row برقة)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk_navbase": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),             # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 # qhx4 the Ghat festival (Zahrat Al Khaleej)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "DZ", 24.9, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 # qhx5 the Hun autumn festival (Al-Quds Al-Arabi)
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (point near Hun/Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
}

TRAPS = {
 "qhx1": ["الدوري الليبي", "كووورة", "عملية البنيان المرصوص", "المباريات الخمس", "أسامة الزليتني", "علي الطرابلسي",
          "لبناني"],
 "qhx2": ["سيدتي", "اللواء طارق بن زياد", "زينب الغاتي", "تشادية", "مريم إدريس"],
 "qhx3": ["مولودية الجزائر", "ملعب شهداء بنينا", "الهداف", "الأهلي بنغازي", "القيادة العامة للجيش الوطني الليبي", "الأهلي طرابلس",
          "مغربي", "الجزائري"],
 "qhx4": ["مهرجان غات الدولي للسياحة", "زهرة الخليج", "الجزائرية", "جمعية نساء أكاكوس للحرف التقليدية", "الغاتية",
          "الجيش الوطني الليبي", "ليبية", "الجيش الجزائري"],
 "qhx5": ["مهرجان هون الخريفي", "القدس العربي", "محمد إدريس", "زائرة سورية", "الناس هون", "الجيش الوطني الليبي",
          "الفيلق الإفريقي", "زلة مهنية"],
}

PHEN = {
 "qhx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli"],
 "qhx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qhx3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qhx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhx5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhx1": [
  mv("deploy", "reported", "Misrata forces", ["تاورغاء"], ["الدافنية"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء الخمس"], ["ميناء مصراتة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الدافنية"], ["الخمس", "زليتن"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["مطار مصراتة"]),
  mv("withdraw", "denied", "Misrata forces", ["أبوقرين"]),
 ],
 "qhx2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الفيل"], ["اوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
 ],
 "qhx3": [
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["بنغازي"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("deploy", "planned", "Libyan National Army", [], ["مطار بنينا"]),
  mv("deploy", "conditional", "Libyan National Army", ["بنغازي"], ["طبرق"]),
  mv("mobilise", "denied", "GNA forces", [], ["بويرات الحسون"]),
 ],
 "qhx4": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنط"], ["مطار غات"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "qhx5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["هون"]),
  mv("withdraw", "planned", "Libyan National Army", ["هون"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["ودان"]),
  mv("deploy", "conditional", "Libyan National Army", ["سوكنة"], ["الفقهاء"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "qhx1": "Sports page, match security in Misrata: the city's brigades Tawergha→Dafniya, naval units landed at Misrata "
         "port from Khoms port, a planned GNA military-police escort of fan buses Tripoli→Dafniya via Al-Khums and "
         "Zliten, a conditional airlift Mitiga→Misrata airport, and a denied pull-out from Abu Qurayn (Sirte only in "
         "'the front lines west of Sirte'). The Lebanese referee's trip Beirut→Istanbul→Misrata airport is civilian; "
         "Tripoli (Lebanon) is his home town; the players al-Zliteni and al-Trabelsi are traps.",
 "qhx2": "Women's page on secondary exams in the Fezzan: an LNA company Sabha→Murzuq, a planned oil-guard company El Feel "
         "field→Ubari (written اوباري), a conditional company Sabha→Al-Qatrun ('البلدة' = Al-Qatrun; Umm al-Aranib is "
         "only the condition), and a denied crossing of Chadian armed groups from the border with Niger towards "
         "Al-Qatrun. Schoolgirls coming from Idri to Brak are civilians; Murzuq municipality is the education office.",
 "qhx3": "Algerian sports daily: MC Alger (trap) flies Algiers airport→Benghazi (civilian team flight, not a movement); "
         "LNA reinforcements Al-Marj→Benghazi, marines landed at Benghazi port from Tobruk naval base, a planned "
         "military-police deployment at Benina airport, a conditional force Benghazi→Tobruk if CAF moves the match, and "
         "a denied GNA massing at Buwairat al-Hassoun (Sirte only a distance reference). Fans travelling via Tunisia and "
         "Ras Ajdir are civilians; Tripoli (LY) only the venue of an earlier match.",
 "qhx4": "Women's crafts at the Ghat festival: an LNA company Ubari→Ghat via Al-Awaynat, fuel-and-ammunition trucks "
         "Sabha→Ghat, a planned airlift Tamanhint base (written تمنهنط)→Ghat airport, a conditional massing at the "
         "Isayen crossing (visitors from Algeria only the condition), and an Algerian source's denial of an advance "
         "Djanet→the border with Libya (Algerian side). Artisans from Al-Awaynat, Ubari, Djanet and Algiers are "
         "civilians; Akakus, the Sharara field and Ghat municipality are only places.",
 "qhx5": "Youth volunteers at the Hun autumn festival: an LNA company Al-Jufra air base→Hun that is to return to the base "
         "on Sunday (planned withdraw, 'القاعدة' = the Jufra base), two patrols planned Hun→Waddan, a conditional unit "
         "Sokna→Al-Fuqaha (Hun in 'بدلاً من هون' only the alternative venue), and a denied Russian cargo shipment "
         "Hmeimim (Syria)→Al-Jufra air base. Folk troupes from Waddan, Zillah, Sokna and Sudan and the Syrian nurse's "
         "Aleppo are civilian context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhx1", "qhx2", "qhx3", "qhx4", "qhx5")
