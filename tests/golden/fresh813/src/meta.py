# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # the crossing and Ghat
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G* (row district:LY-GT)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G (row البركات, names incl. البركت)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G (row جبل أكاكوس)
 "border_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_lydz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 # Algerian side
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                # K (seat; see README)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام, written عين قزام)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "far_se_dz": ("region", "DZ", 25.0, 8.5, "Far south-east of Algeria"),                 # K
 "border_dz": ("region", "DZ", 24.9, 9.8, "Algeria-Libya border (Algerian side)"),      # K
 "border_dzne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 # the rest of Libya
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # further afield
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "sahel": ("region", "NE", 15.5, 6.0, "Sahel"),                                         # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "qei1": ["الحوار", "الجيش الوطني الشعبي", "القطاع العملياتي جنوب شرق جانت", "سرت", "الليبية"],
 "qei2": ["المنارة", "الجزائرية", "الجيش الوطني الليبي", "كتيبة شهداء غات", "إبراهيم الغاتي"],
 "qei3": ["اللبنانية", "القدس العربي", "الجزائرية", "المنطقة العسكرية سبها", "الفيلق الأفريقي"],
 "qei4": ["الجيش الجزائري", "الشرق الأوسط", "الليبي", "الجزائرية", "السبهاوي", "هجوم تيقنتورين"],
 "qei5": ["النصر", "إدريس بوزيد", "الجيش الوطني الليبي", "الليبية", "المالي"],
}

PHEN = {
 "qei1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qei2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qei3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qei4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qei5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qei1": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["حاسي مسعود", "عين أمناس", "إليزي"]),
  mv("airlift", "reported", "Algerian army", ["مطار جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["إليزي"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
 ],
 "qei2": [
  mv("reinforce", "reported", "Libyan National Army", ["حقل الشرارة"], ["غات"], ["أوباري", "العوينات"]),
  mv("advance", "reported", "Libyan National Army", ["غات"], ["أكاكوس"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ ايسين"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["البركت"], ["أوباري"]),
 ],
 "qei3": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مطار غات"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
 ],
 "qei4": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["أوباري"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["البركات"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["جبل أكاكوس"]),
 ],
 "qei5": [
  mv("redeploy", "reported", "Algerian army", ["عين قزام"], ["جانت"], ["تمنراست"]),
  mv("deploy", "planned", "Algerian army", ["اليزي"], ["تين الكوم"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["جانت"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"]),
 ],
}

NOTES = {
 "qei1": "El Hiwar from Illizi: an Algerian convoy Ouargla→Djanet via Hassi Messaoud, In Amenas and Illizi (Illizi is "
         "also the dateline), special forces flown by helicopter Djanet airport→around the Tin Alkoum crossing (Ghat "
         "only the cause of the closure), a planned battalion Bordj Omar Driss→Illizi, a conditional reinforcement "
         "Tamanrasset→Djanet, and a denied incursion near Al Barkat; Algiers (ministry) and the border with Libya/Niger "
         "(seizures) are not movement places; the Djanet inside the operational-sector name is a trap.",
 "qei2": "Al-Manara from Ghat: the Isayen/Tin Alkoum crossing reopens (lorries are civilian), an LNA column Ubari→Ghat via "
         "Al Awaynat, a planned company to the Isayen crossing (spelt ايسين, no origin named), a conditional airlift "
         "Tamanhint base→Ghat airport if armed groups mass in the Akakus (condition only), and a denied pull-out Al "
         "Barkat→Ubari; Djanet, Sabha, Tripoli, Benghazi, Niger and the border with Algeria are context only.",
 "qei3": "Al-Quds Al-Arabi from Tripoli: a captagon consignment from the port of Tripoli in northern Lebanon via "
         "Benghazi, Sabha and Ubari (a smuggling route, not a movement), an LNA deployment Ubari→Al Awaynat (Ghat only "
         "in 'the road leading to Ghat'), a GNA plan to fly a unit Mitiga→Ghat airport, a conditional Algerian "
         "deployment Djanet→Tin Alkoum crossing, and a denied Russian airlift Jufra base→Ghat airport.",
 "qei4": "Asharq Al-Awsat from Cairo: Ghat elders and the crossing, an Algerian airlift Boufarik air base→Djanet airport "
         "(Algiers only a locator), LNA massing in Ubari confirmed by an officer, a planned company Ubari→El Feel field, "
         "a conditional pull-back of the column from Ghat to Al Barkat (بمجرد), and a denied gathering of foreign "
         "fighters in the Akakus; In Amenas only the venue of the border committee.",
 "qei5": "An-Nasr from Djanet: barter at the Tin Alkoum crossing (civilian lorries from Ghat), a border-guard regiment "
         "redeployed In Guezzam (spelt عين قزام)→Djanet via Tamanrasset, a planned company Illizi (spelt اليزي)→near "
         "Tin Alkoum, a conditional push Djanet→the border with Libya if fighting resumes in Ghat (condition only), "
         "and a denied LNA pull-out from the Isayen crossing.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qei1", "qei2", "qei3", "qei4", "qei5")
