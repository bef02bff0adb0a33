# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Libyan south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم; also for bare التوم)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya's southern border (with Chad)"),  # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # Niger
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (also for bare ماداما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G* (row بيلما, written بلما)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي; qfw2 writes بوغودي)
 # Algeria
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام, written عين قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
}

TRAPS = {
 "qfw1": ["أخبار الخليج", "الجيش الوطني الليبي", "مسعود القطروني", "القطروني", "درع فزان", "الجيش النيجري", "تشادية", "سرت"],
 "qfw2": ["عمون", "القوات المسلحة النيجرية", "الفيلق الإفريقي", "التشادية", "تشادي", "محمد إدريس ديبي", "الليبية"],
 "qfw3": ["الجريدة", "قوة حماية طرابلس", "القيادة العامة للجيش الوطني الليبي", "الجيش الجزائري", "الليبية"],
 "qfw4": ["شفق نيوز", "طارق بن زياد", "الجيش الوطني الليبي", "موسى إدريس", "التشادية", "تشادي"],
 "qfw5": ["اللواء", "الفيلق الإفريقي", "التلفزيون النيجري", "الجزائرية", "مالي", "اللبنانية"],
}

PHEN = {
 "qfw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qfw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qfw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfw1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("advance", "reported", "Libyan National Army", ["قاعدة الويغ"], ["مثلث السلفادور"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", [], ["النيجر"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ التوم"]),
 ],
 "qfw2": [
  mv("reinforce", "reported", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("airlift", "planned", None, ["نيامي"], ["مطار ديركو"]),
  mv("mobilise", "reported", None, [], ["أغاديس"]),
  mv("advance", "denied", None, [], ["منفذ التوم"]),
  mv("redeploy", "conditional", "Russian forces", ["أغاديس"], ["ديركو"]),
  mv("withdraw", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
 ],
 "qfw3": [
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["أوباري"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["تجرهي"]),
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
 ],
 "qfw4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["تجرهي"], ["أم الأرانب"]),
  mv("advance", "planned", "Libyan National Army", ["تجرهي"], ["التوم"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["قاعدة الويغ"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري", "حقل الشرارة"]),
  mv("advance", "conditional", "Chadian armed groups", ["كوري بوقودي"], ["الحدود الليبية"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
 ],
 "qfw5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الشاطئ"], ["مطار ديركو"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "planned", None, ["أغاديس"], ["قاعدة ماداما"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "denied", "Algerian army", ["جانت"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qfw1": "After the attack near the Tummo crossing: LNA reinforcements Sabha→Al-Qatrun via Murzuq, a pursuit patrol "
         "Al-Wigh base→the Salvador triangle, a planned special-forces airlift Benina→Al-Wigh base, a reported fuel "
         "and ammunition shipment Tamanhint base→Al-Wigh base, a conditional pursuit into Niger only in coordination "
         "with Niamey (Niamey = condition, Dirkou = contact, not movement places), and a denied pull-out from the "
         "Tummo crossing ('سرت' is the verb 'spread'; 'درع فزان' an operation). Benghazi dateline, Tripoli/Benghazi "
         "and the Tummo–Qatrun distance are background.",
 "qfw2": "Niger's side (Nigerien army, no canonical actor → null): a column Dirkou→Madama base via Seguedine, a "
         "planned airlift Niamey→Dirkou airport ('the road towards Libya' is not a destination), vehicles massing in "
         "Agadez, a denied incursion to the Tummo crossing, Russian Africa Corps trainers' conditional move "
         "Agadez→Dirkou, and the attackers' reported withdrawal to Kouri Bougoudi (Bilma only the source). Idri "
         "inside 'محمد إدريس ديبي'.",
 "qfw3": "Politics from Tripoli: a planned GNA airlift Mitiga airport→Ubari (El Feel only in the road's purpose), a "
         "Russian landing at Tobruk port and a Russian airlift Jufra base→Al-Wigh base, both denied by the embassy "
         "in Tripoli, an LNA conditional reinforcement Tamanhint base→Tajarhi (Tummo a distance reference), and an "
         "Algerian reinforcement Tamanrasset→In Guezzam near the Algeria–Niger border (a locator; Algiers = where "
         "the papers are; Fezzan, Chad, Niger background). 'قوة حماية طرابلس' is a trap.",
 "qfw4": "Local view from Sabha: the Tariq bin Ziyad brigade Tamanhint base→Tajarhi via Umm al-Aranib, its planned "
         "advance Tajarhi→Tummo, a reported fuel-and-ammunition convoy Sabha→Al-Qatrun, a planned company Idri (in "
         "Wadi al-Shati)→Al-Wigh base, a denied pull-out from Ubari and the Sharara field, a Chadian rebel leader's "
         "conditional approach Kouri Bougoudi→the Libyan border and the LNA's claim that Chadian fighters mass in "
         "Kouri Bougoudi; Al-Qatrun's residents, Niger (trade trucks), Murzuq district and Sabha's distance are "
         "background. 'موسى إدريس' (Idri inside) is a person.",
 "qfw5": "Lebanese daily from Beirut: a Russian Il-76 Brak al-Shati base→Dirkou airport, a Russian landing of troops "
         "and vehicles at Tobruk port, a planned Nigerien battalion Agadez→Madama base (actor null), the LNA's "
         "conditional advance Al-Qatrun→Tummo if Niamey gives no guarantees, and Algeria's denied move Djanet→the "
         "border triangle (statement issued in Algiers = city; 'حدود الجزائر' = country). 'طرابلس الغرب' is Libyan "
         "Tripoli, the bare 'طرابلس' in the last paragraph is Tripoli (Lebanon) beside Akkar; Lebanese men held in "
         "Benghazi are not a force; 'مالي' means 'financial'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfw1", "qfw2", "qfw3", "qfw4", "qfw5")
