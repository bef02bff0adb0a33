# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_mun": ("district", "LY", 32.11486, 20.06859, "Benghazi municipality"),       # G* (city row, kind district)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi_port": ("crossing", "LY", 32.09700, 20.05000, "Port of Benghazi"),           # K
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # tt1 Kufra and the Sudanese border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (gazetteer spells أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                      # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "atrun": ("town", "SD", 18.18000, 26.60000, "Al Atrun"),                               # K
 # tt2 Karama anniversary
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة)
 "brega": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega"),                        # G* (town row, kind oilfield)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # tt3 Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row, kind district)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # tt4 Sirte front
 "gardabiya": ("town", "LY", 31.06350, 16.59500, "Gardabiya"),                          # G* (row قاعدة القرضابية, kind town)
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G* (row قاعدة القرضابية)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nawfaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                           # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # K
 # tt5 Benghazi districts and the east
 "sidi_faraj": ("town", "LY", 32.11486, 20.06859, "Sidi Faraj (Benghazi)"),             # G
 "qaryunis": ("town", "LY", 32.11486, 20.06859, "Qar Yunis"),                           # G
 "hawari": ("town", "LY", 32.04000, 20.12000, "Al Hawari (Benghazi)"),                  # K (gazetteer row is the Kufra village)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tt1": ["بوابة إفريقيا الإخبارية", "القيادة العامة للقوات المسلحة العربية الليبية", "قوات الدعم السريع", "العقيد صالح الجالوي",
         "السودانيين", "سودانيين", "السودانية"],
 "tt2": ["صدى البلد", "عملية الكرامة", "ملعب شهداء بنينا", "طارق بن زياد", "القيادة العامة للقوات المسلحة الليبية", "مصري",
         "الليبيين", "العميد ميلاد الطرابلسي"],
 "tt3": ["سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "الجيش الليبي", "العميد علي السبهاوي", "التشادية",
         "التايمز", "البريطانية", "الملازم أول عمر الإدريسي", "الروس"],
 "tt4": ["درع سرت", "المشهد", "الجيش الوطني الليبي", "المجلس العسكري مصراتة", "عملية الكرامة", "من هذه الزاوية",
         "العقيد أحمد الطرابلسي"],
 "tt5": ["القاهرة 24", "المكتب الإعلامي للقيادة العامة للجيش الليبي", "شارع دبي", "فندق تيبستي", "الأهلي بنغازي", "الاتحاد الليبي لكرة القدم",
         "سالم المرجاوي", "مصرية", "ما ادري"],
}

PHEN = {
 "tt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "tt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tt3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "tt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tt5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
}

MOVES = {
 "tt1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "planned", LNA, ["اجدابيا"], ["الكفرة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["جبل العوينات", "الحدود مع السودان"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ربيانة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["العطرون"]),
 ],
 "tt2": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["بنغازي"]),
  mv("redeploy", "planned", LNA, [], ["الجفرة"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("deploy", "conditional", LNA, [], ["الهلال النفطي"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["بنغازي"]),
 ],
 "tt3": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["سبها"], ["زلة", "هون"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("shipment", "reported", LNA, ["الجفرة"], ["سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["القطرون", "منفذ التوم"]),
  mv("advance", "conditional", LNA, ["مرزق"], ["أم الأرانب"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
 "tt4": [
  mv("airlift", "reported", LNA, ["بنينا"], ["قاعدة القرضابية الجوية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "reported", LNA, ["رأس لانوف"], ["سرت"], ["بن جواد", "النوفلية"]),
  mv("redeploy", "planned", LNA, ["ودان"], ["سرت"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
 ],
 "tt5": [
  mv("redeploy", "reported", LNA, ["قاريونس"], ["قاعدة بنينا الجوية"]),
  mv("redeploy", "reported", LNA, ["المرج"], ["قاريونس"]),
  mv("deploy", "planned", LNA, [], ["سيدي فرج", "الهواري"]),
  mv("reinforce", "conditional", LNA, ["الرجمة"], ["سيدي فرج"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["طبرق"]),
 ],
}

NOTES = {
 "tt1": ("LNA spokesman's press conference (Afrigate News, Benghazi): a battalion Benghazi→Kufra via Ajdabiya (اجدابيا) "
         "and Jalu, an airlift Benina air base→Kufra airport, a planned fuel-and-spares convoy Ajdabiya→Kufra (shipment), "
         "a planned recce company Kufra→Jebel Uweinat/the Sudan border, a conditional brigade Tazirbu→the border triangle, "
         "a denied RSF entry into Rebiana (clashes denied) and the RSF build-up at Al Atrun (reported mobilise); the venue "
         "Al-Rajma, the Jalu stop-over (same move), Darfur and the Libya–Sudan border are not movement places."),
 "tt2": ("Karama anniversary (Sada El Balad, Benghazi): two Tariq bin Ziyad battalions Jufra air base→Benghazi and their "
         "planned return to Jufra (no origin written), a landing ship Tobruk→Benghazi port, a conditional move to the Oil "
         "Crescent (Es Sider, Ras Lanuf, Brega are only the threatened ports) and a denied pull-out Sirte→Benghazi; the "
         "flypast, the Egyptian delegation Cairo→Benina airport, the consuls, the Sirte–Jufra line and «بين بنغازي وطرابلس» "
         "are not movements."),
 "tt3": ("Units sent south (Sputnik, Benghazi): Brigade 128 column Benghazi→Sabha via Zillah and Hun, special forces "
         "Benina air base→Tamanhint air base, an ammunition-and-fuel convoy Jufra→Sabha (shipment), two companies planned "
         "Sabha→Al Qatrun→the Toummo crossing (the Niger border phrase only locates Toummo), a conditional advance "
         "Murzuq→Umm al-Aranib and a denied Russian move Jufra air base→Brak air base; the Brak–Idri checkpoint attack, "
         "Fezzan, Moscow and the Sabha municipality are not movement places."),
 "tt4": ("Exercise versus real moves (Al-Mashhad, Sirte): the «درع سرت 2026» live-fire drill south of Gardabiya and its "
         "planned naval phase off Sirte are not movements; drone crews flown Benina→Gardabiya air base, a marine company "
         "landed Benghazi port→Sirte port, an artillery company Ras Lanuf→Sirte via Bin Jawad and Nofaliya, a planned "
         "tank battalion Waddan→Sirte, Misrata's denied build-up Misrata→Abu Qurayn and its conditional advance to "
         "Al-Washka are; Buwairat al-Hassoun, Tripoli (UNSMIL) and Algeria (its foreign ministry) are not movement places."),
 "tt5": ("Denial of clashes in Benghazi (Cairo 24, Benghazi): a rotation Qar Yunis→Benina air base with units from Al-Marj "
         "taking the Qar Yunis camp (anaphora «محلها»), a planned military-police company for Sidi Faraj and Al-Hawari, a "
         "conditional reinforcement Al-Rajma→Sidi Faraj and a denied pull-out Derna→Tobruk; the shooting drill, the "
         "clip near the Tibesti Hotel, the postponed football match, Cairo, eastern Libya and the Benghazi municipality "
         "are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tt1", "tt2", "tt3", "tt4", "tt5")
