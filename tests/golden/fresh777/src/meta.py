# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "india": ("country", "IN", 21.78658, 80.22695, "India"),                               # G
 "philippines": ("country", "PH", 15.58359, 120.73298, "Philippines"),                  # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # qcy1 the Mizda–Shwayrif road (Al-Quds Al-Arabi)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G* (row مطار معيتيقة, written امعيتيقة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 # qcy2 the coastal road to Ras Ajdir (Diwan FM)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.090, "Port of Zuwara"),                    # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex (port)"),  # G* (row مجمع مليتة)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn_side": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qcy3 the Kufra–Uweinat road (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # qcy4 the Nalut–Ghadames road (Le360)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "west_ly": ("region", "LY", 31.20, 11.80, "Western Libya"),                            # K
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "border_ly_dz": ("region", "LY", 30.15, 9.75, "Libya-Algeria border (Libyan side, near Ghadames)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 # qcy5 Murzuq basin and the Niger border (Al-Jarida)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت, written تمنهنط)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qcy1": ["عاملاً مصرياً", "القدس العربي", "اللواء 444 قتال", "خالد المزداوي", "القنصل المصري", "مهندس لبناني", "اللبنانية",
          "مقابل مالي"],
 "qcy2": ["شاحنات تونسيين", "ديوان أف أم", "جهاز دعم الاستقرار", "الهادي الزواري", "الجيش التونسي", "شاحنة تونسية"],
 "qcy3": ["السوداني", "كتيبة سبل السلام", "الجيش الوطني الليبي", "عثمان الدنقلاوي", "القوة المشتركة لحركات دارفور"],
 "qcy4": ["لو360", "الراية البيضاء", "إدريس العلمي", "السفارة المغربية", "الخبر", "الجيش الجزائري",
          "الحرس الوطني التونسي", "محمد الطرابلسي", "الليبية"],
 "qcy5": ["الجريدة", "الجيش الوطني الليبي", "المعارضة التشادية", "إدريس التشادي", "اللواء طارق بن زياد", "الغاتي",
          "السفارة الهندية"],
}

PHEN = {
 "qcy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_neighbours", "countries"],
 "qcy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qcy3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qcy4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcy1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("shipment", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("deploy", "reported", "GNA forces", ["مزدة"], ["مطار امعيتيقة"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["الشويرف"]),
  mv("advance", "conditional", "GNA forces", [], ["بني وليد"]),
  mv("mobilise", "denied", "Zintan forces", [], ["مزدة"]),
 ],
 "qcy2": [
  mv("deploy", "reported", "GNA forces", ["العجيلات"], ["معبر راس جدير"], ["زوارة", "أبو كماش"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["العجيلات"]),
  mv("naval_landing", "reported", "GNA forces", ["الزاوية"], ["ميناء زوارة"]),
  mv("naval_landing", "denied", "GNA forces", [], ["ميناء مليتة"]),
  mv("advance", "conditional", "GNA forces", [], ["الجميل"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qcy3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("withdraw", "reported", None, [], ["تشاد"]),
  mv("deploy", "reported", "Libyan National Army", ["جبل العوينات"], ["الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"]),
 ],
 "qcy4": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["درج"]),
  mv("deploy", "reported", "GNA forces", ["درج"], ["نالوت"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("withdraw", "denied", None, [], ["تونس"], ["منفذ وازن"]),
 ],
 "qcy5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", [], ["الحدود مع النيجر"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["مطار سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنط"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "denied", "Libyan National Army", [], ["النيجر"]),
 ],
}

NOTES = {
 "qcy1": "Eleven Egyptian workers and a Lebanese engineer freed on the Mizda–Shwayrif road: a GNA force (444 Brigade, "
         "trap) Tripoli→Mizda via Gharyan, an ammunition/fuel shipment Gharyan→Mizda, an escort convoy Mizda→Mitiga "
         "airport (written امعيتيقة), a planned company Gharyan→Al-Shwayrif (redeploy), a conditional advance on Bani "
         "Walid and Zintan's denied massing in Mizda. Tripoli in the headline/dateline is the Libyan capital, the "
         "engineer's home town is Tripoli (Lebanon); '60 km south of Mizda' is a distance reference; Cairo, Beirut, "
         "Sabha, the south and the Western Mountain are not movement places; 'مقابل مالي' is a common-word trap.",
 "qcy2": "Nine Tunisian truck drivers freed at Al-Ajaylat: a Stability Support Apparatus force (GNA) Zawiya→Al-Ajaylat, "
         "a coast-guard landing Zawiya→Zuwara port, an escort Al-Ajaylat→the Ras Ajdir crossing ('المعبر' resolved) via "
         "Zuwara and Abu Kammash, a denied second landing at Mellitah port, a conditional advance to Al-Jumayl and a "
         "planned Tunisian reinforcement Tataouine→Dehiba. Medenine (dateline), Ben Gardane/Sfax (drivers' homes), "
         "the Tunisian-side border, Tunis and the south of Tunisia are not movement places.",
 "qcy3": "Seventeen Sudanese drivers freed near Jebel Uweinat: an LNA Subul al-Salam column Kufra→Jebel Uweinat, the "
         "gang's reported withdrawal towards Chad (no actor named), an escort Jebel Uweinat→Kufra and a planned escort "
         "to the border with Sudan (no origin written), a conditional airlift Benina base→Kufra airport, a reported "
         "LNA massing inside Kufra, and a denied crossing of Darfur armed groups North Darfur→Kufra. Port Sudan, "
         "Dongola, the Northern State, Ajdabiya and Khartoum are only dateline/civilian route/source places.",
 "qcy4": "Seven Moroccan drivers freed near Derj: a GNA force Nalut→Derj, an escort Derj→Nalut, a planned airlift "
         "Al-Watiya base→Ghadames airport, a conditional Algerian reinforcement In Amenas→Debdeb and a denied flight "
         "of two kidnappers to Tunisia via the Wazin crossing (no actor named). Casablanca contains البيضاء beside the "
         "trap الراية البيضاء; إدريس العلمي contains إدري; محمد الطرابلسي contains طرابلس; Algiers (city) beside Algeria "
         "(country); the border with Algeria is only where the road runs; '40 km north of Derj' is a distance reference.",
 "qcy5": "Five Indian and Filipino oil workers freed near Al-Qatrun: an LNA force Sabha→El Feel field via Murzuq, a "
         "fuel-and-ammunition shipment Sabha→Al-Qatrun, the Chadian gang fleeing towards the border with Niger, an "
         "escort Al-Qatrun→Sabha airport, a planned battalion Tamanhint base (written تمنهنط)→Al-Qatrun, a conditional "
         "advance to the Tummo crossing and a denied incursion into Niger. '35 km north of Al-Qatrun' is a distance "
         "reference; إدريس التشادي (trap) contains إدري and تشاد; Benghazi (civil flight), Tripoli (embassy), Murzuq "
         "district, Fezzan, Chad and Niger in the last paragraph are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcy1", "qcy2", "qcy3", "qcy4", "qcy5")
