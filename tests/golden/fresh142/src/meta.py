# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 # Zuwara and the Amazigh coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),              # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K (GeoNames 2208423, via fresh51 README)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                               # G* (row سيدي بن زينة, returned for رقدالين)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "mellitah_port": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah port"),                 # G* (complex row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "nafusa": ("region", "LY", 31.95000, 12.02000, "Nafusa Mountains"),                       # K (representative point near Jadu)
 "border_tn_ly": ("region", "LY", 33.05000, 11.58000, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # bases and airports
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية)
 "watiya_short": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                 # G* (same row, surface الوطية)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 # Tunisian side
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),           # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G* (row جنوب تونس)
 "border_ly_tnside": ("region", "TN", 33.05000, 11.45000, "Tunisia-Libya border (Tunisian side)"),  # K
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                       # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, TN_ARMY, ZINTAN = "GNA forces", "Tunisian army", "Zintan forces"

TRAPS = {
 "en1": ["عسكري زوارة", "ليبيا برس", "مصطفى الطرابلسي", "الغرفة الأمنية المشتركة زوارة", "المجلس العسكري زوارة",
         "عبد الحكيم الزواري", "الجانب التونسي"],
 "en2": ["المغرب", "تونسية", "التونسيين", "سوق ليبيا", "إذاعة تطاوين"],
 "en3": ["سبوتنيك", "اللواء 444 قتال", "لنرد الجميل", "فتحي الطرابلسي", "غرفة عمليات الساحل الغربي"],
 "en4": ["قناة ليبيا الأحرار", "الباحث الليبي", "سالم الإدريسي"],
 "en5": ["غرفة عمليات المنطقة الغربية", "علي الجميلي", "إذاعة زوارة", "ما ادري", "الجميلة"],
}

PHEN = {
 "en1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "en2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "en3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "countries"],
 "en4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "en5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings"],
}

MOVES = {
 "en1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["أبو كماش"], ["صبراتة", "مجمع مليتة"]),
  mv("redeploy", "planned", GNA, ["أبوكماش"], ["معبر رأس اجدير"]),
  mv("reinforce", "reported", None, [], ["معبر رأس اجدير"]),
  mv("mobilise", "conditional", None, [], ["زوارة"]),
  mv("advance", "denied", None, ["زوارة"], ["الجميل", "رقدالين"]),
 ],
 "en2": [
  mv("reinforce", "reported", TN_ARMY, ["مدنين"], ["معبر رأس جدير"], ["بن قردان"]),
  mv("airlift", "planned", TN_ARMY, ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("deploy", "conditional", TN_ARMY, [], ["بن قردان", "الحدود مع ليبيا"]),
  mv("advance", "denied", TN_ARMY, [], ["أبو كماش"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["معبر رأس جدير"]),
 ],
 "en3": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["قاعدة الوطية الجوية"]),
  mv("redeploy", "reported", GNA, ["قاعدة الوطية الجوية"], ["الجميل"]),
  mv("naval_landing", "planned", GNA, ["مصراتة"], ["ميناء مليتة"]),
  mv("mobilise", "denied", ZINTAN, ["الزنتان"], ["زلطن"]),
  mv("withdraw", "conditional", GNA, ["الجميل"], ["الوطية"]),
 ],
 "en4": [
  mv("mobilise", "reported", None, [], ["زوارة"]),
  mv("withdraw", "reported", GNA, ["منفذ رأس اجدير"], ["طرابلس"], ["رقدالين", "الجميل"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", TN_ARMY, [], ["بن قردان"]),
 ],
 "en5": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["زوارة", "رقدالين"]),
  mv("withdraw", "reported", None, ["رقدالين"], ["زوارة"]),
  mv("shipment", "planned", GNA, ["مصراتة"], ["قاعدة الوطية"]),
  mv("redeploy", "denied", None, ["الجميل"], ["زلطن"]),
  mv("advance", "conditional", None, [], ["رقدالين"]),
 ],
}

