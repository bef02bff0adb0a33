# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 # jy1 Ghat
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),                # G (district row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G* (row البركات)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G* (row الحدود الليبية الجزائرية)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G* (row جبل أكاكوس)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 # jy2 Ghadames
 "mitiga_a": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                    # G
 "kano": ("city", "NG", 12.00012, 8.51672, "Kano"),                                      # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),           # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "sinawin": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "triangle_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 # jy3 Murzuq
 "zuwila": ("town", "LY", 26.16188, 15.12522, "Zuwila"),                                 # G
 "lake_chad": ("region", "TD", 13.0, 14.5, "Lake Chad"),                                 # K
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G* (row كوري بوقودي)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 # jy4 Kufra
 "taj": ("town", "LY", 24.20487, 23.28570, "At Taj"),                                    # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G* (row قاعدة معطن السارة)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (airport row مطار شرق العوينات)
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                          # G
 # jy5 Jalu
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),                # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),               # G* (Brega town row)
 "benghazi_port": ("crossing", "LY", 32.0990, 20.0560, "Benghazi port"),                 # K
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina port"),               # G* (Zueitina town row)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "jy1": ["سالم الغاتي", "عجزاً مالياً", "غرفة عمليات الجنوب الغربي", "قناة ليبيا الحدث", "الإيطالي",
         "الفرنسية", "الجزائري"],
 "jy2": ["الغدامسي", "درج مكتبه", "شارع طرابلس", "إذاعة تطاوين الجهوية", "المجلس العسكري الزنتان",
         "الجزائري", "الإيطالي"],
 "jy3": ["محمد الإدريسي", "الشرارة الأولى", "الوطن الليبية", "الألماني", "الإيطالية", "تشاديين"],
 "jy4": ["الملك إدريس السنوسي", "قسم الكفرة", "قوات فرنسا الحرة", "قورينا", "الأخبار السارة", "الإيطاليين",
         "المصري", "السودانية", "السودانيين"],
 "jy5": ["فتحي الجالوي", "مفتاح الطرابلسي", "عملية الصليبي", "غرفة عمليات أجدابيا", "الواحات المجاورة",
         "حكايات الواحات", "البريطانيون", "الإيطاليون"],
}

PHEN = {
 "jy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "jy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
         "coverage_neighbours", "countries"],
 "jy3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "jy4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "jy5": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "jy1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["غات", "البركت"], ["أوباري", "العوينات"]),
  mv("shipment", "reported", LNA, ["قاعدة براك الجوية"], ["غات"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "conditional", LNA, [], ["منفذ إيسين"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["أوباري"]),
 ],
 "jy2": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", [], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("redeploy", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("mobilise", "denied", "Zintan forces", [], ["درج"]),
 ],
 "jy3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["مرزق"]),
  mv("advance", "planned", LNA, [], ["القطرون", "منفذ التوم"]),
  mv("withdraw", "conditional", LNA, ["مرزق"], ["قاعدة تمنهنت الجوية"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "jy4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("advance", "planned", LNA, [], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["المالحة"]),
 ],
 "jy5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("reinforce", "reported", LNA, ["ميناء البريقة"], ["جالو"], ["أجدابيا"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء الزويتينة"]),
  mv("mobilise", "conditional", LNA, [], ["أوجلة"]),
  mv("withdraw", "denied", LNA, ["جالو"], ["الكفرة"]),
 ],
}

NOTES = {
 "jy1": "Ghat profile (Fawasel weekend file): the 1913-1914 Italians, French Fezzan, salt-caravan towns (Ghadames, Murzuq, "
        "Agadez, Timbuktu, Niger, Mali) and Algeria's Djanet/Illizi/Algiers are not movement places; LNA reinforcement "
        "Sabha->Ghat/Al Barakat via Ubari and Al Awaynat, a supply convoy from Brak air base, a planned Tamanhint->Ghat "
        "airport flight, a company for the Isayen crossing only if it reopens, and a denied pull-back Al Awaynat->Ubari.",
 "jy2": "Ghadames profile (Febrayer Friday supplement): caravans to Timbuktu/Kano/Tripoli and French rule from southern "
        "Tunisia are history; a GNA Interior airlift Mitiga airport->Ghadames airport (Tripoli a locator, Daraj/Sinawin a "
        "purpose), its planned deployment to the border triangle, Algeria's reinforcement In Amenas->Debdeb, Tunisia's "
        "conditional Remada->Borj El Khadra redeploy (Tunis = the ministry's seat) and Zintan's denied massing in Daraj.",
 "jy3": "Murzuq profile (Al-Watan al-Libiya weekly file): Zuwila, Barth on his way to Lake Chad, the 1914 siege and the "
        "2019 displacement to Sabha/Ubari are not movements; an LNA battalion Sabha->Murzuq via Traghen, a company "
        "redeployed Idri->Murzuq, a planned advance to Al Qatrun and the Toummo crossing, a conditional return to "
        "Tamanhint air base, and Tebu elders denying Chadian gunmen massing in Umm al-Aranib (miners from Kouri Bougoudi).",
 "jy4": "Kufra profile (Quryna Saturday file): the Senussi move from Jaghbub (a religious order, not a force), Leclerc's "
        "1941 siege of At Taj and the «Oath of Kufra» are history; an LNA airlift Benina air base->Kufra airport, a Subul "
        "al-Salam company Kufra->Maaten al-Sarra air base, its planned advance to Jebel Uweinat, Egypt's conditional "
        "reinforcement of East Oweinat and a denied fuel-and-arms shipment Kufra->Al Malha; flour trucks from Ajdabiya "
        "and refugees are not force moves.",
 "jy5": "Jalu profile (Al-Manara, Ajdabiya dateline): Awjila in Herodotus, dates carried to Egypt/Cyrenaica and the 1941 "
        "British-Italian fighting are history; an LNA landing Benghazi port->Brega port, the armour on to Jalu via "
        "Ajdabiya, a planned second landing at Zueitina port, a conditional massing in Awjila and a denied pull-out "
        "Jalu->Kufra; the NOC in Tripoli and farmers' trucks are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jy1", "jy2", "jy3", "jy4", "jy5")
BAR_IN_TEXT = True  # the headlines have a literal "|" («ملف الأسبوع |»): no "|" residue test
