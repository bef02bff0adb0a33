# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 # cities, towns, districts
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),               # G* (city row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),             # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                      # G* (row براك)
 "sukna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),          # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "jufra": ("district", "LY", 29.13000, 16.05000, "Al Jufra"),                             # K (point near Hun/Waddan)
 # bases, airports, oil fields, crossings
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                    # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"), # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05000, "Benghazi port"),                # K
 "sirte_port": ("crossing", "LY", 31.21000, 16.57000, "Sirte port"),                      # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 # regions, borders
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),         # G* (row إقليم طرابلس)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                       # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),   # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),    # G* (row الحدود الليبية التشادية)
 "border_ly_dzside": ("region", "DZ", 24.90000, 9.85000, "Algeria-Libya border (Algerian side)"),  # K
 "triangle_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G (row المثلث الحدودي)
 "triangle_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "jg1": ["قناة ليبيا الحدث", "ليبيا الحدث", "لواء طارق بن زياد", "العقيد محمد الأوباري", "شارع طرابلس",
         "الرائد خالد الإدريسي", "صدام حفتر"],
 "jg2": ["الجيش الوطني الليبي", "المشير خليفة حفتر", "وكالة أنباء ((شينخوا))", "غرفة عمليات المنطقة الجنوبية",
         "الجيش الجزائري", "عبد الحميد الدبيبة"],
 "jg3": ["قناة المسار", "حكومة الوحدة الوطنية", "بين الواحات", "الشيخ محمد الغدامسي", "شارع طرابلس", "صدام حفتر",
         "حكومة الدبيبة"],
 "jg4": ["سبوتنيك", "غرفة عمليات الجنوب", "الجيش الليبي", "وسائل إعلام تشادية", "مع المغرب", "ما ادري", "المعارضة التشادية", "خالد حفتر",
         "دعم مالي"],
 "jg5": ["بوابة إفريقيا الإخبارية", "لواء طارق بن زياد", "المنطقة العسكرية سبها", "شركة أكاكوس للعمليات النفطية",
         "صدام حفتر"],
}

PHEN = {
 "jg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jg3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "jg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "jg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "jg1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["سبها"], ["الجفرة", "قاعدة الجفرة الجوية", "سوكنة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "reported", LNA, ["براك الشاطئ", "إدري"], ["اوباري"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["مرزق"]),
  mv("withdraw", "denied", LNA, ["سبها"], []),
  mv("advance", "conditional", LNA, [], ["القطرون", "الحدود مع النيجر"]),
 ],
 "jg2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["غات", "منفذ إيسين"], ["أوباري", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع الجزائر"]),
  mv("shipment", "reported", LNA, ["سبها"], ["غات"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["أوباري"]),
  mv("reinforce", "denied", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "jg3": [
  mv("advance", "reported", LNA, ["براك الشاطئ"], ["الحمادة الحمراء"], ["الشويرف"]),
  mv("mobilise", "reported", LNA, [], ["براك الشاطئ"]),
  mv("advance", "conditional", LNA, [], ["غدامس"]),
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون", "درج"]),
  mv("airlift", "denied", LNA, [], ["مطار غدامس"]),
  mv("redeploy", "planned", LNA, ["الجفرة"], ["الشويرف"]),
 ],
 "jg4": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("redeploy", "planned", LNA, ["مرزق"], ["قاعدة الويغ"], ["القطرون"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("shipment", "reported", LNA, ["الجفرة"], ["سبها"]),
  mv("advance", "denied", "Chadian armed groups", [], ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("reinforce", "conditional", LNA, ["براك الشاطئ", "إدري"], ["مرزق"]),
 ],
 "jg5": [
  mv("withdraw", "reported", LNA, ["أوباري", "حقل الشرارة"], ["بنغازي"], ["سبها", "الجفرة"]),
  mv("airlift", "reported", LNA, ["مطار بنينا"], ["قاعدة تمنهنط"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط"], ["أوباري"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", LNA, [], ["قاعدة تمنهنط"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["سبها"]),
  mv("deploy", "conditional", LNA, ["الجفرة"], ["الحدود مع الجزائر"]),
 ],
}

NOTES = {
 "jg1": "Libya Al-Hadath (Benghazi): Tariq bin Ziyad column Benghazi->Sabha via Jufra/Jufra air base/Sukna (reported), "
        "its tanks by sea Benghazi port->Sirte port (reported), Brigade 128 Brak al-Shati/Idri->Ubari (reported, spelling "
        "اوباري), planned companies Sabha->Murzuq, a denied 116th Battalion pull-out from Sabha (claim then denial), a "
        "conditional advance to Al Qatrun and the Niger border (لن…إلا إذا). Saddam Haftar's earlier visit to Sabha, "
        "Sharara (road locator) and Toummo (surveillance range) are not moves; traps شارع طرابلس, الإدريسي, الأوباري.",
 "jg2": "Xinhua wire (Benghazi): Brigade 106 airlift Benina air base->Tamanhint air base, then by road to Ghat and the "
        "Isayen crossing via Ubari and Al Awaynat (reported); a planned company on the border with Algeria; a supply "
        "convoy Sabha->Ghat (shipment, reported); a conditional Sabha->Ubari reinforcement (قد…في حال); an Algerian "
        "source denies a Djanet->border reinforcement. Tripoli is a distance reference and seat of government only.",
 "jg3": "Al-Masar TV (Benghazi): Brigade 128 column Brak al-Shati->Hamada al-Hamra via Ash Shwayrif (reported) after "
        "massing at Brak al-Shati (mobilise, reported); its conditional entry into Ghadames (لن…إلا بطلب); a GNU "
        "reinforcement Nalut->Ghadames via Sinawen and Derj (reported, headline غدّامس); a denied landing at Ghadames "
        "airport; Saddam Haftar's planned armour move Jufra->Ash Shwayrif. Ghadames as a distance reference, the triangle "
        "as a locator and Brak al-Shati as the start of a supply line are not movement places; traps شارع طرابلس, الواحات.",
 "jg4": "Sputnik (Benghazi): Brigade 106 companies Sabha->Murzuq via Traghen (reported, headline مرزوق), their planned "
        "onward move Murzuq->Al Wigh base via Al Qatrun, an Il-76 ammunition airlift Jufra air base->Sabha airport, a fuel "
        "convoy Jufra->Sabha (shipment), a denied Chadian rebel incursion across the Chad border towards Umm al-Aranib, and "
        "Khalid Haftar's conditional reserve Brak al-Shati/Idri->Murzuq (إذا). Umm al-Aranib as the attack site and Sabha "
        "as a distance reference are not moves; common-word traps «مع المغرب» (at sunset), «ما ادري», «دعم مالي».",
 "jg5": "Afrigate News (Benghazi): a rotation in Ubari - Tariq bin Ziyad units Ubari/Sharara->Benghazi via Sabha and "
        "Jufra (reported withdraw), Brigade 106 airlifted Benina airport->Tamanhint base (spelling تمنهنط) and on to Ubari, "
        "its heavy vehicles by sea Benghazi port->Sirte port, a battalion massing at Tamanhint (mobilise), a planned company "
        "Ubari->Ghat, a denied pull-out El Feel->Sabha, a conditional deployment Jufra->the Algerian border (قد…في حال). "
        "Isayen is a purpose locator; traps: a military region and an oil company named after places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jg1", "jg2", "jg3", "jg4", "jg5")
