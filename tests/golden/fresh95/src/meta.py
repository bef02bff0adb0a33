# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 # cs1 Turkish air bridge to Al-Watiya (Arabi Post, Istanbul)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "watiya_short": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),              # G* (row قاعدة الوطية)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "erkilet": ("base", "TR", 38.7700, 35.4950, "Kayseri Erkilet Air Base"),               # K
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "misrata_apt": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G* (row مطار مصراتة)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Al Khums port"),                 # G* (city row الخمس)
 # cs2 Maaten al-Sarra and the Russian forces (DW Arabic, Berlin)
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_apt": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (city row طبرق)
 "novorossiysk": ("city", "RU", 44.7239, 37.7689, "Novorossiysk"),                      # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (town row هون)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 # cs3 Sharara, Idri and Djanet (Erem News, Abu Dhabi)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sharara_short": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),       # G* (row حقل الشرارة)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (kind village in the gazetteer)
 "djanet_apt": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                    # G* (town row بوفاريك)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side, Djanet area)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # cs4 Egypt's western border (Mada Masr, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "matruh_apt": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),             # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),   # G* (row منفذ امساعد, country EG)
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 # cs5 Ras Ajdir from the Tunisian side (Ultra Tunisia, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "rasajdir_short": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"), # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (fresh51's GeoNames harbour value)
 "tripoli_port": ("crossing", "LY", 32.9050, 13.1850, "Port of Tripoli"),               # K
 "border_tnside": ("region", "TN", 33.0, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
}

TRAPS = {
 "cs1": ["تركياً", "عربي بوست", "فلايت رادار 24", "بلانيت لابز", "مراد الطرابلسي", "الليبية", "التركية",
         "المصدر العسكري الليبي"],
 "cs2": ["DW عربية", "ماكسار", "يوسف الإدريسي", "الفيلق الأفريقي", "القيادة العامة للجيش الوطني الليبي", "قوات الدعم السريع",
         "الروسية"],
 "cs3": ["إرم نيوز", "سنتينل-2", "الأوروبي", "الليبي", "كتيبة طارق بن زياد", "الجديد",
         "المنطقة العسكرية سبها", "جزائرية"],
 "cs4": ["مدى مصر", "مصري", "الليبي", "المنطقة الغربية العسكرية", "ليبية"],
 "cs5": ["الترا تونس", "للجيش التونسي", "مارين ترافيك", "من هذه الزاوية", "المصدر التونسي"],
}

