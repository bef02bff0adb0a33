# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # qdl1 the western coast (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_dist": ("district", "LY", 32.54560, 12.62698, "Az Zawiya district"),           # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara_port": ("crossing", "LY", 32.930, 12.095, "Port of Zuwara"),                   # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "nuqat_dist": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams district"),       # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qdl2 the Nafusa mountains and the Wazin crossing (Al-Jarida)
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "kabaw_mun": ("district", "LY", 31.84724, 11.33055, "Kabaw municipality"),             # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # qdl3 the Fezzan (Oman daily)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 # qdl4 Misrata, Zliten, Khums and Bani Walid (Petra)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G* (row أبوقرين, written أبو قرين)
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),   # G* (row إقليم طرابلس)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                          # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 # qdl5 Kufra and Jufra (Al-Ayam)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),         # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "jufra": ("district", "LY", 29.13, 16.03, "Al Jufra"),                                 # K (convention: point near Hun/Waddan)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
}

TRAPS = {
 "qdl1": ["القدس العربي", "حسين الزنتاني", "كتيبة شهداء صبراتة"],
 "qdl2": ["الجريدة", "عبد الحكيم اليفرني", "تونسية", "مصدر عسكري تونسي", "الجيش التونسي", "الوسط", "القلعة"],
 "qdl3": ["عُمان", "اللواء طارق بن زياد", "عمر الإدريسي", "تشادية", "مالي"],
 "qdl4": ["بترا", "الكتائب المصراتية", "كتائب مصراتية", "وكالة الأنباء الأردنية", "ورفلة", "الجيش الوطني الليبي",
          "الجنوب الغربي"],
 "qdl5": ["الأيام", "الجيش الوطني الليبي", "علي الجالوي", "قوات الدعم السريع السودانية", "ليبية", "عثمان إدريس",
          "الأراضي السودانية", "السودانيين"],
}

PHEN = {
 "qdl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
 "qdl2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qdl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings",
          "countries"],
 "qdl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdl1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["العجيلات"], ["صبراتة"]),
  mv("deploy", "conditional", "GNA forces", [], ["صرمان"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["العجيلات"]),
 ],
 "qdl2": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["كاباو"]),
  mv("shipment", "reported", "GNA forces", ["غريان"], ["كاباو"]),
  mv("deploy", "conditional", "GNA forces", ["غريان"], ["يفرن"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "denied", "GNA forces", ["معبر وازن"], ["نالوت"]),
 ],
 "qdl3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["القطرون"]),
  mv("withdraw", "denied", "Libyan National Army", ["اوباري"], ["مرزق"]),
 ],
 "qdl4": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("redeploy", "reported", "GNA forces", ["الخمس"], ["مسلاتة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "conditional", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["أبو قرين"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
 ],
 "qdl5": [
  mv("reinforce", "reported", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "planned", "Libyan National Army", ["كفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الحدود مع السودان"]),
  mv("redeploy", "conditional", "Libyan National Army", ["هون"], ["ودان"]),
 ],
}

NOTES = {
 "qdl1": "Interior-ministry (GNU) moves before a municipal vote on the western coast: 40 vehicles Tripoli→Zawiya via "
         "Janzour; a planned company Al-Ajaylat→Sabratha; a conditional entry into Surman (vote postponed); coastguard "
         "boats carrying 60 men Tripoli port→Zuwara port; Zintan's military council denies a column Zintan→Al-Ajaylat "
         "(its first Zintan mention is the council's seat). Mellitah only locates past clashes; Tripoli in north "
         "Lebanon only hosted a workshop; the speaker Husayn al-Zintani is a trap.",
 "qdl2": "Nafusa mountains: a Nalut security-directorate force Nalut→Kabaw and 4 ammunition trucks sent Gharyan→Kabaw "
         "('إلى البلدة' = Kabaw); a conditional company Gharyan→Yefren; a planned Tunisian reinforcement "
         "Tataouine→Dehiba (the Wazin crossing there only locates Dehiba); the border guard denies pulling men out of "
         "the Wazin crossing to Nalut. Jadu only postponed; Tunis the dateline (city), Tunisia the country; Nalut's "
         "old castle (القلعة) and «الوسط» are traps.",
 "qdl3": "Fezzan: an LNA column Sabha→Murzuq via Ghuddwa followed by 8 ammunition/fuel trucks from Tamanhint base to "
         "Murzuq ('تبعته'); a planned airlift Jufra air base→Ghat airport (Ghat municipality and Al-Awinat only count "
         "polling stations); a conditional advance on Al-Qatrun (the Niger border only a distance reference); a denied "
         "pull-out Ubari→Murzuq. Idri only postponed; Lt-Col Omar al-Idrisi is a trap containing «إدري».",
 "qdl4": "Central coast: Misrata brigades Misrata→Zliten (HNEC office); Khums security directorate's 40 men "
         "Khums→Msallata (reported) and the coastguard's planned 60 men Tripoli port→Khums port; a conditional force "
         "Tarhuna→Bani Walid (vote postponed); the LNA denies a column Sirte→Abu Qurayn; Misratan brigades massed "
         "50 vehicles at Dafniya (Garabulli only bounds the coast they will cover). Tripoli written «طرابلس الغرب» is "
         "only the government's seat; Amman/Jordan only a past meeting.",
 "qdl5": "Kufra and Jufra: LNA reinforcements Tazirbu→Kufra and an airlift Benina→Kufra airport; a planned company "
         "Kufra→Maaten al-Sarra base (the Chad–Sudan border triangle only the end of the roads it will watch); the "
         "RSF denies massing near the border with Sudan; a conditional move Hun→Waddan (vote postponed; Sokna, Jalu, "
         "Awjila only voted). Sudanese refugees are a civilian flow; Othman Idris is a trap containing «إدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdl1", "qdl2", "qdl3", "qdl4", "qdl5")
