# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities outside Libya (datelines, venues, metonymy)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # Libyan coast and capital
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.658, 14.285, "Al Khums port"),                     # K
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Benghazi port"),                  # K
 "sirte_port": ("crossing", "LY", 31.21, 16.60, "Sirte port"),                          # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 # Tarhuna, Bani Walid and the hills
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # the road south
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "jufra_d": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                         # G* (Hun town row, as district)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # vague areas
 "west_ly": ("region", "LY", 31.8, 13.0, "Western Libya"),                              # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # border phrases (the region on the side the article stands in) and the Egyptian crossing
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, MIS, ZIN = "GNA forces", "Libyan National Army", "Misrata forces", "Zintan forces"

TRAPS = {
 "qh1": ["بوابة إفريقيا الإخبارية", "الكانيات", "قبائل ورفلة", "عائلة الكاني", "سالم الترهوني", "السنوات الخمس",
         "محور المنطقة الوسطى", "شارع طرابلس"],
 "qh2": ["قورينا", "القوات المسلحة العربية الليبية", "فرج المزداوي", "قناة ليبيا الأحرار", "الكانيات"],
 "qh3": ["الشروق", "قبائل ورفلة", "الجيش الوطني الليبي", "الكانيات", "المصري", "الليبيين", "شارع طرابلس"],
 "qh4": ["الدستور", "الليبية", "وكالة الصحافة الفرنسية", "المنطقة العسكرية الغربية", "الكانيات", "مقابل مالي"],
 "qh5": ["هسبريس", "الليبية", "قبائل ورفلة", "الكانيات", "اتفاق الصخيرات", "المغربي", "الليبي الليبي", "محمد الإدريسي"],
}

PHEN = {
 "qh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "town_vs_district", "ambiguity_tripoli"],
 "qh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "ambiguity_idri", "coverage_oil"],
 "qh3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "countries", "coverage_neighbours",
         "ambiguity_country_capital", "town_vs_district", "ambiguity_tripoli", "border_phrase",
         "coverage_crossings"],
 "qh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "countries",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "coverage_oil", "common_word_trap"],
 "qh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "countries",
         "person_trap", "ambiguity_idri"],
}

