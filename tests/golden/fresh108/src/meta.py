# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 # airports
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),      # G (row مطار مصراتة)
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),             # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),            # G
 "abraq_ap": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                     # G
 "sabha_ap": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                        # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                        # G
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),              # G
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                          # G
 # bases
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                   # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),           # G* (row مطار طبرق)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 # ports and crossings
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18000, "Port of Tripoli"),                 # K
 "tobruk_port": ("crossing", "LY", 32.07700, 23.97500, "Port of Tobruk"),                   # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),         # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 # towns and villages
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                          # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "tamanhint_v": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                         # G* (base row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                          # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                        # G (row درج)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 # districts, municipalities
 "jufra": ("district", "LY", 29.15000, 16.05000, "Al Jufra"),                               # K (README rule: point near Hun/Waddan)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 # regions, border phrases, oil fields
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "border_eg": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"),   # K
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                          # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "border_ly_dz": ("region", "LY", 29.90000, 9.75000, "Libya-Algeria border near Ghadames"), # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
}

TRAPS = {
 "df1": ["قناة النبأ", "النبأ", "عماد الطرابلسي", "جهاز الردع", "المجلس العسكري الزنتان", "بركان الغضب", "تركية"],
 "df2": ["المصري اليوم", "عملية الكرامة", "الجيش الوطني الليبي", "مصرية", "ليبية"],
 "df3": ["فواصل", "الجديد", "الفيلق الأفريقي", "علي الإدريسي", "الروسي", "التشادية"],
 "df4": ["الشرق", "سبل السلام", "قوات الدعم السريع", "مفتاح الإدريسي", "مالي", "سوداني"],
 "df5": ["يورونيوز", "الغدامسي", "عماد الطرابلسي", "الجيش الوطني الشعبي الجزائري", "الجزائرية", "الليبية"],
}

PHEN = {
 "df1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "df2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "df3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "df4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "df5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "df1": [
  mv("deploy", "reported", GNA, ["معسكر التكبالي"], ["مطار معيتيقة", "سوق الجمعة"]),
  mv("withdraw", "denied", GNA, ["معيتيقة"], ["قاعدة أبوستة البحرية"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية الجوية"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["طرابلس"]),
 ],
 "df2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", LNA, ["المرج"], ["مطار الأبرق"], ["البيضاء"]),
  mv("mobilise", "planned", LNA, [], ["طبرق"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم", "الحدود مع ليبيا"]),
 ],
 "df3": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", LNA, ["تمنهنت"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("shipment", "reported", LNA, ["هون"], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", "Russian forces", ["براك"], ["الجفرة"]),
  mv("advance", "conditional", LNA, ["سبها"], ["أم الأرانب", "مرزق"]),
 ],
 "df4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "reported", LNA, ["الكفرة"], ["جبل العوينات", "المثلث الحدودي"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("deploy", "conditional", LNA, [], ["حقل السرير", "تازربو"]),
  mv("redeploy", "planned", LNA, ["مطار الكفرة"], ["قاعدة معطن السارة"]),
 ],
 "df5": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", GNA, ["غدامس"], ["درج", "الحدود مع الجزائر"]),
  mv("redeploy", "denied", GNA, ["غدامس"], ["نالوت"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "reported", LNA, ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت", "إليزي"]),
 ],
}

NOTES = {
 "df1": "Mitiga: civil flights suspended and diverted to Misrata airport (no movement); a 444 Brigade force Tekbali camp→Mitiga "
        "airport and Souq al-Jumaa (reported deploy, «المطار» resolved to مطار معيتيقة); Radaa's denied pull-out Mitiga→Abu Sitta "
        "naval base; a Turkish A400M from Türkiye at Al-Watiya (reported airlift, headline retells it); a planned Turkish landing at "
        "Tripoli port; Zintan's conditional move Zintan→Tripoli («العاصمة»). Traps: the interior minister Trabelsi, Radaa, the Zintan "
        "military council, Burkan al-Ghadab; Tripoli vs Tripoli port vs the old Tripoli International Airport; Tunis as «تونس العاصمة».",
 "df2": "Benina civil flights suspended, Cairo/Alexandria flights diverted to Al Abraq and an Egyptian delegation's visit to Benghazi "
        "(no movement); an Il-76 air bridge Benina air base→Jufra air base (reported; headline «من بنينا إلى الجفرة» retells it); an "
        "LNA reinforcement Al-Marj→Al Abraq airport via Al Bayda; planned LNA massing at Tobruk (the Gamal Abdel Nasser base is the "
        "purpose); a denied Egyptian landing at Tobruk port; an Egyptian conditional reinforcement Mohamed Naguib base→Sallum and the "
        "border («في حال»). Spelling الابرق/الأبرق; Amsaad crossing traffic is civilian.",
 "df3": "Sabha airport suspended (no movement); an LNA airlift Jufra base→Tamanhint air base (reported; headline retells it with "
        "the spelling تمنهنط); a planned deployment Tamanhint→Sharara field via Ubari; a redeploy Brak air base→Idri and a supply "
        "convoy Hun→Brak air base («القاعدة»), both reported; a denied Russian (Africa Corps) pull-out Brak→Jufra; a conditional "
        "advance Sabha→Umm al-Aranib and Murzuq («إذا لم»). Chadian groups near Tmassah and travellers via Ash Shwayrif are not "
        "movements. Traps: «الموعد الجديد», the officer al-Idrisi beside the town Idri.",
 "df4": "An LNA air bridge Benina air base→Kufra airport (reported); a column Kufra→Jebel Uweinat and the Libya–Chad–Sudan "
        "triangle (reported advance); a denied fuel-and-ammunition shipment Kufra→Darfur via the triangle («عبر المثلث»); RSF massing "
        "at Al Malha (reported mobilise); a conditional deployment to the Sarir field and Tazirbu («إذا»); a planned company move "
        "Kufra airport→Maaten al-Sarra. Civil flights Kufra–Benghazi suspended, patients via Jalu and refugees are not movements. "
        "Traps: Asharq («الشرق»), Subul al-Salam, the RSF, the officer al-Idrisi, «دعم مالي».",
 "df5": "A GNA airlift Mitiga airport→Ghadames airport (reported; headline with غدّامس retells it); a planned onward move of the "
        "same company Ghadames («من المدينة»)→Derj and the Algerian border; a denied transfer Ghadames→Nalut; a planned LNA airlift "
        "Tamanhint air base→Ghat airport («إلى المطار»); an LNA company Ghat→Isayen crossing (reported); an Algerian conditional "
        "reinforcement at Djanet and Illizi («إذا»). Ghat civil flights suspended (no movement). Traps: the spokesman al-Ghadamsi, "
        "minister Trabelsi, Algeria's ANP; Algeria vs «الجزائر العاصمة».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("df1", "df2", "df3", "df4", "df5")
