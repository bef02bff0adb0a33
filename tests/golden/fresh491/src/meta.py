# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 # capitals and cities outside Libya
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                           # G
 # Turkish bases, airports, regions
 "erkilet": ("airport", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),           # G (row قاعدة إركيليت الجوية)
 "konya_base": ("base", "TR", 37.979, 32.562, "Konya Air Base"),                         # K
 "aksaz": ("base", "TR", 36.8345, 28.39, "Aksaz Naval Base"),                            # K
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),        # G
 "central_anatolia": ("region", "TR", 39.0, 33.5, "Central Anatolia"),                   # K
 # northern Syria
 "aleppo_north": ("region", "SY", 36.50, 37.10, "Northern Aleppo countryside"),          # K
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                     # G
 "albab": ("town", "SY", 36.3706, 37.5157, "Al-Bab"),                                    # K
 "rai": ("town", "SY", 36.6119, 37.4467, "Al-Rai"),                                      # K
 "rai_crossing": ("crossing", "SY", 36.62, 37.45, "Al-Rai border crossing"),             # K
 "border_tr": ("region", "SY", 36.62, 37.30, "Syria-Turkey border (Syrian side)"),       # K
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                   # G
 # Tripoli and its camps / bases
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
 "salah_din": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),              # G
 # west and Al-Watiya
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "watiya_s": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G* (bare «الوطية»)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "bouri": ("oilfield", "LY", 33.90, 12.65, "Bouri offshore field"),                      # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),        # G (row إقليم طرابلس)
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western Region (Tripolitania)"),   # G (row إقليم طرابلس)
 # Al-Khums and Misrata
 "khums_base": ("base", "LY", 32.655, 14.280, "Al-Khums naval base"),                    # K
 "khums_port": ("crossing", "LY", 32.655, 14.280, "Al-Khums port"),                      # K
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),           # G* (town row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),          # G* (city row)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.367, 15.233, "Misrata port (Qasr Ahmad)"),        # K
 "misrata_navbase": ("base", "LY", 32.367, 15.233, "Misrata naval base (planned)"),      # K
 # central coast and the Sirte-Jufra line
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row, as district)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
}

TRAPS = {
 "ry1": ["يني شفق", "وكالة الأناضول", "عاصفة السلام", "السنوات الخمس", "التركية", "الليبية"],
 "ry2": ["تلفزيون سوريا", "الجيش الوطني السوري", "فرقة السلطان مراد", "أبو خالد العفريني", "غصن الزيتون",
         "الجهة الراعية", "تفتح الباب", "ما ادري", "السوريين"],
 "ry3": ["سبوتنيك", "المجلس العسكري مصراتة", "أحمد معيتيق", "شارع طرابلس", "الفرقاطة «غازي عنتاب»", "سرت أنباء",
         "التركية"],
 "ry4": ["صدى البلد", "بركان الغضب", "عماد الطرابلسي", "إعلان القاهرة", "حكومة الدبيبة", "المصرية"],
 "ry5": ["بوابة إفريقيا الإخبارية", "صلاح الإدريسي", "اللجنة العسكرية المشتركة", "السوريين"],
}

PHEN = {
 "ry1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ry2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "countries"],
 "ry3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ry4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ry5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TAF, SYR, MIS, LNA, GNA = ("Turkish armed forces", "Syrian mercenaries", "Misrata forces", "Libyan National Army",
                           "GNA forces")

