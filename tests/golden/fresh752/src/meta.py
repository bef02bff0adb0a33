# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qbz1 the Ghadames festival (Al-Quds Al-Arabi)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G (row درج)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_south": ("region", "TN", 32.05, 10.50, "Tunisia-Libya border (Tunisian side, Dehiba sector)"),  # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),      # G (row منفذ وازن)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "tripoint_ly_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # qbz2 the cup final in Sabha (Kooora)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # qbz3 the Benghazi derby (FilGoal)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (point of row قاعدة الجفرة الجوية, near Hun/Waddan)
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا, written اجدابيا)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # qbz4 Independence Day (Al-Jarida)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),     # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G* (row إقليم طرابلس)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, whose names include ورشفانة)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 # qbz5 Etoile du Sahel in Tripoli (Jawhara FM)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn_coast": ("region", "TN", 33.00, 11.35, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qbz1": ["القدس العربي", "درجات", "التونسيون", "الجيش الوطني الليبي", "عبد السلام الغدامسي", "اللبنانية", "الجزائرية",
          "الدرج الخشبي", "التونسية", "المدرجة"],
 "qbz2": ["كووورة", "كأس ليبيا", "الأهلي طرابلس", "السويحلي", "الجيش الوطني الليبي", "السبهاوي", "ميلاد الإدريسي",
          "اللواء طارق بن زياد", "التشادية", "الليبية"],
 "qbz3": ["في الجول", "ملعب شهداء بنينا", "الأهلي بنغازي", "الجيش الوطني الليبي", "عمر المختار", "مصري",
          "الاتحاد الليبي", "فريق الهلال", "خليج سرت"],
 "qbz4": ["الجريدة", "الليبيين", "الملك إدريس السنوسي", "الكتائب المصراتية", "اللواء 444 قتال", "الأيام الخمس",
          "التركية"],
 "qbz5": ["جوهرة إف إم", "النجم الساحلي", "الأهلي طرابلس", "دوري أبطال إفريقيا", "الجيش التونسي", "الأمن الليبي",
          "الفريق الساحلي"],
}

PHEN = {
 "qbz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbz2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "qbz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "coverage_crossings", "countries"],
 "qbz5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbz1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "سيناون"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("shipment", "reported", "GNA forces", ["غدامس"], ["حقل الوفاء"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qbz2": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سبها"], ["تمنهنت"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qbz3": [
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["بنغازي"], ["الأبيار"]),
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["بنغازي"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["المرج"]),
  mv("redeploy", "denied", "Libyan National Army", ["سرت", "الجفرة"], ["بنغازي"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["سلوق"]),
 ],
 "qbz4": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"], ["الخمس", "القره بوللي"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "reported", "GNA forces", [], ["تاجوراء"]),
  mv("redeploy", "planned", "GNA forces", ["تاجوراء"], ["الزاوية"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["ورشفانة"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة معيتيقة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
 ],
 "qbz5": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "planned", "GNA forces", ["رأس اجدير"], ["طرابلس"], ["زوارة", "صبراتة"]),
  mv("advance", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"]),
 ],
}

NOTES = {
 "qbz1": "Ghadames festival under guard: a GNA column Tripoli→Ghadames via Nalut and Sinawen, a planned airlift of "
         "special forces Mitiga airport→Ghadames airport, an LNA advance Al-Shwayrif→Derj denied (Ghadames only the "
         "'100 km east of' reference there), and a conditional Tunisian reinforcement Tataouine→Dehiba if infiltration "
         "is seen across the border (the border is only the condition). Visitors from Tunisia/Algeria, folk troupes "
         "from Tripoli (Lebanon) and Djanet, Algerian patrols watching the area opposite Debdeb: not movements.",
 "qbz2": "Cup final in Sabha: an LNA battalion Tamanhint air base→Sabha, a planned military-police airlift Benina "
         "base→Sabha airport, a conditional return Sabha→Tamanhint after the last plane and bus leave, and a denied "
         "advance of Chadian armed opposition groups from the border with Chad→Al-Qatrun. The teams' flights "
         "(Mitiga, Misrata airport→Sabha airport) and the fans' buses from Brak, Ubari, Idri and Murzuq are civilian.",
 "qbz3": "Benghazi derby: an LNA battalion Al-Marj→Benghazi via Al-Abyar, its conditional return to Al-Marj (no "
         "origin written), a denied pull of units from Sirte and Al-Jufra to Benghazi, and a planned Saiqa company "
         "Benghazi→Suluq for the Omar al-Mukhtar commemoration. The Egyptian referees Cairo→Benina airport and the "
         "fans from Ajdabiya and the Oil Crescent are civilian; clubs (Al-Ahly Benghazi, Khaleej Sirte, Al-Hilal) and "
         "the Martyrs of Benina stadium are traps.",
 "qbz4": "Independence Day (75th): Misrata brigades Misrata→Tripoli via Al-Khums and Garabulli, Brigade 444 deployed in "
         "Tajura, its planned move Tajura→Zawiya, Zintan's conditional advance Zintan→Warshefana, and a denied transfer "
         "of Turkish soldiers Al-Watiya base→Mitiga base (Ankara only the speaker, Libya only where the forces serve). "
         "Benghazi, Cyrenaica, Tripolitania and Fezzan are history and celebration venues.",
 "qbz5": "Etoile du Sahel in Tripoli: the Tunisian army Gabes→Ben Gardane (reported), a planned GNA escort of the fan "
         "buses Ras Ajdir→Tripoli via Zuwara and Sabratha, a conditional GNA entry into Zawiya, and a denied pull-out "
         "from the Ras Ajdir crossing. The team's flight Tunis-Carthage→Mitiga and the fan convoy Sousse→Ras Ajdir are "
         "civilian; the border with Libya is only where smuggling was seen; Al-Ajaylat only where traffic was diverted.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbz1", "qbz2", "qbz3", "qbz4", "qbz5")
