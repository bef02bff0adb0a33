# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 # gp1 LNA General Command, statement no. 27 (Benghazi, Fezzan)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                             # G* (Hun town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 # gp2 GNU Chief of Staff, circular no. 9 (west coast)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G* (row قاعدة الوطية)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                        # K
 # gp3 Tunisian Ministry of National Defence communiqué (south-east)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),            # G* (row الحدود الليبية التونسية)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                     # G* (row جنوب تونس)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G (row بن قردان)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),          # G
 "rasajdir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing"),      # G* (row منفذ رأس جدير, country TN)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "border_tnside": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"), # K
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                      # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 # gp4 Egyptian armed forces spokesman (Western Military Region)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                  # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),            # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                            # G
 "cairo_west": ("base", "EG", 30.1164, 30.9154, "Cairo West Air Base"),                   # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                      # G
 "border_egside": ("region", "EG", 31.0, 25.15, "Egypt-Libya border (Egyptian side)"),    # K
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),               # G* (row منفذ امساعد, country EG)
 "sallum_harbour": ("crossing", "EG", 31.56, 25.16, "Sallum harbour"),                    # K
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh governorate"),              # G
 # gp5 Chadian army general staff, statement no. 04 (Borkou-Tibesti)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G (city row نجامينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G (row كوري بوقودي)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                              # G (row فايا لارجو)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                  # G (row برداي)
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "border_tdside": ("region", "TD", 22.4, 17.2, "Chad-Libya border (Chadian side)"),       # K
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                   # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
}

TRAPS = {
 "gp1": ["المتوسط", "القيادة العامة للقوات المسلحة العربية الليبية", "المنطقة العسكرية سبها", "اللواء طارق بن زياد", "فندق أوزو"],
 "gp2": ["ليبيا برس", "رئاسة الأركان العامة للجيش الليبي", "المنطقة العسكرية الساحل الغربي", "اللواء 444 قتال",
         "محمد الطرابلسي"],
 "gp3": ["جوهرة أف أم", "محمد القابسي", "التراب الليبي", "وحدات تونسية"],
 "gp4": ["محمد الدمياطي", "المنطقة الغربية العسكرية", "اليوم السابع", "الأمن القومي المصري", "قوات مصرية"],
 "gp5": ["مونت كارلو الدولية", "محمد إدريس ديبي إتنو", "جبهة الوفاق من أجل التغيير في تشاد",
         "هيئة الأركان العامة للقوات المسلحة التشادية", "الأراضي الليبية",
         "النقاط الخمس"],
}

