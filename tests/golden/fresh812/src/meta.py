# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "pakistan": ("country", "PK", 30.38060, 70.08704, "Pakistan"),                         # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qeh1 Russian delegation and Africa Corps rotation (RT Arabic)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sevastopol": ("city", "UA", 44.6054, 33.5221, "Sevastopol"),                          # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qeh2 Turkish rotation (Yeni Safak Arabic)
 "west_ly": ("region", "LY", 31.5, 12.5, "Western Libya"),                              # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row written إنجيرليك)
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mersin_port": ("crossing", "TR", 36.797, 34.648, "Port of Mersin"),                   # K
 "misrata_port": ("crossing", "LY", 32.368, 15.214, "Port of Misrata (Qasr Ahmed)"),    # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G* (row مرفأ طرابلس)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 # qeh3 Jordanian training (Petra)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "marka": ("airport", "JO", 31.9727, 35.9916, "Amman Civil Airport (Marka)"),           # K
 # qeh4 Pakistan and Belarus (France 24 Arabic / AFP)
 "islamabad": ("city", "PK", 33.72148, 73.04329, "Islamabad"),                          # G* (row written اسلامآباد)
 "minsk": ("city", "BY", 53.90019, 27.56653, "Minsk"),                                  # G
 "nurkhan": ("base", "PK", 33.6167, 73.0992, "PAF Base Nur Khan"),                      # K
 "rawalpindi": ("city", "PK", 33.5973, 73.0479, "Rawalpindi"),                          # K
 "kamra": ("town", "PK", 33.8690, 72.4010, "Kamra (Pakistan Aeronautical Complex)"),    # K
 "gamal": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "abraq": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                    # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qeh5 joint training, Italian rotation and Tunisian trainers (CGTN Arabic)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "brindisi": ("town", "IT", 40.63215, 17.93607, "Brindisi"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G* (row منفذ وازن)
 "border_tnside": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"), # K
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
}

TRAPS = {
 "qeh1": ["وزارة الدفاع الروسية", "الجيش الوطني الليبي", "روسيا اليوم", "الفيلق الأفريقي", "الروسية", "الليبيين",
          "الزاوية", "روسياً"],
 "qeh2": ["يني شفق", "وزارة الدفاع التركية", "مجموعة المهام التركية في ليبيا", "الليبية", "غوكتشه آدا", "الأناضول",
          "السوريين", "الجيش الوطني الليبي", "التركي"],
 "qeh3": ["بترا", "الجيش الوطني الليبي", "الأردنية", "الأردنيين", "المالي", "عبد السلام الزليتني", "الليبية",
          "إدريس السنوسي", "الليبيين"],
 "qeh4": ["الجيش الوطني الليبي", "الباكستانية", "فرانس برس", "إدريس الفيتوري", "الجيش الباكستاني", "باكستانيين", "ليبياً"],
 "qeh5": ["الجيش الوطني الليبي", "صالح الغدامسي", "درع سرت", "كتيبة ثوار طرابلس",
          "البعثة الإيطالية للمساعدة والدعم في ليبيا", "وكالة أنباء الصين الجديدة", "القيادة الأمريكية في أفريقيا", "التونسية", "الجيش التونسي",
          "كتيبة شهداء الزاوية"],
}

PHEN = {
 "qeh1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "countries"],
 "qeh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qeh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "qeh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qeh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qeh1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["روسيا"]),
  mv("shipment", "planned", "Russian forces", ["سيفاستوبول"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Russian forces", ["الجفرة"], ["سبها"]),
  mv("mobilise", "denied", "Russian forces", [], ["حقل الشرارة"]),
  mv("advance", "reported", "Libyan National Army", [], ["طرابلس"]),
 ],
 "qeh2": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("withdraw", "reported", "Turkish armed forces", ["مطار امعيتيقة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("airlift", "reported", "GNA forces", ["طرابلس"], ["إسطنبول"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "denied", "Syrian mercenaries", ["شمال سوريا"], ["الوطية"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["بنغازي"]),
  mv("advance", "reported", "GNA forces", ["طرابلس"], ["ترهونة"]),
 ],
 "qeh3": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["مطار ماركا"]),
  mv("redeploy", "reported", "Libyan National Army", [], ["بنغازي"]),
  mv("deploy", "planned", None, [], ["المرج"]),
  mv("deploy", "conditional", "Libyan National Army", ["طبرق"], ["الأردن"]),
  mv("deploy", "denied", None, [], ["قاعدة الخادم"]),
 ],
 "qeh4": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["قاعدة نور خان الجوية"]),
  mv("shipment", "planned", None, ["باكستان"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", None, [], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار الأبرق"], ["مينسك"]),
 ],
 "qeh5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["سرت"], ["مصراتة"]),
  mv("deploy", "reported", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("naval_landing", "planned", None, ["برينديزي"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Tunisian army", [], ["زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "denied", "GNA forces", ["الزاوية"], ["مجمع مليتة"]),
 ],
}

