# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 # dg1 the east and the Egyptian border (Youm7)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق, Gamal Abdel Nasser Airport)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G* (row منفذ امساعد, spelled أمساعد)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),     # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 # dg2 the Algerian side of the Ghat border (Echorouk)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G (gazetteer kind village; town used, see README)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G* (row عين أميناس, spelled عين أمناس)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "border_dz_side": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side, opposite Ghat)"),  # K
 # dg3 Tripoli, Misrata and the Turkish presence (Al Mayadeen)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                       # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),       # K
 "tripoli_lb_port": ("crossing", "LB", 34.4617, 35.8228, "Port of Tripoli (Lebanon)"),     # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                     # G
 "tripoli_port": ("crossing", "LY", 32.9005, 13.1830, "Port of Tripoli (Libya)"),          # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس)
 # dg4 Wadi al-Shati and Fezzan (Asharq)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                  # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                       # G* (row براك, spelled براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G* (row قاعدة تمنهنت, spelled تمنهنط)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 # dg5 Ras Ajdir and the Tunisian south (TAP)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير, spelled معبر راس جدير)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                  # K (value from fresh51 README table)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "border_tn_side": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"), # K (fresh51's point)
}

TRAPS = {
 "dg1": ["قناة القاهرة الإخبارية", "من هذه الزاوية", "الجيش المصري", "ليبية"],
 "dg2": ["عبد الحميد الإدريسي", "الأراضي الليبية", "جزائرية"],
 "dg3": ["ليبيا الأحرار", "غرفة عمليات تحرير سرت والجفرة", "السوريين", "الكتائب المصراتية", "التركية"],
 "dg4": ["الشرق", "لواء طارق بن زياد", "الفيلق الأفريقي", "لا أدري", "ليبيا الحدث", "التشادية"],
 "dg5": ["الطرابلسي", "إذاعة تطاوين", "المجلس العسكري الزنتان", "الليبية"],
}

PHEN = {
 "dg1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dg2": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "dg3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "countries"],
 "dg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "dg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "dg1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الجغبوب"], ["طبرق"]),
  mv("withdraw", "reported", LNA, ["الجغبوب"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["منفذ أمساعد"]),
  mv("deploy", "denied", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "dg2": [
  mv("redeploy", "reported", "Algerian army", ["عين أمناس"], ["جانت"], ["إليزي"]),
  mv("withdraw", "reported", LNA, ["منفذ إيسين"], ["غات"]),
  mv("redeploy", "reported", LNA, ["غات"], ["منفذ إيسين"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["غات"], ["أوباري"]),
 ],
 "dg3": [
  mv("withdraw", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["إسطنبول"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["طرابلس"]),
  mv("deploy", "reported", "Syrian mercenaries", [], ["ليبيا"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["إسطنبول"], ["شمال سوريا"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
 ],
 "dg4": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["إدري"], ["براك الشاطئ"]),
  mv("shipment", "reported", LNA, ["سبها"], ["إدري"]),
  mv("advance", "reported", "Chadian armed groups", ["الحدود مع تشاد"], ["أم الأرانب"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", LNA, [], ["القطرون"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["أوباري"]),
 ],
 "dg5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["معبر راس جدير"], ["بن قردان"]),
  mv("mobilise", "reported", GNA, [], ["زوارة"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["معبر راس جدير"]),
  mv("naval_landing", "planned", GNA, ["طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["الجميل"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الذهيبة"]),
 ],
}

NOTES = {
 "dg1": "Youm7 (Cairo): LNA reinforcement told backwards (arrived Jaghbub Monday after leaving Benghazi Saturday and a night "
        "in Tobruk = one move with via), a flashback withdrawal Jaghbub→Gamal Abdel Nasser air base 'March last year', an "
        "airlift Benina→Kufra airport set for 20 March ('until the end of May' = stay, not a move), a conditional company "
        "for the Amsaad crossing (إذا) and the Egyptian army's denied Marsa Matruh→Sallum move; 'since August' = presence.",
 "dg2": "Echorouk (Algiers): an Algerian column In Amenas→Djanet via Illizi (stopped two days, قبل أن تواصل), the LNA's "
        "flashback withdrawal Isayen→Ghat 'last summer' and its return Ghat→Isayen in November (ثم عادت منها إلى المنفذ), "
        "two companies Djanet→the border from 15 April (planned), a denied Algerian push towards Ghat and a conditional "
        "LNA reinforcement Sabha→Ghat via Ubari.",
 "dg3": "Al Mayadeen (Tripoli): Syrian fighters leave Mitiga for Istanbul a week after a road move Watiya→the capital, "
        "their arrival in Libya 'last spring' (= the relative clause جلبتهم تركيا إلى ليبيا, one move), an onward leg "
        "Istanbul→northern Syria (على أن, planned), a Turkish landing ship at Misrata port on 12 April, a denied arms ship "
        "from Tripoli (Lebanon) port to Tripoli (Libya) port and a conditional Misrata advance Abu Qurayn→Sirte.",
 "dg4": "Asharq (Sabha): an LNA column told in reverse (reached Idri Thursday, passed Brak al-Shati in the morning, had "
        "left Tamanhint air base Wednesday), supply trucks that had gone Sabha→Idri before it, a November-last-year "
        "Chadian advance to Umm al-Aranib, a Russian airlift Jufra→Brak air base set for 1 April, a conditional massing "
        "in Al Qatrun and a denied pull-out Sharara→Ubari; 'until the June elections' and 'for two years' = presence.",
 "dg5": "TAP (Ben Gardane): Tunisian reinforcements told in reverse (reached Ras Ajdir Tuesday after a night in Ben "
        "Gardane, had left Medenine Sunday), a March-last-year GNA massing in Zuwara 'before entering' the crossing (two "
        "moves), a GNA sea move Tripoli→Zuwara port set for 5 April, Zintan's denied massing at Al-Jumayl and a "
        "conditional Tunisian move to Dehiba.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dg1", "dg2", "dg3", "dg4", "dg5")
