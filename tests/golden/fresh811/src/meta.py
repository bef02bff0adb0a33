# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik_base": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),               # G* (row قاعدة بوفاريك الجوية, kind airport)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # qeg1 Djanet and the Libyan border (Ech-Chaab)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G (row تاسيلي ناجر)
 "border_dz_djanet": ("region", "DZ", 24.9, 9.9, "Algeria-Libya border (Algerian side, east of Djanet)"),  # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "djanet_dist": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # G* (town row)
 # qeg2 In Guezzam and the Niger border (El Djoumhouria)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "inguezzam_dist": ("district", "DZ", 19.57361, 5.76806, "In Guezzam Province"),        # G* (town row)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 # qeg3 Bordj Badji Mokhtar and the Mali border (El Hiwar)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "bbm_dist": ("district", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar Province"),     # G* (town row)
 "tinzaouaten_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                    # G
 "adrar": ("town", "DZ", 27.8742, -0.2939, "Adrar"),                                    # K
 "reggane": ("town", "DZ", 26.71576, 0.17140, "Reggane"),                               # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                         # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                          # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (row جاو)
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                     # G
 "great_south": ("region", "DZ", 24.0, 3.0, "Algeria's Far South (al-Janub al-Kabir)"), # K
 # qeg4 In Amenas, Debdeb and the Ghadames side (Al-Fadjr)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "border_ly_dz": ("region", "LY", 28.7, 10.1, "Libya-Algeria border (Libyan side, near Al Wafa)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 # qeg5 the Algeria-Libya-Niger triangle (Akhbar El Youm)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tam_airport": ("airport", "DZ", 22.8114, 5.4511, "Tamanrasset Aguenar Airport"),     # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "conakry_port": ("crossing", "GN", 9.515, -13.712, "Port of Conakry"),                 # K
}

TRAPS = {
 "qeg1": ["الشعب", "إدريس بن عيسى", "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "الليبية"],
 "qeg2": ["الجمهورية", "الفيلق الإفريقي", "النيجرية", "النيجري", "المالية", "الروسي"],
 "qeg3": ["الحوار", "الشهيد باجي مختار", "الجيش المالي", "الفيلق الإفريقي", "جبهة تحرير أزواد", "الجزائرية",
          "عسكري مالي", "قانون المالية", "غلافاً مالياً"],
 "qeg4": ["الفجر", "الجيش الليبي", "الجيش الوطني الشعبي", "الموقعون بالدماء", "مختار بلمختار",
          "الجيش الوطني الليبي", "الليبية", "إدريس حمادي", "اللبنانية"],
 "qeg5": ["أخبار اليوم", "كتيبة طارق بن زياد", "الليبية", "الجزائري", "دعم مالي", "السورية"],
}

PHEN = {
 "qeg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qeg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qeg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qeg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qeg5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qeg1": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["أوباري"]),
 ],
 "qeg2": [
  mv("deploy", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("redeploy", "planned", "Algerian army", ["عين قزام"], ["تين زواتين"]),
  mv("withdraw", "conditional", "Algerian army", ["عين قزام"], ["تمنراست"]),
  mv("deploy", "denied", "Russian forces", ["أغاديز"], ["أسامكا"], ["أرليت"]),
 ],
 "qeg3": [
  mv("reinforce", "reported", "Algerian army", ["أدرار"], ["برج باجي مختار"], ["رقان"]),
  mv("advance", "reported", "Russian forces", ["كيدال"], ["تينزاواتين"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["تيمياوين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["تين زواتين"]),
  mv("withdraw", "denied", "Russian forces", ["تساليت"], ["غاو"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء كوناكري"]),
  mv("shipment", "reported", "Russian forces", ["ميناء كوناكري"], ["باماكو"]),
 ],
 "qeg4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("deploy", "reported", "Algerian army", ["عين أمناس"], ["تيقنتورين"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["حقل الوفاء"]),
  mv("advance", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
 ],
 "qeg5": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  mv("deploy", "planned", "Algerian army", ["تمنراست"], ["جانت", "عين قزام"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"], ["القطرون"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["ماداما"]),
  mv("airlift", "conditional", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
 ],
}

NOTES = {
 "qeg1": "Ech-Chaab from Djanet: reinforcements Illizi→Djanet, a detachment Djanet→the Tin Alkoum crossing (Libya and "
         "the Tassili plateau only locate the border strip), a planned airlift Boufarik air base→Djanet airport "
         "(Ouargla only the seat of the 4th military region), a conditional company Djanet→the border with Libya if "
         "Ghat deteriorates (Ghat = condition), and the LNA's denied massing of 60 vehicles in Ubari ('320 km "
         "north-east of Ghat' is a distance reference); the byline Idris ben Aissa is a person trap containing Idri; "
         "Tripoli, Djanet province and Algeria are gold places only.",
 "qeg2": "El Djoumhouria from Tamanrasset (written تمنغست in the dateline): a 40-vehicle convoy Tamanrasset→In Guezzam, "
         "a planned company In Guezzam→Tin Zaouatine (Mali only 'the axis bordering Mali'), a conditional return In "
         "Guezzam→Tamanrasset, and Niger's denial of Russian Africa Corps troops Agadez→Assamaka via Arlit; the "
         "Niger border, In Guezzam province, Assamaka's deportation 'point zero', Niamey (speaker) and Bamako are "
         "not movement places.",
 "qeg3": "El Hiwar from Bordj Badji Mokhtar: reinforcements Adrar→BBM via Reggane, a Malian army + Africa Corps column "
         "Kidal→Tinzaouaten (Mali; faces Algerian Tin Zaouatine, only a locator there), a planned border-guard unit "
         "BBM→Timiaouine, a conditional reinforcement to Tin Zaouatine, a denied Africa Corps pull-out Tessalit→Gao "
         "('bases in northern Mali' is no movement), and Russian ships landing armour at Conakry port, trucked on to "
         "Bamako (Bamako earlier only in 'a diplomatic crisis with Bamako'); the martyr Badji Mokhtar, 'financial' "
         "مالي and the adjective 'Malian' are traps.",
 "qeg4": "Al-Fadjr from In Amenas: reinforcements Ouargla→In Amenas via Hassi Messaoud, units In Amenas→the "
         "Tiguentourine gas plant, a planned battalion Illizi→Debdeb (Ghadames only a locator there), the LNA's "
         "denied massing in Ash Shwayrif and denied advance from there to Al Wafa field (the border with Algeria only "
         "locates the field), and a GNA conditional move Nalut→Ghadames; Tripoli (GNU seat) and Tripoli of Lebanon "
         "(a power plant supplied with Algerian fuel) both appear; the 2013 attackers, Belmokhtar and the mayor Idris "
         "Hamadi are traps; Illizi province and Italy are not movement places.",
 "qeg5": "Akhbar El Youm from Algiers: six flights Boufarik air base→Tamanrasset airport, the planned onward deployment "
         "Tamanrasset→Djanet and In Guezzam (the border triangle is only the purpose), an LNA Tariq bin Ziyad column "
         "Sabha→Al Wigh base via Al Qatrun (Sharara field only guarded by the same brigade), Russian ships Tartus→Tobruk "
         "port and the cargo trucked Tobruk port→Al Jufra air base, a denied Russian airlift Al Jufra air "
         "base→Madama (Niger only locates Madama), and a conditional airlift Tamanrasset airport→Djanet airport; "
         "Tripoli of Lebanon and Tripoli of Libya both appear, neither as a movement place.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qeg1", "qeg2", "qeg3", "qeg4", "qeg5")
