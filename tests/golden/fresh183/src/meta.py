# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # cities and towns used in several articles
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row, README rule)
 # neighbours and border phrases
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G* (row الحدود الليبية النيجرية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
 # checkpoints / gates (kind crossing, see README judgement calls)
 "sabha_sgate": ("crossing", "LY", 26.95, 14.43, "Sabha southern gate"),                 # K
 "qataan_gate": ("crossing", "LY", 27.43, 14.87, "Al-Qataan gate"),                      # K (as the articles place it)
 "gate60": ("crossing", "LY", 31.25, 15.97, "Gate 60 (west of Sirte)"),                  # K
 "washka_gate": ("crossing", "LY", 31.30000, 15.60000, "Al-Washka gate"),                # G* (Al Washka town row)
 "shwayrif_gate": ("crossing", "LY", 29.92428, 14.21152, "Ash Shwayrif gate"),           # G* (Ash Shwayrif town row)
 # gc1 Sabha and the south
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G* (row قاعدة تمنهنت)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),               # G* (Sabha city row)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 # gc2 / gc5 the coastal road west of Sirte
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                    # G
 "sirte_port": ("crossing", "LY", 31.217, 16.585, "Sirte port"),                          # K
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),               # G* (row راس لانوف)
 # gc3 the Gharyan - Ash Shwayrif road
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G* (row قاعدة الوطية)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                       # G
 # gc4 the Jufra - Sabha road
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),     # G* (town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
}

TRAPS = {
 "gc1": ["مسعود السبهاوي", "ما ادري", "المعارضة التشادية"],
 "gc2": ["شارع طرابلس", "الجيش الوطني الليبي", "علي المصراتي", "غرفة عمليات تحرير سرت الجفرة"],
 "gc3": ["القاهرة الإخبارية"],
 "gc4": ["المتوسط", "الهوني", "غرفة عمليات الجفرة", "عمر الطرابلسي", "مالي"],
 "gc5": ["ليبيا برس", "غرفة عمليات سرت الكبرى"],
}

