# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "pakistan": ("country", "PK", 30.38060, 70.08704, "Pakistan"),                          # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # foreign cities and regions
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # east: Benghazi and around
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05000, "Benghazi port"),              # K
 "kish": ("town", "LY", 32.11486, 20.06859, "Al Kish (Benghazi)"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (row أجدابيا)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # east: Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (Tobruk town / naval base point)
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),            # G* (town row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G (row ميناء الحريقة)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),        # G* (row مطار طبرق)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Al Bardiyah"),                            # G (row بردية)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "border_eg": ("region", "LY", 31.00000, 24.90000, "Libya-Egypt border (Libyan side)"),  # K
 # centre: Sirte, the oil crescent, Al-Jufra
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (town row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G (row قاعدة القرضابية)
 "central_ly": ("region", "LY", 30.00000, 17.00000, "Central region of Libya"),          # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G (row أبوقرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "jufra": ("district", "LY", 29.14000, 16.05000, "Al Jufra"),                            # K (area point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                  # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G (row سوكنة)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 # south
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # west: Tripoli and the Tunisian border
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90500, 13.18000, "Tripoli port"),                 # K
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G (row قاعدة معيتيقة)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G (row مطار معيتيقة)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),               # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),# G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "lu1": ["بوابة أفريقيا الإخبارية", "الجيش الوطني الليبي", "شارع طرابلس", "ميلاد السرتي", "طارق بن زياد",
         "عملية الكرامة", "دعم مالي", "لا أدري", "الباكستاني", "الليبيين"],
 "lu2": ["إيلاف", "الجيش الوطني الليبي", "درع الوسط", "عمران الفرجاني", "الساحل الغربي", "شارع دبي",
         "الهلال الأحمر الليبي", "غرفة عمليات سرت والجفرة", "الفيلق الأفريقي الروسي", "قوة روسية"],
 "lu3": ["الوطن", "سالم الإدريسي", "الإدريسي", "حارس الشرق", "مصري", "المصري", "المصرية", "الليبية"],
 "lu4": ["الراي", "القيادة العامة للجيش الوطني الليبي", "صقور الجفرة", "زلة لسان", "أسرته", "الفيلق الأفريقي", "روسي"],
 "lu5": ["هسبريس", "أحمد معيتيق", "سماء طرابلس", "الليبية", "التركي", "أتراك", "تركية", "المغربي"],
}

PHEN = {
 "lu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "lu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "lu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "lu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases"],
 "lu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "lu1": [
  _m("redeploy", "reported", LNA, ["بنغازي"], ["اجدابيا"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("deploy", "planned", LNA, [], ["سبها", "الجنوب الليبي"]),
  _m("reinforce", "conditional", LNA, [], ["الحدود مع السودان"]),
  _m("shipment", "denied", LNA, ["ميناء بنغازي"], ["سرت"]),
 ],
 "lu2": [
  _m("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية الجوية"], ["ودّان"]),
  _m("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["سرت"]),
  _m("redeploy", "planned", LNA, [], ["الجفرة"]),
  _m("advance", "conditional", GNA, ["أبو قرين"], ["الوشكة"]),
  _m("deploy", "denied", "Russian forces", ["الجفرة"], ["سرت"]),
 ],
 "lu3": [
  _m("mobilise", "reported", LNA, ["طبرق"], ["البردية"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة جمال عبدالناصر الجوية"]),
  _m("deploy", "planned", "Egyptian army", ["السلوم"], ["البردية"], ["منفذ امساعد"]),
  _m("shipment", "conditional", LNA, ["ميناء طبرق"], ["بنغازي"]),
  _m("withdraw", "denied", LNA, ["الجغبوب", "الحدود مع مصر"], []),
 ],
 "lu4": [
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["الجفرة"]),
  _m("mobilise", "reported", LNA, [], ["ودان"]),
  _m("redeploy", "planned", LNA, ["قاعدة الجفرة"], ["زلة"]),
  _m("reinforce", "conditional", LNA, ["سوكنه"], ["هون"]),
  _m("advance", "denied", LNA, ["الجفرة"], ["سرت"]),
 ],
 "lu5": [
  _m("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["مطار امعيتيقة"]),
  _m("reinforce", "reported", GNA, ["تاجوراء"], ["قاعدة معيتيقة الجوية", "سوق الجمعة"]),
  _m("deploy", "planned", GNA, [], ["قاعدة الوطية الجوية"]),
  _m("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء طرابلس"]),
  _m("withdraw", "denied", GNA, ["قاعدة معيتيقة"], ["سوق الجمعة"]),
 ],
}

NOTES = {
 "lu1": ("Afrigate News, Benghazi: a military-academy graduation with foreign and Tripoli delegations and a parade "
         "(none of them movements); Tariq bin Ziyad units back Benghazi->Ajdabiya (redeploy), a graduate company "
         "airlifted Benina->Kufra airport, a planned deployment to Sabha/the south, a conditional company for the "
         "Sudan border, a denied tank shipment Benghazi port->Sirte; traps: street, persons, Operation Dignity, "
         "«دعم مالي», «لا أدري»."),
 "lu2": ("Elaph, Sirte: the «درع الوسط» exercise at Gardabiya air base — armour Jufra air base->Gardabiya via Waddan, "
         "a landing Benghazi port->Sirte, the planned return to Al-Jufra, a conditional GNA advance Abu Qurayn->Al-Washka, "
         "a denied Russian move Jufra->Sirte; the Dubai-street parade, Red Crescent ambulances and the oil guards' alert "
         "are not movements."),
 "lu3": ("El Watan (Cairo), Tobruk: a naval parade past Marsa al-Hariga and a Saiqa graduation with an Egyptian delegation "
         "from Cairo (not movements); LNA units massing Tobruk->Bardia, paratroopers Benina->Gamal Abdel Nasser air base, "
         "a planned Egyptian company Sallum->Bardia via Amsaad, a conditional tank shipment Tobruk port->Benghazi, a "
         "denied pull-out from Jaghbub and the Egyptian border; Egypt's «الصحراء الغربية» vs Western Sahara."),
 "lu4": ("Al-Rai (Kuwait), Al-Jufra: a special-forces graduation at Jufra air base with a Russian delegation from Moscow "
         "(not a movement); an Il-76 airlift Benina->Al-Jufra, armour massed at Waddan, a planned company Jufra base->Zillah, "
         "a conditional reinforcement Sokna->Hun, a denied advance Jufra->Sirte; «صقور الجفرة» and «زلة لسان» traps."),
 "lu5": ("Hespress, Tripoli: a pilots' graduation at Mitiga with Turkish trainers, attaches and a Tunisian delegation that "
         "came through Ras Ajdir (not movements); a Turkish A400M Ankara->Mitiga airport, GNA reinforcements Tajura->Mitiga "
         "base/Souq al-Juma, the graduates' planned posting to Al-Watiya, a conditional Turkish landing at Tripoli port, "
         "Radaa's denied pull-out Mitiga->Souq al-Juma; «سماء طرابلس» and «أحمد معيتيق» traps."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lu1", "lu2", "lu3", "lu4", "lu5")
