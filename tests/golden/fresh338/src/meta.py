# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # ports, bases, airports
 "tripoli_port": ("crossing", "LY", 32.90000, 13.20500, "Port of Tripoli"),             # K
 "khums_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),              # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 # oil
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # mb1 / mb5 Tarhuna and the coast
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                             # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 # mb2 Bani Walid
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (Jufra airport row, near Hun/Waddan)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # mb3 Warshefana
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (Al Jafara district row)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # mb4 Gharyan road, Mizda, Al-Shwayrif
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA = "GNA forces", "Libyan National Army"

TRAPS = {
 "mb1": ["إيلاف", "تركية", "صالح الترهوني", "المجلس الاجتماعي لقبائل ورفلة", "الليبيين", "عملية بركان الغضب",
         "قوة حماية طرابلس", "الصادق الغرياني"],
 "mb2": ["بوابة إفريقيا الإخبارية", "المنطقة العسكرية الوسطى", "شارع طرابلس", "ما ادري", "الجيش الوطني الليبي",
         "عمر الورفلي", "أبناء ورفلة"],
 "mb3": ["الجريدة", "السواني", "التونسية"],
 "mb4": ["الشروق", "الليبية", "القيادة العامة للجيش الوطني الليبي", "مفتاح الإدريسي", "الشقيقة"],
 "mb5": ["الكانيات", "بي بي سي", "القيادة العامة للجيش الوطني الليبي", "اللواء التاسع ترهونة", "أحمد المسلاتي"],
}

PHEN = {
 "mb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_crossings", "countries"],
 "mb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "mb3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "mb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "mb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_crossings"],
}

MOVES = {
 "mb1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("shipment", "reported", GNA, ["تركيا"], ["ميناء طرابلس"]),
  mv("withdraw", "conditional", None, ["الخضراء"], ["ترهونة"]),
  mv("redeploy", "planned", GNA, ["ترهونة"], ["مسلاتة"]),
  mv("mobilise", "denied", None, [], ["بني وليد"]),
 ],
 "mb2": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("shipment", "planned", GNA, ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("advance", "denied", LNA, ["قاعدة الجفرة الجوية"], ["بني وليد"], ["الشويرف"]),
  mv("mobilise", "conditional", None, [], ["بني وليد"]),
 ],
 "mb3": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["الزهراء"], ["جنزور"]),
  mv("withdraw", "reported", None, ["الماية"], ["الزاوية"]),
  mv("redeploy", "planned", GNA, ["الزهراء"], ["الماية"]),
  mv("naval_landing", "conditional", GNA, [], ["مصفاة الزاوية"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
 ],
 "mb4": [
  mv("reinforce", "reported", GNA, ["غريان"], ["مزدة"], ["الاصابعة"]),
  mv("shipment", "reported", GNA, ["قاعدة الوطية الجوية"], ["مزدة"]),
  mv("mobilise", "reported", None, [], ["الشويرف"]),
  mv("advance", "conditional", None, ["الشويرف"], ["مزدة"]),
  mv("redeploy", "denied", LNA, ["سبها"], ["الشويرف"]),
  mv("airlift", "planned", GNA, ["قاعدة معيتيقة"], ["مزدة"]),
 ],
 "mb5": [
  mv("naval_landing", "reported", GNA, ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "reported", GNA, ["ميناء الخمس"], ["ترهونة"], ["مسلاتة"]),
  mv("advance", "denied", LNA, ["الجفرة"], ["ترهونة"], ["بني وليد"]),
  mv("withdraw", "planned", GNA, ["ترهونة"], ["طرابلس"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["مسلاتة"]),
 ],
}

NOTES = {
 "mb1": "Elaph-style report from Tripoli on Tarhuna: a GNU General Staff column Tripoli→Tarhuna via Qasr Bin Ghashir "
        "(reported deploy), its Turkish-made armour shipped Turkey→Tripoli port last month (reported shipment), a local "
        "group's pull-back Al-Khadra→Tarhuna only «إذا» the heavy vehicles leave (conditional), a company Tarhuna→Msallata "
        "under the draft deal (planned redeploy) and the Warfalla council's denial of massing in Bani Walid (denied "
        "mobilise). Traps: the outlet, Tarhuni/Ghariani persons, Operation Volcano of Rage, the Tripoli Protection Force.",
 "mb2": "Afrigate-style report from Bani Walid: a C-130 Mitiga airport→Bani Walid airport (reported airlift; «في طرابلس» "
        "only locates Mitiga), ammunition trucks Tripoli→Bani Walid via Tarhuna (planned shipment), the mayor's denial of an "
        "LNA advance Jufra air base→Bani Walid via Al-Shwayrif (headline «من الجفرة» is the same move) and a conditional "
        "Warfalla «نفير» in Bani Walid. Migrants smuggled from the Niger border are not a force move; «ما ادري» is colloquial.",
 "mb3": "Al-Jarida-style report on Warshefana–Zawiya clashes: GNU reinforcements Tripoli→Az-Zahra via Janzour (reported), "
        "Zawiya gunmen pulling out of Al-Maya towards «مدينتهم» = Zawiya (reported withdraw), a planned Az-Zahra→Al-Maya "
        "redeploy, a naval landing at the Zawiya refinery «في حال» (conditional) and Zintan's denied fighters to Bir "
        "al-Ghanam. Tunis hosts the elders' meeting (city) while the Tunisian border is a smuggling route (no move).",
 "mb4": "Al-Shorouk-style report from Cairo on Mizda and Al-Shwayrif: GNU reinforcements Gharyan→Mizda via Al-Asabaa "
        "(reported), ammunition trucks Al-Watiya air base→Mizda (reported shipment), former LNA allies massing in Al-Shwayrif "
        "(reported mobilise, repeated in the headline) and their conditional advance "
        "Al-Shwayrif→Mizda, the LNA's denied battalion Sabha→Al-Shwayrif and a planned helicopter airlift Mitiga base→Mizda. "
        "Oil pipeline, Algerian border, Algiers meeting and Egypt are not movement places.",
 "mb5": "BBC-Arabic-style report on Tarhuna: GNU forces by landing ship Tripoli port→Al-Khums port (reported naval landing) "
        "then by road port→Tarhuna via Msallata (reported deploy), the LNA's denied Ninth Brigade advance Jufra→Tarhuna via "
        "Bani Walid, the force's planned return Tarhuna→Tripoli and Misrata's conditional reinforcement of Msallata. "
        "Garabulli only locates the road closure.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mb1", "mb2", "mb3", "mb4", "mb5")
