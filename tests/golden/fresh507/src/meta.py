# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # Misrata and the coast west of it
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 "misrata_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy air base"),  # G* (row مطار مصراتة)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (town row)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.66, 14.28, "Port of Al Khums"),                    # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G (row قاعدة معيتيقة)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # Tawergha and the road south-east
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),       # G* (town row)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # Sirte, Jufra and the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 # elsewhere
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.458, 35.82, "Port of Tripoli (Lebanon)"),     # K
}

TRAPS = {
 "so1": ["يورونيوز", "المصراتية", "شارع طرابلس", "اللواء 444 قتال", "عبد السلام الزليتني", "السنوات الخمس",
         "المجلس العسكري مصراتة", "قناة ليبيا الأحرار"],
 "so2": ["«الراي»", "غرفة عمليات سرت الجفرة", "الجيش الوطني الليبي", "خليفة حفتر", "ليبيا الحدث",
         "سرت في المدينة شائعات", "الروسية", "مصدر عسكري مصري", "الجيش المصري"],
 "so3": ["مصراتية", "سالم التاورغي", "التاورغي", "وكالة الأنباء الليبية", "المصراتية", "عمون", "لا أدري"],
 "so4": ["سبوتنيك", "الفيلق الأفريقي", "التركية", "وكالة الأناضول", "الروسية", "محمود السرتي"],
 "so5": ["«اللواء»", "سي ستار", "الصحافة الليبية", "جمارك الشمال", "مفتاح الإدريسي", "عملية البنيان المرصوص",
         "داعش"],
}

PHEN = {
 "so1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "so2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "so3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district"],
 "so4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "so5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "so1": [
  _m("withdraw", "reported", "Misrata forces", ["زليتن"], ["مصراتة"], ["الدافنية"]),
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["زليتن"], ["الخمس"]),
  _m("reinforce", "planned", "GNA forces", ["قاعدة معيتيقة الجوية"], ["زليتن"]),
  _m("mobilise", "denied", "Misrata forces", [], ["الدافنية"]),
  _m("advance", "conditional", "Misrata forces", [], ["زليتن"]),
 ],
 "so2": [
  _m("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  _m("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  _m("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  _m("withdraw", "denied", "Wagner Group", ["قاعدة القرضابية"], ["الجفرة"]),
  _m("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سرت"], ["الحدود مع ليبيا"]),
 ],
 "so3": [
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["تاورغاء"], ["زليتن", "مصراتة"]),
  _m("withdraw", "conditional", "Misrata forces", ["تاورغا"], ["مصراتة"]),
  _m("redeploy", "planned", "Misrata forces", ["تاورغا"], ["الهيشة"]),
  _m("shipment", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  _m("mobilise", "denied", None, [], ["الهيشة"]),
 ],
 "so4": [
  _m("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  _m("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الكلية الجوية"]),
  _m("naval_landing", "planned", "Turkish armed forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  _m("deploy", "conditional", "Turkish armed forces", ["قاعدة الكلية الجوية"], ["الوشكة"]),
  _m("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "so5": [
  _m("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  _m("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  _m("reinforce", "planned", "Libyan National Army", ["رأس لانوف"], ["سرت"]),
  _m("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
 ],
}

NOTES = {
 "so1": "Euronews Arabic, Misrata: Misrata brigades leave Zliten for Misrata via Dafniya on a GNU order (reported), a "
        "444 Brigade force Tripoli→Zliten via Al-Khums (reported) with a second batch from Mitiga air base (planned), "
        "a denied Misrata build-up at Dafniya and a return to Zliten only «إلا إذا» (conditional). Traps: Tripoli "
        "Street in Misrata, a Zliteni person, «السنوات الخمس», the Misrata military council, Libya Al-Ahrar TV.",
 "so2": "Al-Rai (Kuwait), Tripoli dateline: Misrata units Abu Qurayn→Al-Washka (reported), an LNA column Jufra air "
        "base→Sirte (reported), a Benina→Gardabiya air bridge (planned), a denied Wagner pull-out Gardabiya→Jufra "
        "and Egypt's conditional move Mohamed Naguib base→Sirte across the border. Traps: the verb «سرت» (rumours "
        "spread), the Sirte–Jufra operations room, Libya Al-Hadath TV; Kuwait as the city.",
 "so3": "Ammon News: a GNU Interior force Tripoli→Tawergha via Zliten and Misrata (reported), a Misrata battalion's "
        "pull-out Tawergha→Misrata «شريطة» (conditional) and part of it to Al-Hisha (planned), ammunition trucks "
        "Misrata→Abu Qurayn via Tawergha (reported), a denied mobilisation near Al-Hisha. Spellings تاورغاء/تاورغا, "
        "أبو قرين; trap «لا أدري»; returnees are not movements.",
 "so4": "Sputnik Arabic, Misrata: a Turkish landing ship Mersin→Misrata port (reported), A400Ms Kayseri→the Air "
        "Academy base (reported), the ship on to Al-Khums port (planned), Turkish advisers to Al-Washka «إلا إذا» "
        "(conditional), a denied Africa Corps move Jufra air base→Gardabiya. Algeria as the country; Anadolu, "
        "the Africa Corps and a person «السرتي» are traps.",
 "so5": "Al-Liwaa (Beirut): a denied arms shipment Tripoli (Lebanon) port→Misrata port, Misrata brigades massing in "
        "Misrata (reported), an LNA battalion Ras Lanuf→Sirte (planned), a GNU-promised pull-back Al-Washka→Abu "
        "Qurayn «بمجرد» (conditional). Lebanese Tripoli (port and city) beside the Libyan capital; traps «اللواء», "
        "the Bunyan al-Marsous operation, an officer «الإدريسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("so1", "so2", "so3", "so4", "so5")
