# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 # capitals and other cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                                # G* (row Halba (Akkar))
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 # Algeria's far south
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G
 "inguezzam_wil": ("district", "DZ", 19.57361, 5.76806, "In Guezzam province"),           # G* (town row)
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                      # G
 "insalah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                                # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4510, "Tamanrasset Aguenar airport"),        # K
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                      # G* (row kind airport)
 "grandsud": ("region", "DZ", 24.0, 5.0, "Algeria's Great South"),                        # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 # Niger and Mali
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                     # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),               # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                    # G (also G* when written قاعدة ماداما)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                          # G
 "tinzaouaten_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),               # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                     # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                            # G
 # the Russian supply line
 "tartus_base": ("base", "SY", 34.88902, 35.88659, "Tartus naval facility"),              # G* (city row Tartus)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                 # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                        # G
 # the triangle
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"), # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador pass"),                       # G* (row مثلث السلفادور)
 "salvador_tri": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),               # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Libya's south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G (row قاعدة الويغ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),          # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
}

TRAPS = {
 "qhc1": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية السادسة", "غلاف مالي", "النيجرية", "المالية",
          "وكالة الأنباء النيجرية", "الفيلق الإفريقي", "إدريس حمادي", "مختار بلمختار"],
 "qhc2": ["القدس العربي", "الفيلق الإفريقي", "الجيش النيجري", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "تشادي",
          "الجزائرية", "الفرنسية", "السورية"],
 "qhc3": ["الأخبار", "الجيش الوطني الليبي", "الحاج محمد الغاتي", "الجزائرية", "الليبية", "الجيش الوطني الشعبي",
          "المنطقة العسكرية الجنوبية", "اللبناني"],
 "qhc4": ["الجريدة", "الجيش الوطني الشعبي الجزائري", "الجيش المالي", "مجموعة فاغنر", "الفيلق الإفريقي", "الأزوادية",
          "جزائرية", "المالية"],
 "qhc5": ["المدينة", "الجيش الوطني الليبي", "الملك إدريس السنوسي", "النيجري"],
}

PHEN = {
 "qhc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_neighbours", "countries"],
 "qhc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhc3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qhc5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhc1": [
  mv("reinforce", "reported", "Algerian army", ["عين صالح"], ["عين قزام"], ["تمنراست"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["تين زاوتين"]),
  mv("withdraw", "conditional", "Algerian army", ["عين قزام"]),
  mv("shipment", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "denied", "Russian forces", ["أرليت"], ["أسامكا"]),
 ],
 "qhc2": [
  mv("airlift", "reported", "Russian forces", ["مطار نيامي"], ["مطار ديركو"]),
  mv("advance", "conditional", "Russian forces", ["ديركو"], ["ممر السلفادور"]),
  mv("naval_landing", "reported", "Russian forces", ["قاعدة طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["جادو"], ["ممر السلفادور"]),
 ],
 "qhc3": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مطار غات"]),
 ],
 "qhc4": [
  mv("reinforce", "reported", "Algerian army", ["إن قزام"], ["تينزاوتين"]),
  mv("withdraw", "reported", "Algerian army", ["تينزاوتين"], ["برج باجي مختار"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  mv("advance", "denied", "Algerian army", ["تينزاوتين"], ["تينزاواتين"]),
  mv("mobilise", "reported", "Russian forces", [], ["تساليت"]),
  mv("advance", "conditional", "Russian forces", ["كيدال"], ["تينزاواتين"]),
 ],
 "qhc5": [
  mv("redeploy", "reported", "Libyan National Army", ["إدري"], ["القطرون"], ["سبها", "مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["الويغ"], ["مثلث السلفادور"]),
  mv("advance", "denied", "Foreign fighters", ["جادو"], ["تجرهي"]),
 ],
}

NOTES = {
 "qhc1": "Ech-Chaab from In Guezzam: an Algerian reinforcement In Salah→In Guezzam via Tamanrasset (Assamaka '25 km' "
         "only the sector it faces), a planned detachment Bordj Badji Mokhtar→Tin Zaouatine (Malian Tinzaouaten only "
         "the town opposite), a conditional pull-out from In Guezzam (the Niger border only the condition) and a "
         "denied Africa Corps move Arlit→Assamaka; migrants deported to Assamaka are civilians; Niamey = speaker, "
         "Algiers = ministry seat.",
 "qhc2": "Al-Quds Al-Arabi from Niamey: a Russian Il-76 airlift Niamey airport→Dirkou airport, the same force's "
         "conditional advance Dirkou→the Salvador pass (Madama base only the condition, Agadez only a distance "
         "reference), a planned LNA company Al Wigh base→Toummo crossing (Sabha = source), and a denied crossing of "
         "Chadian fighters Al Qatrun→Djado via the Salvador pass; deportations In Guezzam→Assamaka are civilian.",
 "qhc3": "Al-Akhbar (Beirut): an LNA column Ubari→Ghat via Al Awaynat (Sharara only locates Ubari), a planned company to "
         "the Isayen crossing (no origin place written), Algeria's conditional reinforcement Illizi→Djanet, and a "
         "denied Russian airlift Brak air base→Ghat airport; Tripoli (LY) only the government seat, Tripoli (LB) and "
         "Akkar only a fuel-smuggling comparison.",
 "qhc4": "Al-Jarida from Algiers: an Algerian reinforcement In Guezzam→Tin Zaouatine, a planned C-130 airlift Boufarik "
         "air base→Tamanrasset airport, Algeria's denied crossing Tin Zaouatine→Tinzaouaten (Mali; Bamako only the "
         "source of the claim), and a conditional Africa Corps advance Kidal→Tinzaouaten; the 2024 battle and the "
         "tripoint east of Djanet are background.",
 "qhc5": "Al-Madina from Sabha: an LNA battalion redeployed Idri→Al Qatrun via Sabha and Murzuq, a planned airlift "
         "Tamanhint base→Al Wigh base, a conditional advance Al Wigh→the Salvador triangle (Madama only the "
         "condition), and a denied infiltration of foreign gunmen Djado→Tajarhi; the road Al Qatrun–Tajarhi–Toummo is "
         "a task, not a move; King Idris (trap) beside the town Idri.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhc1", "qhc2", "qhc3", "qhc4", "qhc5")
