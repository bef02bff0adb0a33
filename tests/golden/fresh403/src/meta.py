# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                 # G
 # cities outside Libya
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                                # G
 "idlib": ("city", "SY", 35.93062, 36.63393, "Idlib"),                                      # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                                # G
 # Benghazi and the Green Mountain
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "benina_town": ("town", "LY", 32.09680, 20.26950, "Benina"),                               # G* (base row)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                   # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                     # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G* (bare name)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                # G
 "abraq_town": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                              # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                   # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                  # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),                # G* (district row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 # east and south-east
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                      # G* (row قاعدة طبرق البحرية)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),          # G* (town row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),     # G* (الحدود الليبية المصرية)
 "sallum_crossing": ("crossing", "EG", 31.585, 25.105, "Sallum land port"),                 # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),     # G* (الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),      # G* (الحدود الليبية التشادية)
 "uweinat_jebel": ("region", "LY", 21.906, 24.970, "Jebel Uweinat"),                        # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (مثلث العوينات)
 # centre and Fezzan
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                       # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G
 "tamanhint_town": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                         # G* (base row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),     # G* (الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),    # G* (الحدود الليبية الجزائرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 # west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Syria
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                        # G
}

LNA, RU, SYR, EGA = "Libyan National Army", "Russian forces", "Syrian mercenaries", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "oo1": ["ليبية", "اللواء طارق بن زياد", "درع الجنوب", "الإدريسي", "المصرية", "مصري"],
 "oo2": ["الفيلق الأفريقي", "ضغط على الخادم", "المالية", "الروسية", "الجيش الوطني الليبي", "بلومبرغ", "رويترز", "سبوتنيك"],
 "oo3": ["الجيش الليبي", "كتيبة سبل السلام", "قوات الدعم السريع", "المصري", "المصرية",
         "الليبية", "السوداني"],
 "oo4": ["الطرابلسي", "ليبيا الحدث", "التشادية", "المغربية", "اللجنة العسكرية المشتركة 5+5"],
 "oo5": ["سورياً", "الجيش الوطني السوري", "مالية", "السورية", "كتيبة سبل السلام", "واتساب"],
}

PHEN = {
 "oo1": ["clitics", "multiword", "coverage_bases", "vague_area", "border_phrase", "countries", "nisba",
         "operation_trap", "coverage_neighbours", "person_trap", "ambiguity_idri", "coverage_oil"],
 "oo2": ["clitics", "multiword", "coverage_bases", "ambiguity_tripoli", "countries", "common_word_trap", "nisba",
         "media_trap", "operation_trap", "border_phrase", "vague_area", "coverage_neighbours"],
 "oo3": ["clitics", "spelling", "multiword", "border_phrase", "countries", "nisba", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "operation_trap", "vague_area", "coverage_oil",
         "town_vs_district", "ambiguity_country_capital"],
 "oo4": ["clitics", "multiword", "person_trap", "ambiguity_tripoli", "nisba", "border_phrase", "countries",
         "coverage_crossings", "vague_area", "town_vs_district", "ambiguity_country_capital", "coverage_neighbours",
         "media_trap", "ambiguity_idri"],
 "oo5": ["spelling", "multiword", "nisba", "operation_trap", "border_phrase", "countries", "coverage_bases",
         "vague_area", "coverage_neighbours", "common_word_trap"],
}

