# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or spelling (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Libyan west coast and the border
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwarah municipality"),          # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwarah port"),                 # K
 "assa": ("town", "LY", 32.80, 11.65, "Al Assah"),                                      # K
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "sabratha_port": ("crossing", "LY", 32.807, 12.478, "Sabratha harbour"),               # K
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "border_tn": ("region", "LY", 32.85, 11.60, "Libya-Tunisia border (Libyan side, near Al Assah)"),   # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 # Tripoli bases and airports
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G* (row spelled قاعدة أبوستة البحرية)
 # Nafusa mountains
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (region row)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # Tunisian side
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "choucha": ("village", "TN", 33.13, 11.49, "Choucha"),                                 # K
 "border_tnside": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisian side, near Ras Jedir)"),  # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
}

TRAPS = {
 "nm1": ["موزاييك أف أم", "المجلس العسكري زوارة", "مراد القابسي", "هشام الطرابلسي", "سوق ليبيا", "الليبي",
         "التونسي"],
 "nm2": ["إرم نيوز", "قوة حماية زوارة", "سالم الجميلي", "الليبية"],
 "nm3": ["ليبيا بانوراما", "المجلس الأعلى لأمازيغ ليبيا", "الأمازيغية", "ما ادري", "يردوا الجميل"],
 "nm4": ["الترا تونس", "علي الجرجيسي", "الهادي الإدريسي", "جهاز حرس الحدود الليبي", "الأراضي الليبية", "تونسية"],
 "nm5": ["روسيا اليوم", "مصطفى الزنتاني", "عادل الإدريسي", "حجر الزاوية", "الروماني", "الإيطالية", "الليبية",
         "اللبنانية"],
}

PHEN = {
 "nm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "nm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "nm4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "nm5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "nm1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان", "شوشة"], ["مدنين"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس جدير"]),
  mv("deploy", "planned", None, ["جرجيس"], ["معبر راس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Tunisian army", ["شوشة"]),
 ],
 "nm2": [
  mv("deploy", "reported", "GNA forces", ["معسكر اليرموك"], ["العسة", "راقدالين"], ["صبراتة", "الجميل"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["العسة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("mobilise", "reported", None, [], ["راس اجدير"]),
  mv("withdraw", "denied", None, ["راس اجدير"], ["زوارة"]),
  mv("advance", "conditional", None, [], ["الجميل", "رقدالين"]),
 ],
 "nm3": [
  mv("reinforce", "reported", None, ["نالوت", "جادو", "يفرن"], ["زوارة"]),
  mv("mobilise", "reported", None, [], ["زوارة"]),
  mv("redeploy", "reported", None, ["أبو كماش"], ["زلطن"]),
  mv("deploy", "planned", None, ["زوارة"], ["مجمع مليتة"]),
  mv("deploy", "denied", "GNA forces", [], ["الجميل"]),
  mv("advance", "conditional", "GNA forces", [], ["زوارة"], ["رقدالين"]),
  mv("naval_landing", "conditional", "GNA forces", [], ["ميناء زوارة"]),
 ],
 "nm4": [
  mv("shipment", "reported", None, ["العسة"], ["بن قردان"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس", "الحدود الليبية التونسية"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("withdraw", "denied", "GNA forces", ["العسة"]),
 ],
 "nm5": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("withdraw", "reported", None, ["صبراتة"], ["العجيلات"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراتة"], ["الزاوية"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبو ستة البحرية"], ["ميناء صبراتة"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["صبراتة", "مجمع مليتة"]),
 ],
}

NOTES = {
 "nm1": "Mosaique FM from Ben Gardane (Tunisian copy: بلاغ، في صورة، التراب التونسي): Tunisian army reinforcement "
        "Gabes→Ben Gardane/Choucha via Medenine; a GNU border-guard force Tripoli→the Ras Jedir crossing (told as a "
        "flashback, 'المعبر' anaphora); National Guard units planned Zarzis→the crossing; a conditional Tataouine→border "
        "move; a denied pull-out from Choucha. Medenine as governorate (district) and town; Tunis the capital vs "
        "Tunisia the country; traps: Souk Libya, the officers القابسي and الطرابلسي, the Zuwara military council.",
 "nm2": "Erem News from Tripoli: a GNU 111 Brigade column Yarmouk camp→Al-Assa/Regdalin via Sabratha and Al-Jumayl "
        "(Regdalin spelled رقدالين and راقدالين) and an ammunition/fuel convoy Al-Watiya→Al-Assa; a planned "
        "Mitiga→Al-Watiya airlift; the Zuwara protection force massing at Ras Ajdir, its denied pull-out to Zuwara and a "
        "conditional advance on Al-Jumayl/Regdalin. Ras Ajdir written three ways; traps: the force name containing "
        "Zuwara, the colonel الجميلي.",
 "nm3": "Libya Panorama from Zuwara: Amazigh fighters Nalut/Jadu/Yafran→Zuwara (Jebel Nafusa as a region, not an "
        "origin); local forces massing in Zuwara; a redeploy Abu Kammash→Zaltan; a planned Zuwara→Mellitah complex "
        "move; the GNU staff's denial of armour sent to Al-Jumayl; a conditional GNU advance on Zuwara via Regdalin and "
        "a conditional landing at Zuwara port. Zuwara municipality (district) beside the town; traps «ما ادري» and "
        "«يردوا الجميل». Civilian fuel trucks from Zawiya and mediators from Sabratha/Al-Ajaylat are not movements.",
 "nm4": "Ultra Tunisia from Medenine: a weapons shipment Al-Assa→Ben Gardane (intercepted, intended destination); a "
        "C-130 airlift El Aouina (in Tunis)→Djerba-Zarzis airport then by road to the border (one move, two "
        "destinations); a planned battalion redeploy Gabes→Remada; a conditional Medenine→Ben Gardane reinforcement; "
        "the Libyan border guards' denied pull-out from Al-Assa. Seized cargo taken to the barracks, fleeing smugglers "
        "and habitual smuggling routes Regdalin–Zuwara are not movements.",
 "nm5": "RT Arabic (Rusiya al-Yawm) from Sabratha: a GNU staff force Zawiya→Sabratha via Surman; an armed smugglers' "
        "group pulling out of Sabratha to Al-Ajaylat; the commander's conditional return to Zawiya (لن…إلا بعد); a "
        "planned marine landing Abu Sitta naval base→Sabratha harbour; Zintan's denied dispatch to Sabratha/Mellitah. "
        "Migrants flown from Tripoli (Lebanon) to Benghazi are not a movement. Traps: the commander الزنتاني, "
        "«روسيا اليوم», «حجر الزاوية», the Roman theatre (روما inside الروماني).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nm1", "nm2", "nm3", "nm4", "nm5")
