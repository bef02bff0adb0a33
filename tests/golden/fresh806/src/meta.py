# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 # qeb1 Tarhuna, Bani Walid, Zintan, Misrata; Tripoli in Lebanon (Al-Quds Al-Arabi)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 # qeb2 Kufra, Emsaed and the Egyptian border (Sada El Balad)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_mun": ("district", "LY", 31.60968, 25.04999, "Emsaed municipality"),           # G* (town row)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 # qeb3 Ras Ajdir, Zuwara and Dehiba (Diwan FM)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_ly": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.934, 12.090, "Port of Zuwara"),                   # K
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # qeb4 Ubari, Ghat, El Feel, Qatrun (Ammon News)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # qeb5 Jufra, Maaten al-Sarra, Tobruk port, Sirte line (Sabq)
 "tobruk_port": ("crossing", "LY", 32.076, 23.978, "Port of Tobruk"),                   # K
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, whose names include الشرق الليبي)
}

TRAPS = {
 "qeb1": ["القدس العربي", "اللواء 444 قتال", "ترهونة الآن", "سرت شائعات", "ناجي الزنتاني", "كتيبة المرسى", "اللبنانية"],
 "qeb2": ["صدى البلد", "سبل السلام", "الجيش الوطني الليبي", "الدعم السريع", "الجيش المصري", "مصري", "البرلمان الليبي"],
 "qeb3": ["ديوان أف أم", "الجيش التونسي", "فرج النالوتي"],
 "qeb4": ["عمون", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "خالد الإدريسي", "المعارضة التشادية", "فزان الحدث"],
 "qeb5": ["سبق", "الفيلق الأفريقي", "كتيبة شهداء سوكنة", "الجيش الوطني الليبي", "زلة لسان", "إدريس الفاخري",
          "الروسية"],
}

PHEN = {
 "qeb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "countries"],
 "qeb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qeb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qeb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qeb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qeb1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["بنى وليد"]),
  mv("withdraw", "denied", "Zintan forces", ["العزيزية"], ["الزنتان"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["مسلاته"]),
 ],
 "qeb2": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفره"], ["مثلث العوينات", "الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["ربيانة"]),
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("advance", "conditional", "Egyptian army", ["السلوم"], ["امساعد"]),
 ],
 "qeb3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["معبر راس اجدير"], ["زواره"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زواره"]),
  mv("reinforce", "conditional", "GNA forces", ["الجميل"], ["معبر راس اجدير"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"]),
 ],
 "qeb4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["غات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اوباري"], ["حقل الفيل"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qeb5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["ودان"], ["سرت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار مصراتة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["بوقرين"]),
 ],
}

NOTES = {
 "qeb1": "Brigade Facebook posts in dialect: Brigade 444 (GNA) column Tripoli→Tarhuna via Qasr Bin Ghashir, a company "
         "planned Tarhuna→Bani Walid (spelt بنى وليد) in a deleted post, Zintan's denied pull-back Al-Aziziyah→Zintan "
         "('للزنتان' = Zintan, clitic لل), and a Misrata brigade's conditional move to Msallata ('لو صار... نطلعو'); "
         "Tripoli (Lebanon) and Bab al-Tabbaneh only locate a mis-captioned video; traps: 'سرت شائعات', 'كتيبة المرسى'.",
 "qeb2": "Kufra and Emsaed pages: an LNA column Ajdabiya→Kufra via Jalu (Sabl al-Salam's post), a planned company "
         "Kufra→the Uweinat triangle / the border with Sudan, Kufra municipality denies an RSF massing near Rebiana "
         "('130 km west of Kufra' is a distance reference), an ammunition/fuel convoy Tobruk→Emsaed crossing (Emsaed "
         "municipality page), and the Egyptian army's conditional crossing Sallum→Emsaed; Cairo is only the dateline.",
 "qeb3": "Tunisian radio: Tunisian reinforcements Tataouine→Dehiba, a GNA interior-ministry column Zawiya→Ras Ajdir via "
         "Zuwara (Zuwara municipality page), a planned marine company by sea Tripoli port→Zuwara port, a conditional "
         "move Al-Jumayl→the crossing ('المعبر' = Ras Ajdir), and a denied pull-out from Ben Gardane; the Wazin "
         "crossing (gunfire), Tunis (statement), southern Tunisia and the later Ben Gardane are not movement places.",
 "qeb4": "Fezzan pages: Tariq Bin Ziyad brigade column Sabha→Ubari via Germa, a planned ammunition/fuel convoy Brak air "
         "base→Ghat, a conditional move Ubari→El Feel field ('لو صار أي تعدي'), and Qatrun municipality's denial of a "
         "Chadian massing near Qatrun; Idri/Wadi al-Shati (past clashes), Murzuq and Sabha in the last paragraph and "
         "the border with Algeria are not movement places.",
 "qeb5": "Flight-tracking pages: Russian 'Africa Corps' airlift Al-Jufra air base→Maaten al-Sarra, a Russian landing at "
         "Tobruk port, a Sokna brigade company planned Waddan→Sirte, the GNA's denial of a Syrian-mercenary flight "
         "Turkey→Misrata airport, and an LNA conditional advance Sirte→Abu Qurayn (spelt بوقرين); Moscow, Russia, Syria, "
         "Al-Jufra area, the Oil Crescent and eastern Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qeb1", "qeb2", "qeb3", "qeb4", "qeb5")
