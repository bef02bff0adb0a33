# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # qcl1 eastern power stations, the Wadi al-Kuf bridge (Al-Borsa News)
 "east_ly": ("region", "LY", 31.00, 21.50, "Eastern Libya"),                            # K
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "border_eg_ly": ("region", "LY", 31.65, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf (bridge)"),              # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # qcl2 Zawiya power station, Mellitah and the Tunisian grid (Diwan FM)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn_ly": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # qcl3 the two Tripolis, the Wadi Kaam bridge, Khoms power station (Lebanon 24)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "deir_ammar": ("town", "LB", 34.455, 35.900, "Deir Ammar"),                            # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "wadi_kaam": ("region", "LY", 32.56, 14.44, "Wadi Kaam (coastal-road bridge)"),        # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # qcl4 Ubari power station, Ghat and Djanet (El Fadjr)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "border_ly_dz": ("region", "LY", 25.10, 10.10, "Libya-Algeria border (Libyan side, near Ghat)"),  # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qcl5 the Kufra wellfields of the Great Man-Made River (Al-Tayar)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir field"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
}

TRAPS = {
 "qcl1": ["البورصة نيوز", "الجيش الوطني الليبي", "إدريس بوخطوة", "شركة سرت لإنتاج وتصنيع النفط والغاز", "«الدلتا»",
          "المصرية", "العسكري المصري"],
 "qcl2": ["ديوان أف أم", "محمد الطرابلسي", "هذه الزاوية", "المنطقة العسكرية الساحل الغربي", "الشركة التونسية",
          "الجيش التونسي", "الليبيين"],
 "qcl3": ["لبنان 24", "مؤسسة كهرباء لبنان", "محمد الزليتني", "الأيام الخمسة", "التركية"],
 "qcl4": ["الجيش الوطني الشعبي", "الجيش الوطني الليبي", "الجزائري", "محمد إدريس بن علي", "بوابة الوسط",
          "المعارضة التشادية"],
 "qcl5": ["الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع", "مالي", "سودان تريبيون", "السودانيين",
          "الليبية"],
}

PHEN = {
 "qcl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qcl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcl3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_crossings", "countries"],
 "qcl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcl1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["الزويتينة"], ["أجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["المرج"], ["وادي الكوف"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["طبرق"]),
  mv("shipment", "denied", "Egyptian army", ["السلوم"], ["طبرق"], ["منفذ امساعد"]),
 ],
 "qcl2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("mobilise", "reported", None, [], ["مصفاة الزاوية"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("withdraw", "denied", "GNA forces", ["الزاوية"], ["العجيلات"]),
  mv("reinforce", "conditional", "Tunisian army", ["جرجيس"], ["بن قردان"]),
 ],
 "qcl3": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["وادي كعام"], ["زليتن"]),
  mv("withdraw", "conditional", "Misrata forces", ["وادي كعام"], ["مصراته"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الخمس"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qcl4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["اوباري"], ["جرمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", ["مرزق"], ["إدري"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
 ],
 "qcl5": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("shipment", "reported", "Libyan National Army", ["جالو"], ["تازربو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["ربيانة"]),
 ],
}

NOTES = {
 "qcl1": "Eastern power stations and the Wadi al-Kuf bridge: an LNA battalion Benghazi→the Zueitina gas power station "
         "via Ajdabiya, a planned engineers' company Al-Marj→the Wadi al-Kuf bridge ('20 km west of Al-Bayda' is a "
         "distance reference), a conditional deployment from the Gamal Abdel Nasser air base around Tobruk power "
         "station, and an Egyptian ammunition convoy Sallum→Tobruk via the Amsaad crossing denied by Cairo (Tobruk's "
         "'120 km from the border with Egypt' and 'outside Egypt's borders' are not movement places; Egyptian "
         "technicians leaving are civilians).",
 "qcl2": "Zawiya power station: a GNA force Tripoli→Zawiya via Janzour, two unnamed armed groups massing near the "
         "Zawiya refinery, a planned landing ship Tripoli port→the Mellitah complex quay, a denied pull-out "
         "Zawiya→Al-Ajaylat, and the Tunisian army's conditional reinforcement Zarzis→Ben Gardane (the border with "
         "Libya is the condition; Tunis the utility's seat; Medenine–Abu Kammash an interconnector; Ras Ajdir, "
         "Zuwara and Sabratha only traffic and power figures).",
 "qcl3": "Two Tripolis: Lebanese Tripoli, North Lebanon, Deir Ammar and Beirut are only comparison and dateline; a "
         "Misrata force Misrata→the Wadi Kaam bridge via Zliten, its conditional return to Misrata, a planned GNA "
         "force (Libyan) Tripoli→Al-Khums power station, and a denied Turkish marine landing at Khums port "
         "(Khums as the station that lost spare parts is not a movement place).",
 "qcl4": "Ubari power station and the Algerian border: an LNA force Tamanhint base→Ubari via Germa, a planned company "
         "Ubari→Ghat via Al-Awaynat (Ghat's '20 km from the border with Algeria' a distance reference), Chadian "
         "rebels' denied massing around Idri after coming from Murzuq, the Algerian army's conditional "
         "reinforcement Illizi→Djanet (Tin Alkoum only the condition) and a reported airlift Ouargla→Djanet "
         "airport; Sonelgaz engineers flying to Sabha are civilians.",
 "qcl5": "Great Man-Made River wells at Kufra: an LNA reinforcement Kufra→Tazirbu, a fuel-and-ammunition convoy "
         "Jalu→Tazirbu, a planned airlift Benina base→Kufra airport, a conditional advance towards the Maaten "
         "al-Sarra base (the border with Sudan only the condition) and the RSF's denied incursion from the border "
         "triangle towards Rebiana ('west of Kufra' a locator); water flowing to Ajdabiya/Benghazi, Sarir, Chad "
         "and Sudan in the background are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcl1", "qcl2", "qcl3", "qcl4", "qcl5")
