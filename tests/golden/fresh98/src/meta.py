# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # cv1 Fezzan (Al-Mutawaset, Sabha)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                       # G* (row قاعدة تمنهنت)
 "tamanhint_ap": ("airport", "LY", 27.24010, 14.65630, "Tamanhint Airport"),            # G (row مطار تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # cv2 Turkish forces (Arab Defense, Ankara)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Port of Al Khums"),              # G* (Al Khums city row)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # cv3 Egyptian army (Al Qahera News, Marsa Matruh)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "ras_tin": ("base", "EG", 31.2003, 29.8694, "Ras El Tin Naval Base"),                  # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 # cv4 Russian forces (Al Mayadeen Net, Moscow)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "baltiysk": ("base", "RU", 54.65, 19.91, "Baltiysk naval base"),                       # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # cv5 GNA, Misrata and Zintan (dpa, Tripoli)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif municipality"),   # G* (town row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
}

TRAPS = {
 "cv1": ["المتوسط", "عمر السبهاوي", "غرفة عمليات الجنوب الغربي", "الجزائرية"],
 "cv2": ["الدفاع العربي", "غازي عنتاب", "التركية", "الليبيين"],
 "cv3": ["القاهرة الإخبارية", "المنطقة الغربية العسكرية", "حسم 2026", "جمال عبد الناصر", "محمود السلومي",
         "المصري", "الليبية"],
 "cv4": ["الميادين نت", "أورسك", "إيفان غرين", "الفيلق الأفريقي", "الدعم المالي", "الروسية"],
 "cv5": ["د ب أ", "الشويرف اليوم", "المجلس العسكري الزنتان", "علي الإدريسي", "من هذه الزاوية",
         "حكومة الوحدة الوطنية", "تركية"],
}

PHEN = {
 "cv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
 "cv3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "cv4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, TAF, EGA, RUS = "Libyan National Army", "Turkish armed forces", "Egyptian army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cv1": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["أوباري"], ["سبها"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار تمنهنط"]),
  mv("deploy", "planned", LNA, [], ["غات", "منفذ إيسين"]),
  mv("reinforce", "conditional", LNA, ["تمنهنط"], ["حقل الشرارة"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["براك"]),
 ],
 "cv2": [
  mv("naval_landing", "reported", TAF, ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "reported", TAF, ["قيصري"], ["قاعدة الوطية الجوية"]),
  mv("shipment", "planned", TAF, ["إزمير"], ["ميناء مصراته"]),
  mv("redeploy", "conditional", TAF, ["الوطية"], ["مطار معيتيقة"]),
  mv("withdraw", "denied", TAF, ["قاعدة الوطية الجوية"], ["تركيا"]),
 ],
 "cv3": [
  mv("reinforce", "reported", EGA, ["قاعدة محمد نجيب العسكرية"], ["السلوم", "الحدود مع ليبيا"]),
  mv("airlift", "reported", EGA, ["قاعدة غرب القاهرة الجوية"], ["سيوة"]),
  mv("mobilise", "planned", EGA, [], ["سيدي براني"]),
  mv("naval_landing", "conditional", EGA, ["قاعدة رأس التين البحرية"], ["طبرق"]),
  mv("advance", "denied", EGA, [], ["الجغبوب"]),
 ],
 "cv4": [
  mv("naval_landing", "reported", RUS, ["ميناء بالتييسك"], ["ميناء طبرق"]),
  mv("airlift", "reported", RUS, ["قاعدة الخادم الجوية"], ["قاعدة القرضابية"]),
  mv("shipment", "planned", RUS, ["طبرق"], ["قاعدة الجفرة الجوية"], ["أجدابيا", "راس لانوف"]),
  mv("deploy", "conditional", RUS, [], ["ديركو"], ["منفذ التوم"]),
  mv("withdraw", "denied", RUS, ["قاعدة الجفرة الجوية"], ["مالي"]),
 ],
 "cv5": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["الشويرف"], ["غريان", "مزدة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبوقرين"], ["مصراتة"]),
  mv("deploy", "planned", "GNA forces", [], ["معبر رأس اجدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الشويرف"]),
 ],
}

NOTES = {
 "cv1": "Numbers and equipment (Libyan daily, Sabha): LNA Brigade 128 moves a 74-vehicle column (Typhoon APCs, Grads, "
        "tankers) Brak air base->Ubari via Sabha (reported redeploy); two Il-76s fly Battalion 116 Benina->Tamanhint "
        "airport (reported airlift); two companies planned for Ghat and the Isayen crossing (planned deploy; the "
        "Algerian border phrase locates Isayen); 30 vehicles Tamanhint->Sharara field «إذا» (conditional reinforce); "
        "a pull-out of 35 vehicles Idri->Brak denied (denied withdraw). Sabha is also the dateline.",
 "cv2": "Numbers and equipment (defence site, Ankara): a Turkish landing ship unloads Kirpi MRAPs, Firtina howitzers and "
        "310 troops at Al Khums port from Mersin (reported naval_landing); A400Ms Kayseri->Al-Watiya (reported "
        "airlift); a chartered ship to carry Vuran vehicles and Hisar batteries Izmir->Misrata port (planned shipment); "
        "a Hisar battery Al-Watiya->Mitiga «إذا» (conditional redeploy); a pull-out of 250 troops Al-Watiya->Turkey "
        "denied by the ministry (denied withdraw). The frigate «غازي عنتاب» is a trap.",
 "cv3": "Numbers and equipment (Egyptian TV site, Marsa Matruh): Brigade 23 tanks, Fahd APCs and Saqr rocket launchers "
        "Mohamed Naguib base->Sallum and the border with Libya (reported reinforce); C-130s Cairo West->Siwa (reported "
        "airlift); three battalions to be massed at Sidi Barrani (planned mobilise); the Mistral «جمال عبد الناصر» Ras "
        "El Tin->Tobruk «في حال» (conditional naval_landing); a column into Al Jaghbub denied (denied advance). Siwa in "
        "the denial, Cairo, Sirte and Jufra in the background line are not movement places.",
 "cv4": "Numbers and equipment (Lebanese outlet, Moscow): Russian landing ships unload Tigr vehicles and Pantsirs at "
        "Tobruk port from Baltiysk (reported naval_landing); Il-76s Al Khadim->Gardabiya (reported airlift); a 40-truck "
        "convoy Tobruk->Jufra air base via Ajdabiya and Ras Lanuf (planned shipment); a company via Toummo to Dirkou «في "
        "حال» (conditional deploy); 1,200 men Jufra->Mali denied by the embassy in Tripoli (denied withdraw). Ships «أورسك» "
        "and «إيفان غرين» are traps; «الدعم المالي» is the common-word trap for Mali.",
 "cv5": "Numbers and equipment (wire agency, Tripoli): the 444 Brigade's 95 vehicles Tekbali camp->Ash Shwayrif via "
        "Gharyan and Mizda (reported deploy); Misrata forces mass 140 vehicles at Abu Qurayn (reported mobilise); "
        "Battalion 166 to return Abu Qurayn->Misrata «فور توقيع» (conditional withdraw); 200 men of Brigade 111 planned "
        "for the Ras Ajdir crossing (planned deploy); a Zintan move Zintan->Ash Shwayrif denied (denied advance). Brak "
        "(road end), Sirte (distance) and Tunis (meeting venue) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cv1", "cv2", "cv3", "cv4", "cv5")
