# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (qdj4 written قاعدة الجفرة)
 # qdj1 the western coast road (Al-Masar)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tnside": ("region", "TN", 33.00, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qdj2 Misrata, Abu Qurayn and Sirte (Libya Rouhha Al-Watan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 # qdj3 Benghazi to Jalu, Kufra and the Sudan triangle (Al-Libiya TV)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.88, 24.97, "Jebel Uweinat"),                            # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Port of Brega (Marsa al-Brega oil terminal)"),  # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # qdj4 Gharyan to Shwayrif, Bani Walid and Jufra (Al-Jamahiriya TV)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra district"),             # G* (Hun town row, per README convention)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 # qdj5 Sabha to Ghat, Idri, Murzuq and the Algerian border (February TV)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qdj1": ["قناة المسار", "اللواء 444 قتال", "عبد الله الغرياني", "التونسية", "الجيش التونسي", "اللبنانية", "مالي"],
 "qdj2": ["قناة ليبيا روحها الوطن", "روحها الوطن", "المنطقة العسكرية الوسطى", "شارع طرابلس", "عمر الزليتني", "تركية",
          "السنوات الخمس"],
 "qdj3": ["الليبية", "اللواء 106", "إدريس العبيدي", "غرفة عمليات الجنوب الشرقي", "كتيبة سبل السلام", "عيسى الجالوي",
          "المياه الجوفية", "سودانيين"],
 "qdj4": ["الجماهيرية", "ورفلة", "سالم الشويرفي", "الفيلق الأفريقي الروسي", "مالي"],
 "qdj5": ["فبراير", "اللواء 128 مشاة", "إدريس المقرحي", "التشادية", "الجزائرية", "الجديد"],
}

PHEN = {
 "qdj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qdj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases"],
 "qdj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdj1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زاوية"], ["جنزور"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة معيتيقة"], ["الزاوية"]),
  mv("withdraw", "denied", "GNA forces", ["الماية"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["زواره"]),
  mv("advance", "conditional", "Zintan forces", ["الرجبان"], ["العزيزية"]),
  mv("reinforce", "reported", "Tunisian army", [], ["بن قردان"]),
 ],
 "qdj2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["مطار مصراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء مصراتة"]),
 ],
 "qdj3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["جالو"], ["قمينس", "اجدابيا"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("redeploy", "reported", "Libyan National Army", ["تازربو"], ["حقل السرير"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
 ],
 "qdj4": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["الشويرف"], ["مزدة", "القريات"]),
  mv("shipment", "reported", "GNA forces", ["غريان"], ["الشويرف"]),
  mv("advance", "denied", "GNA forces", [], ["بنى وليد"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["بونجيم"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة"]),
 ],
 "qdj5": [
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة تمنهنت"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("withdraw", "denied", "Libyan National Army", ["إدري"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("advance", "conditional", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت"]),
 ],
}

NOTES = {
 "qdj1": "Al-Masar's Telegram feed, items stamped 06:40-14:45, much of it colloquial: a 444 Brigade column Tripoli→Zawiya "
         "via Janzour (written للزاوية, surface زاوية; the headline repeats it), 8 ammunition/fuel trucks Mitiga base→Zawiya, "
         "a denied pull-out from Al-Maya, a planned company Al-Watiya base→Zuwara (spelt زواره), Zintan's conditional "
         "advance Al-Rujban→Al-Aziziyah ('إلا كان' = unless), and a Tunisian reinforcement to Ben Gardane (Ras Ajdir a "
         "distance reference, the border with Libya a condition, Tunis the dateline of the item). Tripoli (Lebanon) and "
         "Mitiga airport only host a trade delegation; 'Gate 27' and 'جزيرة الدوران' (a roundabout) are not annotated.",
 "qdj2": "Libya Rouhha Al-Watan's X thread: a Central Military Region column Misrata→Abu Qurayn via Tawergha (Tawergha "
         "also the witness's town; Tripoli Street is a trap), the LNA's denied advance Sirte→Al-Washka, a planned battalion "
         "Jufra air base→Sirte, the Misratan spokesman's conditional advance Abu Qurayn→Sirte ('كان تحركوا' = if they "
         "move), a Turkish A400M Kayseri→Misrata airport, and GNA marines landed at Misrata port from Tripoli port. "
         "Dafniya gate, Zliten and Al-Khums (a road), Zliten municipality (schools) and Tripoli (the government's seat) are "
         "not movement places.",
 "qdj3": "Al-Libiya TV's Telegram items: the 106 Brigade column Benghazi→Jalu via Qaminis and Ajdabiya ('جنوب بنغازي' only "
         "locates the Qaminis gate), a planned air bridge Benina base→Kufra airport, a conditional advance Kufra→Jebel "
         "Uweinat (the border with Sudan is the condition), a Subul al-Salam company Tazirbu→Sarir field, an LNA landing "
         "ship Benghazi port→Brega port, and the RSF's denied massing in the border triangle (Sudan only where its forces "
         "say they are). Jalu municipality's mayor and the south-east's fuel crisis add no move.",
 "qdj4": "Al-Jamahiriya TV's X items from Bani Walid: a GNU General Staff force Gharyan→Ash Shwayrif via Mizda and Al-Qaryat, "
         "6 ammunition/fuel trucks Gharyan→Ash Shwayrif behind it, Warfalla elders' denial that any GNU column entered Bani "
         "Walid (spelt بنى وليد), a planned LNA company Hun→Bu Njem, and the Russian Africa Corps' conditional stay at Jufra "
         "air base (Moscow is the condition, Jufra the speaker's area). Hun also occurs inside ترهونة; Tarhuna–Bani Walid is "
         "only a road the municipality wants reopened.",
 "qdj5": "February TV's Telegram items from Sabha: an Ilyushin Benghazi→Tamanhint base with ammunition, a 128 Brigade column "
         "Sabha→Ghat via Ubari (spelt اوباري; the Algerian border and the Isayen crossing only measure Ghat), the denied "
         "pull-out of the battalion in Idri (Wadi al-Shati only locates it), a planned company Sharara→El Feel field, Chadian "
         "gunmen massing near Tajarhi ('80 km south of Al Qatrun' a distance reference), the Murzuq commander's conditional "
         "advance Murzuq→Al Qatrun, and Algerian reinforcements to Djanet announced from Algiers.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdj1", "qdj2", "qdj3", "qdj4", "qdj5")
