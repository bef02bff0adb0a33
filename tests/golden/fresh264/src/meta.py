# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.900, 13.180, "Port of Tripoli"),                 # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G
 "souq_jumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                     # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 # jf1 Misrata and the eastern coastal road
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),              # G* (row مطار مصراتة)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 # jf3 Zawiya and the western coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (town row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn_coast": ("region", "LY", 33.05, 11.60, "Libya-Tunisia border (coast, Ras Ajdir)"),  # K
 # jf4 Zintan and the Nafusa
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "jabal_gharbi": ("region", "LY", 32.00, 12.50, "Western Mountain (Jabal Nafusa)"),     # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "border_tn_wazin": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),       # G* (row الحدود الليبية التونسية)
 # jf5 Warshefana and Al-Aziziya
 "warshefana": ("region", "LY", 32.62, 12.95, "Warshefana"),                            # K
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MIS, GNA, ZIN, LNA = "Misrata forces", "GNA forces", "Zintan forces", "Libyan National Army"

TRAPS = {
 "jf1": ["فواصل", "عملية البنيان المرصوص", "قناة مصراتة", "محمود الزليتني", "المجلس العسكري مصراتة",
         "السنوات الخمس", "الشارع المصراتي", "شارع طرابلس"],
 "jf2": ["قناة المسار", "أحمد التاجوري", "شارع الزاوية", "الأحياء الطرابلسية", "قوة حماية طرابلس"],
 "jf3": ["ليبيا برس", "المنطقة العسكرية الساحل الغربي", "من الزاوية الأمنية", "رتل زنتاني", "الخارجية التونسية"],
 "jf4": ["المجلس العسكري الزنتان", "بوابة المتوسط", "الرجباني", "الكتائب الزنتانية", "ما ادري"],
 "jf5": ["المنطقة العسكرية الغربية", "صحيفة فبراير", "مدرسة فاطمة الزهراء", "باب العزيزية", "مفتاح العزيزي", "خالد الإدريسي"],
}

PHEN = {
 "jf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "jf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "countries"],
 "jf3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "town_vs_district",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jf5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "town_vs_district",
         "vague_area", "coverage_bases"],
}

