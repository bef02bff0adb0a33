# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية: point near Hun/Waddan)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "border_eg": ("region", "EG", 31.30, 25.15, "Egypt-Libya border (Egyptian side)"),     # K
 # qel1 the Sirte-Jufra line (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jabal_mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                # G* (gazetteer kind town)
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 # qel2 Egypt's western front (Mada Masr)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, kind base)
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "westdesert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qel3 Ras Ajdir and the Tunisian south (Al-Maghrib)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "border_tn_side": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # qel4 the Turkish presence (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "tripoli_gharb": ("city", "LY", 32.88743, 13.18733, "Tripoli (Tarabulus al-Gharb)"),   # G* (row طرابلس LY)
 "tripoli_sham": ("city", "LB", 34.43352, 35.84415, "Tripoli (Tarabulus al-Sham)"),     # G* (row طرابلس LB)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 # qel5 Kufra and the Sudan war (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
}

TRAPS = {
 "qel1": ["القدس العربي", "الجيش الوطني الليبي", "من هذه الزاوية", "الملك إدريس السنوسي", "المصراتية",
          "عملية بركان الغضب", "الجيش المصري", "الفيلق الأفريقي", "عماد الطرابلسي"],
 "qel2": ["مدى مصر", "المسؤولون المصريون", "الجيش المصري", "السنوات الخمس", "مركز الأهرام"],
 "qel3": ["المغرب", "الجيش التونسي", "دبلوماسي تونسي", "الحكومة الليبية", "رد الجميل"],
 "qel4": ["الجريدة", "التركية", "عملية الكرامة", "الصادق الغرياني", "الداخل الليبي"],
 "qel5": ["السوداني", "الجيش الوطني الليبي", "سبل السلام", "الطيب إدريس", "الشرارة الأولى", "الحرب السودانية"],
}

PHEN = {
 "qel1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qel2": ["multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qel3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qel4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qel5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qel1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"], ["الوشكة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
 "qel2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["طبرق"], ["منفذ السلوم"]),
  mv("naval_landing", "conditional", "Egyptian army", [], ["ميناء طبرق"]),
  mv("deploy", "planned", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("airlift", "denied", "Egyptian army", ["مطار مرسى مطروح"], ["قاعدة الخادم"]),
 ],
 "qel3": [
  mv("withdraw", "reported", "GNA forces", ["رأس جدير"], ["زوارة"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("advance", "conditional", "GNA forces", ["طرابلس"], ["رأس جدير"], ["زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["منفذ وازن"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الجميل"]),
 ],
 "qel4": [
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["قاعدة الوطية"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "conditional", "Syrian mercenaries", ["شمال سوريا"], ["طرابلس"]),
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة معيتيقة"]),
 ],
 "qel5": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الفاشر"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["نيالا"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qel1": "Op-ed on the Sirte-Jufra line: an LNA reinforcement Jufra air base→Sirte (reported, in passing); Misrata "
         "brigades' conditional advance Abu Qurayn→Sirte via Al-Washka if the ceasefire collapses; a conditional "
         "Egyptian massing on the border with Libya; the Russian Africa Corps' planned move Jufra air base→Maaten "
         "al-Sarra; a denied Misrata massing in Tawergha. Cairo, Moscow, Ankara, Tripoli, the Oil Crescent, London "
         "(dateline), Jufra in 'the Sirte-Jufra line' and Lebanese Tripoli with its two quarters are not movement places.",
 "qel2": "Analysis of Egypt's options: an armoured brigade Mohamed Naguib base→Sidi Barrani (reported); a conditional "
         "advance through the Sallum land port towards Tobruk (first Sallum mention only a distance reference) and a "
         "conditional landing at Tobruk port; a planned deployment of ~200 trainers to Gamal Abdel Nasser air base "
         "(Tobruk only locates it); a denied munitions airlift Marsa Matruh airport→Al-Khadim base (Benghazi only "
         "locates it). Sirte, Jufra, eastern Libya and the Western Desert appear only in conditions and comment.",
 "qel3": "Tunisian analysis of Ras Ajdir: the GNA interior ministry's force pulled back Ras Ajdir→Zuwara (reported; "
         "Mellitah a distance reference), a Tunisian reinforcement Gabes→Ben Gardane, a conditional GNA advance "
         "Tripoli→Ras Ajdir via Zuwara if talks fail (clashes spreading to the border are not a movement), a planned "
         "deployment of 300 men at the Wazin crossing (Dehiba only 'opposite'), and Zintan's denied massing in "
         "Al-Jumayl. Tunis (dateline, capital), Medenine and its governorate, southern Tunisia are not movement places.",
 "qel4": "Kuwaiti analysis of the Turkish presence: an A400M Konya→Al-Watiya base (reported), a planned marine landing "
         "at Khoms port and a planned ship Mersin→Khoms port, a conditional airlift of Syrian fighters northern "
         "Syria→Tripoli if the ceasefire collapses, and a denied pull-out from Mitiga base. Kuwait City (dateline), "
         "Kuwait (country), Ankara, Istanbul, Washington, Cairo, Lebanese Tripoli and the quoted Tarabulus al-Gharb / "
         "Tarabulus al-Sham are not movement places.",
 "qel5": "Sudanese op-ed on Kufra and the Darfur war: an LNA reinforcement Benghazi→Kufra via Ajdabiya (reported), a "
         "planned Subul al-Salam battalion move Kufra→Rebiana, RSF units' conditional fall-back El Fasher→the border "
         "triangle (RSF control of the triangle in 2025 is not a movement), and a denied arms convoy Kufra→Nyala "
         "via the triangle (Kufra airport only as a refugee registration centre). Port Sudan (dateline), N'Djamena, Khartoum and Geneina (refugees), North Darfur (condition) "
         "are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qel1", "qel2", "qel3", "qel4", "qel5")
