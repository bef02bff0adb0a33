# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared Libyan west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zuwara_port": ("crossing", "LY", 32.937, 12.090, "Port of Zuwara"),                   # K
 # xg1 Ras Ajdir and the Tunisian side (Jawhara FM)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tnside": ("region", "TN", 33.12, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # xg2 the Zawiya refinery (Al-Quds Al-Arabi)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 # xg3 the sea (Roya)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row spelled لامبيدوسا)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # xg4 Sabratha and Al-Ajaylat (Al-Anbaa)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "border_ly_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # xg5 Zuwara and Mellitah (Al-Ayam)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "nuqat": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.370, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
}

TRAPS = {
 "xg1": ["الجيش التونسي", "جوهرة أف أم", "الليبية", "مصطفى الطرابلسي", "الجانب التونسي", "الجانب الليبي"],
 "xg2": ["القدس العربي", "اللواء 444 قتال", "شركة الزاوية لتكرير النفط", "القوة القاهرة", "جهاز دعم الاستقرار",
         "الزاوية الإنسانية", "السفارة الإيطالية"],
 "xg3": ["رؤيا", "الإيطالية", "حرس السواحل الليبي", "محمد إدريس", "سي ووتش", "يردوا الجميل", "المالطية",
         "الألمانية", "الجيش اللبناني", "البر الليبي"],
 "xg4": ["الأنباء", "غرفة العمليات المشتركة بالساحل الغربي", "عبد السلام الإدريسي", "الحرس الوطني التونسي",
         "الجانب الليبي", "دعم مالي"],
 "xg5": ["تعزيزات مصراتية", "الأيام", "الإيطالية", "عماد الزنتاني", "الكتائب المصراتية", "الليبية",
         "الأمازيغية", "عملية بركان الغضب"],
}

PHEN = {
 "xg1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xg2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_oil"],
 "xg3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "xg4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "xg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xg1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["صبراتة", "زوارة"]),
  mv("advance", "conditional", "GNA forces", [], ["رقدالين", "الجميل"]),
  mv("withdraw", "denied", "GNA forces", ["أبو كماش", "زلطن"]),
  mv("reinforce", "planned", "Tunisian army", ["جرجيس"], ["الحدود مع ليبيا"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
 ],
 "xg2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "denied", "GNA forces", ["الحرشة"]),
  mv("mobilise", "reported", None, [], ["جودائم"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["صرمان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
 ],
 "xg3": [
  mv("redeploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["أبوكماش"]),
  mv("withdraw", "conditional", "GNA forces", ["ميناء زوارة"], ["طرابلس"]),
  mv("naval_landing", "denied", "GNA forces", [], ["صبراتة"]),
 ],
 "xg4": [
  mv("advance", "reported", "GNA forces", ["صبراتة"], ["العجيلات"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["العجيلات"]),
  mv("withdraw", "conditional", "GNA forces", ["العجيلات"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["قاعدة الوطية"]),
 ],
 "xg5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["مجمع مليتة"], ["الجميل"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["مجمع مليتة"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["زوارة"]),
  mv("shipment", "planned", "GNA forces", ["ميناء مصراتة"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "xg1": "Jawhara FM from Ben Gardane (dateline, not a movement place): a GNA interior-ministry force Tripoli→Ras Ajdir "
        "crossing via Sabratha and Zuwara; a conditional advance to Regdalin and Al-Jmail ('في حال'); the denied "
        "pull-out of the battalion guarding Abu Kammash and Zaltan; a planned Tunisian reinforcement from the Zarzis "
        "barracks to the border zone (border phrase, Tunisian side); a reported Tunisian airlift El Aouina→Djerba-Zarzis "
        "airport. Tunis, Tunisia, southern Tunisia and Ben Gardane's queue are only speakers/background; 'مصطفى "
        "الطرابلسي' is a person trap.",
 "xg2": "Al-Quds Al-Arabi from Tripoli: Brigade 444 Tripoli→Zawiya refinery via Janzour and Al-Maya; the Stability "
        "Support Apparatus denies pulling out of Al-Harsha; unnamed local groups mass in Judaim (actor null); a planned "
        "company Al-Watiya base→Surman (the road 'between Zawiya and Sabratha' is only a locator); a conditional "
        "Zintani advance to Bir al-Ghanam. Traps: the refining company, 'القوة القاهرة', 'من الزاوية الإنسانية'.",
 "xg3": "Roya from Rome: Rome, Valletta, Brussels are speakers; migrants reaching Lampedusa and 690 people returned to "
        "Tripoli port after interceptions are not force movements; patrol boats Abu Sitta naval base→Zuwara port; a "
        "planned marine landing Tripoli port→Abu Kammash beach ('30 km west of Zuwara' is a distance reference); the "
        "boats' conditional return Zuwara port→Tripoli (Zaltan only in the condition); "
        "a denied coastguard landing on Sabratha beach (Sea-Watch claim). Lebanese Tripoli only as a departure beach "
        "of thwarted migrants.",
 "xg4": "Al-Anbaa from Sabratha: a joint GNA force advances Sabratha→Al-Ajaylat, ammunition trucks Tripoli→Al-Ajaylat, "
        "the force will not leave Al-Ajaylat until the last depot is dismantled (conditional withdraw), a planned "
        "special-forces flight Mitiga→Zuwara airport, Zintan denies massing 40 vehicles near Al-Watiya base. The "
        "border with Tunisia is only the smuggled fuel's direction; Tunis and Ben Gardane are Tunisian seizure news.",
 "xg5": "Al-Ayam from Zuwara: a Zintani force of the Western Military Region Zintan→Mellitah complex via Al-Jmail; "
        "a conditional reinforcement Zintan→Mellitah; the Misrata brigades deny sending reinforcements Misrata→Zuwara; "
        "four interceptor boats planned Misrata port→Zuwara port. Sicily/Italy (pipeline), Brussels (speaker), "
        "Nuqat al-Khams security directorate's alert in Regdalin and Zaltan are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xg1", "xg2", "xg3", "xg4", "xg5")
BAR_IN_TEXT = True  # xg1's headline starts with the literal «عاجل |»
