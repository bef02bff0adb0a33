# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 # hg1 Nafusa mountains and the Tunisian border
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                               # G
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabaa municipality"),          # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "jabal_gharbi": ("region", "LY", 31.95, 12.2, "Western Mountains (Jebel Nafusa)"),       # K
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),               # G* (row الحدود الليبية التونسية)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin-Dehiba crossing"),       # G
 # hg2 Wadi al-Shati and the Fezzan
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),             # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G* (row قاعدة تمنهنت)
 # hg3 Tobruk, Jaghbub and the Egyptian side
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                               # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                             # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),         # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                            # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum crossing"),              # G
 "tobruk_port": ("crossing", "LY", 32.0760, 23.9780, "Tobruk port"),                      # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                      # G
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                           # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),        # G* (row مطار طبرق, kind base)
 # hg4 the Oil Crescent and the Sirte line
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port/terminal"),    # G* (Brega town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                    # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "es_sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),        # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),             # G* (same row, surface without ميناء)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 # hg5 Ghat and the Algerian side
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "border_dz": ("region", "DZ", 25.0, 9.85, "Algeria-Libya border (Algerian side)"),       # K
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G* (row الجنوب الغربي)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),     # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen crossing"),                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
}

TRAPS = {
 "hg1": ["الميادين", "شارع طرابلس", "العقيد خالد الغرياني", "إذاعة غريان المحلية", "المجلس العسكري الزنتان",
         "المنطقة العسكرية الغربية", "قوة حماية طرابلس", "التونسي"],
 "hg2": ["بي بي سي", "الفيلق الأفريقي", "الروسي", "التشادية", "ما ادري"],
 "hg3": ["اليوم السابع", "العقيد سالم الطبرقي", "المصري", "الليبي"],
 "hg4": ["الشرق", "اللواء خالد الإدريسي", "غرفة عمليات سرت الكبرى", "المجلس العسكري مصراتة", "اللبنانية"],
 "hg5": ["الشروق", "الجيش الوطني الشعبي", "اللواء طارق بن زياد", "الناحية العسكرية الرابعة", "جزائرية", "الليبية",
         "الدعم المالي"],
}

PHEN = {
 "hg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "hg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "hg3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "hg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "hg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hg1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["يفرن"]),
  mv("shipment", "denied", "GNA forces", ["قاعدة الوطية"], ["الزنتان"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "conditional", "GNA forces", ["نالوت"], ["منفذ وازن"]),
 ],
 "hg2": [
  mv("deploy", "denied", "Russian forces", [], ["قاعدة براك الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("deploy", "planned", "Libyan National Army", ["اوباري"], ["حقل الشرارة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["إدري"], ["أم الأرانب"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
 ],
 "hg3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["الجغبوب", "قاعدة جمال عبد الناصر الجوية"]),
 ],
 "hg4": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["راس لانوف"], ["البريقة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("shipment", "reported", None, ["بنغازي"], ["أجدابيا"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء السدرة"], ["بن جواد"]),
 ],
 "hg5": [
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["منفذ إيسين"]),
  mv("advance", "reported", "Libyan National Army", ["العوينات"], ["غات"]),
  mv("withdraw", "conditional", "Foreign fighters", [], ["الحدود مع النيجر"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["إليزي"]),
 ],
}

NOTES = {
 "hg1": ("Live blog (Al Mayadeen style), chronological, Nafusa mountains: a GNA column reported as entering Al-Asabaa is "
         "corrected to have stopped in Gharyan (reported deploy Tripoli->Gharyan via Al-Aziziyah) with entry promised for "
         "tomorrow (planned deploy Gharyan->Al-Asabaa); a social-media claim of Zintan massing in Yafran denied in a later "
         "update; a denied ammunition run Al-Watiya->Zintan; Tunisian reinforcement Tataouine->Dehiba; conditional "
         "Nalut->Wazin crossing. Traps: Tripoli street and Tripoli Protection Force, Gharyani (person), Gharyan local radio, "
         "Zintan military council; Tunisia country vs 'العاصمة تونس'."),
 "hg2": ("Live blog (BBC Arabic style) in reverse chronological order (newest first): the 09:15 column leaves «القاعدة "
         "نفسها» (= Tamanhint air base named in the older 07:50 entry, further down) and is corrected at 11:40 from via "
         "Sabha to via Brak; Benina->Tamanhint airlift; Chadian rebels withdraw Idri->Umm al-Aranib; planned company "
         "Ubari->Sharara; conditional Sabha->Murzuq; denied Russian (Africa Corps) arrival at Brak air base. Traps: "
         "«ما ادري», Africa Corps, nisbas; Murzuq municipality vs town."),
 "hg3": ("Live blog (Youm7 style), Egyptian side of the Libyan border: Egyptian reinforcement Marsa Matruh->Sallum via "
         "Sidi Barrani; LNA column from Tobruk first reported heading to the Amsaad crossing, corrected to Al-Jaghbub "
         "(Amsaad is not a movement place); denied Egyptian naval landing at Tobruk port; planned airlift Mohamed Naguib "
         "base->Siwa; conditional LNA massing at Al-Jaghbub and Gamal Abdel Nasser air base. Trap: Col. Salem al-Tobruki "
         "(person containing Tobruk)."),
 "hg4": ("Live blog (Asharq style), Oil Crescent: LNA reinforcement Ajdabiya->Ras Lanuf via Brega; LNA marines landed at "
         "Brega port from Benghazi, with a conflicting claim that they landed at Es Sider (rejected by the outlet's "
         "sources, not a movement place); ammunition trucks Benghazi->Ajdabiya (no owner named); Misrata massing at Abu "
         "Qurayn denied; planned battalion Jufra air base->Sirte; conditional pull-back Es Sider port->Bin Jawad. Tripoli "
         "(NOC) vs Tripoli (Lebanon) for a civilian tanker; traps: Greater Sirte operations room, Idrisi (person)."),
 "hg5": ("Live blog (Echorouk style), Algerian side: Algerian airlift Tamanrasset->Djanet airport; Libyan accounts' claim "
         "that Algerian units entered the Isayen crossing denied from Algiers; LNA advance Al-Awaynat->Ghat, corrected from "
         "'entered Ghat' to 'reached its northern outskirts' (still a reported advance towards Ghat); gunmen's conditional "
         "withdrawal to the Niger border (no origin written); planned Ouargla->Illizi move. Algeria country vs 'الجزائر "
         "العاصمة'; traps: «الدعم المالي», Tariq bin Ziyad brigade, nisbas."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hg1", "hg2", "hg3", "hg4", "hg5")