MOVES = {
 "qh1": [
  mv("deploy", "reported", GNA, ["الخمس"], ["ترهونة"], ["مسلاتة"]),
  mv("naval_landing", "denied", GNA, ["مصراتة"], ["ميناء الخمس"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["ترهونة"]),
  mv("advance", "denied", None, ["الجفرة"], ["بني وليد"]),
  mv("withdraw", "reported", LNA, ["ترهونة"], ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("reinforce", "conditional", MIS, ["مصراتة"], ["ترهونة"]),
 ],
 "qh2": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية", "إدري"], ["الشويرف"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("shipment", "planned", LNA, ["الجفرة"], ["الشويرف"]),
  mv("deploy", "reported", GNA, ["غريان"], ["مزدة"]),
  mv("advance", "denied", LNA, [], ["مزدة", "القريات"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["الشويرف"]),
 ],
 "qh3": [
  mv("mobilise", "reported", None, [], ["ترهونة"]),
  mv("withdraw", "reported", None, ["بني وليد"], ["ترهونة"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["ترهونة", "بني وليد"]),
  mv("withdraw", "conditional", None, ["مطار بني وليد"], []),
  mv("airlift", "denied", LNA, ["بنغازي"], ["مطار بني وليد"]),
  mv("deploy", "conditional", MIS, ["مصراتة"], ["بني وليد"]),
 ],
 "qh4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["القريات"], ["غريان", "مزدة"]),
  mv("shipment", "reported", GNA, ["غريان"], ["القريات"]),
  mv("withdraw", "reported", None, ["القريات"], ["الشويرف"]),
  mv("advance", "planned", GNA, ["القريات"], ["الشويرف"]),
  mv("reinforce", "conditional", LNA, ["براك"], ["الشويرف"]),
  mv("reinforce", "denied", ZIN, ["الزنتان"], ["مزدة"]),
 ],
 "qh5": [
  mv("withdraw", "conditional", LNA, ["الشويريف"], ["براك"]),
  mv("deploy", "planned", None, [], ["القريات"]),
  mv("redeploy", "reported", GNA, ["مزدة"], ["غريان"]),
  mv("mobilise", "reported", None, [], ["بني وليد"]),
  mv("reinforce", "denied", None, ["بني وليد"], ["الشويريف"]),
 ],
}

NOTES = {
 "qh1": "Afrigate News, Tarhuna: a GNU force Al-Khums→Tarhuna via Msallata (deploy, reported) whose arrival by sea "
        "Misrata→Al-Khums port is denied (naval_landing), a military-police unit Tripoli→Tarhuna (planned), Kaniyat "
        "fighters Jufra→Bani Walid (denied by the Warfalla social council, actor null), the Kaniyat's June 2020 pull-out "
        "Tarhuna→Jufra air base via Bani Walid as Haftar's «9th Brigade» (flashback, reported) and Misrata forces to "
        "Tarhuna «في حال» (conditional); بلدية ترهونة is the district; traps: outlet, family, activist nisba الترهوني, "
        "«السنوات الخمس» (Al-Khums), «شارع طرابلس», «محور المنطقة الوسطى».",
 "qh2": "Quryna, Benghazi (LNA-leaning wording): two Brigade 128 companies Brak air base/Idri→Ash Shwayrif (redeploy, "
        "reported), two cargo planes Benina air base→Brak air base (airlift, reported), a supply convoy Jufra→Ash "
        "Shwayrif (shipment, planned), last week's landing ship Benghazi port→Sirte port (naval_landing, reported), a GNU "
        "column Gharyan→Mizda (reported), the LNA's denied advance on Mizda/Al-Qaryat and reinforcements Sabha→Ash "
        "Shwayrif «إذا» (conditional; the trigger «تقدمت الميليشيات جنوب مزدة» is not a movement); fuel smuggled from "
        "the Zawiya refinery on the Ash Shwayrif–Bani Walid road is not a force move.",
 "qh3": "Al-Shorouk, Cairo: a Tarhuna–Bani Walid truce — armed men massing 40 vehicles in Tarhuna (mobilise, reported), "
        "Tarhuna's groups pulling back from Bani Walid's northern outskirts to Tarhuna (reported), a neutral force "
        "Tripoli→between Tarhuna and Bani Walid (planned), Bani Walid battalions leaving the airport area only «إلا بعد» "
        "(conditional), an LNA cargo plane Benghazi→Bani Walid airport with Kaniyat men (denied) and Misrata's threat "
        "to send a force to Bani Walid «إذا انهارت الهدنة» (conditional); Egypt's border measures at the Sallum land "
        "port are not a movement; مصر first occurs inside مصراتة; بلدية بني وليد is the district; «شارع طرابلس» a trap.",
 "qh4": "Ad-Dustour, Amman (wire copy): a GNU force Tripoli→Al-Qaryat via Gharyan and Mizda (deploy, reported), "
        "ammunition trucks Gharyan→Al-Qaryat (shipment, reported), local gunmen Al-Qaryat→Ash Shwayrif (withdraw, "
        "reported, actor null), the force's planned advance Al-Qaryat→Ash Shwayrif, Brigade 128 Brak→Ash Shwayrif "
        "«إذا دخلتها» (conditional), Zintan's denied fighters to Mizda; migrants via the Toummo crossing on the Niger "
        "border and refinery fuel are not forces; spelling ترهونه; عمّان is dateline and metonymy for Jordan; "
        "«مقابل مالي» is a common-word trap.",
 "qh5": "Hespress, Rabat: Bouznika security talks — the LNA's pull-out Ash Shwayrif→Brak «شريطة» (conditional), a "
        "joint force for Al-Qaryat in the draft (planned, actor null), a GNU battalion Mizda→Gharyan «أعادت تموضع» "
        "(redeploy, reported), Warfalla groups massing at Bani Walid's southern gate (mobilise, reported) and Bani "
        "Walid's denied fighters to Ash Shwayrif (reinforce, actor null); spelling الشويريف; traps «محمد الإدريسي» "
        "(contains إدري), «اتفاق الصخيرات», «المغربي» (the gold المغرب is occurrence 2).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qh1", "qh2", "qh3", "qh4", "qh5")
