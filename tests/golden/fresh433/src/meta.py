# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                   # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 # Libyan south (Fezzan, Niger/Chad borders)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                 # G (row منفذ التوم)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),            # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "salvador": ("crossing", "LY", 23.52000, 11.99000, "Salvador Pass"),                       # G* (row مثلث السلفادور, region)
 "triangle_dz": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"), # G (row المثلث الحدودي)
 "triangle_lnt": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                              # G (row الواو الكبير)
 "umm": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G* (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                  # G (district row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 # Libyan north
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                           # G (row أبو كماش)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
 "border_ly_tn": ("region", "LY", 33.05, 11.60, "Libya-Tunisia border (coast, Libyan side)"), # K
 # Niger, Algeria
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "dirkou_ap": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                      # G
 "djado": ("village", "NE", 20.98300, 12.33300, "Djado"),                                   # G* (row kind region)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G (row أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                               # G
 "border_ne_ly": ("region", "NE", 22.40, 14.00, "Niger-Libya border (Nigerien side)"),      # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                              # G (row إن قزام)
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (city row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "faya_ap": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),                  # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                     # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "border_td_ly": ("region", "TD", 22.20, 16.60, "Chad-Libya border (Chadian side)"),        # K
 # elsewhere
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
}

TRAPS = {
 "ps1": ["ليبيا الخبر", "الجيش الوطني الليبي", "القطروني", "نزيف مالي", "غرفة عمليات الجنوب الغربي"],
 "ps2": ["سبوتنيك", "الجيش النيجري", "ماليون", "تشاديون", "القوات الفرنسية", "عملية برخان", "الفيلق الأفريقي",
         "الجيش الجزائري"],
 "ps3": ["مونت كارلو الدولية", "الجيش التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "جبهة التناوب والوفاق في تشاد", "الأراضي الليبية", "التشادية", "الجيش الوطني الليبي"],
 "ps4": ["الجيش الليبي", "ليبيا الحدث", "صدى البلد", "مسلحة تشادية", "شارع طرابلس", "السبهاوي",
         "جوف صهاريج المياه", "غرفة عمليات المنطقة العسكرية سبها", "لا أدري"],
 "ps5": ["يورونيوز", "العجز المالي", "اللبنانية", "وقوداً ليبياً", "الباحث التونسي", "عبد الله الزواري"],
}

PHEN = {
 "ps1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ps2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ps3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "ps4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "ps5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "ps1": [
  _m("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  _m("shipment", "reported", None, ["أوباري"], ["النيجر"]),
  _m("reinforce", "planned", LNA, ["سبها"], ["القطرون"]),
  _m("withdraw", "denied", LNA, ["قاعدة الويغ"], ["القطرون"]),
  _m("deploy", "conditional", LNA, [], ["الحدود مع النيجر"]),
 ],
 "ps2": [
  _m("airlift", "reported", None, ["نيامي"], ["مطار ديركو"]),
  _m("advance", "reported", None, ["ديركو"], ["ممر السلفادور"], ["جادو"]),
  _m("shipment", "reported", None, ["ليبيا"], ["مالي"], ["ممر السلفادور"]),
  _m("redeploy", "planned", None, ["أغاديز"], ["قاعدة ماداما"]),
  _m("withdraw", "denied", "Russian forces", ["نيامي"], ["ليبيا"]),
  _m("reinforce", "conditional", "Algerian army", [], ["عين قزام"]),
 ],
 "ps3": [
  _m("reinforce", "reported", None, ["فايا لارجو"], ["زوار"]),
  _m("shipment", "reported", None, ["الواو الكبير"], ["كوري بوغودي"]),
  _m("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["واو الكبير"]),
  _m("advance", "denied", "Chadian armed groups", ["الواو الكبير"], ["تيبستي"]),
  _m("airlift", "planned", None, ["أنجامينا"], ["مطار فايا لارجو"]),
  _m("advance", "conditional", LNA, ["أم الأرانب"], ["الواو الكبير"]),
 ],
 "ps4": [
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  _m("advance", "reported", LNA, ["سبها"], ["الواو الكبير"], ["أم الأرانب"]),
  _m("mobilise", "reported", "Chadian armed groups", [], ["الواو الكبير"]),
  _m("reinforce", "planned", LNA, ["قاعدة براك الجوية"], ["أم الأرانب"]),
  _m("redeploy", "denied", LNA, ["حقل الشرارة"], ["القطرون"]),
  _m("mobilise", "conditional", LNA, [], ["مرزق"]),
 ],
 "ps5": [
  _m("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["أبو كماش"]),
  _m("naval_landing", "planned", GNA, [], ["ميناء زوارة"]),
  _m("deploy", "denied", GNA, [], ["إدري"]),
  _m("redeploy", "conditional", LNA, ["حقل الفيل"], ["معبر التوم"]),
 ],
}

NOTES = {
 "ps1": ("Libya Alkhabar-style report from Al Qatrun: an LNA border-guard patrol Qatrun→Tummo crossing via Tajarhi, an "
         "intercepted armed smuggling convoy Ubari→Niger (shipment, no owner named), a planned company Sabha→Qatrun "
         "(«من المدينة» = Sabha), a denied pull-out from Al Wigh base and a conditional deployment on the Niger border. "
         "Habitual fuel trucks towards the Chad border are not a movement; the person «القطروني», «نزيف مالي» and "
         "«غرفة عمليات الجنوب الغربي» are traps."),
 "ps2": ("Sputnik-style report from Niamey: a Nigerien special unit flown Niamey→Dirkou airport then advancing "
         "Dirkou→Salvador pass via Djado, the intercepted arms convoy Libya→Mali via the pass, a planned battalion "
         "Agadez→Madama base, a denied Russian pull-out Niamey→Libya and a conditional Algerian reinforcement of In "
         "Guezzam. The Nigerien army is not a canonical actor (null). Algiers (city) vs Algeria (country); «ماليون» "
         "before the country Mali; the border triangle and the border phrase are locators, not destinations."),
 "ps3": ("Monte Carlo Doualiya-style report from N'Djamena: a Chadian army reinforcement Faya-Largeau→Zouar, an arms "
         "convoy Wau al-Kabir→Kouri Bougoudi intercepted by a unit stationed in Wour (stationing, not a move), a "
         "reported CCMSR pull-out Kouri Bougoudi→«واو الكبير» (spelling without the article, also a substring of "
         "«الواو الكبير»), FACT's denied advance Wau al-Kabir→Tibesti, a planned airlift N'Djamena→Faya-Largeau airport "
         "and a conditional LNA advance Umm al-Aranib→Wau al-Kabir."),
 "ps4": ("Sada El Balad-style Egyptian web report on an LNA anti-smuggling campaign in the Fezzan: an airlift Benina "
         "base→Tamanhint base, a column Sabha→Wau al-Kabir via Umm al-Aranib, Chadian gunmen massing near Wau al-Kabir "
         "(«محيط المنطقة»), a planned company Brak air base→Umm al-Aranib, a denied redeploy Sharara field→Al Qatrun "
         "and a conditional mobilisation in Murzuq. Smuggled fuel leaving Murzuq and foreign fighters «القادمين من "
         "السودان وتشاد» are not movements; «شارع طرابلس» in Sabha and «لا أدري» are traps."),
 "ps5": ("Euronews Arabic-style piece from Tripoli on the fuel-smuggling chain: a GNU naval landing Abu Sitta naval "
         "base→Abu Kammash, a planned landing near Zuwara port, the GNU interior ministry's denied force for Idri and "
         "an LNA conditional redeploy El Feel field→the Tummo crossing. Fuel flows (to Tunisia, Malta, via Sabha to "
         "Tummo), a tanker seized in Tripoli (Lebanon) and the convoys in the condition clause are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ps1", "ps2", "ps3", "ps4", "ps5")
