# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # oa1 Jabal Akhdar / Derna / Tobruk (LNA spokesman, Al-Qubba council)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abraq_apt": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, as a region)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna_port": ("crossing", "LY", 32.762, 22.645, "Derna port"),                          # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.053, "Benghazi port"),                   # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),        # G
 "border_eg": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, near Emsaed)"),  # K
 # oa2 Nafusa mountains (GNU MoD, Kikla council, Zintan military council)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                     # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "jabal_gharbi": ("region", "LY", 32.0, 12.6, "Jabal Nafusa (Western Mountain)"),       # K (gazetteer row is the district centroid)
 # oa3 Murzuq (LNA statement, Murzuq council, Tebu social council)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 # oa4 Msallata / Tarhuna / Bani Walid (GNU General Staff, councils)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr_khiyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                   # G* (row قصر خيار)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "khums_port": ("crossing", "LY", 32.655, 14.272, "Al Khums port"),                      # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 # oa5 Tunisian MoD, GNU Western Military Region, Nalut council
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),      # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                     # G* (row قاعدة العوينة)
 "border_tnside": ("region", "TN", 32.10, 10.60, "Tunisia-Libya border (Tunisian side, near Dehiba)"),  # K
 "rasjedir": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),       # G* (row منفذ رأس جدير, country TN)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
}

TRAPS = {
 "oa1": ["الدستور", "المرجاوي", "المرجح", "ليبيا الحدث", "الليبي", "الإدريسي"],
 "oa2": ["الليبية", "وكالة الأنباء الليبية", "الأنباء", "الغرياني", "شارع طرابلس"],
 "oa3": ["هسبريس", "السبهاوي", "غرفة عمليات فزان", "تشاديين"],
 "oa4": ["الوفد", "الخمسي", "السنوات الخمس", "قبائل ورفلة", "قوة حماية طرابلس"],
 "oa5": ["التونسية", "الليبية", "الليبي", "الأيام", "إذاعة تطاوين", "النالوتي"],
}

PHEN = {
 "oa1": ["clitics", "multiword", "person_trap", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "border_phrase", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "oa2": ["clitics", "person_trap", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "countries"],
 "oa3": ["clitics", "multiword", "person_trap", "operation_trap", "media_trap", "nisba", "ambiguity_idri",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "oa4": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "media_trap", "common_word_trap",
         "ambiguity_tripoli", "coverage_bases"],
 "oa5": ["clitics", "spelling", "multiword", "person_trap", "media_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "oa1": [
  mv("reinforce", "reported", LNA, ["المرج"], ["درنة"], ["البيضاء", "شحات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("deploy", "conditional", LNA, [], ["القبة"]),
  mv("redeploy", "denied", LNA, ["طبرق"], ["الحدود مع مصر"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
 ],
 "oa2": [
  mv("deploy", "reported", GNA, ["غريان"], ["ككلة"]),
  mv("shipment", "reported", GNA, ["غريان"], ["ككلة"]),
  mv("deploy", "planned", GNA, [], ["الأصابعة"]),
  mv("withdraw", "conditional", GNA, ["ككلة"], ["غريان"]),
  mv("withdraw", "reported", None, ["ككلة"], ["يفرن"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرياينة"]),
 ],
 "oa3": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها", "غدوة"]),
  mv("deploy", "planned", LNA, [], ["تراغن", "زويلة"]),
  mv("shipment", "planned", LNA, ["سبها"], ["مرزق"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["مرزق"], ["منفذ التوم"]),
  mv("withdraw", "conditional", None, ["مرزق"], ["القطرون", "أم الأرانب"]),
  mv("withdraw", "reported", LNA, ["مرزق"], ["إدري"]),
 ],
 "oa4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مسلاتة"], ["ترهونة"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("withdraw", "planned", None, ["مسلاتة"], ["قصر الأخيار"]),
  mv("mobilise", "denied", None, [], ["بني وليد"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["الخمس"]),
 ],
 "oa5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["الذهيبة"], ["تطاوين"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة الجوية"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر راس جدير"]),
  mv("redeploy", "denied", GNA, ["نالوت"], ["منفذ وازن"]),
 ],
}

NOTES = {
 "oa1": "LNA spokesman's video statement (Al-Dustour style, Benghazi dateline): a reported infantry reinforcement "
        "Al-Marj→Derna via Al-Bayda and Shahhat, a planned engineer airlift Benina air base→La Abraq airport, a "
        "conditional deployment to Al-Qubba (إذا, on a formal request of its council), a denied redeploy Tobruk→the "
        "Egyptian border and an earlier reported landing Benghazi port→Derna port. Traps: the spokesman المرجاوي and "
        "«المرجح» contain المرج, the councillor الإدريسي contains إدري, ليبيا الحدث (channel); Marsa al-Hariga (the "
        "brigade's task), the Jebel Akhdar floods and the Al-Bayda meeting are not movement places.",
 "oa2": "GNU Defence Ministry statement (Al-Anba style, Tripoli dateline) on Kikla: a reported deployment Gharyan→Kikla "
        "and the ammunition trucks that followed it, a planned company for Al-Asabaa, the force's conditional return to "
        "Gharyan (بمجرد), a local group's reported pull-back Kikla→Yafran and the Zintan military council's denial of "
        "massing in Al-Rayayna. Traps: الغرياني contains غريان, شارع طرابلس (a street in Gharyan); Kuwait's ministry "
        "(city) vs دولة الكويت (country); «التدخل في ككلة» is the alleged purpose, not a destination; Tripoli's "
        "mediation delegations and the relatives' sit-in are not force moves.",
 "oa3": "LNA statement, Murzuq council and Tebu social council (Hespress style): a reported reinforcement Tamanhint air "
        "base→Murzuq via Sabha and Ghuddwa, a planned company for Traghen and Zuwaylah, planned fuel-and-ammunition "
        "trucks Sabha→Murzuq, a denied Chadian advance Chad→Murzuq via the Toummo crossing, the Tebu youths' "
        "conditional pull-out Murzuq→Al-Qatrun/Umm al-Aranib (فور) and last month's LNA pull-back Murzuq→Idri. Traps: "
        "السبهاوي, غرفة عمليات فزان, تشاديين; the aid convoy from Sabha, returning families and the El Feel stoppage "
        "are not force moves.",
 "oa4": "GNU General Staff, Msallata council, the Warfalla social council and the Misrata military council (Al-Wafd "
        "style, Tripoli dateline): a reported deployment Tripoli→Msallata via Tarhuna, marines landed Abu Sitta naval "
        "base→Al-Khums port, a local group's planned pull-back to its camp at Qasr al-Akhyar, a denied massing in Bani "
        "Walid and Misrata's conditional advance on Al-Khums (لن … إلا إذا). Traps: the mayor الخمسي and «السنوات "
        "الخمس» contain الخمس, قوة حماية طرابلس; the Tarhuna road closure is not a movement.",
 "oa5": "Tunisian MoD «بلاغ» and the GNU Western Military Region's denial (Al-Ayyam style, Tunis dateline): a reported "
        "Tunisian reinforcement Medenine→Dehiba via Tataouine, a planned special-forces airlift El Aouina air base→Borj "
        "El Khadra, a conditional reinforcement of the Ras Jedir crossing (في حال) and a denied GNA redeploy Nalut→the "
        "Wazin crossing. Tunis (dateline) vs Tunisia (country), Tataouine town vs governorate (ولاية); traps إذاعة "
        "تطاوين, النالوتي, التونسية; travellers, traders and seized arms shipments without places are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oa1", "oa2", "oa3", "oa4", "oa5")
