# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qhk1 police convoys to the western coast (Al-Tadamun)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_dist": ("district", "LY", 32.54560, 12.62698, "Az Zawiya district"),           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qhk2 the army's election-security room in the east (Afrigate News)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README convention)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qhk3 mutual accusations on the central front (Asharq Al-Awsat)
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.30, 25.30, "Egypt-Libya border (Egyptian side)"),     # K
 # qhk4 the Fezzan polling centres (Al-Quds Al-Arabi)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # qhk5 the Tunisian border on polling day (Jawhara FM)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row written الذهيبة)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "bengardane_dist": ("district", "TN", 33.13783, 11.21965, "Ben Gardane delegation"),   # G* (town row)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "TN", 33.00, 11.35, "Tunisia-Libya border (Tunisian side)"),   # K
}

TRAPS = {
 "qhk1": ["خالد الزاوي", "كتيبة شهداء الزاوية", "ليبيا الأحرار", "اللبناني", "العجز المالي"],
 "qhk2": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "كتيبة طارق بن زياد", "كتائب مصراتية", "إدريس العبيدي",
          "قوة حماية طرابلس"],
 "qhk3": ["الشرق الأوسط", "الفيلق الأفريقي", "الروسي", "الجيش التركي", "مصري", "المنطقة الغربية العسكرية",
          "أحمد معيتيق"],
 "qhk4": ["القدس العربي", "المنطقة العسكرية سبها", "مسعود إدريس", "تشادية", "الورقة البيضاء"],
 "qhk5": ["جوهرة أف أم", "الجيش التونسي", "الليبية"],
}

PHEN = {
 "qhk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district"],
 "qhk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhk3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhk4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qhk5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhk1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "صبراتة"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "qhk2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["جالو", "أوجلة"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين", "الوشكة"]),
 ],
 "qhk3": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["سرت"], ["ودان"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("shipment", "denied", "Turkish armed forces", ["تركيا"], ["ميناء مصراتة"]),
  mv("withdraw", "planned", "Misrata forces", ["الوشكة"], ["مصراتة"]),
  mv("advance", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qhk4": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مرزق"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"], ["أوباري"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["سبها"]),
 ],
 "qhk5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["ذهيبة"]),
  mv("redeploy", "denied", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر راس جدير"]),
 ],
}

NOTES = {
 "qhk1": "Interior Ministry (GNU) police convoy Tripoli→Zawiya and Sabratha via Janzour for the polling centres "
         "(Zawiya district only the area of the 212 centres); a planned company of the 444 Brigade Tarhuna→Bani Walid; "
         "a conditional airlift Mitiga airport→Ghadames airport if the desert road is closed (Ghadames town only the "
         "count of centres); Zintan's military council denies a 50-vehicle move Zintan→Al-Aziziyah (the first Zintan "
         "is the council's seat). Tripoli in North Lebanon and the western coast are background, not movement places.",
 "qhk2": "LNA election-security room: units Benghazi→Derna via Al-Marj and Al-Bayda; 120 marines landed Benghazi port→"
         "Derna port (reported); a planned C-130 company Benina air "
         "base→Kufra airport (Kufra district and the border with Sudan only describe the area); a conditional "
         "reinforcement Ajdabiya→Jalu and Awjila (the Oil Crescent only in the condition); the LNA denies a column "
         "Jufra air base→Sirte ('our units in Al-Jufra' adds no move); the LNA source reports Misrata brigades massing "
         "in Abu Qurayn and Al-Washka (Misrata only silent). Tripoli = seat of the Presidential Council; 'Tripoli "
         "Protection Force' and the spokesman Idris al-Obeidi (Idri inside) are traps.",
 "qhk3": "Mutual accusations: an LNA column Hun→Sirte via Waddan (local sources, reported); two Russian cargo planes "
         "Al-Khadim base→Gardabya base (Sirte not named there); the GNU denies a Turkish-army arms shipment Turkey→"
         "Misrata port; Misrata's joint force plans to pull two battalions Al-Washka→Misrata (first Misrata = seat of "
         "the force); an Egyptian conditional advance Marsa Matruh→Sallum (the border only in the condition). Tunis is "
         "the 5+5 venue (city), Sirte at the end only the site of a cancelled rally.",
 "qhk4": "LNA infantry battalion Tamanhint base→Ubari via Sabha (Sabha also dateline and HNEC office; the Sharara "
         "field only a distance reference); a planned company Brak→Idri (Wadi al-Shati locates Idri; Idri inside the "
         "candidate's name is a trap); the LNA will not enter Murzuq unless HNEC asks (first Murzuq = venue); a denied "
         "withdrawal from Ghat airport towards Ubari (the border with Algeria is where they stay, no move); Chadian "
         "armed groups reported massing near Umm al-Aranib; 12 LNA trucks of ammunition are expected Benghazi→Sabha "
         "(planned shipment). 'الورقة البيضاء' (blank ballot) is a common-word trap.",
 "qhk5": "Tunisian army reinforcements Tataouine→Dehiba (the Dehiba-Wazin crossing, Wazin and Nalut are distance "
         "reference and polling places); the Tunisian MoD denies an armoured battalion Gabes→Ben Gardane (Ben Gardane "
         "delegation = where units already are); a planned GNU navy sea move Tripoli port→Zuwara port (Zuwara and "
         "Al-Jmail are the centres to secure, not landing points); the force at the Ras Ajdir crossing will not pull "
         "out before the results (conditional withdraw). Ben Gardane in the last paragraph only traders' town.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhk1", "qhk2", "qhk3", "qhk4", "qhk5")