PHEN = {
 "cs1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "cs2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "cs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "cs4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "cs5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TUR, GNA, LNA, RUS, SYR = "Turkish armed forces", "GNA forces", "Libyan National Army", "Russian forces", "Syrian mercenaries"
DZA, EGY, TUN = "Algerian army", "Egyptian army", "Tunisian army"

MOVES = {
 "cs1": [
  mv("airlift", "reported", TUR, ["قاعدة إركيليت الجوية"], ["قاعدة الوطية الجوية"]),
  mv("airlift", "reported", TUR, ["قاعدة إركيليت الجوية"], ["مطار مصراته"]),
  mv("reinforce", "reported", GNA, ["طرابلس"], ["زوارة", "الحدود مع تونس"], ["الزاوية"]),
  mv("airlift", "denied", SYR, ["مطار معيتيقة"], ["الوطية"]),
  mv("naval_landing", "planned", TUR, [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", TUR, ["الوطية"], []),
 ],
 "cs2": [
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["معطن السارة"], ["مطار الكفرة"]),
  mv("shipment", "reported", RUS, ["نوفوروسيسك"], ["ميناء طبرق"]),
  mv("redeploy", "reported", RUS, ["براك"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "denied", RUS, ["الجفرة"], ["معطن السارة"]),
  mv("reinforce", "planned", LNA, ["الكفرة"], ["معطن السارة"]),
  mv("deploy", "conditional", LNA, [], ["المثلث الحدودي"]),
 ],
 "cs3": [
  mv("deploy", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["سبها"]),
  mv("shipment", "planned", LNA, ["سبها"], ["إدري"]),
  mv("airlift", "reported", DZA, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("reinforce", "conditional", DZA, [], ["الحدود مع ليبيا"]),
 ],
 "cs4": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("airlift", "reported", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("redeploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("reinforce", "planned", LNA, [], ["منفذ امساعد"]),
  mv("advance", "denied", EGY, [], ["امساعد"], ["منفذ السلوم"]),
  mv("mobilise", "conditional", EGY, [], ["الصحراء الغربية"]),
 ],
 "cs5": [
  mv("reinforce", "reported", TUN, ["مدنين"], ["بن قردان"]),
  mv("naval_landing", "reported", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "denied", GNA, [], ["رأس اجدير"]),
  mv("advance", "planned", GNA, ["زوارة"], ["معبر رأس اجدير"]),
  mv("withdraw", "conditional", TUN, ["بن قردان"], ["مدنين"]),
 ],
}

NOTES = {
 "cs1": ("Flight-tracking and imagery report (Arabi Post, Istanbul): two reported Turkish airlifts from Kayseri's Erkilet "
         "base (seven flights to Al-Watiya, two to Misrata airport; the air-defence system and trucks seen on imagery are "
         "the cargo of the same airlift, not a separate move); a GNA column seen on imagery west of Zawiya heading for "
         "Zuwara, its origin Tripoli given by the source («خرج من العاصمة»), destinations Zuwara and the Tunisian border; "
         "a denied airlift of Syrian fighters Mitiga→Al-Watiya; a planned Turkish marine landing at Al-Khums port; a "
         "withdrawal from Al-Watiya conditional on a final ceasefire (لن … إلا إذا). Istanbul, Ankara (speaker/venue), "
         "Mellitah (distance reference) and Western Libya are not movement places."),
 "cs2": ("Imagery and flight data on Maaten al-Sarra (DW Arabic, Berlin): a reported Russian airlift Al-Khadim→Maaten "
         "al-Sarra via Kufra airport (retold by a Kufra district official: same move); a Russian navy ship from "
         "Novorossiysk unloading armour at Tobruk port (shipment); a Russian pull-out Brak→Jufra air base inferred from "
         "imagery and confirmed by a source (redeploy, reported); the LNA's denial of a Russian move Jufra→Maaten "
         "al-Sarra; a planned LNA battalion Kufra→Maaten al-Sarra; an LNA deployment to the border triangle conditional "
         "on the RSF approaching. The Sudan border after «لتأمين» is a purpose, not a movement place."),
 "cs3": ("Sentinel-2 imagery and flight data on Fezzan (Erem News, Abu Dhabi): an LNA column Sabha→Sharara field via "
         "Ubari (the Ubari municipality head's retelling is the same move); an LNA airlift Benina air base→Tamanhint "
         "(spelled تمنهنط); a denied pull-back of LNA units Idri→Sabha; a planned fuel-and-ammunition convoy "
         "Sabha→Idri; an Algerian C-130 airlift Boufarik air base→Djanet airport; an Algerian reinforcement of the "
         "border with Libya conditional on tension reaching Ghat (Ghat is the condition, not a destination)."),
 "cs4": ("Imagery and flight data on Egypt's western border (Mada Masr, Cairo): Egyptian reinforcements Mohamed Naguib "
         "base→Sidi Barrani (convoy seen leaving, then arriving); an Egyptian C-130 airlift Cairo West air base→Marsa "
         "Matruh airport; an LNA column Tobruk→Al Jaghbub (redeploy, told twice); a planned extra LNA company at the "
         "Amsaad crossing; a denied Egyptian crossing via the Sallum crossing towards Amsaad; an Egyptian build-up in "
         "the Western Desert conditional on renewed clashes in eastern Libya (condition place, not a destination)."),
 "cs5": ("Imagery and ship tracking on Ras Ajdir (Ultra Tunisia, Tunis): a Tunisian army reinforcement Medenine→Ben "
         "Gardane (seen on two dates and confirmed in a quote: one move); a GNA landing at Zuwara port from Tripoli port "
         "(naval_landing, reported); a build-up near Ras Ajdir seen on imagery and denied by the GNA (mobilise, denied); "
         "a planned GNA advance Zuwara→Ras Ajdir crossing; the Tunisian units' return Ben Gardane→Medenine conditional "
         "on the border settling (بمجرد)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cs1", "cs2", "cs3", "cs4", "cs5")
