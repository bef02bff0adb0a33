# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qfd1 Ubari (Mada Masr)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "tripoint_dzne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # qfd2 Ghat (Monte Carlo Doualiya)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen (Tin Alkoum) border crossing"),  # G (row منفذ إيسين)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qfd3 Murzuq (Al-Majalla)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (gazetteer kind town)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qfd4 Qatrun (Akhir Lahza)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qfd5 Ubari and Murzuq (Ultra Sawt)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "taraghin": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                            # G
 # shared qfd3/qfd5
 "tobruk_port": ("crossing", "LY", 32.078, 23.980, "Port of Tobruk"),                     # K
}

TRAPS = {
 "qfd1": ["مدى مصر", "الجيش الوطني الليبي", "إدريس أغ محمد", "كتيبة شهداء أوباري", "البلاغات", "اللغات"],
 "qfd2": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "الجيش الجزائري", "الجزائريون", "لغات"],
 "qfd3": ["المجلة", "الجيش الوطني الليبي", "قوة حماية مرزق", "التشاديون", "التشادية", "اللبنانية"],
 "qfd4": ["آخر لحظة", "حركة تحرير السودان", "قوات الدعم السريع", "الجيش الوطني الليبي", "حسن إدريس كوري",
          "السودانيين", "التشادية"],
 "qfd5": ["ألترا صوت", "الفيلق الأفريقي", "فاغنر", "صالح المرزقي", "الروسية"],
}

PHEN = {
 "qfd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qfd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qfd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qfd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfd1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["العوينات"], ["جرمة"]),
  mv("redeploy", "planned", "GNA forces", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "GNA forces", ["حقل الشرارة"]),
  mv("advance", "denied", "Chadian armed groups", [], ["أوباري"], ["المثلث الحدودي"]),
 ],
 "qfd2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["مطار غات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
  mv("reinforce", "conditional", "GNA forces", ["اوباري"], ["غات"]),
 ],
 "qfd3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القطرون"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["مرزق"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", [], ["مرزق"]),
 ],
 "qfd4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["أم الأرانب"], ["شمال دارفور"], ["الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قطرون"], ["أم الأرانب"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["تجرهي"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["قاعدة الويغ"]),
  mv("airlift", "denied", "Sudanese armed groups", ["قاعدة الويغ"], ["نيالا"]),
  mv("shipment", "denied", None, ["قاعدة الويغ"], ["الكفرة"]),
 ],
 "qfd5": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنط"]),
  mv("deploy", "denied", "Wagner Group", [], ["حقل الشرارة"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Libyan National Army", ["تراغن"]),
 ],
}

NOTES = {
 "qfd1": "Q&A with a Tuareg commander in Ubari: an LNA column Tamanhint base→Al-Awaynat via Germa (the Sabha–Ubari road "
         "and Ghat are only references), his GNA-affiliated battalion's planned company Sharara→El Feel, its conditional "
         "pull-out from Sharara, and a denied entry of Chadian fighters into Ubari through the border triangle; "
         "Tripoli only seats the chief of staff, Doha only the 2015 accord; Idri only inside a person's name.",
 "qfd2": "Phone Q&A with Ghat's mayor: an LNA airlift Brak air base→Ghat airport and a fuel/ammunition convoy Sabha→"
         "Ghat airport via Al-Awaynat, a planned company Ghat→Isayen crossing (the border with Algeria is the purpose; "
         "Tin Alkoum is the Algerian name of the same crossing), an Algerian reinforcement Illizi→Djanet, a denied "
         "Algerian crossing into Al-Barakat (Algiers only the ministry's seat), and a conditional GNA (315th battalion) "
         "reinforcement Ubari→Ghat; 'لغات' is a common word.",
 "qfd3": "Q&A with a Tebu elder from Murzuq: LNA units Sabha→Murzuq via Ghuddwa, a planned battalion in Al-Qatrun "
         "(the border with Niger only the road's direction), Chadian groups' massing in Umm al-Aranib and their "
         "conditional exit from it (N'Djamena only the condition), a denied arrival of Sudanese fighters Kufra→Murzuq, "
         "a reported Russian landing at Tobruk port and a denied Russian arrival in Murzuq; Tripoli (Lebanon) with Bab "
         "al-Tabbaneh/Jabal Mohsen only a comparison, Tripoli (Libya) the seat of a future government.",
 "qfd4": "Q&A with an LNA Tebu commander in Al-Qatrun: Sudanese fighters left Umm al-Aranib for North Darfur via "
         "Kufra, a planned transfer of two companies Qatrun→Umm al-Aranib, a conditional advance Al-Wigh base→Tajarhi, "
         "and one denied claim with three moves: Sudanese fighters massed at Al-Wigh, flown Al-Wigh→Nyala, ammunition "
         "trucks Al-Wigh→Kufra (no force named: actor null); Darfur, Sudan and the Chad border are background; Idri "
         "only inside a person's name.",
 "qfd5": "Double interview (Ubari Tuareg notable, Murzuq Tebu commander): a Russian naval landing at Tobruk port, "
         "Russian 'Africa Corps' Jufra air base→Tamanhint base (spelt تمنهنط), a denied Wagner arrival at Sharara, a "
         "planned LNA convoy Murzuq→Toummo crossing (the border with Niger is the reason), a conditional pull-out from "
         "Taraghin; Tunis is the dateline, Algeria the host of talks, Sabha only on the Ubari–Murzuq road.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfd1", "qfd2", "qfd3", "qfd4", "qfd5")
