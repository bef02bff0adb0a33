# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # foreign cities (datelines, speakers)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # gn1 Fezzan and the Chad/Niger borders
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "wigh": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                                 # G* (row قاعدة الويغ, as the oasis)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # gn2 Turkey and the west
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "khums_port": ("crossing", "LY", 32.65800, 14.28000, "Al Khums port"),                 # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 # gn3 the south-west (Ash Shwayrif, Derj, Ghadames)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "DZ", 30.00000, 9.45000, "Algeria-Libya border (Algerian side, Debdeb)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 # gn4 Kufra, the triangle and Darfur
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "amdjarass": ("town", "TD", 16.06600, 22.83500, "Amdjarass"),                          # K
 # gn5 the west coast and the Tunisian border
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (value from fresh51 README)
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18500, "Tripoli port"),                # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
}

TRAPS = {
 "gn1": ["المعارضة التشادية", "مركز الإمارات للسياسات", "علي القطروني", "دعماً مالياً", "ما ادري"],
 "gn2": ["التموضع التركي", "المركز العربي للأبحاث ودراسة السياسات", "قناة مصراتة", "شارع طرابلس",
         "عملية بركان الغضب", "وزارة الدفاع التركية"],
 "gn3": ["منتدى فكرة", "كريم الإدريسي", "معهد واشنطن", "حبيس الدرج", "عملية طوفان الكرامة"],
 "gn4": ["مدى مصر", "قوات الدعم السريع", "الجيش المصري", "المدن الليبية", "الخارجة عن القانون", "الجانب الليبي"],
 "gn5": ["نون بوست", "اللبنانية", "جهاز دعم الاستقرار", "إذاعة تطاوين", "السلطات التونسية",
         "الباحث التونسي منير بن علي"],
}

PHEN = {
 "gn1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "gn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "gn4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "gn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gn1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["تراغن"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القطرون"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["الويغ"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["القطرون"], ["الحدود مع تشاد"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوغودي"]),
 ],
 "gn2": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("redeploy", "planned", "GNA forces", ["معسكر التكبالي"], ["غريان"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["سرت"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"]),
 ],
 "gn3": [
  mv("redeploy", "reported", "Libyan National Army", ["براك الشاطئ"], ["الشويرف"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["درج", "غدامس"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
 ],
 "gn4": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("deploy", "reported", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["شرق العوينات"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["الحدود الليبية السودانية"]),
 ],
 "gn5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة", "مجمع مليتة"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["قاعدة الوطية الجوية"]),
  mv("reinforce", "planned", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "conditional", "Zintan forces", ["قاعدة الوطية الجوية"], ["الجميل"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"], ["زوارة"]),
 ],
}

NOTES = {
 "gn1": "Emirati think-tank position paper on Fezzan: two reported moves as the factual basis (LNA reinforcement "
        "Sabha→Murzuq via Traghen; Chadian opposition pull-out Umm al-Aranib→Niger border), an announced LNA company "
        "for Al Qatrun, two scenario moves (a Tamanhint→Al Wigh air bridge if fighting resumes near El Feel; Chadian "
        "factions crossing the Chad border towards Al Qatrun if talks in N'Djamena stall) and the CCMSR's denied "
        "build-up at Kouri Bougoudi. Sabha→Toummo is a stretch of territory, Idri/Brak are residents' towns, El Feel "
        "is the condition's place: none is a movement place.",
 "gn2": "Doha think-tank reading of Turkey's posture: a reported Turkish landing Mersin→Al-Khums port, a planned "
        "444 Brigade move Tekbali camp (Tripoli)→Gharyan, a hypothetical Turkish battalion for Al-Watiya ('إذا قررت تركيا'), a "
        "scenario Misrata advance on Sirte ('إذا انهار وقف إطلاق النار') and Ankara's denial of a Syrian pull-out "
        "Tripoli→northern Syria. Ankara, Cairo, Washington, Egypt, the UAE and the second Sirte are analysis, not moves; "
        "the Misrata rally in 'شارع طرابلس بمصراتة' is a venue.",
 "gn3": "Washington Institute (Fikra Forum) column on a westward LNA scenario: a reported redeploy Brak al-Shati→Ash "
        "Shwayrif and a reported Benina→Jufra cargo flight, the hypothetical advance Ash Shwayrif→Derj/Ghadames if "
        "the JMC talks collapse, a planned GNU airlift Mitiga airport→Ghadames airport and Algeria's denial of massing "
        "at Debdeb. Wafa field, Hamada al-Hamra, Nalut–Ghadames, Sirte and the Debdeb border phrase are locators.",
 "gn4": "Mada Masr reading of the Sudan war at Kufra: a reported RSF advance Al Malha→the border triangle (satellite "
        "imagery), a reported LNA deployment Tazirbu→Rebiana, a planned Benina→Kufra airport air bridge, a scenario "
        "Egyptian deployment Mohamed Naguib base→East Oweinat ('إذا اقترب … إلى هناك') and the RSF's denied fuel and "
        "ammunition shipment Kufra→Darfur across the Libya–Sudan border. The 2020 'red line' at Sirte/Jufra is a "
        "flashback without movement.",
 "gn5": "Noon Post scenario column on the west coast: a reported SSA sea move Tripoli port→Zuwara port then Mellitah, "
        "a reported GNA ammunition convoy Misrata→Al-Watiya air base, Tunisia's planned reinforcement Medenine→Ben "
        "Gardane, a scenario Zintan advance Al-Watiya→Al-Jmail if clashes erupt at the crossing, and the GNU Interior "
        "Ministry's denied pull-out Ras Ajdir→Zuwara. Tripoli (Lebanon) is a comparison; Sabratha is in a question.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gn1", "gn2", "gn3", "gn4", "gn5")
BAR_IN_TEXT = True  # headlines have a literal "|" («تقدير موقف |», «منتدى فكرة |», «قراءة |»): no "|" residue test