MOVES = {
 "jf1": [
  mv("mobilise", "reported", MIS, ["مصراتة"], ["الدافنية"]),
  mv("advance", "reported", MIS, ["الدافنية"], ["الخمس"], ["زليتن"]),
  mv("deploy", "planned", MIS, ["الدافنية"], ["القربوللي"]),
  mv("advance", "conditional", MIS, [], ["طرابلس"]),
  mv("naval_landing", "denied", MIS, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("shipment", "reported", MIS, ["الكلية الجوية"], ["الدافنية"]),
 ],
 "jf2": [
  mv("deploy", "reported", GNA, ["معسكر التكبالي"], ["تاجوراء", "قره بوللي"]),
  mv("withdraw", "reported", GNA, ["مطار معيتيقة"], ["سوق الجمعة"]),
  mv("airlift", "reported", GNA, ["مطار مصراتة"], ["قاعدة معيتيقة"]),
  mv("redeploy", "planned", GNA, ["عين زارة"], ["قصر بن غشير"]),
  mv("reinforce", "conditional", GNA, ["تاجورا"], ["القره بوللي"]),
  mv("deploy", "denied", GNA, ["أبو سليم"], ["جنزور"]),
 ],
 "jf3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["مصفاة الزاوية"]),
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("withdraw", "planned", None, ["الحرشة"], ["الزاوية"]),
  mv("advance", "conditional", GNA, [], ["صرمان"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["الزاوية"], ["بئر الغنم"]),
 ],
 "jf4": [
  mv("mobilise", "reported", ZIN, ["الزنتان"], ["الرياينة"]),
  mv("reinforce", "reported", ZIN, ["منفذ وازن"], ["الرياينة"]),
  mv("advance", "reported", ZIN, ["الرياينة"], ["بئر الغنم"]),
  mv("advance", "denied", ZIN, [], ["العزيزية", "ورشفانة"]),
  mv("withdraw", "reported", ZIN, ["الأصابعة"], ["الزنتان"]),
  mv("withdraw", "conditional", ZIN, ["بئر الغنم"], ["زنتان"]),
  mv("deploy", "planned", GNA, ["غريان"], ["بئر الغنم"]),
 ],
 "jf5": [
  mv("withdraw", "reported", GNA, ["العزيزية", "الزهراء"], ["قاعدة الوطية"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["السواني", "العزيزية"]),
  mv("shipment", "planned", GNA, ["بئر الغنم"], ["غريان"]),
  mv("airlift", "planned", GNA, ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("deploy", "conditional", GNA, [], ["العزيزية"]),
  mv("redeploy", "denied", GNA, ["الزهراء"], ["جنزور"]),
 ],
}

NOTES = {
 "jf1": "Fawasel-style report from Misrata: Misrata brigades mass at Dafniya (reported mobilise, origin Misrata), a "
        "vanguard Dafniya->Al-Khums via Zliten (reported advance; the Zliten driver's «رتلاً طويلاً» is the same move), "
        "the main force to Garabulli written القربوللي (planned), ammunition trucks Air College->Dafniya (reported "
        "shipment), «لن تدخل طرابلس إلا بطلب» (conditional), a sea move Misrata port->Tripoli port denied; Turkish "
        "advisers at the Air College are presence, not movement; traps: قناة مصراتة, المجلس العسكري مصراتة, "
        "محمود الزليتني, السنوات الخمس, شارع طرابلس (a street in Misrata).",
 "jf2": "Al-Masar TV-style report from Tripoli: 444 Brigade Tekbali camp->Tajura/قره بوللي (reported deploy, both "
        "ends of the strip as destinations), Radaa pulls back from Mitiga airport to Souq al-Jumaa (reported), special "
        "forces flown Misrata airport->Mitiga base (reported airlift), a planned Ain Zara->Qasr Bin Ghashir redeploy, "
        "a Tajura battalion's «إذا» move to Garabulli (conditional reinforce, origin written تاجورا), the SSA's denied "
        "Abu Salim->Janzour move; شارع الزاوية is a street trap; الجزائر العاصمة is Algiers (a venue, not a move).",
 "jf3": "Libya Press-style report from Zawiya: a GNA dispute-resolution force Tripoli->Zawiya refinery via Janzour "
        "and Al-Maya (reported), marines landed from Abu Sitta naval base near the refinery (reported naval landing), "
        "a group massing in Al-Harsha (reported mobilise, no canonical actor), the agreed pull-back Al-Harsha->Zawiya "
        "(planned), «ستتقدم نحو صرمان إذا» (conditional), a Zintani column via Bir al-Ghanam denied; wounded to the "
        "Zawiya hospital, displaced families and lorries queuing for Ras Ajdir are not moves; تونس is the country "
        "in the border phrase and Tunis after العاصمة.",
 "jf4": "Al-Mutawaset-style report from Zintan: Zintan masses at Al-Riyayna (reported mobilise) near the Sharara "
        "pipeline valve, a company Wazin crossing->Al-Riyayna (reported reinforce), a column Al-Riyayna->Bir al-Ghanam "
        "(reported), the council denies advancing on Al-Aziziya/Warshefana, a flashback pull-back Al-Asabaa->Zintan "
        "(reported), «ستعود للزنتان فور تسلّم» (conditional withdraw, surface زنتان), a GNA company Gharyan->Bir "
        "al-Ghanam (planned, البلدة resolved); الرجباني (twice) contains الرجبان; «ما ادري» is the Idri trap.",
 "jf5": "Febrayer-style report from Al-Aziziya: the Western Military Region pulls out of Al-Aziziya/Az-Zahra to "
        "Al-Watiya (reported), military police Tripoli->the Sawani-Aziziya road (reported), ammunition trucked Bir "
        "al-Ghanam->Gharyan (planned shipment), air-defence technicians flown Al-Watiya->Mitiga airport (planned "
        "airlift), «لن تعود إلى العزيزية إلا إذا» (conditional), the 55th Battalion's denied Az-Zahra->Janzour move; "
        "traps باب العزيزية, مدرسة فاطمة الزهراء, خالد الإدريسي; 2011 memories are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jf1", "jf2", "jf3", "jf4", "jf5")
