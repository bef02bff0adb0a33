# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 # capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # the western coast, east to west
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (town row)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (refinery and oil terminal row)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),       # G* (town row)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah complex"),                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames 2208423, via fresh51 README)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),              # G (row منفذ رأس جدير)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "border_tn": ("region", "LY", 33.05000, 11.60000, "Libya-Tunisia border (Libyan side)"),  # K
 # Tripoli bases and the hinterland
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G (row قاعدة معيتيقة)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # Tunisia
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row TN-82)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G (row قاعدة العوينة)
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G
 "border_tnside": ("region", "TN", 33.05000, 11.40000, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "hn1": ["المتوسط", "الطرابلسي", "المنطقة العسكرية الساحل الغربي", "الزاوية العليا"],
 "hn2": ["صبراتة الآن", "الإدريسي", "الإيطالية", "الليبي"],
 "hn3": ["الشروق", "الليبي", "التونسي", "وكالة تونس إفريقيا للأنباء", "نحفظ الجميل"],
 "hn4": ["قوة حماية جنزور", "ما ادري", "الجنزوري"],
 "hn5": ["الشارع المغاربي", "وكالة تونس إفريقيا للأنباء", "الطرابلسي", "تونسية", "الليبي"],
}

PHEN = {
 "hn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil"],
 "hn2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "hn3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "hn4": ["clitics", "operation_trap", "person_trap", "ambiguity_idri", "town_vs_district"],
 "hn5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA = "GNA forces"
MOVES = {
 "hn1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية", "الحرشة"], ["جنزور", "الماية"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["جودائم"]),
  mv("redeploy", "planned", GNA, [], ["صرمان"]),
  mv("naval_landing", "conditional", GNA, [], ["ميناء الزاوية"]),
  mv("reinforce", "denied", None, ["العجيلات"], ["الزاوية"]),
 ],
 "hn2": [
  mv("advance", "reported", None, ["صبراته"], ["صرمان"]),
  mv("withdraw", "denied", GNA, ["صرمان"], []),
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة الجوية"], ["مطار زوارة"]),
  mv("deploy", "planned", GNA, ["مطار زوارة"], ["مجمع مليتة"]),
  mv("mobilise", "conditional", None, [], ["صبراتة"]),
 ],
 "hn3": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["زوارة"]),
  mv("deploy", "planned", GNA, [], ["معبر راس اجدير"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "conditional", None, ["زوارة"], ["الجميل", "زلطن"]),
 ],
 "hn4": [
  mv("withdraw", "reported", None, ["جنزور"], ["الماية"]),
  mv("shipment", "reported", None, ["الزاوية"], ["الماية"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["جنزور"]),
  mv("advance", "conditional", GNA, [], ["الماية"]),
  mv("mobilise", "denied", None, [], ["الماية"]),
 ],
 "hn5": [
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس"]),
  mv("deploy", "conditional", "Tunisian army", [], ["بنقردان", "الحدود مع ليبيا"]),
  mv("redeploy", "reported", GNA, ["زوارة"], ["معبر رأس جدير"]),
  mv("withdraw", "planned", None, ["العجيلات"], ["الجميل"]),
  mv("shipment", "denied", None, ["مالطا"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "hn1": "Zawiya truce (Al-Mutawassit): GNA dispute-resolution force Tripoli->refinery/Al-Harsha via Janzour and Al-Maya; "
        "a local brigade pulls back refinery->Judaim; planned company to Surman's eastern entrance; conditional landing at "
        "the Zawiya oil port; Al-Ajaylat council denies fighters Al-Ajaylat->Zawiya. Fuel trucks are not forces; "
        "'الزاوية العليا' (corner of a photo) and the military-zone name are traps.",
 "hn2": "Sabratha-Surman standoff (Al-Rai): a Sabratha group advances to Surman's outskirts; Surman council denies Battalion "
        "17's pull-out; Interior helicopters Mitiga air base->Zuwara airport and planned onward move to Mellitah; "
        "Sabratha notables' conditional 'النفير العام'. Italy is only where the gas goes (not a movement place).",
 "hn3": "Zuwara (Shorouk): coast-guard marines landed at Zuwara port from Abu Sitta naval base; Zuwara council denies a "
        "Zintan column; planned Interior force for Ras Ajdir; Tunisian army Medenine->Ben Gardane; conditional advance "
        "of Zuwara fighters to Al-Jmail and Zaltan. 'في طرابلس' after Abu Sitta is a locator.",
 "hn4": "Janzour truce (Fawasel): two groups pull back Janzour->Al-Maya; ammunition trucks Zawiya->Al-Maya; planned 444 "
        "neutral force Tripoli->Janzour; its conditional entry into Al-Maya; Al-Maya council denies massing. Zawiya and "
        "Tajura elders brokering the deal are not movement places.",
 "hn5": "Tunisian view (Acharaa Al Maghribi): C-130 El Aouina air base->Djerba-Zarzis airport; conditional deployment to "
        "Ben Gardane and the border; GNU Interior force Zuwara->Ras Ajdir crossing; planned pull-out Al-Ajaylat->near "
        "Al-Jmail; Zuwara council denies an arms shipment Malta->Zuwara port. The clashes in Zuwara/Al-Ajaylat and "
        "'محيط معبر رأس جدير' in the condition are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hn1", "hn2", "hn3", "hn4", "hn5")
