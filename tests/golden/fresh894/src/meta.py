# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (qhl4 writes قاعدة بنينا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # qhl1 Benghazi to Kufra (Al-Quds Al-Arabi)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qhl2 Tripoli to Al-Shwayrif (France 24)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "hamada": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 # qhl3 Zintan to Ghadames (Monte Carlo Doualiya)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "triangle_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz_ly": ("region", "DZ", 29.80, 9.45, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 # qhl4 Benghazi to Tobruk (Al-Qahera News)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, found by شرق ليبيا)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "gamal_ab": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind base)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # qhl5 Sabha to Ghat (Middle East Eye)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (written اوباري)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # ports
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G (seen in the بنغازي grep)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G (seen in the طبرق grep)
}

TRAPS = {
 "qhl1": ["القدس العربي", "الجيش الوطني", "كتيبة سبل السلام", "لواء طارق بن زياد", "الأخبار السارة",
          "قوات الدعم السريع", "الأراضي الليبية"],
 "qhl2": ["فرانس 24", "اللبنانية", "اللواء 444 قتال", "فرج المزداوي"],
 "qhl3": ["مونت كارلو الدولية", "درج سيارته", "إدريس الزنتاني", "الزنتاني", "إبراهيم الغدامسي", "الجيش التونسي", "وزارة الدفاع الوطني الجزائرية"],
 "qhl4": ["القاهرة الإخبارية", "الجيش الوطني", "الهرج والمرج", "سالم الطبرقي", "مصري", "مجموعة فاغنر",
          "القوات المسلحة المصرية"],
 "qhl5": ["ميدل إيست آي", "الجيش الوطني", "لواء طارق بن زياد", "إدريس الحاسي", "الجانب الجزائري"],
}

PHEN = {
 "qhl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qhl2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_oil", "countries"],
 "qhl3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhl4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qhl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhl1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو", "حقل السرير"]),
  mv("advance", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء بنغازي"], ["الكفرة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي"]),
 ],
 "qhl2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الشويرف"], ["غريان", "مزدة", "القريات"]),
  mv("redeploy", "planned", "GNA forces", ["الشويرف"], ["حقل الحمادة"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["الشويرف"]),
  mv("advance", "denied", "Libyan National Army", ["براك"], ["الشويرف"]),
 ],
 "qhl3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["غدامس"], ["نالوت", "سيناون"]),
  mv("withdraw", "reported", "GNA forces", ["غدامس"], ["نالوت"]),
  mv("deploy", "planned", "Zintan forces", ["غدامس"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
 ],
 "qhl4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة بنينا"], ["طبرق"], ["المرج", "البيضاء", "درنة", "التميمي"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("naval_landing", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الخادم"], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qhl5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["سبها"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
 ],
}

NOTES = {
 "qhl1": "Al-Quds Al-Arabi's envoy rides with an LNA column Benghazi→Kufra via Ajdabiya, Jalu and the night stop by the "
         "Sarir field; an ammunition convoy Benghazi port→Kufra arrived two days earlier; a company is to advance "
         "Kufra→Maaten al-Sarra air base; a conditional airlift Benina air base→Kufra airport (the border with Sudan only "
         "the condition); the RSF denies massing fighters from North Darfur in the border triangle (its first mention, "
         "'securing the road to the triangle', is a mission, not a move). The writer's own flight back to Cairo and Sudan "
         "as the refugees' origin are no movement places.",
 "qhl2": "France 24's envoy follows a GNA column Tripoli→Al-Shwayrif via Gharyan, Mizda and Al-Qaryat (vehicles joining "
         "at Gharyan are the same move); a company to be moved Shwayrif→the Hamada field (redeploy, planned); Zintan "
         "reinforcements Zintan→Shwayrif only 'if our points are attacked'; the LNA denies an advance Brak→Shwayrif. "
         "Tripoli of Lebanon (the cameraman's last job), Tripoli as a distance reference, Libya in the dateline, the "
         "south-west (smuggling) and Paris (footage sent) are not movement places.",
 "qhl3": "Monte Carlo Doualiya's diary: a Zintan column Zintan→Ghadames via Nalut and Sinawen; a GNA battalion had "
         "withdrawn from Ghadames ('the city') towards Nalut two weeks earlier (Tripoli only locates its HQ); part of the "
         "Zintan force to be stationed at the border triangle; the Tunisian army's conditional reinforcement "
         "Tataouine→Dehiba (Wazin crossing only the condition, Tunis the source's city); Algeria's defence ministry "
         "denies massing units in Debdeb. The border with Libya is only Debdeb's distance reference; the Ghadames "
         "municipality asked for the force; the commander إدريس الزنتاني holds both Idri and Zintan inside his name.",
 "qhl4": "Al-Qahera News' envoy rides with an LNA column Benina base→Tobruk via Al-Marj, Al-Bayda, Derna and Al-Tamimi "
         "(Benghazi in the headline and the last paragraph is the same origin written as the city; not a second "
         "origin); part to be moved Tobruk→Emsaed (the Amsaad crossing is the purpose, Egypt the trade partner); a "
         "planned landing ship Benghazi port→Tobruk port; Egyptian marines by sea Marsa Matruh→Sallum only if eastern "
         "Libya deteriorates (east_ly = condition); the LNA denies a Wagner airlift Al-Khadim base→Gamal Abdel Nasser "
         "air base (Tobruk there only locates the base). Alexandria and Cairo (truck drivers) and the crossing queue are "
         "no movement places.",
 "qhl5": "Middle East Eye rides with an LNA (Tariq bin Ziyad) column Sabha→Ghat via Ubari (written اوباري) and Al-Awaynat; "
         "a company planned Ghat→the Isayen crossing; the column 'will not return to Sabha before Ghat airport reopens' "
         "= conditional withdraw Ghat→Sabha (the airport only the condition); the LNA denies a Russian arms shipment "
         "Al-Jufra base→Tamanhint base. Idri and Wadi al-Shati are only a soldier's home, Idri also inside the "
         "commander's name إدريس; the border with Algeria is a distance reference; Tripoli, Benghazi (rival "
         "governments), Algiers (a diplomat) and Libya (dateline) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhl1", "qhl2", "qhl3", "qhl4", "qhl5")
