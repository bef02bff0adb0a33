# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Syria and Lebanon
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tartus_port": ("crossing", "SY", 34.90000, 35.87000, "Port of Tartus"),               # K
 "tartus_gov": ("district", "SY", 34.88000, 36.05000, "Tartus Governorate"),            # K
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "jableh": ("town", "SY", 35.36170, 35.92560, "Jableh"),                                # K
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "syrian_coast": ("region", "SY", 35.20000, 35.95000, "Syrian coast"),                  # K
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46200, 35.82300, "Port of Tripoli (Lebanon)"),  # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # eastern Libya
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07700, 23.98000, "Port of Tobruk"),               # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05200, "Port of Benghazi"),           # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Jufra and Fezzan
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.14000, 16.04000, "Al Jufra"),                           # K (README rule: point near Hun/Waddan)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (qs3 spelled تمنهنط)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; qs3 الجنوب الليبي)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # Sahel
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "bamako_airport": ("airport", "ML", 12.53350, -7.94990, "Bamako-Senou (Modibo Keita) International Airport"),  # K
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G* (row جاو)
 "anefis": ("town", "ML", 18.04970, 0.60560, "Anefis"),                                 # K
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                       # G* (row تينزاواتين)
 "border_ml_dz": ("region", "ML", 19.95000, 2.80000, "Mali-Algeria border near Tinzaouaten"),  # K
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G* (row نيامي, spelled نيامى)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Egypt, Sudan, Tunisia
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg_ly": ("region", "EG", 31.30000, 25.15000, "Egypt-Libya border (Egyptian side)"),  # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qs1": ["عنب بلدي", "سليمان الطرطوسي", "إيتاميل رادار", "الفيلق الأفريقي", "الروسية", "السورية", "الكرملين",
         "دميتري بيسكوف", "سبوتنيك"],
 "qs2": ["المدن", "مارين ترافيك", "اللبنانية", "الجيش اللبناني", "الليبية", "خليفة حفتر", "الروسيتين",
         "الخادم الإلكتروني"],
 "qs3": ["التضامن", "وكالة التضامن للأنباء", "الفيلق الأفريقي", "الروسية", "صالح الإدريسي", "القيادة العامة",
         "القيادة العامة للجيش الوطني الليبي", "حرس المنشآت النفطية"],
 "qs4": ["الأخبار", "الفيلق الأفريقي", "الليبية", "الأجواء النيجرية", "الجيش المالي", "الأزمة المالية",
         "تحالف دول الساحل", "الموريتاني", "محمد الأمين ولد إدريس", "الحركات الأزوادية", "جبهة تحرير أزواد"],
 "qs5": ["الشروق", "إيفان غرين", "مصرية", "الروسي", "محمود الطرابلسي", "غرفة عمليات المنطقة الشرقية", "الليبية"],
}

PHEN = {
 "qs1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qs2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "qs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "qs5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

RU, LNA, EGA = "Russian forces", "Libyan National Army", "Egyptian army"


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qs1": [
  _m("naval_landing", "reported", RU, ["ميناء طرطوس"], ["ميناء طبرق"]),
  _m("airlift", "reported", RU, ["قاعدة حميميم"], ["مطار بنينا"]),
  _m("shipment", "planned", RU, ["طرطوس"], ["ميناء بنغازي"]),
  _m("redeploy", "conditional", RU, ["طرطوس"], ["طبرق"]),
  _m("withdraw", "reported", RU, ["سوريا"], ["ليبيا"], ["قاعدة الخادم"]),
  _m("withdraw", "denied", RU, ["قاعدة حميميم"], ["ليبيا"]),
 ],
 "qs2": [
  _m("shipment", "reported", RU, ["ميناء طرطوس"], ["ميناء طبرق"], ["طرابلس"]),
  _m("shipment", "denied", RU, [], ["مرفأ طرابلس"]),
  _m("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم"]),
  _m("redeploy", "planned", RU, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  _m("airlift", "conditional", RU, ["بنغازي"], ["سبها"]),
 ],
 "qs3": [
  _m("airlift", "reported", RU, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  _m("reinforce", "reported", RU, ["الجفرة"], ["قاعدة براك الجوية"], ["سوكنة"]),
  _m("deploy", "planned", RU, [], ["قاعدة تمنهنط"]),
  _m("deploy", "denied", RU, [], ["حقل الشرارة"]),
  _m("mobilise", "conditional", LNA, [], ["سبها", "الجنوب الليبي"]),
 ],
 "qs4": [
  _m("airlift", "reported", RU, ["قاعدة تمنهنت"], ["مطار باماكو"]),
  _m("advance", "reported", RU, ["غاو"], ["أنفيس"]),
  _m("shipment", "planned", RU, ["سبها"], ["نيامى"], ["منفذ التوم", "ديركو"]),
  _m("withdraw", "denied", RU, ["غاو"], ["الجفرة"]),
  _m("advance", "conditional", RU, [], ["تينزاواتن"]),
 ],
 "qs5": [
  _m("naval_landing", "reported", RU, ["طرطوس"], ["ميناء بنغازي"]),
  _m("reinforce", "reported", EGA, ["مرسى مطروح"], ["السلوم", "منفذ السلوم"]),
  _m("deploy", "planned", EGA, [], ["سيدي براني"]),
  _m("mobilise", "denied", RU, [], ["الجغبوب"]),
  _m("airlift", "conditional", RU, ["قاعدة بنينا الجوية"], ["الكفرة"]),
 ],
}

