# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # qfv1 the west coast and the Tunisian border (Al-Masar TV)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G (gn:2216885)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzur": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (region row)
 # qfv2 the east, the Egyptian border and the oil fields (Libya Rouhaa Al-Watan TV)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "jakhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),               # G
 # qfv3 Misrata, its neighbours and Jufra (Misurata TV)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 # qfv4 the Fezzan and the Algerian and Nigerien borders (Libya Alrasmia TV)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # qfv5 Kufra, the south-east and Lebanon (Al-Assema TV)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town; Lebanese neighbourhood = district)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                              # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
}

TRAPS = {
 "qfv1": ["هذه الزاوية", "منطقة الساحل الغربي العسكرية", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي",
          "الأهلي طرابلس"],
 "qfv2": ["ليبيا روحها الوطن", "مصرية", "المصري", "الجيش المصري", "الأهرام", "غرفة عمليات الجبل الأخضر", "سالم الجالوي", "إدريس العبيدي", "الليبية"],
 "qfv3": ["قناة مصراتة", "قبائل ورفلة", "الجيش الوطني الليبي", "فرج السرتاوي", "هون من خطورة"],
 "qfv4": ["ليبيا الرسمية", "الجيش الوطني الليبي", "محمد إدريس", "المعارضة التشادية", "الجزائرية"],
 "qfv5": ["اللبنانية", "قناة العاصمة", "السوداني", "السفارة الليبية"],
}

PHEN = {
 "qfv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba"],
 "qfv4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qfv5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfv1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("withdraw", "denied", "GNA forces", ["صبراتة"], ["العجيلات"]),
  mv("reinforce", "conditional", "Tunisian army", ["بن قردان"], ["معبر راس جدير"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
 ],
 "qfv2": [
  mv("redeploy", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"], ["إجدابيا"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"], ["منفذ السلوم"]),
  mv("redeploy", "conditional", "Libyan National Army", ["شحات"], ["درنة"]),
  mv("shipment", "planned", "Libyan National Army", ["راس لانوف"], ["حقل السرير"], ["جالو"]),
  mv("naval_landing", "planned", "Russian forces", [], ["قاعدة طبرق البحرية"]),
 ],
 "qfv3": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
  mv("redeploy", "planned", "GNA forces", ["الهيشة"], ["أبو قرين"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاورغاء"], ["مصراتة"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["أبو قرين"]),
 ],
 "qfv4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"], ["أوباري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["إدري"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
 ],
 "qfv5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الحدود الليبية السودانية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ربيانة"], ["الكفرة"]),
 ],
}

NOTES = {
 "qfv1": "Al-Masar morning roundup, one item per place label: a GNA force Tripoli→Zawiya via Janzur (reported; 'من "
         "هذه الزاوية' is a common-word trap), the West Coast Military Zone's denied pull-out Sabratha→Al-Ajaylat, a "
         "conditional Tunisian reinforcement Ben Gardane→Ras Ajdir crossing (Zuwara only the condition, the border a "
         "distance reference, Tunis the item's dateline), a planned Turkish cargo airlift Ankara→Al-Watiya base, marines "
         "landed Tripoli port→Khoms port (reported); the Gharyan power item and the Al-Ahli Tripoli match (its camp in "
         "Tripoli, Lebanon) are not movements.",
 "qfv2": "Libya Rouhaa Al-Watan morning roundup: an LNA column Benghazi→Al-Jufra air base via Ajdabiya (reported "
         "rotation), Egypt (speaking from Cairo) denies troops entering Emsaed through the Sallum crossing (Egypt and the "
         "border only in the reassurance), battalion 20 will not move Shahhat→Derna unless asked (conditional; Derna's "
         "protests are not a movement place), a planned ammunition convoy Ras Lanuf→Sarir field via Jalu, a Russian "
         "landing ship expected at Tobruk naval base (planned); the Bayda weather item and the closing 'Tripoli time' "
         "are not movements.",
 "qfv3": "Misurata TV morning roundup: a battalion-166 company Misrata→Zliten (reported), Warfalla elders deny an LNA "
         "entry Ash-Shwayrif→Bani Walid, a planned GNA move Al-Hisha→Abu Qurayn ('west of Sirte' is a locator), a "
         "conditional return Tawergha→Misrata once police take over, an ammunition convoy Misrata→Abu Qurayn (reported; "
         "the grain ships are civilian); the Hun gas explosion is not a movement ('هون من خطورة' is a common-word trap; "
         "Al-Jufra only the civil defence).",
 "qfv4": "Libya Alrasmia (Sabha bureau) morning roundup: an LNA column Tamanhint base→El Feel field via Ubari "
         "(reported), Idri's mayor denies Chadian rebels massing at Idri (Niger only where the photos were taken), a "
         "planned Algerian move Illizi→Djanet announced in Algiers (Ghat and the border only the purpose), a "
         "conditional LNA deployment Tamanhint base→Murzuq; the Sabha power cuts and the fuel seizure near the Niger "
         "border are not movements.",
 "qfv5": "Al-Assema morning roundup: an LNA column Kufra→the border triangle (reported; Sudan, Chad and the south-east "
         "only the purpose), the RSF denies massing 300 fighters on the Libya-Sudan border, a planned airlift Benina "
         "air base→Kufra airport, a conditional return Rebiana→Kufra; the evacuation flight of students from Tripoli "
         "(Lebanon) to Mitiga airport and the Kufra/Tazirbu weather are not armed-force movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the headlines and credit lines use a literal "|" (TV-site style)
IDS = ("qfv1", "qfv2", "qfv3", "qfv4", "qfv5")
