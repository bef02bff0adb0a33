# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Murzuq basin
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "traghen_mun": ("district", "LY", 25.92333, 14.42056, "Traghen municipality"),         # G* (town row)
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zuwaila"),                              # G
 "tmessa": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                        # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                           # G
 # Sabha, Wadi al-Hayat, Wadi al-Shati, Ubari, Ghat
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "tamanhint_short": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),           # G* (same row, headline «تمنهنت»)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 # vague areas
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (point near Hun, README rule)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # north and abroad
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benghazi_port": ("crossing", "LY", 32.118, 20.058, "Port of Benghazi"),               # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.970, "Port of Tobruk"),                   # K
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "lc1": ["هشام الطرابلسي", "الجيش الوطني الليبي", "الشرق الأوسط", "عبد السلام المرزوقي", "قوة حماية مرزق"],
 "lc2": ["بوابة أفريقيا الإخبارية", "محمد الإدريسي", "نرجعوا غدوة", "اللواء 128"],
 "lc3": ["الجيش المصري", "القوات المسلحة المصرية", "الشروق", "السلطات الليبية", "الحماية المدنية الجزائرية",
         "وكالة الأنباء الجزائرية"],
 "lc4": ["الشرارة الأولى", "الغد", "المجلس الاجتماعي لطوارق ليبيا", "اللبنانية", "الليبية"],
 "lc5": ["سودان تربيون", "قوات الدعم السريع", "دارفورية", "الجيش الوطني الليبي", "السوداني", "الجوار الليبي"],
}

PHEN = {
 "lc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "lc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district"],
 "lc3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
 "lc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "lc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, EGY, SUD = "Libyan National Army", "Egyptian army", "Sudanese armed groups"

MOVES = {
 "lc1": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة", "تراغن"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("reinforce", "planned", LNA, ["قاعدة براك الجوية"], ["أم الأرانب"]),
  mv("mobilise", "conditional", LNA, [], ["سبها"]),
  mv("withdraw", "denied", None, ["مرزق"], ["تراغن"]),
 ],
 "lc2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["ام الارانب"]),
  mv("redeploy", "reported", None, ["وادي عتبة"], ["مرزق"]),
  mv("shipment", "planned", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("advance", "conditional", LNA, [], ["زويلة"]),
  mv("withdraw", "denied", LNA, ["ام الارانب"], ["سبها"]),
 ],
 "lc3": [
  mv("naval_landing", "reported", EGY, ["قاعدة رأس التين البحرية"], ["ميناء بنغازي"]),
  mv("airlift", "reported", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", EGY, ["بنغازي"], ["مرزق"], ["الجفرة", "سبها"]),
  mv("naval_landing", "conditional", EGY, [], ["ميناء طبرق"]),
  mv("deploy", "denied", EGY, [], ["أم الأرانب"]),
 ],
 "lc4": [
  mv("mobilise", "reported", None, [], ["اوباري"]),
  mv("withdraw", "reported", None, ["حقل الفيل"], ["مرزق"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الفيل"]),
  mv("advance", "denied", None, [], ["وادي عتبة"]),
 ],
 "lc5": [
  mv("withdraw", "reported", SUD, ["ام الارانب"], ["القطرون"]),
  mv("advance", "reported", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("mobilise", "planned", SUD, [], ["كوري بوغودي"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["قاعدة الويغ"]),
  mv("shipment", "denied", SUD, ["الكفرة"], ["ام الارانب"], ["واو الناموس"]),
 ],
}

NOTES = {
 "lc1": "Asharq Al-Awsat-style report from Cairo: an LNA engineering column Sabha->Murzuq via Ghudwa and Traghen, "
        "an airlift Benina air base->Tamanhint air base, a planned reinforcement Brak air base->Umm al-Aranib, a "
        "conditional mobilisation in Sabha and a Tebu force's denied pull-out Murzuq->Traghen; displaced families "
        "returning Sabha->Murzuq, the GNU's promised medical air bridge to Sabha airport and the El Feel shutdown "
        "are not movements; traps: the Tripoli-born byline, the Murzuq force, the Marzouqi official.",
 "lc2": "Afrigate News-style local report from Traghen: an LNA armoured company Sabha->Umm al-Aranib, a Tebu group "
        "Wadi Utbah->Murzuq, a planned fuel-and-ammunition convoy Sabha->Murzuq via Traghen, a conditional advance on "
        "Zuwaila and a denied pull-out Umm al-Aranib->Sabha; returning displaced families and municipal buses from "
        "Ghudwa are not movements; dialect «غدوة» 'tomorrow' and the mayor al-Idrisi are traps.",
 "lc3": "Al-Shorouk-style report: an Egyptian landing ship Ras el-Tin->Benghazi port, C-130s Cairo West->Sabha "
        "airport, a planned overland move Benghazi->Murzuq via Jufra and Sabha, a conditional second landing at "
        "Tobruk port and a denied deployment in Umm al-Aranib; Algeria's civil aid flights Algiers->Sabha airport "
        "(civil protection teams) are not movements; Algeria country vs Algiers.",
 "lc4": "Al-Ghad-style report from Ubari: Tuareg fighters massing in Ubari, Tebu fighters pulling out El Feel->Murzuq, "
        "a planned LNA battalion Sharara->El Feel, a conditional helicopter airlift Tamanhint air base->El Feel and "
        "the Tuareg council's denied advance on Wadi Utbah; displaced families Germa/Idri->Wadi Utbah, the Isayen "
        "closure and a Lebanese doctor from Tripoli (Lebanon) who came from Tripoli (Libya) are not movements.",
 "lc5": "Sudan Tribune-style report from Port Sudan: Darfur factions pulling out Umm al-Aranib->Al Qatrun, an LNA "
        "advance Al Wigh base->the Toummo crossing, the factions' planned massing in Kouri Bougoudi, a conditional "
        "reinforcement Sabha->Al Wigh base and the RSF's denied fuel-and-ammunition shipment Kufra->Umm al-Aranib via "
        "Waw an-Namus; returning families, migrants leaving Murzuq for Chad and a meeting in Tunis are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lc1", "lc2", "lc3", "lc4", "lc5")