PHEN = {
 "gp1": ["clitics", "multiword", "coverage_bases", "coverage_oil", "operation_trap", "media_trap", "person_trap",
         "nisba", "ambiguity_idri"],
 "gp2": ["clitics", "spelling", "multiword", "coverage_bases", "coverage_crossings", "coverage_oil", "media_trap",
         "person_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital"],
 "gp3": ["clitics", "spelling", "multiword", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "border_phrase", "countries", "ambiguity_country_capital", "media_trap", "person_trap", "nisba",
         "town_vs_district", "vague_area"],
 "gp4": ["clitics", "multiword", "coverage_bases", "coverage_crossings", "coverage_neighbours", "border_phrase",
         "countries", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district"],
 "gp5": ["clitics", "spelling", "multiword", "coverage_neighbours", "border_phrase", "countries", "vague_area",
         "ambiguity_idri", "person_trap", "media_trap", "operation_trap", "nisba", "common_word_trap"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TN, EG = "Libyan National Army", "GNA forces", "Tunisian army", "Egyptian army"
MOVES = {
 "gp1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["سبها"], ["الجفرة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["أوباري", "غات"]),
  mv("deploy", "conditional", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["إدري"]),
 ],
 "gp2": [
  mv("reinforce", "reported", GNA, ["مصراتة"], ["الزاوية"], ["طرابلس", "جنزور"]),
  mv("redeploy", "planned", GNA, ["معسكر التكبالي"], ["غريان"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "conditional", GNA, ["قاعدة الوطية الجوية"], ["زلطن", "الجميل"]),
  mv("mobilise", "denied", GNA, [], ["العزيزية"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["صرمان"]),
 ],
 "gp3": [
  mv("reinforce", "reported", TN, ["قابس"], ["بنقردان", "معبر رأس جدير"], ["مدنين"]),
  mv("deploy", "planned", TN, [], ["رمادة", "الذهيبة"]),
  mv("airlift", "conditional", TN, ["قاعدة العوينة"], ["مطار جربة جرجيس", "تطاوين"]),
  mv("advance", "denied", TN, [], ["نالوت"], ["معبر الذهيبة"]),
 ],
 "gp4": [
  mv("reinforce", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["السلوم", "سيدي براني"], ["مرسى مطروح"]),
  mv("airlift", "planned", EG, ["قاعدة غرب القاهرة الجوية"], ["سيوة"]),
  mv("naval_landing", "planned", EG, ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("reinforce", "conditional", EG, ["مرسى مطروح"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", EG, [], ["طبرق"], ["منفذ السلوم البري"]),
  mv("shipment", "denied", EG, [], ["بنغازي"], ["منفذ السلوم البري"]),
 ],
 "gp5": [
  mv("airlift", "reported", None, ["إنجامينا"], ["مطار فايا لارجو"]),
  mv("redeploy", "reported", None, ["بارداي"], ["أوزو"]),
  mv("deploy", "planned", None, ["فايا"], ["كوري بوغودي"]),
  mv("advance", "conditional", None, ["زوار"], ["الحدود مع ليبيا"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("withdraw", "denied", None, ["وور"], ["زوار"]),
 ],
}

NOTES = {
 "gp1": "LNA General Command statement no. 27 quoted in full (Al-Motawaset, Benghazi): a battalion Benghazi→Sabha via "
        "Jufra (reported; told again by local sources at the end), two companies airlifted Benina air base→Tamanhint "
        "air base (reported), a company Brak air base→Ubari/Ghat from 1 April (planned), a rapid-reaction force "
        "Ubari→the Sharara field «في حال» (conditional), a pull-out Brak air base→Wadi al-Shati (denied; the headline "
        "«الانسحاب من براك» is the same move). Traps: the outlet «المتوسط», the command «المنطقة العسكرية سبها», "
        "the Tariq bin Ziyad brigade, the Uzu hotel in Benghazi.",
 "gp2": "GNU Chief of Staff circular no. 9 in numbered points (Libya Press, Tripoli): battalion 53 Misrata→Zawiya via "
        "Tripoli and Janzour (reported), a 444 company Tekbali camp→Gharyan from 15 March (planned rotation), a force "
        "Al-Watiya air base→Zaltan/Al-Jumayl «في حال» (conditional; the road to Ras Ajdir is a locator), a denied "
        "build-up in Al-Aziziyah (Zawiya is its purpose only), and an unnamed armed group's pull-back from the Zawiya "
        "refinery to Surman told by the spokesman (reported, actor null). Traps: «ليبيا برس», «محمد الطرابلسي», "
        "«المنطقة العسكرية الساحل الغربي».",
 "gp3": "Tunisian Ministry of National Defence communiqué in dashes (Jawhara FM, Tunis): army reinforcements Gabès→Ben "
        "Gardane (spelt بنقردان) via Medenine, stationed near the Ras Jedir crossing (reported), joint patrols along the "
        "strip Remada→Dehiba from 23 March (planned), special forces flown El Aouina→Djerba-Zarzis airport and on to "
        "Tataouine «في صورة» (conditional), a denied entry via the Dehiba crossing to Nalut. The border phrase in the "
        "condition is not a destination; «والي مدنين» is the governorate.",
 "gp4": "Egyptian armed forces spokesman's statement (Youm7, Cairo): Western Military Region units Mohamed Naguib "
        "base→Sallum/Sidi Barrani via Marsa Matruh (reported; retold by a source at the end), a Sa'iqa airlift Cairo West "
        "air base→Siwa from Sunday (planned), reserve units Marsa Matruh→the border with Libya «لن … إلا إذا» "
        "(conditional), a denied crossing via the Sallum land port towards Tobruk. The commander's inspection visit "
        "to Sallum is not a movement. Traps: the byline «محمد الدمياطي», «المنطقة الغربية العسكرية» (الغربية is also a "
        "governorate), «اليوم السابع».",
 "gp5": "Chadian general staff statement no. 04 (Monte Carlo Doualiya, N'Djamena): a battalion airlifted N'Djamena→Faya-"
        "Largeau airport and units repositioned Bardai→Aozou (reported), the battalion Faya→Kouri Bougoudi from 1 May "
        "(planned), an advance Zouar→the border with Libya «في حال» (conditional), a pull-out Wour→Zouar (denied). "
        "Chadian army actor is null. The president's visit to Faya and the gold miners leaving Kouri Bougoudi are not "
        "force moves. Traps: «مونت كارلو الدولية», «محمد إدريس ديبي إتنو» (Idri inside), the FACT rebel front "
        "(Chad inside).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gp1", "gp2", "gp3", "gp4", "gp5")
