# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # the western coast (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G (gn:2216885)
 "refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                 # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil port"),              # G* (row مصفاة الزاوية, refinery and terminal)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "surman_mun": ("district", "LY", 32.75668, 12.57159, "Surman municipality"),           # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "ajaylat_mun": ("district", "LY", 32.75718, 12.37633, "Al Ajaylat municipality"),      # G* (town row)
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, found by رقدالين)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 32.95, 11.62, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "nafusa": ("region", "LY", 31.95, 11.80, "Nafusa Mountains"),                          # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 # elsewhere
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
}

TRAPS = {
 "vv1": ["القدس العربي", "اللواء 444 قتال", "عماد الطرابلسي", "الزاوية الأمنية", "الشأن الليبي"],
 "vv2": ["بوابة الوفد", "الليبية", "الإيطالية", "غرفة عمليات مكافحة داعش بصبراتة", "علي الزاوي", "الخارجية المصرية"],
 "vv3": ["جوهرة أف أم", "الجيش التونسي", "إدريس بن عمران", "صفحات تونسية", "الأمن الليبي", "الجميل التونسي",
         "التونسيين"],
 "vv4": ["الليبية", "إدريس القماطي", "الكتائب الزنتانية", "التركية"],
 "vv5": ["الوقود الليبي", "الجيش اللبناني", "الواجهة اللبنانية", "اللواء 111 مجحفل", "مواقع ليبية", "ليبيا الأحرار",
         "الجديد", "الميناء الليبي"],
}

PHEN = {
 "vv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_oil"],
 "vv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "vv3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "vv4": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vv5": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vv1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("mobilise", "reported", None, [], ["جودائم"]),
  mv("redeploy", "planned", "GNA forces", ["مجمع مليتة"], ["مصفاة الزاوية"]),
  mv("withdraw", "denied", "GNA forces", ["الحرشة"], ["صرمان"]),
  mv("advance", "conditional", "Zintan forces", ["بئر الغنم"], ["الزاوية"]),
 ],
 "vv2": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("deploy", "planned", "GNA forces", ["قاعدة الوطية"], ["مجمع مليتة"]),
  mv("naval_landing", "conditional", "GNA forces", ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
  mv("withdraw", "denied", "GNA forces", ["مجمع مليتة"], ["زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراتة"], ["الزاوية"]),
 ],
 "vv3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("airlift", "reported", "Tunisian army", ["تونس"], ["مطار جربة جرجيس"]),
  mv("advance", "conditional", "Tunisian army", ["بن قردان"], ["معبر رأس جدير"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["الجميل"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"]),
  mv("mobilise", "reported", None, [], ["رقدالين"]),
 ],
 "vv4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["العجيلات"], ["بئر الغنم"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["العجيلات"], ["الزاوية", "صرمان"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("withdraw", "conditional", "Zintan forces", ["العجيلات"], ["جبل نفوسة"]),
  mv("shipment", "reported", None, ["قاعدة الوطية"], ["العجيلات"]),
  mv("advance", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["العجيلات"]),
 ],
 "vv5": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("withdraw", "conditional", "GNA forces", ["ميناء الزاوية"], ["طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["العزيزية"], ["الماية"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء الزاوية"]),
 ],
}

NOTES = {
 "vv1": "Al-Quds Al-Arabi from Tripoli: 444 Brigade reinforcements Tripoli→Zawiya via Janzour and Al-Maya after refinery "
        "and Al-Harsha clashes; one group's massing of 40 vehicles in Judaim (no force named, actor null); a planned "
        "oil-guard move Mellitah complex→the Zawiya refinery; the SSA's denied pull-out Al-Harsha→Surman; Zintan units "
        "at Bir al-Ghanam that will advance on Zawiya only on a Presidential Council request (Zintan = speaker's town). "
        "'للزاوية' (coastal road leading to Zawiya) and the Sharara field are places but not movement places; traps: "
        "'عماد الطرابلسي', 'الزاوية الأمنية' (common word 'angle').",
 "vv2": "Al-Wafd from Cairo: a defence-ministry force Zawiya→Sabratha via Surman; a planned battalion Al-Watiya base→"
        "Mellitah complex and a conditional sea landing Abu Sitta→the complex's quay; the Sabratha operations room "
        "(trap, contains Sabratha) denies pulling out from around 'the complex' (resolved to Mellitah) to Zuwara; the "
        "force's conditional return Sabratha→Zawiya ('بمجرد'). Italy, Tripoli (distance), Cairo and Egypt are not "
        "movement places; 'صبراته' is a spelling variant.",
 "vv3": "Jawhara FM from Tunis: Tunisian reinforcements Gabes→Ben Gardane via Medenine, a C-130 from Tunis to Djerba-Zarzis "
        "airport, a conditional advance Ben Gardane→the Ras Ajdir crossing ('في صورة'), a planned Zuwara force to "
        "Al-Jmail, the Zuwara directorate's denial of a pull-out from 'معبر رأس اجدير', and a group's massing at "
        "Regdalin (actor null). Tunis is dateline and airlift origin, 'الحدود مع تونس' the border and the country; "
        "civil flights from the same airport to Tripoli and travellers at the crossing are not movements.",
 "vv4": "Al-Jarida (wires): a Zintan column Zintan→Al-Ajaylat via Bir al-Ghanam; a planned neutral GNA force Tripoli→"
        "Al-Ajaylat via Zawiya and Surman with a planned airlift Mitiga airport→Zuwara airport; Zintan's conditional "
        "return Al-Ajaylat→the Nafusa mountains; six ammunition trucks Al-Watiya base→Al-Ajaylat (no force named, "
        "actor null); Ankara denies moving Turkish soldiers Al-Watiya→Al-Ajaylat. Sabratha, Ras Ajdir, Tunisia, the "
        "base's '55 km' and Tunis (a meeting) are not movement places.",
 "vv5": "Al-Liwaa from Beirut: a civilian tanker Zawiya port→(Malta)→off Tripoli, Lebanon (no movement); coast-guard "
        "landing Abu Sitta naval base→Zawiya port; the boats' conditional return 'الميناء'(=Zawiya port)→Tripoli "
        "(Libya); a planned company Al-Aziziyah→Al-Maya; the Lebanese army's denial of an arms shipment from the port "
        "of Tripoli (Lebanon) to Zawiya port (actor null). 'طرابلس' is Lebanese in 'شاطئ طرابلس' and the last "
        "paragraph, Libyan as the boats' destination.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vv1", "vv2", "vv3", "vv4", "vv5")
