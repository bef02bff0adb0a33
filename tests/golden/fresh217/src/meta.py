# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                         # G
 # Libya, cities and bases used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G (also written مصراته)
 "misrata_apt": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G* (row قاعدة الوطية)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G* (row قاعدة الجفرة الجوية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G (منفذ التوم; معبر التوم = G*)
 # hk1 Syrian fighters (Enab Baladi)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                     # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                   # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                               # G
 "n_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                        # G
 "gaziantep_apt": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Oğuzeli Airport"),      # K
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "bab_salama": ("crossing", "SY", 36.63600, 37.07000, "Bab al-Salama border crossing"),    # K
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 # hk2 Russian forces (Sputnik)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.07600, 23.97600, "Port of Tobruk"),                  # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
 "syr_coast": ("region", "SY", 35.20000, 35.95000, "Syrian coast"),                        # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G* (row قاعدة الخادم)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                       # G* (row قاعدة حميميم)
 "tamanhint_v": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                        # G* (base row point)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 # hk3 Turkish units (Turk Press)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "cigli": ("base", "TR", 38.51300, 27.01000, "Çiğli Air Base"),                            # K
 "izmir": ("city", "TR", 38.41273, 27.13838, "İzmir"),                                     # G
 "khums_port": ("crossing", "LY", 32.65900, 14.28000, "Port of Al Khums"),                 # K
 "aksaz": ("base", "TR", 36.84000, 28.40500, "Aksaz Naval Base"),                          # K
 # hk4 Sudanese fighters (Sudan Tribune)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                       # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "south_ly_j": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle"),    # G* (row مثلث العوينات)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                 # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 # hk5 Chadian fighters (BBC Arabic)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G (written ام الارانب)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G* (row كوري بوقودي)
 "border_td_side": ("region", "TD", 22.30000, 17.20000, "Chad-Libya border (Chadian side)"),  # K
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G* (city row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "hk1": ["عنب بلدي", "فرقة السلطان سليمان شاه", "فيلق الشام", "الجيش الوطني السوري", "مصطفى الإدلبي",
         "وزارة الدفاع السورية", "شركات أمنية تركية", "صفحات محلية ليبية"],
 "hk2": ["سبوتنيك", "نيويورك تايمز", "الفيلق الأفريقي", "وزارة الدفاع الروسية", "الجيش الوطني الليبي",
         "حرس المنشآت النفطية", "دعم مالي", "حلاً ليبياً-ليبياً"],
 "hk3": ["ترك برس", "وكالة الأناضول", "وزارة الدفاع التركية", "السنوات الخمس", "تي سي جي بيرقدار",
         "القوات البحرية الليبية", "جولة مغاربية", "المؤسسة العسكرية الليبية"],
 "hk4": ["سودان تريبيون", "الحركات الدارفورية", "حركة تحرير السودان", "قوات الدعم السريع", "الجيش السوداني",
         "كامل إدريس", "القيادة العامة للجيش الوطني الليبي"],
 "hk5": ["بي بي سي", "جبهة الوفاق من أجل التغيير في تشاد", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "محمد إدريس ديبي", "وكالة الأنباء التشادية", "الجيش الوطني الليبي", "الجيش الليبي",
         "المسلحين التشاديين", "حركات التمرد التشادية والسودانية"],
}

PHEN = {
 "hk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "hk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hk3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "hk4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "hk5": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

SYR, RUS, TUR, SUD, CHA = "Syrian mercenaries", "Russian forces", "Turkish armed forces", "Sudanese armed groups", \
    "Chadian armed groups"

MOVES = {
 "hk1": [
  mv("airlift", "reported", SYR, ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("deploy", "reported", SYR, ["مطار معيتيقة"], ["قاعدة الوطية الجوية"]),
  mv("withdraw", "reported", SYR, ["مصراته"], ["عفرين"], ["إسطنبول", "معبر باب السلامة"]),
  mv("withdraw", "conditional", SYR, ["الوطية"], ["شمال سوريا"]),
  mv("airlift", "planned", SYR, ["مطار غازي عنتاب"], ["مصراتة"]),
  mv("advance", "denied", SYR, ["الوطية"], ["سرت"]),
 ],
 "hk2": [
  mv("naval_landing", "denied", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", RUS, ["حميميم"], ["قاعدة الخادم الجوية"]),
  mv("redeploy", "reported", RUS, ["قاعدة الجفرة"], ["قاعدة براك الجوية"], ["تمنهنط"]),
  mv("shipment", "planned", RUS, ["براك"], ["النيجر"], ["منفذ التوم"]),
  mv("withdraw", "conditional", RUS, ["حقل الشرارة"], ["براك"]),
 ],
 "hk3": [
  mv("airlift", "reported", TUR, ["قاعدة تشيغلي الجوية"], ["قاعدة الوطية الجوية"]),
  mv("withdraw", "reported", TUR, ["مطار مصراتة"], ["تركيا"]),
  mv("naval_landing", "planned", TUR, ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("redeploy", "conditional", TUR, ["الوطية"], ["مصراتة"]),
  mv("deploy", "denied", SYR, ["تركيا"], ["ليبيا"]),
 ],
 "hk4": [
  mv("withdraw", "reported", SUD, ["الجفرة"], ["شمال دارفور"], ["الكفرة"]),
  mv("withdraw", "conditional", SUD, ["حقل السرير"], ["دارفور"]),
  mv("mobilise", "reported", SUD, ["الجنوب الليبي"], ["المثلث الحدودي"]),
  mv("reinforce", "planned", None, ["الدبة"], ["المثلث"]),
  mv("shipment", "denied", None, ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "hk5": [
  mv("redeploy", "reported", CHA, ["قاعدة تمنهنت الجوية"], ["ام الارانب"]),
  mv("withdraw", "reported", CHA, ["القطرون"], ["النيجر"], ["معبر التوم"]),
  mv("mobilise", "reported", CHA, [], ["كوري بوغودي"]),
  mv("advance", "conditional", CHA, [], ["وور"]),
  mv("reinforce", "planned", None, ["فايا لارجو"], ["زوار"]),
  mv("deploy", "denied", CHA, [], ["الجفرة"]),
 ],
}

NOTES = {
 "hk1": ("Enab Baladi style (Afrin dateline, Syriac month names): Syrian ex-SNA fighters airlifted Gaziantep airport->"
         "Mitiga then bussed to Al-Watiya (two moves), a returning group Misrata->Afrin via Istanbul and Bab al-Salama, "
         "a conditional return Al-Watiya->northern Syria (إذا لم تُصرف), a planned third batch Gaziantep->Misrata "
         "(يتوقع), and a faction's denied advance Al-Watiya->Sirte front. Spelling مصراته/مصراتة; traps: outlet, "
         "factions, a person named الإدلبي; Damascus and the 2020 Tripoli fighting are not movement places."),
 "hk2": ("Sputnik style (Moscow dateline): Russian MoD denies a landing ship Tartus->Tobruk port; an LNA source confirms "
         "Il-76s Hmeimim->Al Khadim and an Africa Corps convoy Jufra base->Brak air base via تمنهنط (spelling), a "
         "planned supply run Brak->Niger via the Toummo crossing and a conditional pull-back Sharara field->Brak "
         "(قد تنسحب … إذا). Traps: دعم مالي (Mali), «حلاً ليبياً-ليبياً» (contains ليبيا), New York Times; Algeria is "
         "a visit venue, Mali/Niger/Burkina Faso/Libya and the Syrian coast in the analysts' sentence are not moves."),
 "hk3": ("Turk Press style (Ankara dateline): Turkish trainers' rotation by A400M Çiğli air base->Al-Watiya and the "
         "outgoing group Misrata airport->Turkey, a planned landing ship Aksaz->Al-Khums port (من المقرر), a "
         "conditional air-defence battery Al-Watiya->Misrata (في حال), and Ankara's denial of moving Syrian fighters "
         "Turkey->Libya. Traps: السنوات الخمس (Al-Khums), Anadolu; Tunisia/Algeria on a minister's tour are countries "
         "(country-vs-capital), not movement places."),
 "hk4": ("Sudan Tribune style (Port Sudan dateline): Darfuri fighters leave Jufra for North Darfur via Kufra (retold by a "
         "Kufra municipality official), a conditional return Sarir field->Darfur, RSF massing recruits from southern "
         "Libya in the border triangle (SAF accusation, reported), a planned SAF reinforcement Al Debba->the triangle "
         "(actor null), and the LNA's denial of ammunition shipments Kufra->the Sudan border (actor null). Traps: "
         "outlet containing سودان, الحركات الدارفورية, حركة تحرير السودان, the PM كامل إدريس (Idri)."),
 "hk5": ("BBC Arabic style (no dateline): Chadian fighters moved Tamanhint air base->Umm al-Aranib (ام الارانب), FACT "
         "fighters Al Qatrun->Niger via the Toummo crossing (retold by the Al Qatrun mayor), CCMSR massing at Kouri "
         "Bougoudi on the border, its conditional advance on Wour, a planned Chadian army reinforcement Faya->Zouar "
         "(actor null) and the LNA's denial of bringing Chadian mercenaries to Jufra. The border phrase locates Kouri "
         "Bougoudi; N'Djamena and Tibesti are locators. Traps: FACT's name (contains تشاد), محمد إدريس ديبي (Idri)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hk1", "hk2", "hk3", "hk4", "hk5")