NOTES = {
 "en1": "Libya Press, Zuwara: a GNU (Chief of Staff) column Tripoli→Abu Kammash via Sabratha and the Mellitah complex "
        "(reported deploy), its units to move Abu Kammash→Ras Ajdir next week (planned redeploy, written أبوكماش), "
        "Zuwara's brigades reinforcing the crossing («المعبر», reported, actor null), the Zuwara military council's "
        "«النفير» in Zuwara if a force nears the gate (conditional mobilise) and its denial of a move towards Al-Jumayl "
        "and Regdalin (denied advance). Traps: the outlet with ليبيا, two Zuwara force names (and «عسكري زوارة» in the "
        "headline), persons الطرابلسي and الزواري, nisba التونسي; border phrase الحدود مع تونس is background, not a move.",
 "en2": "Al-Maghrib (Tunis daily), Ben Gardane (dateline spelled بنقردان): Tunisian army units Medenine→Ras Jedir "
        "crossing via Ben Gardane (reported reinforce), a planned special-forces airlift El Aouina→Djerba-Zarzis airport, "
        "a conditional deployment around Ben Gardane and on the border with Libya («في حال»), the ministry's denial of an "
        "incursion towards Abu Kammash, and a flashback GNU Interior force Tripoli→the crossing (reported deploy). Traps: "
        "the outlet name المغرب (= Morocco), سوق ليبيا, إذاعة تطاوين, nisbas تونسية/التونسيين; العاصمة تونس = Tunis vs "
        "the country تونس; مدنين town vs ولاية مدنين district.",
 "en3": "Sputnik Arabic, Tripoli: an airlift Mitiga airport→Al-Watiya air base (reported; the headline's معيتيقة/الوطية "
        "retell it), a redeploy from the base («القاعدة») to Al-Jumayl (reported), a planned marine landing at Mellitah "
        "port from Misrata, Zintan's denied massing in Zaltan and a conditional pull-back Al-Jumayl→Al-Watiya («لن… إلا "
        "إذا»). Traps: «لنرد الجميل» (common phrase containing Al-Jumayl), فتحي الطرابلسي, غرفة عمليات الساحل الغربي, "
        "اللواء 444 قتال, the outlet. Italy is a purpose («خط الغاز المتجه إلى إيطاليا»), not a destination.",
 "en4": "Youm7 (Cairo), no dateline: Zuwara's brigades massing in the city (reported mobilise, actor null), a GNU "
        "Interior force pulling out of Ras Ajdir to Tripoli via Regdalin and Al-Jumayl avoiding زواره (reported "
        "withdraw; Zuwara is not a via), a planned naval landing Abu Sitta naval base→Zuwara port, the mayor's denial "
        "of an arms ship from Turkey at «ميناء المدينة» (denied shipment, actor null) and Tunisia's conditional "
        "reinforcement of Ben Gardane («إذا»). Traps: قناة ليبيا الأحرار, سالم الإدريسي (Idri), الباحث الليبي; الجزائر "
        "country vs الجزائر العاصمة; زوارة town vs بلدية زوارة district; الحدود مع تونس is a distance reference.",
 "en5": "Fawasel (Libyan site), Al-Jumayl: a GNU separation force from Tripoli deployed between Zuwara and Regdalin "
        "(reported deploy, both ends as destinations), Zuwara fighters pulling back from near Regdalin into Zuwara "
        "(reported withdraw), a planned shipment of armour Misrata→Al-Watiya base, the Al-Jumayl elders' denial of a "
        "battalion moved to Zaltan (denied redeploy) and a Zuwara commander's conditional advance on Regdalin («إذا»). "
        "Traps: علي الجميلي, الجميلة («شواطئها الجميلة»), «ما ادري» (dialect, Idri), إذاعة زوارة, غرفة عمليات المنطقة "
        "الغربية; Nafusa elders and the fuel convoys from Ras Ajdir are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("en1", "en2", "en3", "en4", "en5")