NOTES = {
 "qeh1": "RT: a Russian MoD delegation in Benghazi (a visit, no movement); an Africa Corps rotation — Il-76s Hmeimim "
         "base→Al-Khadim base (Al-Marj only locates the base, Syria the origin base), the outgoing group pulling out "
         "Brak air base→Jufra air base and a planned flight from there ('من هناك') to Russia; a planned landing ship "
         "Sevastopol→Tobruk port (shipment of vehicles); air-defence experts stationed in Jufra who will reinforce Sabha "
         "only if asked (the southern region is the purpose, not a movement place); the embassy in Tripoli (speaker) "
         "denies a Russian build-up at the Sharara field; the 2019 LNA advance towards Tripoli backed by Wagner "
         "(reported, no origin). «من هذه الزاوية» is a common-word trap; «روسياً»/«روسيا اليوم» contain روسيا.",
 "qeh2": "Yeni Safak: a Turkish rotation — A400Ms Incirlik (near Adana, spelled إنجرليك)→Al-Watiya base, the outgoing "
         "165 leave Mitiga airport (spelled امعيتيقة; no destination written); a planned frigate Mersin port→Misrata "
         "port via the port of Tripoli in northern Lebanon (LB, not the Libyan capital); Libyan naval cadets flown "
         "Tripoli→Istanbul; a conditional marine company for Khoms port; denials of Syrian fighters northern Syria→"
         "Al-Watiya and of Turkish trainers to Benghazi; the 2020 GNA advance Tripoli→Tarhuna. Ankara is only the "
         "dateline/speaker/signatory; the frigate's name Gökçeada (an island) and the task-group name containing "
         "ليبيا are traps.",
 "qeh3": "Petra: 120 LNA officers flown Benina airport→Marka airport in Amman (Amman written عمان in the dateline and "
         "عمّان in the body; Benghazi only locates Benina), the previous batch back to Benghazi (origin only 'the "
         "kingdom'); Jordanian trainers (no canonical actor) planned for Al-Marj ('east of Benghazi' a locator); a "
         "conditional fifth batch from units stationed in Tobruk to Jordan; a denied Jordanian force at Al-Khadim base "
         "in the Libyan east (the region only locates the base). King Idris (إدريس), the officer «الزليتني» (Zliten) "
         "and the agency name Petra are traps.",
 "qeh4": "France 24/AFP: LNA pilots flown Benina airport→Nur Khan air base (Rawalpindi only locates it; Kamra is where "
         "the course runs, no move is written to it); four JF-17s to be flown Pakistan→Gamal Abdel Nasser air base "
         "(Tobruk a locator; actor null: the supplier is no canonical force); a MiG-21 squadron Benina base→Maaten "
         "al-Sarra once the new jets enter service (بمجرد = conditional; the border triangle with Sudan and Chad is the "
         "purpose); Pakistan's army denies a build-up of its soldiers in Kufra ('250 km from the border with Sudan' is "
         "a distance reference); 30 Libyan soldiers planned Al Abraq airport (near Al Bayda)→Minsk. Belarus is written "
         "روسيا البيضاء, which contains both روسيا and البيضاء; the Belarusian delegation's visit to Benghazi is no "
         "movement.",
 "qeh5": "CGTN: a GNA force Tripoli→Sirte via Misrata and LNA units Jufra→Sirte for a joint drill (exercise name «درع "
         "سرت» a trap); a planned Italian landing ship Brindisi→Tripoli port (actor null); Tunisian officers planned "
         "for Zuwara (requested by the Zuwara municipality, not a mover); a conditional Tunisian reinforcement "
         "Tataouine→Dehiba if smuggling rises near the Wazin crossing on the border with Libya (condition places "
         "only); a denied move of the 'Zawiya Martyrs battalion' Zawiya→Mellitah complex. Tunis (the capital, where "
         "the ministry speaks) vs Tunisia (the state, headline); Tripoli and Benghazi in the last paragraph are seats "
         "of governments.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qeh1", "qeh2", "qeh3", "qeh4", "qeh5")
