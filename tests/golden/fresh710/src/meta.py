# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals, datelines and cities outside the Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Akkar's seat)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.1080, 20.0530, "Port of Benghazi"),             # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.2150, 16.6000, "Port of Sirte"),                   # K
 "tobruk_port": ("crossing", "LY", 32.0760, 23.9750, "Port of Tobruk"),                 # K
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (qaj5) / G* (qaj2 written قاعدة بنينا)
 # Sabha: the city, its district, castle, airport and quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),             # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "jadid": ("town", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                       # G* (row kind city)
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                        # G
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "mahdiya": ("town", "LY", 27.03766, 14.42832, "Al Mahdiya (Sabha)"),                   # G
 # around Sabha and the Fezzan
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qaj1": ["طارق بن زياد", "القدس العربي", "القيادة العامة للجيش الوطني الليبي", "علي القطروني", "الاتفاق الجديد",
          "الحجارة", "الإيطالية"],
 "qaj2": ["لبنانيون", "الجيش الوطني", "اللواء", "اللبنانيين", "الليبية", "لبنانياً", "إدريس عبدالسلام", "اللبنانية"],
 "qaj3": ["الجريدة", "الجيش الوطني الليبي", "عمر الفزاني", "الآمر الجديد", "وكالة الأنباء الكويتية", "الليبيين"],
 "qaj4": ["الجيش الوطني", "صدى البلد", "البحرية الليبية", "حكومة الوحدة الوطنية"],
 "qaj5": ["الأيام", "الجيش الوطني الليبي", "ليبيا الحدث", "غرفة عمليات الجنوب", "محمد الإدريسي"],
}

PHEN = {
 "qaj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases"],
 "qaj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qaj3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qaj4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qaj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qaj1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["الطيوري", "حجارة"]),
  mv("reinforce", "planned", LNA, ["براك"], ["قلعة سبها"]),
  mv("withdraw", "conditional", None, ["حجارة"], ["الطيوري"]),
  mv("mobilise", "denied", None, ["سمنو"], ["الجديد"]),
 ],
 "qaj2": [
  mv("deploy", "reported", LNA, ["مطار سبها"], ["قلعة سبها", "المنشية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  mv("reinforce", "conditional", LNA, ["إدري"]),
  mv("withdraw", "denied", None, ["المنشية"], ["القرضة"]),
 ],
 "qaj3": [
  mv("advance", "reported", LNA, ["قاعدة براك الجوية"], ["الجديد"]),
  mv("redeploy", "planned", LNA, ["المنشية"], ["مطار سبها"]),
  mv("withdraw", "conditional", None, ["الجديد"]),
  mv("shipment", "denied", LNA, ["قاعدة الجفرة الجوية"], ["الجديد"]),
 ],
 "qaj4": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("deploy", "planned", LNA, ["سرت"], ["قلعة سبها"], ["هون"]),
  mv("naval_landing", "planned", LNA, ["ميناء طبرق"], ["ميناء سرت"]),
  mv("advance", "conditional", LNA, [], ["المنشية"]),
  mv("mobilise", "denied", None, [], ["قلعة سبها"]),
 ],
 "qaj5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["حجارة", "الطيوري"]),
  mv("reinforce", "reported", None, ["مرزق"], ["حجارة"], ["غدوة"]),
  mv("shipment", "planned", LNA, ["قاعدة براك الجوية"], ["تمنهنت"]),
  mv("withdraw", "conditional", LNA, ["حجارة"], ["تمنهنت"]),
  mv("redeploy", "denied", LNA, ["حقل الشرارة"], ["سبها"]),
 ],
}

NOTES = {
 "qaj1": "Al-Quds Al-Arabi: the LNA's Tariq bin Ziyad brigade (trap) Tamanhint air base→Al-Tayuri and Hajara; a planned "
         "infantry battalion Brak→Sabha castle; the Tebu elders' conditional pull-back Hajara→Al-Tayuri ('فور انسحاب' "
         "Awlad Suleiman from around the castle: the castle is only the condition); Awlad Suleiman's council denies "
         "massing gunmen from Samnu in Al-Jadid ('الاتفاق الجديد' is a common-word trap). Al-Manshiya (spelt المنشيه, "
         "stone-throwing), Sabha district, the south and the closed airport are not movement places. Tribal fighters "
         "have actor null.",
 "qaj2": "Al-Liwaa (Beirut): Lebanese from Tripoli (Lebanon) and Akkar stuck in Sabha; 'عبر طرابلس' and the embassy "
         "'في طرابلس' are Libya's Tripoli, 'نواب عن طرابلس' Lebanon's. LNA 116 Battalion Sabha airport→Sabha castle and "
         "Al-Manshiya; a planned airlift Benina base→Sabha airport (Benghazi only locates the base); a company to be "
         "called up from Idri 'إذا امتدت المواجهات إلى حي القرضة' (conditional, no destination written; Al-Qurda only "
         "the condition, Wadi al-Shati only locates Idri); the Qadhadhfa spokesman (إدريس, trap) denies a pull-out "
         "Al-Manshiya→Al-Qurda.",
 "qaj3": "Al-Jarida: an LNA force Brak air base→Al-Jadid; a planned company Al-Manshiya→Sabha airport; Awlad "
         "Suleiman 'لن يخرجوا من الجديد إلا إذا' (conditional withdrawal, no destination; Al-Tayuri and Hajara only the "
         "condition); the LNA denies arms trucks Jufra air base→Al-Jadid. The border with Chad (600 km), Fezzan and the "
         "El Feel field are background; 'وفي الكويت' (the ministry's location) is Kuwait City, 'أن الكويت تدعم' the "
         "country.",
 "qaj4": "Sada El Balad: an LNA company landed at Sirte port from Benghazi port (naval_landing reported); it is to go "
         "Sirte→Sabha castle via Hun (planned deploy) and a second company is to sail Tobruk port→Sirte port (planned "
         "naval_landing); headline repeats these. LNA 'لن تدخل المنشية إلا إذا' (conditional advance); the Qadhadhfa "
         "deny massing around Sabha castle. Displaced families to Al-Mahdiya are civilians; Tripoli is the GNU seat; "
         "'الجزائر العاصمة' is Algiers and the later 'الجزائر' the country in the neighbours mechanism.",
 "qaj5": "Al-Ayyam: an LNA airlift Benina air base→Tamanhint air base (spelt تمنهنط), then ('ومنها') by road to Hajara "
         "and Al-Tayuri; Tebu fighters' reinforcement Murzuq→Hajara via Ghuddwa (actor null); a planned ammunition "
         "convoy Brak air base→Tamanhint (spelt تمنهنت); the commandos' conditional return Hajara→Tamanhint ('فور "
         "توقيع'); the LNA denies a Sharara-guard company sent to Sabha. Benghazi dateline, Sabha as distance "
         "reference, Murzuq district, Al-Qurda/Al-Manshiya shops, the border with Niger at Toummo, the south-west "
         "and Idri (protests) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qaj1", "qaj2", "qaj3", "qaj4", "qaj5")
