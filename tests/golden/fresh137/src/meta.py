# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # ei1 Algeria's eastern border and the Libyan south-west (APS)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_side": ("region", "DZ", 28.3, 9.7, "Algeria-Libya border (Algerian side)"), # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_mun": ("district", "DZ", 29.96750, 9.42389, "Debdeb municipality"),            # G* (town row)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row spelled عين أميناس)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_wilaya": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),             # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "triangle_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 # ei2 southern Tunisia and the Libyan west coast (TAP)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "ras_jedir": ("crossing", "TN", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, country TN)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn_side": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "khums_port": ("crossing", "LY", 32.656, 14.278, "Port of Al Khums"),                  # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # ei3 Egypt's western front and eastern Libya (MENA)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),         # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Port of Tobruk"),                   # K
 "benghazi_port": ("crossing", "LY", 32.098, 20.055, "Port of Benghazi"),               # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega_port": ("oilfield", "LY", 30.42, 19.58, "Marsa el Brega oil port"),             # K
 "jufra": ("district", "LY", 29.12, 15.94, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 # ei4 Darfur, the triangle and Chad's east (SUNA)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "tina": ("town", "SD", 15.04, 22.83, "Tina (Sudan)"),                                  # K
 "border_sd_td": ("region", "SD", 15.05, 22.95, "Sudan-Chad border (Sudanese side)"),   # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة, Cyrenaica)
 "uweinat": ("region", "LY", 21.90, 24.90, "Jebel Uweinat"),                            # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row, spelled نجامينا)
 "amdjarass_airport": ("airport", "TD", 16.07, 22.85, "Amdjarass Airport"),             # K
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 # ei5 Libya digest from Doha (QNA)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                 # K
 "misrata_port": ("crossing", "LY", 32.365, 15.212, "Port of Misrata (Qasr Ahmed)"),    # K
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
}

TRAPS = {
 "ei1": ["وكالة الأنباء الجزائرية", "الجيش الوطني الشعبي", "الجوار الليبي", "الجانب الليبي", "الليبية",
         "عماد الطرابلسي", "اللواء طارق بن زياد", "الجيش الوطني الليبي"],
 "ei2": ["وكالة تونس أفريقيا للأنباء", "نهج ليبيا", "منطقة الساحل الغربي العسكرية", "الليبية", "التركية"],
 "ei3": ["وكالة أنباء الشرق الأوسط", "الجيش الليبي", "المنطقة الغربية العسكرية", "الأسلحة البيضاء",
         "سالم الجغبوبي", "المصرية"],
 "ei4": ["وكالة السودان للأنباء", "مليشيا الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "إدريس آدم",
         "سبل السلام", "الليبية", "سودانية", "التشادية", "دعم مالي"],
 "ei5": ["وكالة الأنباء القطرية", "التركية", "القوة المشتركة مصراتة", "المجلس العسكري مصراتة",
         "شارع طرابلس", "اللجنة العسكرية المشتركة", "أسرته"],
}

PHEN = {
 "ei1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ei2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ei3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ei4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ei5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_oil", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ei1": [
  _m("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  _m("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  _m("withdraw", "denied", "GNA forces", ["غدامس"], ["نالوت"]),
  _m("redeploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["أوباري"]),
  _m("deploy", "conditional", "Libyan National Army", [], ["غات", "منفذ إيسين"]),
 ],
 "ei2": [
  _m("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس الجدير"]),
  _m("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  _m("deploy", "conditional", "GNA forces", [], ["زلطن", "الجميل"]),
  _m("advance", "denied", "Zintan forces", ["الزنتان"], ["زوارة"]),
  _m("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
 "ei3": [
  _m("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار مرسى مطروح"]),
  _m("withdraw", "denied", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
  _m("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  _m("mobilise", "reported", "Libyan National Army", [], ["أجدابيا", "ميناء البريقة"]),
  _m("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "ei4": [
  _m("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  _m("reinforce", "reported", "Sudanese armed groups", [], ["الطينة"]),
  _m("advance", "conditional", "Sudanese armed groups", [], ["مليط"]),
  _m("deploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  _m("airlift", "denied", "Foreign fighters", ["مطار أم جرس"], ["نيالا"]),
 ],
 "ei5": [
  _m("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الوطية الجوية"]),
  _m("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  _m("mobilise", "denied", "Misrata forces", [], ["ابوقرين"]),
  _m("withdraw", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  _m("redeploy", "conditional", "Libyan National Army", ["براك"], ["إدري", "حقل الشرارة"]),
 ],
}

NOTES = {
 "ei1": "APS-style daily security digest (Algiers): four dated items, each with its own move — an Algerian "
        "reinforcement In Amenas→Debdeb (reported), a planned Tamanrasset→Djanet airport airlift, the GNA's denied "
        "Ghadames→Nalut pull-out, an LNA battalion Brak air base→Ubari (reported) and a conditional LNA deployment "
        "to Ghat and the Isayen crossing («إذا»). Datelines, the governor's wilaya, the Algeria/Tunisia triangle "
        "and the south-west as a smuggling route are not movement places; the closing line names no place.",
 "ei2": "TAP-style security round-up (Tunis): Tunisian reinforcements Medenine→Ben Gardane and the Ras Jedir "
        "crossing (reported), a company Remada→Dehiba planned for next week, a GNA deployment to Zaltan and "
        "Al-Jumayl «في حال تجدد الاشتباكات», Zuwara's denial of a Zintan force entering the town («إلى المدينة» = "
        "Zuwara) and a Turkish arms shipment Mersin→Al-Khums port (reported). The Zarzis migrant interception, "
        "Wazin (purpose of the Dehiba move) and Ankara (no comment) are not movement places.",
 "ei3": "MENA-style bulletin (Cairo): a planned Egyptian airlift Mohamed Naguib base→Marsa Matruh airport, the "
        "LNA's denied Jaghbub→Tobruk pull-out, an LNA landing at Tobruk port from Benghazi port (reported), LNA "
        "massing in Ajdabiya and around Brega port (reported) and Egypt's conditional advance on Sirte and Jufra "
        "(«إذا تجاوزته»). The Sallum smuggling arrest and the «خط سرت - الجفرة» phrase carry no movement.",
 "ei4": "SUNA-style digest (Port Sudan): an RSF fuel-and-ammunition convoy Kufra→Al Malha via the border "
        "triangle (reported), joint-force reinforcements into Tina («إلى المدينة الواقعة على الحدود مع تشاد» = the "
        "dateline town), the joint-force spokesman's conditional advance on Mellit, Subul al-Salam's planned move "
        "Kufra→Jebel Uweinat («من المدينة» = the dateline Kufra) and Chad's denial of a mercenary airlift Amdjarass "
        "airport→Nyala. N'Djamena (venue) and North Darfur (purpose) are not movement places.",
 "ei5": "QNA-style digest (Doha): two Turkish A400Ms Kayseri→Al-Watiya air base (reported), a Misrata joint-force "
        "landing at Tripoli port from Misrata port (reported), the Misrata military council's denied build-up at "
        "Abu Qurayn, a 5+5 agreement to pull two LNA battalions from Sirte («من المدينة») to the Jufra air base next "
        "month (planned) and a conditional LNA repositioning Brak→Idri and the Sharara field («إذا تكررت»). The "
        "Zawiya item and the freed officer have no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ei1", "ei2", "ei3", "ei4", "ei5")
BAR_IN_TEXT = True  # the headlines have a literal "|" («واج» | …), so "|" is not taken for marker residue
