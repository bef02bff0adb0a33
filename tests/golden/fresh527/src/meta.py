# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # capitals, datelines and speakers' cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # Fezzan: Sabha, Brak, Wadi al-Shati, Ubari
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),               # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (row مرزق)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # Ghadames and the Algerian side
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 30.05, 9.46, "Debdeb-Ghadames border crossing"),  # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس)
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                    # G
 "border_dz_side": ("region", "DZ", 29.0, 9.7, "Algeria-Libya border (Algerian side)"),  # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # Sudan
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                          # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 # Tobruk and the Egyptian side
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),   # G* (row منفذ امساعد)
 "border_eg_side": ("region", "EG", 30.8, 25.15, "Egypt-Libya border (Egyptian side)"),  # K
}

# not_places per record (surfaces that look like places but are not).
TRAPS = {
 "ti1": ["الفيلق الإفريقي", "روسياً", "إعلام الجنوب الليبي", "اللواء طارق بن زياد", "عمر البراكي", "لا أدري",
         "سبوتنيك", "روسيا اليوم", "الليبي"],
 "ti2": ["الجزائري", "جزائرية", "ألترا جزائر", "الطاهر الغدامسي", "ليبية"],
 "ti3": ["قوات الدعم السريع", "دعم مالي", "بيم ريبورتس", "دارفورية", "السودانيين", "سودانية"],
 "ti4": ["بوابة إفريقيا", "لبنانية", "اللبناني", "غرفة عمليات الجنوب الغربي", "اللواء طارق بن زياد",
         "عادل الإدريسي"],
 "ti5": ["مصري", "الليبي", "عملية تحرير الجنوب", "وكالة تونس إفريقيا للأنباء", "منير الطرابلسي", "ليبية"],
}

PHEN = {
 "ti1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "ti2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ti3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "ti4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "ti5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ti1": [
  mv("deploy", "denied", "Russian forces", destinations=["سبها"]),
  mv("redeploy", "reported", LNA, origins=["قاعدة براك الجوية"], destinations=["إدري"]),
  mv("airlift", "planned", LNA, origins=["قاعدة تمنهنت"], destinations=["حقل الشرارة"]),
  mv("withdraw", "conditional", LNA, origins=["سبها"]),
 ],
 "ti2": [
  mv("advance", "denied", "Algerian army", destinations=["غدامس"]),
  mv("reinforce", "reported", "Algerian army", origins=["عين أمناس"], destinations=["الدبداب"]),
  mv("shipment", "planned", GNA, origins=["طرابلس"], destinations=["غدامس"], via=["نالوت"]),
  mv("mobilise", "conditional", GNA, destinations=["معبر الدبداب"]),
 ],
 "ti3": [
  mv("deploy", "denied", "Sudanese armed groups", destinations=["أوباري"]),
  mv("advance", "reported", "Sudanese armed groups", origins=["مليط"], destinations=["الفاشر"]),
  mv("withdraw", "planned", "Sudanese armed groups", origins=["الجنوب الليبي"], destinations=["السودان"],
     via=["الكفرة"]),
  mv("deploy", "conditional", LNA, destinations=["الحدود مع السودان"]),
 ],
 "ti4": [
  mv("advance", "denied", GNA, destinations=["براك"]),
  mv("deploy", "reported", None, destinations=["طرابلس"]),
  mv("shipment", "reported", LNA, origins=["قاعدة الجفرة الجوية"], destinations=["قاعدة براك الجوية"]),
  mv("redeploy", "planned", LNA, origins=["براك"], destinations=["إدري"]),
  mv("reinforce", "conditional", LNA, origins=["قاعدة تمنهنت"], destinations=["قاعدة براك الجوية"]),
 ],
 "ti5": [
  mv("naval_landing", "denied", "Egyptian army", destinations=["ميناء طبرق", "سبها"]),
  mv("naval_landing", "reported", "Egyptian army", destinations=["مرسى مطروح"]),
  mv("mobilise", "conditional", "Egyptian army", destinations=["الحدود مع ليبيا"]),
  mv("deploy", "denied", LNA, origins=["سبها"], destinations=["غدامس", "الحدود مع تونس"]),
  mv("advance", "reported", LNA, origins=["سبها"], destinations=["مرزوق"]),
  mv("airlift", "planned", LNA, origins=["قاعدة بنينا الجوية"], destinations=["مطار سبها"]),
 ],
}

NOTES = {
 "ti1": "Fatabyyano-style fact-check (Amman): a clip captioned «Africa Corps entering Sabha» was filmed in Brak "
        "al-Shati; the claimed Russian deploy into Sabha is denied (verdict + military source); the footage shows an "
        "LNA redeploy Brak air base -> Idri (reported); a planned airlift Tamanhint -> Sharara field (Ubari only a "
        "locator); a conditional pull-out from central Sabha. Traps: Brak inside a resident's name, «لا أدري» (Idri), "
        "Russia inside «روسياً» and «روسيا اليوم», a page named «إعلام الجنوب الليبي».",
 "ti2": "Ultra Algeria-style fact-check (Algiers): «Algerian army storms Ghadames» is footage from a barracks in "
        "Debdeb; the claimed Algerian advance into Ghadames is denied; the footage shows an Algerian reinforcement In "
        "Amenas -> Debdeb (reported; the border phrase is its purpose, not a destination); a planned GNA shipment "
        "Tripoli -> Ghadames via Nalut; a conditional GNA mobilisation at the Debdeb crossing. الجزائر is Algiers "
        "(dateline) and the country; غدّامس with shadda; عين أمناس spelled the Algerian way.",
 "ti3": "Beam Reports-style fact-check: «RSF in Ubari» is a May-2024 clip from North Darfur; the claimed RSF "
        "deployment in Ubari is denied (verdict + LNA spokesman); the footage shows the RSF advance Mellit -> El "
        "Fasher (reported; the fighter's quote is the same move); a planned withdrawal of Sudanese fighters southern "
        "Libya -> Sudan via Kufra; a conditional LNA deployment on the border with Sudan. «دعم مالي» (Mali) and "
        "«دارفورية» are traps; Sharara is only the claimed purpose.",
 "ti4": "Afrigate-style fact-check (Benghazi): «Tripoli government tanks advance on Brak» is a Lebanese-army clip "
        "from Tripoli, Lebanon; the GNA advance on Brak is denied; the Lebanese army's deployment in Tripoli (LB, the "
        "second طرابلس) is the reported move in the footage (actor null); a reported LNA shipment Jufra base -> Brak "
        "base; a planned redeploy Brak -> Idri; a conditional reinforcement Tamanhint -> Brak base. Both Tripolis "
        "appear; Idri also inside «الإدريسي».",
 "ti5": "Matsda2sh-style fact-check (Cairo) of two clips: the claimed Egyptian naval landing at Tobruk port on the "
        "way to Sabha is denied, the footage shows a 2024 landing at Marsa Matruh (reported); a conditional Egyptian "
        "mobilisation on the border with Libya; a claimed LNA column Sabha -> Ghadames / Tunisian border is denied "
        "(Tunisian MoD in Tunis), the footage shows the 2019 LNA advance Sabha -> Murzuq (مرزوق spelling); a planned "
        "LNA airlift Benina -> Sabha airport. Traps: TAP (تونس inside), a spokesman «الطرابلسي», «مصري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ti1", "ti2", "ti3", "ti4", "ti5")