MOVES = {
 "ry1": [
  _m("airlift", "reported", TAF, ["قاعدة إركيليت الجوية"], ["قاعدة الوطية الجوية"]),
  _m("naval_landing", "reported", TAF, ["مرسين"], ["قاعدة الخمس البحرية"]),
  _m("deploy", "planned", TAF, [], ["مصراتة"]),
  _m("shipment", "conditional", TAF, [], ["الوطية"]),
  _m("withdraw", "denied", TAF, ["قاعدة معيتيقة"], []),
 ],
 "ry2": [
  _m("airlift", "reported", SYR, ["الباب"], ["مطار معيتيقة"], ["معبر الراعي", "مطار غازي عنتاب"]),
  _m("withdraw", "reported", SYR, ["معسكر التكبالي"], ["شمال سوريا"], ["عنتاب"]),
  _m("withdraw", "conditional", SYR, ["صلاح الدين"], []),
  _m("airlift", "planned", SYR, ["مطار غازي عنتاب"], ["قاعدة الوطية"]),
  _m("deploy", "denied", SYR, ["عفرين"], ["ليبيا"]),
 ],
 "ry3": [
  _m("naval_landing", "reported", TAF, ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  _m("deploy", "planned", TAF, [], ["قاعدة مصراتة البحرية"]),
  _m("redeploy", "conditional", TAF, ["ميناء مصراتة"], ["ميناء الخمس"]),
  _m("advance", "denied", MIS, ["مصراتة"], ["أبو قرين"]),
  _m("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
 ],
 "ry4": [
  _m("airlift", "reported", TAF, ["قاعدة قونية الجوية"], ["مطار معيتيقة"]),
  _m("shipment", "reported", TAF, [], ["قاعدة الوطية"]),
  _m("mobilise", "reported", MIS, [], ["ابوقرين"]),
  _m("advance", "planned", MIS, [], ["سرت"]),
  _m("deploy", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  _m("airlift", "denied", SYR, [], ["معيتيقة"]),
 ],
 "ry5": [
  _m("withdraw", "reported", SYR, ["قاعدة الوطية"], ["تركيا"]),
  _m("airlift", "reported", SYR, [], ["مطار مصراتة"]),
  _m("redeploy", "planned", GNA, ["قاعدة الخمس البحرية"], ["مجمع مليتة"]),
  _m("mobilise", "conditional", MIS, [], ["الوشكة"]),
  _m("reinforce", "denied", LNA, ["بنغازي"], ["قاعدة القرضابية"]),
 ],
}

NOTES = {
 "ry1": "Yeni Safak Arabic (Ankara): Turkish trainers flown Erkilet air base (Kayseri)->Al-Watiya (reported airlift), "
        "a landing ship Mersin->Al-Khums naval base (reported naval_landing), a third team for the Misrata air college "
        "(planned deploy, headline «نحو مصراته»), extra air-defence systems for Al-Watiya «في حال» (conditional shipment) "
        "and a denied pull-out from Mitiga base (denied withdraw). Locators: Kayseri/Central Anatolia, the Tunisian border, "
        "«في طرابلس»; traps: outlets, operation name, «السنوات الخمس».",
 "ry2": "Syria TV (northern Aleppo countryside): a rotation of Syrian fighters Al-Bab->Mitiga airport via the Al-Rai "
        "crossing and Gaziantep airport (reported airlift), returnees Tekbali camp->northern Syria via Gaziantep (reported "
        "withdraw), a pull-out from Salah al-Din «إذا لم تُصرف» the wages (conditional withdraw), a third batch Gaziantep "
        "airport->Al-Watiya in May (planned airlift) and a faction's denial of sending men Afrin->Libya (denied deploy). "
        "«لم تفتح الباب بعد أمام تسجيل دفعة رابعة» is not a movement.",
 "ry3": "Sputnik Arabic (Tripoli): a Turkish landing ship Aksaz naval base->Misrata port (reported naval_landing), patrol "
        "boats and a frigate for the future Misrata naval base (planned deploy), the frigate Misrata port->Al-Khums port "
        "«إذا» (conditional redeploy), the Misrata military council's denial of an advance Misrata->Abu Qurayn (denied "
        "advance) and an LNA reinforcement Jufra air base->Sirte (reported). Bouri field, Egypt, Greece, Benghazi are "
        "not movement places; traps: «سرت أنباء», «شارع طرابلس», the frigate «غازي عنتاب», «أحمد معيتيق».",
 "ry4": "Sada El Balad (Cairo): Turkish cargo planes Konya air base->Mitiga airport (reported airlift), part of the cargo "
        "trucked on to Al-Watiya (reported shipment, origin not written), Misrata militias massing at Abu Qurayn "
        "(reported mobilise) and preparing to advance on Sirte (planned advance), the Egyptian army to Sirte and Jufra "
        "«إذا» (conditional deploy) and the GNU interior ministry's denial of Syrian mercenaries reaching Mitiga (denied "
        "airlift). Tunis (meeting venue) vs Tunisia (country); «إعلان القاهرة», «عماد الطرابلسي» are traps.",
 "ry5": "Afrigate News (Tripoli): Syrian mercenaries Al-Watiya->Turkey (reported withdraw), replacements flown into "
        "Misrata airport (reported airlift), Turkish-trained graduates Al-Khums naval base->Mellitah complex (planned "
        "redeploy), a Misrata commander's «ستحشد في الوشكة إذا» (conditional mobilise) and the LNA's denial of "
        "reinforcements Benghazi->Gardabiya air base (denied reinforce). Fighters stationed around Mitiga and in Yarmouk "
        "camp are presence, not movement; Algiers (venue) vs Algeria (country).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ry1", "ry2", "ry3", "ry4", "ry5")
