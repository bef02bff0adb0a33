# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qch1 an Egyptian operations memo (Mada Masr, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "borg_arab": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab International Airport"),  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_eg": ("region", "EG", 30.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.980, "Port of Tobruk"),                   # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # qch2 Defence Ministry correspondence in Tripoli (Daraj, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # qch3 orders from Al-Rajma (Al-Quds Al-Arabi, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # qch4 Turkish correspondence (Al-Jarida, Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qch5 an RSF memo (Alrakoba, Khartoum)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row named خرطوم)
 "tripoint_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
}

TRAPS = {
 "qch1": ["مدى مصر", "الاتجاه الاستراتيجي الغربي", "الجيش الوطني الليبي", "قوات مصرية", "الخيار المطروح", "إنزال مصري",
          "الجانب الليبي"],
 "qch2": ["درج", "نوري الجنزوري", "عملية بركان الغضب", "هذه الزاوية", "المصراتية", "الليبية"],
 "qch3": ["القدس العربي", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "إدريس المهدي"],
 "qch4": ["الجريدة", "وكالة الأناضول", "عاصفة السلام", "الأيام الخمسة", "التركية", "السوريين", "الليبية"],
 "qch5": ["الراكوبة", "قوات الدعم السريع", "كتيبة سبل السلام", "الجيش الوطني الليبي", "إدريس ديبي",
          "الحرب السودانية", "الحضور السوداني", "التشادي"],
}

PHEN = {
 "qch1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qch2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qch3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qch4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "qch5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qch1": [
  mv("redeploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["مطار برج العرب"], ["مطار بنينا"]),
  mv("advance", "conditional", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "qch2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "denied", "GNA forces", ["معبر راس اجدير"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["بني وليد"]),
 ],
 "qch3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سبها"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["اوباري"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة تمنهنت الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["إدري"]),
 ],
 "qch4": [
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("shipment", "planned", "Turkish armed forces", ["إزمير"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["طرابلس"], ["تركيا"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة القرضابية"]),
 ],
 "qch5": [
  mv("mobilise", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Sudanese armed groups", ["مطار الكفرة"], ["نيالا"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["مليط"]),
 ],
}

NOTES = {
 "qch1": "Leaked Egyptian operations memo (Mada Masr): a commando battalion Mohamed Naguib base→Siwa via Marsa Matruh, "
         "confirmed by residents (reported); two C-130 flights Borg El Arab→Benina airport requested for the last week "
         "of the month (planned; Alexandria and Benghazi only locate the airports); units in Siwa will not advance to "
         "Jaghbub unless ordered and the border is threatened (conditional; the border only locates Jaghbub); the "
         "spokesman denies a naval landing at Tobruk port (denied; Tobruk the LNA speaker's city). The Western Desert "
         "and the Sallum land port are background, Cairo the dateline.",
 "qch2": "Leaked GNA Defence Ministry correspondence (Daraj, Beirut): an infantry battalion Tripoli→Zawiya via Janzour, "
         "checked with residents and videos (reported); two military flights Mitiga→Ghadames airport requested for "
         "early April (planned, despite the outlet's doubt about the serial number); the ministry denies pulling its "
         "units out of Ras Ajdir (denied; the Tunisian border only in the ministry's wording); a Misrata commander "
         "would send reinforcements Misrata→Bani Walid if the town is attacked (conditional). Tripoli (Lebanon) and "
         "Northern Lebanon only locate the aircraft owner; Beirut the dateline; Ghadames in the headline repeats the "
         "airlift.",
 "qch3": "Leaked LNA orders (Al-Quds Al-Arabi, London): the Tariq bin Ziyad battalion (trap) Benghazi→Sabha via Al-Jufra "
         "air base, vanguard arrived (reported); Brigade 128 Hun→Ubari before the end of the month (planned; the Sharara "
         "field is only the road it secures); three Ilyushin flights Al-Khadim→Tamanhint requested (planned); units in "
         "Sabha not to advance to Al-Qatrun unless infiltration across the Chad border is proven (conditional; the border "
         "is only the condition); the LNA spokesman denies a 70-vehicle massing in Idri (denied). Al-Rajma is the HQ, "
         "Fezzan/the Libyan south/Murzuq background, London the dateline.",
 "qch4": "Leaked Turkish correspondence (Al-Jarida, Kuwait): four A400M flights Ankara→Al-Watiya matching flight "
         "trackers (reported); a landing ship from Mersin port landed 200 marines at Khums port (reported; Al-Khums "
         "town only the witnesses' town); a planned shipment Izmir→Misrata port; Syrian fighters in Tripoli camps will "
         "not return to Turkey unless paid (conditional withdraw); the Turkish ministry denies deploying advisers and "
         "drones at Gardabya base (denied; Sirte only locates it). Al-Watiya in the last paragraph is the 2020 capture, "
         "not a movement; Ankara in the first paragraph is the government.",
 "qch5": "Leaked RSF memo (Alrakoba, Khartoum): 1,200 fighters moved from around Mellit and massed in the Libya-Egypt-"
         "Sudan triangle (reported mobilise, with satellite images); two weekly cargo flights Kufra airport→Nyala "
         "requested (planned); the LNA Subul al-Salam battalion would move a company Kufra→Maaten al-Sarra base if "
         "armed groups approach the Sudan border (conditional; the border is only the condition); the battalion denies "
         "a fuel and ammunition convoy Kufra→Mellit (denied). North Darfur, Darfur, Rebiana, Sarir and the countries "
         "are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qch1", "qch2", "qch3", "qch4", "qch5")
