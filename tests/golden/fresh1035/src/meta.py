# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign places
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (written الجزائر العاصمة)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 # Wadi al-Shati, the Shwayrif road and the west
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G (also written شويرف after لل)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "mizda_v": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                               # G (row مزدة, written مزده)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "south_west": ("region", "LY", 26.0, 12.0, "South-western Libya"),                     # K
 # Wadi al-Hayat, Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_v": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                # G (row أوباري, written أوبارى)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),              # G (row district:LY-GT)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Sabha and around
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_t": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                # G (row سبها, written سبـها)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha Municipality"),            # G (row district:LY-SB)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),               # G* (row kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row kind town)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                   # G* (row kind town)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "jufra": ("district", "LY", 29.14, 16.0, "Al Jufra"),                                  # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # Murzuq, Qatrun and the far south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_v": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                              # G (row مرزق, written مرزوق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G (row district:LY-MQ)
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawila"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (row القطرون, written قطرون after لل)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية)
 # north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
}

TRAPS = {
 "qmx1": ["الكل", "اللواء 128", "الفيلق الأفريقي", "عبدالسلام إدريس", "روسية"],
 "qmx2": ["الناس", "اللواء طارق بن زياد", "اللغات", "الجزائرية", "الجيش الجزائري", "ليبية"],
 "qmx3": ["مجتمع التحقق العربي", "المنطقة العسكرية الغربية", "الجيش الوطني الليبي", "التركية", "تركي", "ليبية"],
 "qmx4": ["ليبيا المختار", "علي مرزوق", "الكتيبة 116 مشاة", "المعارضة التشادية", "الجيش النيجري"],
 "qmx5": ["قناة فزان", "سبها الآن", "كتيبة شهداء سبها", "غرفة عمليات الجنوب", "المعارضة التشادية"],
}

PHEN = {
 "qmx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_bases"],
 "qmx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area"],
 "qmx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qmx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmx1": [
  mv("redeploy", "reported", "Libyan National Army", ["الشويرف"], ["سبها"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مطار سبها"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["أوباري"]),
 ],
 "qmx2": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات", "الحدود مع الجزائر"], ["العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
 ],
 "qmx3": [
  mv("advance", "denied", "Turkish armed forces", [], ["الشويرف"], ["مزدة"]),
  mv("deploy", "reported", "GNA forces", ["غريان"], ["القريات"], ["مزدة"]),
  mv("deploy", "planned", "GNA forces", [], ["الشويرف"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["الشويرف"]),
 ],
 "qmx4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["تراغن"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("advance", "denied", "Nigerien army", [], ["قطرون"], ["الحدود مع النيجر"]),
 ],
 "qmx5": [
  mv("withdraw", "reported", "Libyan National Army", ["الطيوري"], ["قاعدة تمنهنت"]),
  mv("advance", "denied", "Libyan National Army", [], ["المنشية"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["جرمة", "أوباري"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها"]),
 ],
}

NOTES = {
 "qmx1": "Libyan news page (ElKul) from Brak on residents' videos of a column in Wadi al-Shati: LNA (128 Brigade) units "
         "Ash-Shwayrif→Sabha via Brak confirmed by a brigade source (redeploy reported), a planned company Sabha→Idri, "
         "a denied Russian (Africa Corps) airlift Brak air base→Sabha airport, a conditional deployment to Ubari; the civilian plane "
         "from Benghazi, the fuel tankers Misrata→Brak, the drone over Idri, the standing checkpoint at Brak and "
         "Tripoli's silence are not movements or movement places; عبدالسلام إدريس holds إدري.",
 "qmx2": "Libyan news site (Alnnas) from Ghat on videos of columns on the Ubari–Ghat road: a Tariq bin Ziyad (LNA) "
         "force Ubari→Ghat via Al-Awaynat with part deployed on the border with Algeria (reinforce reported), a "
         "planned military flight Tamanhint base→Ghat airport, Algeria's denial that its army crossed the Isayen "
         "crossing towards Ghat, and a conditional Algerian reinforcement towards Djanet; the oil workers' buses to "
         "El Feel, the drone over Akakus, Algiers (source of the statement) and Tripoli are not movement places; "
         "الجزائر (country, also metonymic in the headline) beside الجزائر العاصمة; اللغات holds غات.",
 "qmx3": "Fact-check desk (Arab Facts Hub): the viral «Turkish column through Mizda to Ash-Shwayrif» clip is a 2022 "
         "Misrata parade and Ankara denies any move (advance denied, via Mizda); the real move was a Tripoli "
         "chief-of-staff force Gharyan→Al-Qaryat through Mizda (GNA forces, reported), a planned stationing in "
         "Ash-Shwayrif and the LNA's conditional advance Brak→Ash-Shwayrif (Hamada al-Hamra only in the condition); "
         "Bani Walid and Gharyan as places of sharers, Misrata as place of the old footage, Sabha as the road's "
         "goal and Tripoli (source, government) are not movement places; مزده and شويرف (after لل) are variants.",
 "qmx4": "Libyan news site (Libya Al-Mokhtar) from Murzuq on drone posts: an LNA (116 Battalion) force Sabha→Murzuq "
         "via Traghan (reinforce reported), Chadian opposition groups massing east of Umm al-Aranib (mobilise "
         "reported), a planned flight Brak air base→Al Wigh base, a conditional pull-back Murzuq→Sabha, and a "
         "denied Nigerien army entry into Qatrun (written قطرون after لل, «البلدة») across the border with Niger; "
         "the date-and-fodder convoy near Zawila, displaced families returning to Murzuq, Chad (where the clip was "
         "filmed), Benghazi and Tripoli are not movements or movement places; علي مرزوق holds the variant مرزوق.",
 "qmx5": "Regional TV site (Fezzan TV) from Sabha on residents' videos: an LNA unit's pull-out Al-Tayouri→Tamanhint "
         "base (withdraw reported), its denied entry into Al-Manshiya, an ammunition convoy Jufra air base→Tamanhint "
         "(shipment reported), two companies planned Tamanhint→Germa and Ubari, and a conditional return Tamanhint→"
         "Sabha (Al-Qurda only in the condition); the Jufra–Sabha road where it was filmed, Sabha airport's civilian "
         "flights, the 2018 clashes and the traps «قناة فزان», «سبها الآن», «كتيبة شهداء سبها» are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmx1", "qmx2", "qmx3", "qmx4", "qmx5")
