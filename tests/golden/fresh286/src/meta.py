# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # foreign cities and towns
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # areas
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README convention)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # bases, airports, ports, oil
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tripoli_port": ("crossing", "LY", 32.90200, 13.19200, "Port of Tripoli"),             # K
 "misrata_port": ("crossing", "LY", 32.35700, 15.21500, "Port of Misrata (Qasr Ahmed)"),  # K
 "khums_port": ("crossing", "LY", 32.65700, 14.28300, "Port of Al Khums"),              # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "kb1": ["بي بي سي نيوز عربي", "بي بي سي", "سامر البراكي", "معهد واشنطن لسياسة الشرق الأدنى",
         "الفيلق الأفريقي الروسي", "الخادم الذي يجمع إشارات الطائرات", "ما ادري", "الروسية"],
 "kb2": ["عنب بلدي", "فرقة السلطان سليمان شاه", "الجيش الوطني السوري", "فرقة السلطان مراد", "أبو خالد الحلبي",
         "الأجنحة الليبية", "الليبية", "السوريين", "التركية"],
 "kb3": ["درج", "بايكار", "مجموعة المهام التركية-ليبيا", "عادل الطرابلسي", "التركية", "الأوروبي"],
 "kb4": ["المدن", "رصد ليبيا", "يوسف المدني", "طارق بن زياد", "الروسية", "الروسي", "الأممية"],
 "kb5": ["هسبريس", "سماء ليبيا", "مجموعات طرابلسية", "عبد الرحيم الإدريسي", "المغربي", "عملية بركان الغضب",
         "قوة الردع", "الليبية", "التركية"],
}

PHEN = {
 "kb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "kb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "kb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings"],
 "kb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "kb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
         "countries"],
}

MOVES = {
 "kb1": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("airlift", "reported", None, ["الخادم"], ["مطار الكفرة"]),
  mv("airlift", "denied", None, ["الخادم"], ["الحدود مع السودان"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قاعدة براك الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["الجفرة"]),
 ],
 "kb2": [
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطيّة الجوية"], ["قاعدة معيتيقة"]),
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار مصراتة"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["معيتيقة"], ["سوريا"]),
  mv("deploy", "denied", "Syrian mercenaries", ["عفرين"], ["ليبيا"]),
  mv("reinforce", "conditional", "Syrian mercenaries", ["الوطيّة"], ["تاجوراء"]),
 ],
 "kb3": [
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["قاعدة معيتيقة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("withdraw", "denied", "Turkish armed forces", ["الوطية"], []),
 ],
 "kb4": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
  mv("advance", "planned", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
 ],
 "kb5": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراته"], ["ميناء طرابلس"]),
  mv("advance", "reported", "GNA forces", ["تاجوراء"], ["مطار معيتيقة"]),
  mv("shipment", "planned", "GNA forces", ["مصراته"], ["قاعدة الوطية"]),
  mv("airlift", "denied", "Turkish armed forces", ["الوطية"], ["معيتيقة"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراته"]),
 ],
}

NOTES = {
 "kb1": "BBC News Arabic-style imagery investigation (London): Pantsir systems Jufra air base→Al Khadim seen on two "
        "images (reported, analyst's hedged attribution to Russia's Africa Corps); tracked Il-76s Al Khadim→Kufra airport "
        "(reported, operator unnamed); LNA denies any military flight Al Khadim→the Sudan border; leaked memo: a battery "
        "for Brak air base (planned) and a Benghazi battalion to Jufra «إذا رُصد» (conditional). Traps: server «الخادم», "
        "«ما ادري», البراكي, معهد واشنطن, الفيلق الأفريقي.",
 "kb2": "Enab Baladi-style leaked payroll lists plus imagery: ~300 Syrian fighters Al-Watiya air base→Mitiga (reported), "
        "a batch flown Istanbul→Misrata airport (reported), 200 to return Mitiga→Syria (planned), Sultan Murad denies "
        "sending fighters Afrin→Libya (denied), a fighter at Al-Watiya: «سيُنقلون إلى تاجوراء إذا» (conditional). "
        "Spelling الوطيّة with shadda; border phrase الحدود مع تونس as locator only.",
 "kb3": "Daraj-style leaked Baykar correspondence and a bill of lading: Akinci drones Al-Watiya→Misrata (reported), "
        "a ship Mersin→Al-Khums port (shipment, reported), a HISAR battery for Mitiga (planned), marines to land at "
        "Tripoli port «إذا تدهور» (conditional; the frigate off Mellitah is a locator), Ankara denies a pull-out from "
        "Al-Watiya (denied). Traps: the outlet «درج» (= the town Derj; also inside مدرج/مدرجة/درجت), الطرابلسي.",
 "kb4": "Al-Modon-style imagery report: MiG-29s Jufra air base→Gardabiya air base (reported, Russian), Tariq bin Ziyad "
        "vehicles massing at Sirte (mobilise, reported), an LNA source's plan Sirte→Al-Washka (planned advance), "
        "Misrata's council «ستحشد في أبوقرين إذا» (conditional), the Russian embassy denies experts leaving Brak air "
        "base for Jufra (denied). Traps: المدن (outlet/common word), يوسف المدني, رصد ليبيا.",
 "kb5": "Hespress-style (Rabat) imagery report on Tripoli: a Misrata landing Misrata port→Tripoli port (reported, "
        "confirmed by a source), GNA columns Tajura→around Mitiga airport (advance, reported), a leaked fuel/ammunition "
        "shipment Misrata→Al-Watiya (planned), Turkey denies a Watiya→Mitiga airlift (denied), Misrata forces to "
        "return from the capital «فور توقيع» (conditional withdraw, origin = Tripoli via «العاصمة»). Spelling مصراته; "
        "traps طرابلسية, الإدريسي, المغربي, سماء ليبيا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kb1", "kb2", "kb3", "kb4", "kb5")
