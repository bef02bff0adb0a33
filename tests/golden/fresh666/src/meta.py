# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # yr1 the south-west, two-way from Sabha (France 24)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 # yr2 Kufra and the Uweinat triangle (Al Qahera News)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "maatensarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "eowainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # yr3 Tripoli's eastern suburbs, two-way from Tripoli (Al Mamlaka TV)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # yr4 Ras Ajdir and Dehiba, two-way from Ben Gardane (Nessma TV)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G (district row مدنين)
 "border_tnside": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 # yr5 Sirte, two-way from Sirte (Medi1 TV)
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G* (row تنجه)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (point of row قاعدة الجفرة الجوية, between Hun and Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sirte_port": ("crossing", "LY", 31.215, 16.585, "Port of Sirte"),                     # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
}

TRAPS = {
 "yr1": ["فرانس 24", "الليبي", "عبد السلام القطروني", "كتيبة طارق بن زياد", "إدريس الحضيري", "التشادية", "الفرنسية"],
 "yr2": ["القاهرة الإخبارية", "الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع", "سودانية",
         "حسام الأسيوطي", "المصري", "ليبية"],
 "yr3": ["المملكة", "الليبية", "أيمن الزنتاني", "الزاوية العسكرية", "تركية", "الأردنية"],
 "yr4": ["نسمة", "حسين التطاويني", "الليبي", "ليبية", "التونسي", "تونسية"],
 "yr5": ["ميدي 1 تي في", "الليبيين", "اتفاق الصخيرات", "المالي", "الجيش الوطني الليبي", "فاغنر", "الفيلق الإفريقي",
         "الروسية", "المغربي", "إدريس الوزاني"],
}

PHEN = {
 "yr1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "yr2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "yr3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "countries"],
 "yr4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "yr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yr1": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"]),
 ],
 "yr2": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"], ["دارفور"]),
  mv("airlift", "planned", "Egyptian army", [], ["مطار شرق العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["الفاشر"]),
 ],
 "yr3": [
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["القره بوللي"]),
  mv("advance", "planned", "Misrata forces", [], ["تاجوراء"]),
  mv("redeploy", "reported", "GNA forces", ["جنزور"], ["مطار معيتيقة"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["تركيا"], ["ميناء الخمس"]),
 ],
 "yr4": [
  mv("deploy", "reported", "GNA forces", ["العجيلات"], ["معبر رأس جدير"], ["زوارة"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["وازن"]),
  mv("advance", "denied", "Tunisian army", [], ["نالوت"]),
 ],
 "yr5": [
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة", "هون"], ["سرت"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة القرضابية"], ["باماكو"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
  mv("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
}

NOTES = {
 "yr1": "France 24 two-way from Sabha: an LNA column Tamanhint base→Umm al-Aranib, corrected on air from Murzuq (Murzuq, "
        "said first and then retracted, and later only a distance reference, is no movement place); a planned supply "
        "convoy 'from here, from Sabha'→Al-Qatrun; a conditional advance Al-Qatrun→the Toummo crossing (the border "
        "with Niger only locates the crossing); a denied pull-out of the guards from El Feel field (Murzuq district "
        "locates the field). Paris (studio), Sabha as the correspondent's place, France (speaker) are not movement places.",
 "yr2": "Al Qahera News: the anchor's lead-in says Kufra→Al-Uweinat, the correspondent corrects it to Kufra→Maaten "
        "al-Sarra base (LNA redeploy; Al-Uweinat is not a movement place); Sudanese groups will not withdraw from the "
        "border triangle to Darfur unless fighting around El Fasher stops (El Fasher only the condition); a studio "
        "guest's planned Egyptian airlift to East Oweinat airport (the border with Sudan is the purpose, not a "
        "destination); a denied arms shipment Kufra→El Fasher, asked by the anchor and denied in the answer.",
 "yr3": "Al Mamlaka TV lead-in from Tripoli (Lebanon) to Tripoli (Libya); the correspondent corrects the headline "
        "'Misrata forces entered Tajura': the column Misrata→Al-Qarabulli (reported) will continue to Tajura tomorrow "
        "(planned, no origin written); a GNA company Janzour→around Mitiga airport; Zintan forces 'will not deploy in "
        "Al-Aziziyah unless...' (conditional); Turkey denies a ship from Turkey landed troops at Khoms port (Ankara "
        "speaker).",
 "yr4": "Nessma TV two-way from Ben Gardane: a GNA interior-ministry force reached Ras Ajdir, its origin corrected "
        "on air from Zuwara to Al-Ajaylat 'passing through Zuwara' (Zuwara becomes the via); a planned Tunisian "
        "reinforcement Tataouine→Dehiba (the Dehiba-Wazin crossing only the feared direction of tension); Zintan's "
        "threatened (conditional) massing in Wazin 'opposite Dehiba'; a denied Tunisian patrol near Nalut.",
 "yr5": "Medi1 TV two-way from Sirte: LNA reinforcements 'from Al-Jufra, precisely from Hun' reached 'the city' "
        "(= Sirte); marines landed at Sirte port from Benghazi; the anchor's 'Wagner' is corrected to the Russian "
        "Africa Corps, whose planned airlift goes Gardabya base→Bamako (Mali only locates Bamako); a conditional "
        "LNA advance to Abu Qurayn; Misrata's military council denies massing in Tawergha. Bouznika, Tangier, the Oil "
        "Crescent and Morocco are not movement places; الصخيرات only inside the agreement name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yr1", "yr2", "yr3", "yr4", "yr5")
