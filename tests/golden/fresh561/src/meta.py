# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 # capitals
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # Tunisian south-east
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                  # G
 "zarzis_port": ("crossing", "TN", 33.515, 11.105, "Port of Zarzis"),                     # K
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha camp"),                        # G* (row مخيم الشوشة, also for bare الشوشة)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                      # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),         # G (district row)
 "ghomrassen": ("town", "TN", 33.05936, 10.33712, "Ghomrassen"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "remada_base": ("base", "TN", 32.3062, 10.3822, "Remada Air Base"),                      # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "dehiba_del": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),               # G* (town row)
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),     # G* (row منفذ وازن)
 "khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                        # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                    # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                      # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                     # G* (row جنوب تونس)
 "border_tn_south": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side, Dehiba sector)"),  # K
 "border_tn_coast": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coastal sector)"), # K
 "south_east_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),          # G* (row جنوب شرق تونس)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),            # G (row الحدود الليبية التونسية)
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # Libyan west
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                 # K (GeoNames value given in fresh51's README)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),               # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G* (row قاعدة أبوستة البحرية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G (row الدبداب)
}

TRAPS = {
 "uq1": ["وكالة تونس إفريقيا للأنباء", "قناة ليبيا الأحرار", "الهادي الإدريسي", "الليبية"],
 "uq2": ["جوهرة أف أم", "الطرابلسي", "بوابة الوسط", "رد الجميل", "ملحمة بن قردان", "الليبي"],
 "uq3": ["الترا تونس", "لا أدري", "الليبية", "الجزائري"],
 "uq4": ["ديوان أف أم", "إذاعة تطاوين", "منصف النالوتي", "ليبية"],
 "uq5": ["إكسبريس أف أم", "الطرابلسي", "منطقة الساحل الغربي العسكرية", "الليبي"],
}

PHEN = {
 "uq1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "uq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_crossings"],
 "uq3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "uq4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "uq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TA, GNA = "Tunisian army", "GNA forces"
MOVES = {
 "uq1": [
  mv("reinforce", "reported", TA, ["تطاوين"], ["الذهيبة", "معبر الذهيبة"], ["رمادة"]),
  mv("airlift", "planned", TA, ["قاعدة العوينة"], ["قاعدة رمادة الجوية"]),
  mv("deploy", "reported", TA, ["رمادة"], ["حقل البرمة"]),
  mv("redeploy", "conditional", TA, [], ["برج الخضراء"]),
  mv("redeploy", "reported", GNA, ["نالوت"], ["وازن"]),
  mv("withdraw", "denied", TA, ["الذهيبة"], ["تطاوين"]),
 ],
 "uq2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["معبر راس جدير"], ["الزاوية", "الجميل"]),
  mv("withdraw", "reported", GNA, ["معبر راس جدير"], ["زوارة"]),
  mv("shipment", "planned", TA, ["صفاقس"], ["بنقردان"]),
  mv("reinforce", "conditional", TA, ["مدنين"], ["الشوشة", "راس جدير"]),
  mv("mobilise", "denied", None, [], ["أبو كماش", "زلطن"]),
 ],
 "uq3": [
  mv("airlift", "reported", TA, ["قاعدة رمادة"], ["برج الخضراء"]),
  mv("shipment", "conditional", TA, ["تطاوين"], ["برج الخضراء"]),
  mv("mobilise", "reported", GNA, [], ["غدامس"]),
  mv("advance", "denied", GNA, ["غدامس"], ["المثلث الحدودي"]),
  mv("reinforce", "planned", "Algerian army", [], ["الدبداب"]),
 ],
 "uq4": [
  mv("redeploy", "reported", TA, ["غمراسن"], ["رمادة"]),
  mv("shipment", "planned", TA, ["قابس"], ["رمادة", "ذهيبة"]),
  mv("withdraw", "reported", "Zintan forces", ["منفذ وازن"], ["الزنتان"]),
  mv("mobilise", "conditional", None, [], ["وازن"]),
  mv("advance", "denied", None, ["وازن"], ["ذهيبة"]),
 ],
 "uq5": [
  mv("naval_landing", "reported", TA, ["صفاقس"], ["ميناء جرجيس"]),
  mv("deploy", "reported", TA, [], ["بن ڨردان", "مخيم الشوشة"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبو ستة البحرية"], ["ميناء زوارة"]),
  mv("airlift", "denied", "Misrata forces", ["مصراتة"], ["مطار زوارة"]),
  mv("advance", "conditional", GNA, ["أبو كماش"], ["رأس الجدير"]),
 ],
}

NOTES = {
 "uq1": "TAP-style dispatch from Tataouine: an army reinforcement Tataouine→Dehiba/the Dehiba crossing via Remada "
        "(reported), a planned C-130 airlift El Aouina base→Remada air base, a National Guard deployment Remada→El Borma "
        "field told as a flashback, its conditional redeployment to Borj El Khadra (no origin written), a GNU border-guard "
        "redeployment Nalut→Wazin and the MoD's denied pull-back Dehiba→Tataouine. Wazin crossing reopened with conditions "
        "(not a movement); Tunis, Algeria, the triangle, Ras Ajdir and Borj El Khadra in the denial are locators.",
 "uq2": "Jawhara FM from Ben Gardane: Ras Ajdir reopened to travellers with conditions; a GNU Interior force "
        "Tripoli→the crossing via Zawiya and Al-Jumayl (reported, «إلى المعبر» resolved to معبر راس جدير), the GNU military "
        "police's pull-back from the crossing to Zuwara, a planned shipment of thermal cameras Sfax→Ben Gardane, a "
        "conditional army reinforcement Medenine→Choucha/Ras Jedir («إذا») and Zuwara council's denied massing at Abu "
        "Kammash and Zaltan. Traps: spokesman Trabelsi, «رد الجميل», «ملحمة بن قردان».",
 "uq3": "Ultra Tunisia feature on Borj El Khadra: a helicopter airlift Remada base→Borj El Khadra («إلى البلدة»), a "
        "supply convoy Tataouine→Borj El Khadra that will leave only «إلا إذا» it gets air cover (conditional), a GNU "
        "border-guard build-up in Ghadames (reported mobilise), the GNU staff's denied advance Ghadames→the triangle and "
        "Algeria's planned reinforcement of Debdeb. El Borma and Al Wafa fields are purpose/locator only; «لا أدري» is a trap.",
 "uq4": "Diwan FM from Tataouine: National Guard units redeployed Ghomrassen→Remada, a planned armoured-vehicle shipment "
        "Gabes→Remada/Dehiba, a Zintani group's pull-back from the Wazin crossing to Zintan, Nalut council's conditional "
        "massing in Wazin («إذا») and the governor's denial of an advance Wazin→Dehiba. والي تطاوين is the governorate, "
        "the dateline the town; تونس العاصمة is Tunis, تونس the country.",
 "uq5": "Express FM from Zarzis: a navy landing Sfax→Zarzis port, army units deployed in Ben Gardane and Choucha camp, a "
        "planned GNU marine landing Abu Sitta naval base→Zuwara port, a denied airlift of fighters Misrata→Zuwara airport "
        "(headline and quote retell it) and a conditional advance Abu Kammash→Ras Ajdir («إذا»). Mellitah and Ras Ajdir "
        "after «لتأمين» are purpose; migrant boats to Italy are civilian.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uq1", "uq2", "uq3", "uq4", "uq5")