MOVES = {
 "oo1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"], ["قاعدة الجفرة"]),
  mv("deploy", "reported", LNA, ["تمنهنت"], ["مرزق", "حقل الشرارة", "القطرون"]),
  mv("airlift", "planned", LNA, ["مطار الأبرق"], ["مطار سبها"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["بنغازي"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سبها"], ["أجدابيا", "زلة"]),
 ],
 "oo2": [
  mv("airlift", "reported", RU, ["قاعدة الخادم الجوية"], ["باماكو"], ["قاعدة الجفرة"]),
  mv("shipment", "reported", RU, ["الخادم"], ["قاعدة معطن السارة"], ["أجدابيا"]),
  mv("redeploy", "planned", RU, ["الخادم"], ["قاعدة براك الجوية"]),
  mv("airlift", "denied", RU, ["سوريا"], ["الخادم"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("withdraw", "conditional", RU, ["الخادم"], []),
 ],
 "oo3": [
  mv("reinforce", "reported", LNA, ["المرج"], ["الجغبوب"], ["طبرق"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء الحريقة"]),
  mv("airlift", "reported", LNA, ["مطار الابرق"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع السودان", "جبل العوينات"]),
  mv("advance", "denied", EGA, [], [], ["منفذ السلوم"]),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي"]),
 ],
 "oo4": [
  mv("redeploy", "reported", LNA, ["بنغازي"], ["سبها"]),
  mv("advance", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["غات", "منفذ إيسين"]),
  mv("reinforce", "conditional", LNA, [], ["أم الأرانب", "تراغن"]),
  mv("advance", "denied", LNA, ["الجفرة"], ["الشويرف"]),
  mv("mobilise", "reported", LNA, [], ["إدري"]),
 ],
 "oo5": [
  mv("airlift", "reported", SYR, ["قاعدة بنينة الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", SYR, [], ["المرج"]),
  mv("deploy", "planned", SYR, ["الكفرة"], ["الحدود مع السودان"]),
  mv("deploy", "denied", SYR, [], ["السودان"]),
  mv("withdraw", "conditional", SYR, ["بنينا"], ["دمشق"]),
 ],
}

NOTES = {
 "oo1": ("Al-Shorouk (Egypt), Benghazi dateline: an Il-76 air bridge Benina air base→Tamanhint air base via the Jufra "
         "base (headline retells it); the units then spread from Tamanhint to Murzuq and Al Qatrun; a planned Al-Abraq "
         "airport→Sabha airport airlift; a conditional reinforcement of the Niger border («إذا»، «مرهون»); a denied "
         "pull-out Brak air base→Benghazi. Cairo, the delegation's talks, «في براك» and the second «الجنوب الليبي» are "
         "not movement places."),
 "oo2": ("Ad-Dustour (Jordan), wire copy: Africa Corps Il-76s Al-Khadim air base→Bamako via the Jufra base; a Russian "
         "convoy Al-Khadim→Maaten al-Sarra seen in Ajdabiya (shipment, arms); a planned redeploy Al-Khadim→Brak air "
         "base; the embassy in Tripoli denies an airlift Syria→Al-Khadim; «لن تغادر الخادم إلا إذا» = conditional "
         "withdrawal. The server («ضغط على الخادم») and «المالية» are traps; Al-Marj, Benghazi, Mali, Niger, Libya are "
         "locators."),
 "oo3": ("Al-Anbaa (Kuwait), Benghazi dateline: an LNA reinforcement Al-Marj→Al-Jaghbub via Tobruk (witnesses retell "
         "it); an airlift Al-Abraq airport (spelled الابرق)→Kufra airport; a planned deployment on the Sudan border "
         "up to Jebel Uweinat; an Egyptian advance through the Sallum crossing denied; a conditional advance to the "
         "border triangle. Civil flights diverted from Al-Abraq to Benina airport are not a movement."),
 "oo4": ("Hespress (Morocco), wire copy: the LNA spokesman «اللواء سالم الطرابلسي» (person trap) at Al-Rajma: a "
         "battalion redeployed Benghazi→Sabha, a company advancing Sabha→Ubari, a second company planned for Ghat and "
         "the Isayen crossing, a conditional reinforcement of Umm al-Aranib and Traghen («في حال»), a denied "
         "Jufra→Ash Shwayrif advance. Sirte (line of contact), Bouznika (talks) and Libya are not movement places."),
 "oo5": ("Enab Baladi (Syria): Syrian fighters flown from Benina air base (spelled بنينة) to Kufra airport after "
         "being gathered near Al-Marj (mobilise); a planned move Kufra→the Sudan border; the LNA's denial of sending "
         "foreign fighters to Sudan; a conditional return Benina→Damascus. Idlib, Northern Syria and Damascus's ban "
         "are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oo1", "oo2", "oo3", "oo4", "oo5")