PHEN = {
 "gc1": ["clitics", "multiword", "spelling", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gc2": ["clitics", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours"],
 "gc3": ["clitics", "multiword", "media_trap", "ambiguity_idri", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gc4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "nisba", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "gc5": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "coverage_bases", "coverage_oil",
         "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"

MOVES = {
 "gc1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["البوابة الجنوبية لسبها"]),
  mv("redeploy", "reported", LNA, ["البوابة الجنوبية لسبها"], ["بوابة القطعان"]),
  mv("airlift", "reported", LNA, ["بنغازي"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, [], ["غدوة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["البوابة الجنوبية لسبها"]),
  mv("advance", "denied", None, ["مرزق"], ["بوابة سبها الجنوبية"]),
 ],
 "gc2": [
  mv("withdraw", "reported", MIS, ["بوابة الوشكة"], ["أبوقرين"]),
  mv("withdraw", "reported", MIS, ["بوابة الوشكة"], ["مصراتة"], ["الهيشة", "تاورغاء"]),
  mv("mobilise", "denied", LNA, [], ["بوابة 60"]),
  mv("naval_landing", "denied", LNA, [], ["الوشكة"]),
  mv("deploy", "planned", None, [], ["أبوقرين", "بويرات الحسون", "بوابة الوشكة"]),
  mv("redeploy", "conditional", MIS, [], ["بوابة الوشكة"]),
 ],
 "gc3": [
  mv("deploy", "reported", GNA, ["غريان"], ["بوابة الشويرف"], ["مزدة"]),
  mv("shipment", "reported", GNA, ["قاعدة الوطية الجوية"], ["بوابة الشويرف"]),
  mv("withdraw", "reported", None, ["بوابة الشويرف"], ["الشويرف"]),
  mv("deploy", "planned", GNA, ["بوابة الشويرف"], ["القريات"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  mv("advance", "conditional", LNA, ["براك"], ["الشويرف"]),
 ],
 "gc4": [
  mv("shipment", "reported", None, ["أم الأرانب"], ["بني وليد"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["بوابة القطعان"], ["سوكنة"]),
  mv("deploy", "planned", LNA, ["ودان"], ["بوابة القطعان"]),
  mv("withdraw", "conditional", LNA, ["بوابة القطعان"], ["هون"]),
  mv("advance", "denied", None, ["بني وليد"], ["بوابة القطعان"]),
 ],
 "gc5": [
  mv("withdraw", "reported", LNA, ["بوابة الـ60"], ["قاعدة القرضابية"]),
  mv("deploy", "reported", LNA, ["الجفرة"], ["بوابة الـ60"], ["ودان"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  mv("advance", "planned", LNA, [], ["بويرات الحسون"]),
  mv("reinforce", "conditional", LNA, ["القرضابية"], ["بوابة الـ60"]),
  mv("naval_landing", "conditional", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "denied", MIS, [], ["أبوقرين"]),
 ],
}

NOTES = {
 "gc1": "Fasanea (Sabha): a handover at Sabha's southern gate — an LNA battalion Tamanhint air base→the gate, the "
        "outgoing brigade gate→Al-Qataan gate, a cargo flight Benghazi→Sabha airport, a planned company for Ghuddwa "
        "(Traghen is the purpose), a conditional reinforcement from Brak air base and a denied Murzuq→gate move of "
        "unnamed gunmen; trucks stopped at the gate are not a movement; traps: the officer السبهاوي, a driver's «ما "
        "ادري», «المعارضة التشادية»; the border phrase الحدود مع النيجر nests the country.",
 "gc2": "Al-Arab (London), dateline Tripoli: Misrata's Joint Force leaves the Al-Washka gate for Abu Qurayn and its "
        "heavy weapons go to Misrata via Al-Hisha and Tawergha; the 5+5 monitors who take over are not a force; the "
        "LNA denies massing at Gate 60 and a «naval landing» on the Al-Washka coast; planned joint patrols Abu "
        "Qurayn–Buwairat al-Hassoun based at the gate (the committee met in Tunis: venue, not a movement place); the "
        "Joint Force's conditional return to the gate (no origin written); a commercial convoy held at Gate 60 is not "
        "a movement; «شارع طرابلس» is a street in Misrata.",
 "gc3": "Al-Qahera News (Egyptian TV), dateline Tripoli: a GNU force Gharyan→the Ash Shwayrif gate via Mizdah and an "
        "ammunition/fuel convoy Al-Watiya air base→the gate, the local battalion pulls back from the gate into the "
        "town, a planned company gate→Al Qaryat, the LNA denies a pull-out Brak air base→Sabha and threatens a "
        "conditional move Brak→Ash Shwayrif; tankers Zawiya→Brak held at the gate and fuel smuggled towards the "
        "Algerian border are civilian; the outlet's name (Cairo) is a trap.",
 "gc4": "Almutawaset, dateline Hun: an arms convoy Umm al-Aranib→Bani Walid stopped at the Al-Qataan gate (shipment, "
        "owner unknown; the gate is where it was stopped, not a leg), an LNA company Jufra air base→the gate via Sokna, "
        "a planned engineers' platoon from Waddan, a conditional return gate→Hun and Bani Walid's denied force to the "
        "gate; traps: the officer الهوني (Hun), the driver الطرابلسي, «دعم مالي», the outlet «المتوسط».",
 "gc5": "Libya Press, dateline Sirte: a rotation at Gate 60 (three spellings: البوابة 60، بوابة الـ60، بوابة 60) — "
        "the outgoing battalion gate→Gardabiya air base, the incoming one Jufra→the gate via Waddan, a cargo flight "
        "Benina air base→Gardabiya, a planned company to Buwairat al-Hassoun (the area between the gates is a "
        "purpose), a conditional reinforcement from Gardabiya, a conditional marine landing Benghazi→Sirte port and "
        "Misrata's denied massing at Abu Qurayn; a medical aid convoy Misrata→Sirte and tankers Ras Lanuf port→Misrata "
        "passing the gate are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gc1", "gc2", "gc3", "gc4", "gc5")
