# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Tunisian south-east
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "remada_airfield": ("airport", "TN", 32.306, 10.382, "Remada military airfield"),      # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),   # G* (row منفذ وازن, country TN)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "elborma": ("oilfield", "TN", 31.69, 9.23, "El Borma oil field"),                      # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "sidiahmed": ("base", "TN", 37.245, 9.791, "Bizerte-Sidi Ahmed Air Base"),             # K
 # Tunisian regions and border points
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G (row جنوب تونس)
 "south_east_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),        # G* (row جنوب شرق تونس)
 "border_tn_rj": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, Ras Jedir sector)"),  # K
 # Libyan west
 "rasjedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames value cited in fresh51)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G (row قاعدة معيتيقة)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "border_ly_wz": ("region", "LY", 31.90, 10.75, "Libya-Tunisia border (Libyan side, Wazin sector)"),  # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the JSONL shape."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TN, GNA = "Tunisian army", "GNA forces"

TRAPS = {
 "ln1": ["الشارع المغاربي", "سوق ليبيا", "المجلس العسكري زوارة", "الصبر الجميل", "عمر القرداني", "التونسية",
         "الليبية"],
 "ln2": ["حقائق أون لاين", "مختار النالوتي", "حسان الإدريسي", "نهج ليبيا", "محمد المدنيني", "ليبية", "الليبي"],
 "ln3": ["إذاعة تطاوين", "الطاهر الرمادي", "عام الرمادة", "الليبية", "الليبي"],
 "ln4": ["نواة", "علي الزنتاني", "ما ادري", "رددنا الجميل", "البنزين الليبي", "الليبيون"],
 "ln5": ["المغرب", "قصر قرطاج", "درع الجنوب الشرقي", "نور الدين الجرجيسي", "وكالة تونس إفريقيا للأنباء",
         "الليبية", "ليبية", "تونسية"],
}

PHEN = {
 "ln1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ln2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ln3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ln4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ln5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "ln1": [
  mv("reinforce", "reported", TN, ["مدنين"], ["بنقردان", "معبر رأس جدير"]),
  mv("shipment", "reported", TN, ["قابس"], ["بنقردان"]),
  mv("withdraw", "reported", GNA, ["معبر رأس جدير"], ["أبو كماش"]),
  mv("withdraw", "denied", TN, ["بن قردان"], ["مدنين"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["منفذ رأس اجدير"], ["صبراتة", "زوارة"]),
  mv("advance", "conditional", None, ["زوارة", "الجميل"], ["منفذ رأس اجدير"]),
 ],
 "ln2": [
  mv("reinforce", "reported", TN, ["رمادة"], ["ذهيبة", "معبر الذهيبة"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["وازن"]),
  mv("advance", "denied", None, ["وازن"], ["الذهيبة"]),
  mv("deploy", "planned", TN, ["قابس"], ["معبر الذهيبة"]),
  mv("withdraw", "conditional", TN, [], ["رمادة"]),
 ],
 "ln3": [
  mv("airlift", "reported", TN, ["قاعدة سيدي أحمد الجوية"], ["مطار رمادة"]),
  mv("deploy", "reported", TN, ["رمادة"], ["برج الخضراء"], ["حقل البرمة"]),
  mv("shipment", "planned", TN, ["قابس"], ["رمادة"], ["تطاوين"]),
  mv("mobilise", "denied", None, [], ["وازن"]),
  mv("redeploy", "conditional", TN, ["رمادة"], ["الذهيبة"]),
 ],
 "ln4": [
  mv("deploy", "reported", GNA, ["الزاوية"], ["الجميّل"], ["العجيلات"]),
  mv("withdraw", "reported", None, ["رقدالين"], ["زلطن"]),
  mv("mobilise", "reported", None, [], ["زوارة"]),
  mv("naval_landing", "planned", GNA, ["طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "denied", None, ["راس اجدير"], []),
  mv("reinforce", "conditional", TN, [], ["بن قردان"]),
 ],
 "ln5": [
  mv("redeploy", "reported", TN, ["رمادة"], ["بن قردان"]),
  mv("naval_landing", "reported", TN, ["صفاقس"], ["جرجيس"]),
  mv("airlift", "planned", GNA, ["قاعدة معيتيقة الجوية"], ["مطار زوارة"]),
  mv("advance", "denied", TN, [], ["أبو كماش"]),
  mv("reinforce", "conditional", TN, ["قابس"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "ln1": "Acharaa Al Maghrebi (Ben Gardane): Ras Jedir closed; Tunisian reinforcement Medenine→Ben Gardane/the crossing "
        "and a Gabès→Ben Gardane supply run; the GNU force's night pull-back to Abu Kammash; a denied Ben Gardane→Medenine "
        "pull-back; a planned GNU force Tripoli→Ras Ajdir via Sabratha and Zuwara; Zuwara's conditional advance. Spelling "
        "بنقردان/بن قردان and رأس جدير/رأس اجدير; «المعبر» resolved to the crossing named last; traps سوق ليبيا, الصبر الجميل.",
 "ln2": "Hakaek Online (Tataouine): Dehiba-Wazin reopened; Tunisian reinforcement Remada→Dehiba/the crossing, a GNU force "
        "Nalut→Wazin, a denied infiltration Wazin→Dehiba, a planned engineering unit Gabès→the crossing and a conditional "
        "return to Remada (no origin written). Town vs district (تطاوين/ولاية تطاوين, نالوت/بلدية نالوت); person traps with "
        "place strings (النالوتي, المدنيني, الإدريسي).",
 "ln3": "Radio Tataouine (Remada): a C-130 airlift Sidi Ahmed air base→Remada airfield (Bizerte only locates the base), "
        "patrols Remada→Borj El Khadra via El Borma, a planned supply convoy Gabès→Remada via Tataouine, Nalut's denied "
        "massing near Wazin and a conditional Remada→Dehiba move. The triangle sentence is a locator; traps إذاعة تطاوين "
        "(outlet) and عام الرمادة (common phrase).",
 "ln4": "Nawaat investigation (Ben Gardane-Zuwara): headline «من بن قردان إلى زوارة» is no movement; a GNU force "
        "Zawiya→Al-Jmail via Al-Ajaylat, local groups Regdalin→Zaltan, Zuwara brigades massing at the town, a planned "
        "coast-guard landing Tripoli→Zuwara port, a denied pull-out from Ras Ajdir and a conditional Tunisian reinforcement "
        "of Ben Gardane; «قوة من الزنتان» is an attitude, not a move. Traps ما ادري, رددنا الجميل, علي الزنتاني.",
 "ln5": "Le Maghreb (Tunis): staged reopening of Ras Jedir; Tunisian armour Remada→Ben Gardane, a navy landing "
        "Sfax→Zarzis (Zuwara is a locator), a planned GNU airlift Mitiga air base→Zuwara airport, a denied entry into Abu "
        "Kammash and a conditional Gabès→border reinforcement. Tunis city (dateline) vs Tunisia (country); traps المغرب "
        "(outlet and prayer time), قصر قرطاج, «درع الجنوب الشرقي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ln1", "ln2", "ln3", "ln4", "ln5")
