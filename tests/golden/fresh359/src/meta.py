# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 # Libyan cities used in several bulletins
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # mw1 TAP (Tunisia and the west coast)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G (district row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G (row أبو كماش)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 # mw2 APS (Algeria's eastern and south-eastern borders)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "djanet_w": ("district", "DZ", 23.80000, 9.50000, "Djanet Province"),                  # K
 "tam_w": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),                # G* (row spelled تامنغست)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),           # G* (row الحدود الجزائرية النيجرية)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row spelled أغاديس)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # mw3 MENA (Egypt's western border and the Libyan east)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "nw_coast": ("region", "EG", 31.20000, 27.50000, "Egypt's north-western coast"),       # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle_ly": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_eg_ly": ("region", "EG", 29.75000, 25.20000, "Egypt-Libya border (Egyptian side, Siwa-Jaghbub)"),  # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "tripoli_lb_port": ("crossing", "LB", 34.46500, 35.82500, "Port of Tripoli (Lebanon)"),  # K
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # mw4 SUNA (Sudan's north and the Libyan south-east)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "triangle_sd": ("region", "SD", 21.85000, 25.15000, "Libya-Egypt-Sudan border triangle (Sudanese side)"),  # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "river_nile": ("district", "SD", 19.19270, 32.98269, "River Nile State"),              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات, which lists جبل العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "border_sd_ly": ("region", "SD", 20.90000, 25.30000, "Sudan-Libya border (Sudanese side)"),  # K
 # mw5 MAP (the Sirte-Jufra line, the coast, the oil ports)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "khums_port": ("crossing", "LY", 32.65800, 14.28300, "Al Khums port"),                 # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "benghazi_port": ("crossing", "LY", 32.11000, 20.05000, "Benghazi port"),              # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (Brega town row, kind oilfield)
}

TRAPS = {
 "mw1": ["وكالة تونس إفريقيا للأنباء", "وكالة الأنباء الليبية", "تونسية", "الليبي", "الليبية", "عماد الطرابلسي",
         "مصرف ليبيا المركزي"],
 "mw2": ["وكالة الأنباء الجزائرية", "وكالة الأنباء الليبية", "الليبي", "ليبية", "النيجرية"],
 "mw3": ["وكالة أنباء الشرق الأوسط", "وكالة الأنباء الليبية", "المنطقة العسكرية طبرق", "اللواء طارق بن زياد",
         "الليبي", "المصرية", "البنك المركزي المصري", "اللبناني"],
 "mw4": ["وكالة السودان للأنباء", "وكالة الأنباء الليبية", "الليبي", "سوق ليبيا", "بنك السودان المركزي",
         "ليبيا الحدث", "الليبية", "السودانيين", "السودانية", "محمد إدريس ديبي", "التشادي", "المياه المالحة"],
 "mw5": ["وكالة المغرب العربي للأنباء", "وكالة الأنباء الليبية", "الجيش الوطني الليبي", "الليبي", "مالي", "التركية", "الروسي", "شارع الزاوية",
         "شركة البريقة لتسويق النفط", "ليبية"],
}

PHEN = {
 "mw1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours"],
 "mw2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "mw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "mw4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "mw5": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "mw1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"], ["زوارة"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراته"], ["زوارة"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("redeploy", "reported", "GNA forces", ["أبوكماش"], ["الجميل"]),
 ],
 "mw2": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس", "برج عمر إدريس"], ["الدبداب"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("shipment", "denied", "Libyan National Army", ["سبها"], ["غات"]),
  mv("airlift", "conditional", "Algerian army", ["تمنراست"], ["مطار جانت"]),
 ],
 "mw3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("redeploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", "Egyptian army", ["سيوة"], ["مرسى مطروح"]),
 ],
 "mw4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "planned", None, ["الدبة"], ["المثلث الحدودي"]),
  mv("withdraw", "denied", "Libyan National Army", ["جبل العوينات"], ["الكفرة"]),
  mv("mobilise", "conditional", None, ["دنقلا"], ["الحدود مع ليبيا"]),
 ],
 "mw5": [
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("deploy", "planned", "GNA forces", ["مصراتة"], ["سرت"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"], []),
 ],
}

NOTES = {
 "mw1": ("TAP (وات) bulletin of Libyan news from Tunis: a reported Tunisian reinforcement Medenine→Ben Gardane/the Ras "
         "Jedir crossing, a planned GNU force Tripoli→the Ras Ajdir crossing via Zuwara (origin «من العاصمة»), Zuwara's "
         "denial of Misrata battalions massing round the town («في محيط المدينة» = Zuwara), a conditional Tunisian "
         "pull-back Dehiba→Tataouine («إذا») and a reported GNA repositioning Abu Kammash→Al-Jumayl; exchange-rate, "
         "weather and traders' items are not moves; the headline's moves are the body's, counted once."),
 "mw2": ("APS (واج) noon bulletin from Algiers: a reported Algerian reinforcement In Amenas/Bordj Omar Driss→Debdeb, a "
         "planned GNA border-guard company Nalut→Ghadames via Sinawen (the border phrase is its purpose, not a "
         "destination), an LNA denial of an arms shipment Sabha→Ghat, a conditional Algerian airlift Tamanrasset→Djanet "
         "airport («في حال»); wilaya names in the weather item are districts; trade figures, a migrant deportation "
         "Tamanrasset→Agadez and gas to Mellitah are not force moves; Ouargla is only the speaker's seat."),
 "mw3": ("MENA (أ ش أ) evening bulletin from Cairo: a reported Egyptian reinforcement Marsa Matruh→Siwa, a reported "
         "LNA repositioning Tobruk→Al-Jaghbub, a planned LNA airlift Benina air base→Kufra airport, a denied Egyptian "
         "crossing of the border towards Al-Jaghbub (via the border phrase), a conditional return Siwa→Marsa Matruh "
         "(«لن … إلا إذا»); trucks through the Sallum land port, weather, reserves and an aid ship at the port of "
         "Tripoli (Lebanon) are not moves."),
 "mw4": ("SUNA (سونا) bulletin from Port Sudan: a reported RSF supply convoy Kufra→Al Malha via the border triangle, a "
         "reported LNA reinforcement Kufra→Jebel Uweinat (the border phrase locates it), a planned Sudanese army "
         "column Ad Dabbah→the triangle (actor null), a denied LNA pull-out Jebel Uweinat→Kufra, a conditional Sudanese "
         "massing on the border with Libya from Dongola («إذا», actor null); returnees' buses Kufra→Dongola, a phone "
         "call with Chad's president, market, water, livestock and weather items are not moves."),
 "mw5": ("MAP (ومع) bulletin from Rabat: a reported LNA pull-back Sirte→Jufra air base via Waddan, a reported LNA "
         "landing Benghazi→Brega port, a planned GNA company Misrata→Sirte, a denied Turkish landing at Al-Khums port, a "
         "conditional Russian («الفيلق الإفريقي») exit from Gardabiya air base («لن يتم إلا إذا»); the Bouznika talks, "
         "oil output, weather, a street closure and a fuel tanker at Benghazi port are not moves."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mw1", "mw2", "mw3", "mw4", "mw5")
BAR_IN_TEXT = True  # mw1's headline has a literal "|" («نشرة الشأن الليبي | …»)
