# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 # qn1 the capital
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "souqjuma_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),  # G* (town row)
 "tripoli_port": ("crossing", "LY", 32.9050, 13.1950, "Port of Tripoli"),                # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (row spelled القره بوللي)
 # qn2 the east
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (Jufra air base point, near Hun)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.75, 24.85, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),   # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jabal al Akhdar"),               # G* (district row, as region)
 # qn3 the south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),         # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qn4 the western border
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tnside": ("region", "TN", 33.0, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),              # G* (Zarzis town row)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "se_tunisia": ("region", "TN", 33.0, 10.8, "South-eastern Tunisia"),                   # K
 # qn5 the south-eastern border
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                           # G (row spelled آمستردام)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row مطار شرق العوينات)
 "border_eg": ("region", "EG", 22.3, 25.3, "Egypt's south-western border (Egyptian side)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
}

TRAPS = {
 "qn1": ["بوابة إفريقيا الإخبارية", "شارع الزاوية", "عماد الطرابلسي", "ليبيا الأحرار", "التركية", "فائز السراج"],
 "qn2": ["الجيش الليبي", "الجيش الوطني الليبي", "الشروق", "ليبيا الحدث", "ما ادري", "تحت القبة"],
 "qn3": ["التناصح", "غرفة عمليات المنطقة الجنوبية", "خالد الإدريسي", "التشادية", "علي القطروني", "الشرارة الأولى"],
 "qn4": ["ديوان أف أم", "سوق ليبيا", "محمد الطرابلسي", "الجانب الليبي", "الشعب", "الجيش الجزائري", "التونسية", "الليبية"],
 "qn5": ["قوات ليبية", "راديو دبنقا", "قوات الدعم السريع", "الجانب الليبي", "مواقع مصرية",
         "القوات المسلحة المصرية"],
}

PHEN = {
 "qn1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qn2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "border_phrase", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qn4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "vague_area",
         "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "qn5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "qn1": [
  mv("reinforce", "reported", GNA, ["معسكر التكبالي"], ["عين زارة"], ["صلاح الدين"]),
  mv("withdraw", "reported", GNA, [], ["أبو سليم"]),
  mv("withdraw", "denied", GNA, ["قاعدة معيتيقة"], ["سوق الجمعة"]),
  mv("deploy", "planned", GNA, [], ["جنزور", "الماية"]),
  mv("shipment", "reported", GNA, ["مرسين"], ["ميناء طرابلس"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"], ["القربوللي"]),
 ],
 "qn2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["درنة", "باب طبرق"], ["المرج", "البيضاء", "القبة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["الجفرة"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["الجغبوب", "منفذ امساعد"]),
  mv("naval_landing", "conditional", LNA, ["بنغازي"], ["ميناء الحريقة"]),
 ],
 "qn3": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["اوباري"], ["سبها", "الغريفة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["اوباري"]),
  mv("deploy", "planned", LNA, [], ["مرزق", "القطرون"]),
  mv("mobilise", "reported", None, [], ["مرزق"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
  mv("advance", "reported", "Chadian armed groups", ["الحدود مع تشاد"], ["أم الأرانب"]),
 ],
 "qn4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "حدود مع ليبيا"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["رأس اجدير"], ["زوارة"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "denied", GNA, ["منفذ وازن"], ["نالوت"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
 "qn5": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"], ["المالحة", "وادي هور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "reported", None, ["الكفرة"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
}

NOTES = {
 "qn1": "Tripoli week (Afrigate News style): a 444 Brigade reinforcement Tekbali camp→Ain Zara via Salah al-Din, an SSA "
        "pull-back to Abu Salim, Radaa's denied pull-out Mitiga base→Souq al-Jumaa, a planned Interior deployment to "
        "Janzour/Al-Maya, an armour shipment Mersin→Tripoli port and a conditional Misrata advance on the capital via "
        "Garabulli (spelled القربوللي); traps: Zawiya Street, minister Imad Trabelsi, Fayez al-Sarraj, Libya Al-Ahrar TV.",
 "qn2": "The east (Al-Shorouk style): an LNA reinforcement Benghazi→Derna/Bab Tobruk via Al-Marj, Al-Bayda and Al-Qubba, a "
        "Benina→Al-Abraq airport airlift, a denied Sirte→Jufra pull-out, a planned battalion Tobruk→Al-Jaghbub/Amsaad "
        "crossing and a conditional sea move Benghazi→Marsa al-Hariga; traps: «تحت القبة», «ما ادري», Libya Al-Hadath, "
        "«الجيش الوطني الليبي».",
 "qn3": "The south (Al-Tanasuh style): an LNA column Tamanhint air base→Ubari via Sabha and Al-Ghurayfa (أوباري/اوباري), a "
        "Benina→Sabha airport airlift, a denied pull-out Sharara→Ubari, planned companies for Murzuq and Al Qatrun, local "
        "gunmen massing in Murzuq (no named force), a conditional advance on Umm al-Aranib and the Chadian gunmen's "
        "earlier move from the Chad border; traps: «علي القطروني», «خالد الإدريسي», «الشرارة الأولى».",
 "qn4": "The western border (Diwan FM style): a Tunisian reinforcement Medenine→Ben Gardane/the border («للحدود مع ليبيا»), "
        "a navy landing Sfax→Zarzis port, a GNU Interior force Tripoli→Ras Ajdir via Zuwara (رأس جدير/رأس اجدير), a denied "
        "pull-out Wazin crossing→Nalut, a planned Tunisian move Tataouine→Dehiba and Algeria's conditional reinforcement "
        "at Debdeb; traps: «سوق ليبيا», «محمد الطرابلسي», «الشعب», nisbas.",
 "qn5": "The south-eastern border (Radio Dabanga style): an RSF column Mellit→the triangle via Al Malha and Wadi Howar, RSF "
        "massing in Al Malha, the RSF's denied arrival at Kufra, an LNA reinforcement Kufra→Jebel Uweinat, a planned "
        "Benina→Kufra airport air bridge, a fuel-tanker convoy Kufra→the triangle (no owner named) and Egypt's conditional "
        "reinforcement of East Oweinat; background border, Darfur and El Fasher mentions are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qn1", "qn2", "qn3", "qn4", "qn5")
