# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "eritrea": ("country", "ER", 15.18171, 38.08424, "Eritrea"),                               # G (row إريتريا, written إرتريا)
 # Tunisia
 "sidi_bouzid": ("town", "TN", 35.0382, 9.4849, "Sidi Bouzid"),                             # K (gazetteer has only the district)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "south_tunisia": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                  # G* (row جنوب تونس, written الجنوب التونسي)
 "border_tn_ly": ("region", "TN", 32.7, 11.0, "Tunisia-Libya border (Tunisia side)"),       # K
 # Tunisia-Libya crossings (gazetteer rows, country LY as there)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G (row منفذ رأس جدير, written معبر رأس جدير)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),    # G (row منفذ وازن; also written معبر الذهيبة وازن)
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "tri_ly_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا, written الجنوب الليبي)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G (row منفذ التوم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                            # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G (row مثلث العوينات; also written المثلث الحدودي)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 # Algeria
 "el_tarf": ("town", "DZ", 36.7672, 8.3137, "El Tarf"),                                     # K (gazetteer has the province only)
 "el_tarf_w": ("district", "DZ", 36.67446, 8.04756, "El Tarf Province"),                    # G (row الطارف, district)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "debdeb_crossing": ("crossing", "DZ", 30.02, 9.45, "Debdeb-Ghadames border crossing"),     # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G (row عين أميناس, written عين أمناس)
 "border_dz_ly": ("region", "DZ", 28.5, 9.5, "Algeria-Libya border (Algeria side)"),        # K
 "bechar": ("city", "DZ", 31.6167, -2.2167, "Bechar"),                                      # K (gazetteer has the province only)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                             # G (row إن قزام, written عين قزام)
 "in_guezzam_crossing": ("crossing", "DZ", 19.47, 5.78, "In Guezzam-Assamaka border crossing"),  # K
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                       # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Niger and Mali
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                              # G (row أسامكا, written أساماكا)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                       # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G (row أغاديس, written أغاديز)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                           # G
 # Sudan, Chad, Eritrea
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                 # G (row الدبه, written الدبة)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (row نجامينا, written أنجمينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                         # G
 "asmara": ("city", "ER", 15.33805, 38.93184, "Asmara"),                                    # G (row أسمرة, written أسمرا)
}

TRAPS = {
 "qrl1": ["كرامة إف إم", "حكومة الوحدة الوطنية", "حرس الحدود", "عماد الطرابلسي", "التونسي", "تونسية", "الليبي",
          "الليبية", "ليبية"],
 "qrl2": ["إذاعة الطارف الجهوية", "الجيش الوطني الشعبي", "حرس الحدود", "الجزائرية", "الجزائريين", "جزائري",
          "جزائرية", "الليبي", "الليبية"],
 "qrl3": ["إذاعة الساورة", "الناحية العسكرية الثالثة", "دعم مالي", "مالية", "المالية", "الجزائرية", "النيجرية",
          "النيجري", "جزائري", "جزائرية"],
 "qrl4": ["مساكن إف إم", "الحرس الوطني", "الجيش الوطني", "سالم الزنتاني", "الزنتانية", "التونسية", "تونسية",
          "تونسيون", "الليبي", "ليبيون"],
 "qrl5": ["إرتريا الحديثة", "وكالة السودان للأنباء", "الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع",
          "السودانية", "سوداني"],
}

PHEN = {
 "qrl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qrl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrl4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrl1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("redeploy", "reported", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["قابس"]),
  mv("deploy", "planned", "Tunisian army", ["مدنين"], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qrl2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["عين أمناس"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["المثلث الحدودي"]),
 ],
 "qrl3": [
  mv("airlift", "reported", "Algerian army", ["بشار"], ["عين قزام"]),
  mv("reinforce", "reported", "Nigerien army", ["أرليت"], ["أساماكا"]),
  mv("redeploy", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("withdraw", "conditional", "Algerian army", ["تين زواتين"], ["تمنراست"]),
  mv("advance", "denied", "Algerian army", ["تين زواتين"], ["تينزاواتين"]),
 ],
 "qrl4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["رمادة"]),
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "reported", "Zintan forces", ["منفذ وازن"], ["نالوت"]),
  mv("advance", "denied", None, ["وازن"], ["الذهيبة"]),
 ],
 "qrl5": [
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese army", [], ["المالحة"]),
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل أركنو"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار"]),
 ],
}

