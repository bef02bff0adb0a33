# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "west_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 # Libya outside the south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # Sabha and Tamanhint
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_t": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G* (سبـها with tatweel)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 # Murzuq and its villages
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_v": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                               # G* (spelling مرزوق)
 "murzuq_h": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                               # G* (spelling مُرزُق)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),              # G* (town row)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G
 "majdul": ("village", "LY", 25.92000, 14.02000, "Majdul"),                              # K
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                          # G
 "aranib_v": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G (row found by ام الارانب)
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                              # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                           # G
 # Al-Qatrun road south
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "qatrun_v": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                            # G (row found by قطرون)
 "qatrun_h": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                            # G* (spelling القَطرون)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "tajarhi_v": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                          # G* (spelling تجرهى)
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                               # G* (base/airport row, as the locality)
 "wigh_h": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                             # G* (spelling الوَيغ)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 # regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "mh1": ["بي بي سي", "الجيش الوطني الليبي", "الحاج عيسى القطروني", "السلطات النيجرية", "الأراضي الليبية"],
 "mh2": ["بوابة إفريقيا الإخبارية", "الرائد مرزوق الحضيري", "اجتماعاً غير مجدول", "النسيج الليبي"],
 "mh3": ["الوفد", "القيادة العامة للجيش الليبي", "المشير خليفة حفتر", "مصادر ليبية", "المعارضة التشادية", "الأراضي التشادية"],
 "mh4": ["مونت كارلو الدولية", "كتيبة شهداء أم الأرانب", "منطقة سبها العسكرية", "الجيش الوطني الليبي", "تشاديين"],
 "mh5": ["ليبيا الخبر", "درع فزان", "العميد فرج السبهاوي", "مسلحون سودانيون", "ارجعوا غدوة"],
}

PHEN = {
 "mh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "vague_area", "countries", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "mh2": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "town_vs_district", "coverage_bases", "coverage_oil"],
 "mh3": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "border_phrase", "vague_area", "countries", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "mh4": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "nisba", "countries",
         "coverage_neighbours", "town_vs_district"],
 "mh5": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "border_phrase", "vague_area", "countries", "coverage_bases", "coverage_neighbours", "coverage_oil",
         "common_word_trap"],
}


def M(kind, status, actor, origins, destinations, via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "mh1": [
  M("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["مرزق"]),
  M("deploy", "planned", LNA, ["القطرون"], ["قاعدة الويغ"]),
  M("advance", "reported", LNA, ["تجرهي"], ["الحدود مع النيجر"]),
  M("deploy", "conditional", None, [], ["تجرهي"]),
  M("redeploy", "denied", LNA, ["أم الأرانب"], ["القطرون"]),
 ],
 "mh2": [
  M("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مجدول"]),
  M("withdraw", "reported", None, ["مجدول"], ["ام الارانب"]),
  M("deploy", "planned", LNA, [], ["أم الأرانب"]),
  M("advance", "conditional", LNA, ["مجدول"], ["مرزوق"]),
  M("mobilise", "denied", None, [], ["قطرون"]),
 ],
 "mh3": [
  M("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الويغ"]),
  M("advance", "reported", LNA, ["الويغ"], ["منفذ التوم"]),
  M("withdraw", "reported", "Chadian armed groups", ["تجرهى"], ["كوري بوقودي"]),
  M("shipment", "planned", LNA, ["سبها"], ["القطرون"]),
  M("reinforce", "conditional", LNA, ["القطرون"], ["تجرهى"]),
  M("advance", "denied", "Sudanese armed groups", ["تشاد"], ["الويغ"]),
 ],
 "mh4": [
  M("deploy", "reported", LNA, ["سبها"], ["تجرهي"]),
  M("withdraw", "reported", None, ["تجرهي"], ["القطرون"]),
  M("deploy", "planned", LNA, [], ["الوَيغ"]),
  M("redeploy", "conditional", None, [], ["تجرهي"]),
  M("advance", "reported", LNA, ["مرزق"], ["تجرهي"]),
  M("mobilise", "denied", "Chadian armed groups", [], ["ام الارانب"]),
 ],
 "mh5": [
  M("redeploy", "reported", LNA, ["غدوة"], ["أم الأرانب"]),
  M("advance", "reported", LNA, ["تمسة"], ["زويلة"]),
  M("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  M("advance", "conditional", LNA, ["مُرزُق"], ["مجدول", "تراغن"]),
  M("shipment", "denied", None, ["النيجر"], ["زويلة"], ["القطرون"]),
  M("withdraw", "reported", "Sudanese armed groups", ["تمسة"], ["الواو الكبير"]),
 ],
}

