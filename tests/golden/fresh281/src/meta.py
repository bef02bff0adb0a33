# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # jw1 Tunisian side of Ras Jedir (TAP)
 "rasjedir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir crossing (Tunisian side)"),  # G* (row منفذ رأس جدير, country TN)
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),               # G* (row منفذ رأس جدير, other spelling)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "border_tn": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, Ras Jedir sector)"),  # K
 "gafsa": ("city", "TN", 34.425, 8.784, "Gafsa"),                                           # K (gazetteer has only the district row)
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Zarzis port"),                      # G* (town row جرجيس)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 # jw2 Sharara field (Fasania)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "murzuq_d": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G* (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 # jw3 Sallum and the Egyptian side (El Watan)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                    # G* (row بردية)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                               # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "sallum_plateau": ("region", "EG", 31.57, 25.12, "Sallum plateau"),                        # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "sallum_port": ("crossing", "EG", 31.565, 25.165, "Sallum port"),                          # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "border_eg": ("region", "EG", 31.45, 25.20, "Egypt-Libya border (Egyptian side, Sallum sector)"),  # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                       # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 # jw4 Algerian side (El Khabar)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "laghouat": ("city", "DZ", 33.80000, 2.86514, "Laghouat"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "border_dz": ("region", "DZ", 29.5, 9.65, "Algeria-Libya border (Algerian side, Debdeb sector)"),  # K
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                              # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum crossing"),                # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen crossing"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "south_east_dz": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),             # G* (row جنوب شرق الجزائر)
 # jw5 Kufra and Jebel Uweinat (Fawasel)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "uweinat": ("region", "LY", 21.95, 24.85, "Jebel Uweinat (Libyan side)"),                  # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "arkenu": ("region", "LY", 22.25, 24.70, "Jebel Arkenu"),                                  # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
}

TRAPS = {
 "jw1": ["وكالة تونس إفريقيا للأنباء", "القابسي", "نهج ليبيا", "الليبي", "التونسي"],
 "jw2": ["فسانيا", "لواء طارق بن زياد", "عبد السلام الأوباري", "الشرارة الأولى", "الليبية"],
 "jw3": ["الوطن", "الجيش الوطني الليبي", "عادل الطبرقي", "المصري", "المصرية"],
 "jw4": ["الخبر", "إدريس بوخالفة", "دعم مالي", "الجزائري", "الليبي"],
 "jw5": ["فواصل", "سبل السلام", "قوات الدعم السريع", "السودانية", "الليبية"],
}

