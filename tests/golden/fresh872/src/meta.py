# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق, HLGN)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),             # G
 "abraq_base": ("base", "LY", 32.78870, 21.96430, "Al Abraq Air Base"),                  # G* (row مطار الأبرق)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "marj_dist": ("district", "LY", 31.91751, 21.00744, "Al Marj district"),                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),        # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qgp1 Qurina (Benghazi)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                 # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                               # G
 "jabal": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                          # G* (district row الجبل الأخضر)
 # qgp2 Berniq (Al-Marj)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                         # G
 # qgp3 Benghazi Local Radio (Benghazi)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),            # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G* (row مرفأ طرابلس)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # qgp4 Al-Masar TV (Tobruk)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "makhili": ("town", "LY", 32.16005, 22.27845, "Al Makhili"),                            # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # qgp5 Al-Manara Media (Ajdabiya)
 "ajdabiya_airport": ("airport", "LY", 30.76510, 20.19140, "Ajdabiya Airport"),          # G* (row مطار إجدابيا)
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),        # G* (city row)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                   # G (written شعبية الواحات)
}

TRAPS = {
 "qgp1": ["قورينا", "الجيش الوطني الليبي", "منطقة اجدابيا العسكرية", "بدل مالي", "عملية الكرامة"],
 "qgp2": ["برنيق", "الجيش الوطني الليبي", "إدريس العبيدي", "الأسلحة البيضاء", "روسية"],
 "qgp3": ["إذاعة بنغازي المحلية", "غرفة عمليات الكفرة", "اللبناني"],
 "qgp4": ["المسار", "منطقة طبرق العسكرية", "مصرية", "بريطانية", "الملك إدريس السنوسي",
          "الرئيس المصري الراحل جمال عبد الناصر"],
 "qgp5": ["المنارة", "الجديد", "السودانيين", "عقيلة صالح"],
}

PHEN = {
 "qgp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgp2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qgp3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "ambiguity_country_capital"],
 "qgp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgp5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qgp1": [
  mv("redeploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبدالناصر الجوية"], ["مطار الأبرق"]),
  mv("shipment", "reported", LNA, ["ميناء طبرق"], ["قاعدة جمال عبدالناصر الجوية"]),
  mv("redeploy", "reported", LNA, ["المرج"], ["اجدابيا"], ["بنغازي", "قمينس"]),
  mv("withdraw", "planned", LNA, ["اجدابيا"], ["المرج"]),
  mv("advance", "conditional", LNA, ["اجدابيا"], ["أوجلة", "جالو"]),
  mv("withdraw", "denied", LNA, ["الأبرق"], ["طبرق"]),
 ],
 "qgp2": [
  mv("redeploy", "reported", LNA, ["قاعدة الخادم"], ["قاعدة الأبرق الجوية"], ["البيضاء"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["المرج"]),
  mv("airlift", "planned", LNA, ["مطار الابرق"], ["مطار بنينا"]),
  mv("redeploy", "conditional", LNA, ["توكرة"], ["الرجمة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
 ],
 "qgp3": [
  mv("reinforce", "reported", LNA, ["الرجمة"], ["ميناء الزويتينة"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["اجدابيا"], ["سلوق"]),
  mv("airlift", "planned", LNA, ["مطار بنينا"], ["مطار الكفرة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("mobilise", "conditional", LNA, [], ["البريقة"]),
  mv("advance", "denied", "GNA forces", ["مصراتة"], ["سرت"]),
 ],
 "qgp4": [
  mv("redeploy", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["منفذ امساعد", "الحدود مع مصر"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("withdraw", "planned", LNA, ["الجغبوب"], ["طبرق"]),
  mv("redeploy", "planned", LNA, ["المخيلي"], ["الجغبوب"]),
  mv("reinforce", "conditional", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["ميناء الحريقة"]),
  mv("airlift", "denied", "Egyptian army", ["مرسى مطروح"], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qgp5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار اجدابيا"]),
  mv("redeploy", "planned", LNA, ["مطار اجدابيا"], ["ميناء البريقة"]),
  mv("redeploy", "planned", LNA, ["ميناء البريقة"], ["مرج"]),
  mv("reinforce", "conditional", LNA, ["إجدابيا"], ["سرت"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["الكفرة"], ["اجدابيا"]),
 ],
}

NOTES = {
 "qgp1": "Qurina (Benghazi): LNA helicopters Benina air base→Gamal Abdel Nasser air base with a refuelling stop at "
         "Al-Abraq airport (Tobruk only locates the base); a spare-parts convoy Tobruk port→'the same base'; the 166th "
         "battalion Al-Marj→Ajdabiya via Benghazi's ring road and Qaminis (Jalu in that paragraph is only the end of the "
         "road it guards); the 302nd's planned return Ajdabiya→Al-Marj; a conditional armoured advance Ajdabiya→Awjila "
         "and Jalu (the border with Sudan is in the condition); a denied evacuation of the Al-Abraq camp to Tobruk. The "
         "dateline and the Jebel Akhdar are no movement places; 'منطقة اجدابيا العسكرية' is a command name (trap).",
 "qgp2": "Berniq (Al-Marj): an air-defence unit Al-Khadim base→Al-Abraq air base via Al-Bayda ('south-east of Al-Marj' "
         "locates Al-Khadim); military police Benghazi→Al-Marj; a planned C-130 airlift Al-Abraq airport→Benina "
         "airport; a unit that will not move Tocra→Al-Rajma until relieved (conditional; the first Tocra and Al-Marj "
         "only name the road it guards); a denied Russian pull-out Al-Khadim→Al-Jufra air base. Al-Marj district is "
         "the speaker; Cyrenaica is only in a quote.",
 "qgp3": "Benghazi Local Radio: an LNA force Al-Rajma→Zueitina terminal; an ammunition convoy Benghazi port→Ajdabiya via "
         "Suluq; a planned airlift of a Saiqa company Benina airport→Kufra airport; a planned marine landing Benghazi "
         "port→Brega port; a conditional massing in Brega; the GNA staff in Tripoli deny moving brigades Misrata→Sirte. "
         "A cargo ship from the port of Tripoli (Lebanon) to Benghazi port, flights Benina–Tunis and the weather on the "
         "Benghazi–Ajdabiya road are not force movements.",
 "qgp4": "Al-Masar TV (Tobruk): MiG-29s Gamal Abdel Nasser air base→Benina air base; a border-guard company from Tobruk "
         "deployed around the Amsaad crossing on the border with Egypt; marines landed at Tobruk port from Benghazi port; "
         "a planned return Jaghbub→Tobruk and a relief battalion Al-Makhili→Jaghbub; a conditional push from 'the base' "
         "(the Gamal Abdel Nasser base) to the Hariga terminal; a denied Egyptian airlift Marsa Matruh→the base. Cairo "
         "is only the coordination partner; «العدم» (the base's old name) is gold but no movement place; the headline's "
         "Emsaed repeats the deployment and is not counted again.",
 "qgp5": "Al-Manara (Ajdabiya): a transport plane Benina air base→Ajdabiya airport; its troops planned to go 'from the "
         "airport' to Brega port and the 210th battalion from there to Al-Marj (written للمرج, surface مرج); a reserve "
         "company that will move Ajdabiya→Sirte only if ordered; a denied gathering in Ajdabiya of Sudanese fighters "
         "come from Kufra (Tripoli is only where the reporting platforms broadcast from; the border with Sudan is only "
         "in the denial's argument). The closing 'units in Benghazi and Al-Marj' has no direction and is no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgp1", "qgp2", "qgp3", "qgp4", "qgp5")