NOTES = {
 "qrl1": "Tunisian regional radio (Karama FM, Sidi Bouzid) on the reopening of the Ras Ajdir crossing after a joint "
         "Tunisian-Libyan security committee in Ben Gardane: Tunisian army reinforcements Gabes→Ben Gardane, a GNU "
         "border-guard company redeployed Zuwara→Ras Ajdir crossing, a conditional pull-back Ben Gardane→Gabes («لن "
         "يسحب ... إلا إذا»), a planned unit Medenine→Dehiba and a denied Tunisian patrol incursion near Abu Kammash; "
         "the civilian queues returning from Tripoli and Zuwara, the stranded workers of Sidi Bouzid (dateline), "
         "Tripoli as government («أما طرابلس فقد رفضت»), the border's length and the goods stored in Sfax are not "
         "movements or movement places; عماد الطرابلسي holds طرابلس.",
 "qrl2": "Algerian regional radio (Radio El Tarf) on the reopening of the Debdeb crossing after the Algerian-Libyan "
         "border committee in Algiers: a civilian truck convoy to Ghadames (no move), Algerian army units "
         "Ouargla→Debdeb, a planned battalion Illizi→In Amenas (written عين أمناس), a GNU border-guard company "
         "Nalut→Ghadames, a conditional Algerian deployment to the border with Libya (Ghadames only inside the "
         "condition), a denied massing in Debdeb and a denied incursion from Debdeb into the Libya-Tunisia-Algeria border "
         "triangle; the dateline "
         "El Tarf (town) beside «ولاية الطارف» (province) and the radio's name, Algiers as venue, Tripoli as "
         "government and Tunisia (the governor's crossings) are not movement places.",
 "qrl3": "Algerian regional radio (Radio Saoura, Bechar) on the Algerian-Nigerien border committee in Tamanrasset "
         "reopening the In Guezzam-Assamaka crossing: deportation buses Tamanrasset→the border (civilian), an Algerian "
         "unit airlifted Bechar→In Guezzam, Nigerien reinforcements Arlit→Assamaka, a planned Nigerien company "
         "Dirkou→Madama (the Toummo crossing only as the purpose, southern Libya as the smugglers' origin), a "
         "conditional withdrawal Tin Zaouatine→Tamanrasset (Mali in the condition) and a denied crossing Tin "
         "Zaouatine→Tinzaouaten (Mali); «دعم مالي» (financial) and «مالية/المالية» (Malian) hold مالي; Niamey as "
         "government and Agadez (goods) are not movement places.",
 "qrl4": "Tunisian local radio (Msaken FM, name holds the town مساكن) from Tataouine on the closure of the "
         "Dehiba-Wazin crossing: Tunisian army reinforcements Tataouine→Remada, part of them on to Dehiba, a planned "
         "anti-smuggling unit Remada→Borj El Khadra, a conditional deployment to the border with Libya, the Zintani "
         "force's withdrawal from the Wazin crossing (منفذ وازن, the same crossing) to Nalut, and a denied crossing of "
         "gunmen Wazin→Dehiba (actor null); Tripoli (coordination), Tataouine (committee venue), the goods stuck in "
         "Wazin and Tunisia are not movement places; سالم الزنتاني and الزنتانية hold الزنتان.",
 "qrl5": "Eritrean state paper (Eritrea Al-Haditha, name holds إرتريا) from Port Sudan on the quadripartite "
         "Sudan-Libya-Chad-Niger border committee in N'Djamena: Sudanese army reinforcements Ad-Dabbah→the border "
         "triangle, a conditional Sudanese advance on Al-Malha (Kufra only inside the condition), the LNA's "
         "Subul al-Salam brigade redeployed Kufra→Jebel Arkenu (the Uweinat triangle only as distance reference), the "
         "LNA's denied fuel-and-arms convoys Kufra→Darfur via the triangle and a planned Chadian army unit "
         "Faya-Largeau→Zouar (Tibesti as the area watched); refugees into eastern Chad, the delegation to Asmara, "
         "the operations room in Kufra and Benghazi as seat of the denial are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrl1", "qrl2", "qrl3", "qrl4", "qrl5")
