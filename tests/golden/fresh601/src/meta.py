# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and shared
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # Tunisian south-east: Medenine governorate
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row TN-82)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha"),                           # G* (row مخيم الشوشة)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.470, 11.120, "Port of Zarzis"),                   # K
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "border_tn_coast": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "southeast_tn": ("region", "TN", 33.00, 10.80, "South-eastern Tunisia"),               # K
 # Tataouine governorate
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G (district row TN-83)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                      # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_south": ("region", "TN", 32.05, 10.65, "Tunisia-Libya border (Tunisian side, Dehiba)"),  # K
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # elsewhere in Tunisia
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G* (row قاعدة العوينة)
 # Libyan side
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                   # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, found by grep رقدالين)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "we1": ["وكالة تونس إفريقيا للأنباء", "ليبيا الأحرار", "الليبية", "التونسي"],
 "we2": ["جوهرة أف أم", "فرج النالوتي", "متوازنة", "الليبي", "التونسي", "التونسية"],
 "we3": ["الصحافة اليوم", "وكالة الأنباء الليبية", "كتيبة فرسان جنزور", "إدريس الشابي", "رد الجميل", "الليبي"],
 "we4": ["ديوان أف أم", "غرفة عمليات الساحل الغربي", "إدريس الزواري", "الليبية", "التونسية", "التونسي"],
 "we5": ["الترا تونس", "إذاعة تطاوين", "المنصف الغمراسني", "التونسية", "التونسي"],
}

PHEN = {
 "we1": ["clitics", "spelling", "multiword", "media_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "we2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "we3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "we4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
 "we5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "we1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان", "معبر رأس جدير"]),
  mv("deploy", "planned", "Tunisian army", ["جرجيس"], ["الشوشة"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس جدير"], ["زوارة"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["أبو كماش"]),
 ],
 "we2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة الجوية"], ["قاعدة رمادة الجوية"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("advance", "denied", "GNA forces", ["وازن"], ["الذهيبة"]),
 ],
 "we3": [
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("shipment", "planned", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("redeploy", "conditional", "Tunisian army", ["برج الخضراء"], ["الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["بنقردان"], ["مدنين"]),
  mv("mobilise", "reported", "GNA forces", [], ["الجميل"]),
 ],
 "we4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس جدير"], ["الزاوية", "صبراتة"]),
  mv("withdraw", "reported", "GNA forces", ["معبر راس جدير"], ["زلطن"]),
  mv("deploy", "planned", "Tunisian army", ["بنقردان"], ["رأس جدير"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("airlift", "conditional", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("mobilise", "denied", "GNA forces", [], ["رقدالين"]),
 ],
 "we5": [
  mv("shipment", "reported", "Tunisian army", ["تطاوين"], ["حقل البرمة"], ["رمادة"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة رمادة الجوية"], ["برج الخضراء"]),
  mv("mobilise", "planned", "Tunisian army", [], ["تطاوين"]),
  mv("redeploy", "denied", "Tunisian army", ["الذهيبة"], ["برج الخضراء"]),
  mv("advance", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
 ],
}

NOTES = {
 "we1": "TAP from Medenine: an army reinforcement Medenine barracks→Ben Gardane/the Ras Ajdir crossing (headline repeats "
        "it), National Guard units planned Zarzis→Choucha, a conditional Gabes→border-with-Libya reinforcement ('في صورة "
        "تواصل الاشتباكات'), the GNU Interior force's denied pull-out Ras Ajdir→Zuwara, and a GNU border-guard company "
        "Zuwara→Abu Kammash ('25 km east of the crossing'). Zuwara in the clashes sentence, Tripoli (seat of the "
        "government), Medenine governorate (correspondent) and the closing background are not movement places.",
 "we2": "Jawhara FM from Tataouine: an army reinforcement Tataouine→Dehiba via Remada after the Dehiba-Wazin crossing "
        "closed, a planned C-130 airlift El Aouina air base (in Tunis, a locator)→Remada air base, a conditional return "
        "Dehiba→Remada barracks ('لن تعود ... إلا بعد'), a GNU border-guard company Nalut→the Wazin crossing, and a "
        "denied advance of Libyan border guards Wazin→Dehiba; 'متوازنة' contains Wazin, 'فرج النالوتي' contains Nalut.",
 "we3": "Essahafa from Tunis: a navy landing of marines at Zarzis port from the Sfax naval base, a planned ammunition "
        "shipment Gabes→Remada, a conditional redeploy Borj El Khadra→Dehiba ('إذا تواصل غلق المعبر'), a denied pull-out "
        "Ben Gardane→Medenine (spokesman Idris, a trap), and a GNU massing of 50 vehicles in Al-Jumayl ('55 km from Ras "
        "Ajdir' is a distance reference; 'رد الجميل' a trap). The ship's past aid run to the port of Tripoli in Lebanon "
        "is humanitarian and not a movement.",
 "we4": "Diwan FM from Ben Gardane: Ras Ajdir reopened as a GNU Interior force Tripoli→the crossing via Zawiya and "
        "Sabratha takes the gate, the Zuwara border-guard battalion pulls back from the gate to Zaltan (Mellitah only "
        "background), National Guard units planned Ben Gardane→Ras Ajdir, a planned coast-guard sea move Tripoli "
        "port→Zuwara port, a conditional airlift El Aouina→Djerba-Zarzis airport, and the battalion's denied massing in "
        "Regdalin. The Ben Gardane–Zarzis road traffic and the Tripoli meeting are not movements.",
 "we5": "Ultra Tunisia from Tataouine: a fuel-and-ammunition convoy Tataouine→El Borma field via Remada, a helicopter "
        "airlift Remada air base→Borj El Khadra (the border triangle with Algeria and Libya only locates it), reservists "
        "planned to gather in the Tataouine barracks (Tataouine governorate = where they come from), a denied "
        "Dehiba→Borj El Khadra transfer, and Nalut's conditional advance towards Ghadames ('لن تتقدم ... إلا إذا').",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("we1", "we2", "we3", "we4", "we5")