PHEN = {
 "jw1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "jw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil"],
 "jw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jw4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "jw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TN, LNA, GNA, EGY, DZA = "Tunisian army", "Libyan National Army", "GNA forces", "Egyptian army", "Algerian army"
MOVES = {
 "jw1": [
  mv("deploy", "reported", TN, ["قابس"], ["معبر رأس جدير", "الحدود مع ليبيا"], ["مدنين", "بن قردان"]),
  mv("withdraw", "reported", TN, ["رأس جدير"], ["قفصة"]),
  mv("naval_landing", "reported", TN, ["صفاقس"], ["ميناء جرجيس"]),
  mv("deploy", "planned", TN, ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "conditional", TN, ["مدنين"], ["بن قردان"]),
  mv("withdraw", "denied", TN, [], ["مدنين"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["منفذ رأس اجدير"]),
 ],
 "jw2": [
  mv("deploy", "reported", LNA, ["إدري"], ["حقل الشرارة"], ["براك", "سبها", "أوباري"]),
  mv("withdraw", "reported", LNA, ["الشرارة"], ["سبها"]),
  mv("shipment", "reported", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "planned", LNA, ["الشرارة"], ["حقل الفيل"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["اوباري"]),
 ],
 "jw3": [
  mv("deploy", "reported", EGY, ["العلمين"], ["السلوم", "هضبة السلوم", "منفذ السلوم البري"], ["سيدي براني"]),
  mv("withdraw", "reported", EGY, ["السلوم"], ["قاعدة محمد نجيب العسكرية"]),
  mv("naval_landing", "planned", EGY, ["الإسكندرية"], ["ميناء السلوم"]),
  mv("reinforce", "conditional", EGY, ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", EGY, [], ["البردية"], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["منفذ امساعد"]),
  mv("redeploy", "reported", LNA, ["منفذ امساعد"], ["الجغبوب"]),
 ],
 "jw4": [
  mv("deploy", "reported", DZA, ["تقرت"], ["الدبداب", "الحدود مع ليبيا"], ["حاسي مسعود", "عين أميناس"]),
  mv("withdraw", "reported", DZA, ["دبداب"], ["الأغواط"]),
  mv("shipment", "reported", DZA, ["إليزي"], ["جانت"]),
  mv("airlift", "planned", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("advance", "conditional", DZA, ["جانت"], ["معبر تين الكوم"]),
  mv("mobilise", "denied", LNA, [], ["غات", "منفذ إيسين"]),
 ],
 "jw5": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["جبل العوينات", "المثلث الحدودي"], ["اجدابيا", "جالو", "الكفرة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", LNA, ["العوينات"], ["الكفرة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", LNA, ["جبل العوينات"], ["جبل عركنو"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "denied", LNA, [], ["كرب التوم"], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "jw1": "TAP-style rotation at Ras Jedir: incoming Tunisian unit Gabes→the crossing via Medenine/Ben Gardane, outgoing "
        "unit back to Gafsa, a marine platoon landed at Zarzis port from Sfax, a planned Tataouine→Dehiba relief, a "
        "conditional Medenine→Ben Gardane reinforcement, a denied pull-back to Medenine and a GNA force Zuwara→Ras Ajdir; "
        "Tunis (capital) vs Tunisia, Tripoli as seat of government, traps: agency name, spokesman «القابسي», «نهج ليبيا».",
 "jw2": "Handover at the Sharara field: LNA battalion Idri→Sharara via Brak, Sabha and Ubari; outgoing company "
        "Sharara→Sabha; a supply convoy Sabha→the field; a planned company Sharara→El Feel; a conditional airlift "
        "Tamanhint→the field's airstrip; the oil guards' denied pull-out towards Ubari (actor null). «الشرارة الأولى» "
        "is a common-word trap; Ubari town vs municipality; Tripoli (NOC) is not a movement place.",
 "jw3": "Egyptian border-guard rotation at Sallum: incoming El Alamein→Sallum/the plateau/the land port via Sidi Barrani, "
        "outgoing Sallum→Mohamed Naguib base, a planned landing ship Alexandria→Sallum port, a conditional Marsa "
        "Matruh→Siwa reinforcement, a denied crossing towards Bardia; LNA relief Tobruk→Amsaad and the outgoing "
        "battalion Amsaad→Al-Jaghbub. Eastern Libya is only a condition, not a destination.",
 "jw4": "Algerian 4th Military Region rotation: a regiment Touggourt→Debdeb via Hassi Messaoud and In Amenas, the "
        "outgoing one Debdeb→Laghouat, a supply convoy Illizi→Djanet, a planned airlift Tamanrasset→Djanet airport, a "
        "conditional advance Djanet→Tin Alkoum crossing, and the LNA's denied massing in Ghat near Isayen. Ouargla is "
        "only the command's seat; traps «إدريس» (Idri) and «دعم مالي» (Mali).",
 "jw5": "Relief at Jebel Uweinat: an LNA battalion Benghazi→Jebel Uweinat/the triangle via Ajdabiya, Jalu and Kufra, an "
        "airlift Benina air base→Kufra airport, Subul al-Salam's outgoing move Uweinat→Kufra, a planned company "
        "Kufra→Maaten al-Sarra base, a conditional advance Uweinat→Jebel Arkenu, RSF massing in Al Malha and a denied "
        "incursion across the Sudan border to Karb al-Tom. Sarir field is background (no movement).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jw1", "jw2", "jw3", "jw4", "jw5")