NOTES = {
 "qs1": "Enab Baladi (Latakia): a Russian landing ship Tartus port->Tobruk port (reported naval landing; the headline "
        "Tartus->Tobruk is the same move), Il-76s Hmeimim->Benina airport (reported airlift), a second ship Tartus->"
        "Benghazi port (planned shipment), the rest of the Tartus forces and depots to Tobruk «في حال» talks fail "
        "(conditional redeploy), the 2024 pull-out Syria->Libya via Al Khadim (flashback, reported) and the Kremlin's "
        "denial of an evacuation Hmeimim->Libya. Tests the Tartus governorate vs the city, the port worker "
        "«سليمان الطرطوسي», Marsa al-Hariga as a distance reference and Damascus/Moscow (metonymic)/Latakia/Jableh as non-movement places.",
 "qs2": "Al-Modon (Beirut): the cargo ship Sparta IV Tartus port->Tobruk port passing off Tripoli, Lebanon (reported "
        "shipment, Lebanese Tripoli as via), the denied unloading at the port of Tripoli (Lebanon), Il-76s Hmeimim->Al "
        "Khadim (reported airlift), a planned Al Khadim->Jufra air base redeploy and a conditional Benghazi->Sabha "
        "airlift («لن... إلا إذا»). Tests Tripoli (Lebanon) vs the Libyan capital, «الخادم الإلكتروني» vs Al Khadim "
        "base, Beirut/Lebanon as source places and Moscow as a metonym.",
 "qs3": "Al-Tadamun news agency (Benghazi): Il-76s Benina air base->Jufra air base (reported airlift), a truck convoy "
        "Jufra->Brak air base via Sokna (reported reinforcement), a planned air-defence unit at Tamanhint (spelled "
        "تمنهنط), a denied Russian deployment in the Sharara field and a conditional LNA mobilisation in Sabha and "
        "the Libyan south. Tests Brak town vs the Brak al-Shati municipality, Idri vs the officer «الإدريسي», Wadi "
        "al-Shati, the Chad border phrase and Mali/Niger/Burkina Faso as presence only.",
 "qs4": "Alakhbar (Nouakchott): Il-76s Tamanhint air base->Bamako airport (reported airlift), a Malian/Africa Corps "
        "advance Gao->Anefis (reported), a planned fuel and ammunition convoy Sabha->Niamey via the Toummo crossing "
        "and Dirkou, the Africa Corps' denied pull-out Gao->Jufra and a conditional advance on Tinzaouaten («لن... "
        "إلا إذا»). Tests Algeria vs Algiers, Mali vs «المالي/المالية», «ولد إدريس» (Idri), spelling variants "
        "(غاو، نيامى، تينزاواتن) and two border phrases.",
 "qs5": "Al-Shorouk (Cairo): the landing ship Ivan Gren Tartus->Benghazi port (reported naval landing), an Egyptian "
        "reinforcement Marsa Matruh->Sallum/the Sallum land port (reported), Egyptian air defence planned for Sidi "
        "Barrani, a denied Russian build-up in Al Jaghbub and a conditional airlift Benina air base->Kufra («إذا "
        "قررت موسكو»). Tests the Matruh governorate vs Marsa Matruh, Tunisia vs Tunis, the officer «الطرابلسي» vs "
        "Tripoli, the Egypt-Libya border phrase, and Tobruk/Moscow/Port Sudan/Sudan as non-movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qs1", "qs2", "qs3", "qs4", "qs5")