NOTES = {
 "mh1": "BBC News Arabic style, Sabha dateline: LNA southern operations room reinforcement Sabha→Al-Qatrun via Murzuq; "
        "planned company Al-Qatrun→Al-Wigh air base; reported pursuit from Tajarhi to the Niger border; Tebu fighters "
        "to Tajarhi only «إذا عجز الجيش» (conditional, actor null); denied pull-out Umm al-Aranib→Al-Qatrun. Not moves: "
        "the road description (Murzuq, Al-Qatrun, Toummo, Niger, Chad), caravans seized by Niger, fuel prices in Tripoli.",
 "mh2": "Afrigate News style, Murzuq dateline: an LNA company Tamanhint air base→Majdul (reported deploy); local armed "
        "men pull back from the village gate to Umm al-Aranib (spelled ام الارانب); planned joint checkpoint at "
        "أم الأرانب; advance Majdul→Murzuq (spelled مرزوق) «لن…إلا إذا» = conditional; the Tebu social council "
        "denies massing fighters in قطرون. Traps: the officer مرزوق الحضيري and «اجتماعاً غير مجدول» ('unscheduled'). "
        "Not moves: smuggling cars from Al-Qatrun, the Murzuq–Sabha road via Traghen, ambulances to Sabha.",
 "mh3": "Al-Wafd style (Cairo byline): LNA airlift Benina air base→Al-Wigh airport (Benghazi only locates Benina); "
        "advance Al-Wigh→Toummo crossing (the Niger border phrase locates Toummo); Chadian rebels withdraw from near "
        "Tajarhi (spelled تجرهى) to Kouri Bougoudi; planned fuel/ammunition convoy Sabha→Al-Qatrun; conditional "
        "reinforcement Al-Qatrun→Tajarhi «إذا»; a Darfur movement denies crossing from Chad to Al-Wigh. Cairo, Egypt "
        "and the Egyptian Western Desert are gold places but not movement places.",
 "mh4": "Monte Carlo Doualiya style, Sabha correspondent: handover of the Tajarhi checkpoint — LNA company "
        "Sabha→Tajarhi (reported deploy) and the Tebu «كتيبة شهداء أم الأرانب» (trap) leaving it for Al-Qatrun "
        "(reported withdraw, «مواقعهم هناك» = Tajarhi); planned joint patrols to الوَيغ; the Tebu return to Tajarhi "
        "«لن نعود…إلا إذا» (conditional); last month's pursuit Murzuq→Tajarhi (reported flashback); the commander of "
        "«منطقة سبها العسكرية» (trap) denies Chadian gunmen massing around ام الارانب. Not moves: trucks from Niger, "
        "a driver's trip to Sabha.",
 "mh5": "Libya Al-Khabar style, Sabha dateline (سبـها with tatweel): the LNA moves its checkpoint Ghuddwa→Umm "
        "al-Aranib (reported redeploy); pursuit Tmassah→Zawila; planned airlift Jufra air base→Sabha airport; "
        "conditional advance from مُرزُق to Majdul and Traghen «في حال»; a denied arms shipment from Niger via "
        "Al-Qatrun to Zawila (actor null); Sudanese gunmen withdrew Tmassah→Wau al-Kabir (reported flashback). "
        "Traps: «درع فزان», العميد فرج السبهاوي, «ليبيا الخبر». «شريطة عدم الكشف» is not a condition on a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mh1", "mh2", "mh3", "mh4", "mh5")
