# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # shared
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # qfz1 the Misrata column on the Sirte line (Al-Quds Al-Arabi)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 # qfz2 the Benghazi column at Al-Jufra (Al-Anba)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "jufra_dist": ("district", "LY", 29.14, 16.05, "Al Jufra"),                            # K (README: point near Hun/Waddan)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                    # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qfz3 the Turkish vehicle ship: Tripoli (Lebanon) or Tripoli (Libya) (Al-Liwaa)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_west": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                         # G* (Tripoli row, name طرابلس الغرب)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                    # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 # qfz4 the LNA column at Kufra and the RSF denial (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd_ly": ("region", "SD", 20.50, 25.30, "Sudan-Libya border (Sudanese side)"),  # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G* (row جنوب شرق ليبيا)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qfz5 the Tunisian reinforcement at Dehiba (Al-Ayyam)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_tn_ly": ("region", "TN", 32.45, 10.90, "Tunisia-Libya border (Tunisian side)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
}

TRAPS = {
 "qfz1": ["القدس العربي", "سالم الخمسي", "الخمسة", "قوة حماية طرابلس", "غرفة عمليات سرت الكبرى", "الليبية"],
 "qfz2": ["الأنباء", "الجيش الوطني الليبي", "كتيبة طارق بن زياد", "فرج الإدريسي", "ليبيا روحها الوطن"],
 "qfz3": ["اللواء", "الجديد", "إيريني", "الأوروبية", "وكالة الأناضول", "التركية", "الليبي", "اللبناني",
          "اللبنانية"],
 "qfz4": ["السوداني", "الجيش الوطني الليبي", "سالم الجالوي", "قوات الدعم السريع", "ليبية", "المالي",
          "المعارضة التشادية"],
 "qfz5": ["الأيام", "التونسية", "الهادي الإدريسي", "إذاعة تطاوين", "الجيش التونسي", "الليبية"],
}

PHEN = {
 "qfz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qfz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qfz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qfz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qfz5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfz1": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغاء"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("deploy", "planned", "GNA forces", ["معسكر اليرموك"], ["أبوقرين"]),
  mv("withdraw", "denied", "Misrata forces", [], ["مصراتة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة القرضابية"]),
 ],
 "qfz2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "زلة"]),
  mv("reinforce", "denied", "Libyan National Army", [], ["سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["إدري"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["بنغازي"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
 ],
 "qfz3": [
  mv("shipment", "denied", None, [], ["مرفأ طرابلس"]),
  mv("shipment", "reported", None, ["مرسين"], ["ميناء طرابلس"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
 ],
 "qfz4": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"], ["جالو", "حقل السرير"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"], ["الحدود مع ليبيا"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
 ],
 "qfz5": [
  mv("reinforce", "denied", "Tunisian army", [], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("redeploy", "planned", "Tunisian army", ["الذهيبة"], ["برج الخضراء"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["منفذ وازن"]),
 ],
}

NOTES = {
 "qfz1": "Follow-up on a Misrata column announced eight days earlier: it reached Abu Qurayn from Misrata (written "
         "مصراته) via Tawergha (reported deploy); its advance on Al-Washka is conditional (Gardabya base and Sirte only "
         "in the condition/locator); the outlet's own earlier report of Al-Washka as the destination is corrected, not "
         "a second move; a planned GNA engineering company Yarmouk Camp→Abu Qurayn (Tripoli only the venue of the "
         "statement; Al-Washka at the end of that sentence only names a road); a denied return of 25 vehicles to "
         "Misrata; the LNA Sirte operations room (trap) denies massing 40 vehicles at Gardabya base (denied mobilise; the "
         "base's first mention is only the condition). Tunis is the dateline (city) and Tunisia the worried neighbour "
         "(country).",
 "qfz2": "Confirmation and correction: the LNA column reached Al-Jufra air base from Benghazi via Ajdabiya and Zillah "
         "(reported reinforce); it 'was never heading to Sabha' (denied); a planned company Hun→Idri in Wadi al-Shati "
         "(Maj. Faraj al-Idrisi is a trap); the rest 'will not return to Benghazi until' Dahra field and the Zillah road "
         "are secured (conditional; Dahra and Zillah there are not movement places); a reported landing of 80 marines "
         "Benghazi port→Sirte port; Hun (municipality head), Waddan, Sokna, Al-Jufra (district) and southern Libya "
         "only as background.",
 "qfz3": "Correction of a Lebanese story: the ship with Turkish vehicles never docked at Tripoli (Lebanon) port "
         "(denied shipment, no force named) but sailed Mersin→Tripoli (Libya) port (reported shipment; the headline's "
         "طرابلس الغرب repeats it); a planned Turkish airlift of trainers Ankara→Al-Watiya, a denied landing of marines at Al-Khums port and "
         "the trainers' conditional move Al-Watiya→Misrata. Beirut (dateline), Lebanon, Turkey, Tripoli (Lebanon) and Akkar are not movement places.",
 "qfz4": "Follow-up on the LNA column announced last week: Ajdabiya→Kufra via Jalu and the Sarir field (reported "
         "reinforce); a planned company Kufra→the Uweinat triangle; a conditional airlift Al-Khadim base→Kufra "
         "airport; the RSF deny crossing the border with Libya (Sudanese side) to reach Kufra (denied advance); Chadian "
         "opposition fighters massing near Rebiana (reported mobilise). Port "
         "Sudan (dateline), the border with Sudan (mission), El Fasher, the tri-border countries, the south-east and "
         "the border with Chad are not movement places.",
 "qfz5": "Correction and update: the Tunisian reinforcements did not go to Ben Gardane (denied) but reached Dehiba "
         "from Tataouine via Remada (reported); a unit will move Dehiba→Borj El Khadra (planned; Ghadames only a "
         "distance reference, southern Tunisia a locator); a GNA force from Nalut 'will not deploy at the Wazin "
         "crossing unless' it reopens (conditional). Ben Gardane's second mention, the border with Libya, Nalut "
         "municipality and the Libya-Tunisia border are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfz1", "qfz2", "qfz3", "qfz4", "qfz5")
