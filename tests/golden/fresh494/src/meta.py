# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "border_tn": ("region", "LY", 33.05000, 11.60000, "Libya-Tunisia border (coastal section)"),  # K (Libyan side near Ras Ajdir)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 # Tripoli and its west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row قاعدة أبوستة البحرية)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "camp27": ("base", "LY", 32.81200, 12.92500, "Camp 27 (Kilometre 27)"),                 # K (gazetteer row has Janzour's point)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 # Warshefana
 "warshefana": ("region", "LY", 32.63000, 12.93000, "Warshefana"),                       # K (representative point)
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "nasiriya": ("town", "LY", 32.63278, 12.87361, "An Nasiriyah"),                         # G
 # Zawiya and the coast west of it
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),      # G* (city row)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),           # G* (refinery and terminal row)
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_libya": ("region", "LY", 32.00000, 12.50000, "Western Libya"),                    # K (representative point)
 # elsewhere in Libya
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA = "GNA forces"

TRAPS = {
 "sb1": ["بوابة أفريقيا الإخبارية", "المنطقة العسكرية الساحل الغربي", "المجلس العسكري الزنتان",
         "الحاج عمر الطرابلسي"],
 "sb2": ["سبوتنيك", "العقيد خالد الطرابلسي", "سالم الورشفاني", "الجيش الوطني الليبي", "الليبية"],
 "sb3": ["«العرب»", "القوة المشتركة مصراتة", "عبدالله الجنزوري", "من هذه الزاوية", "كتيبة شهداء الزاوية",
         "الشأن الليبي", "الليبيين", "التونسية"],
 "sb4": ["القاهرة الإخبارية", "القوة القاهرة", "المجلس الاجتماعي لقبائل ورشفانة", "صالح الإدريسي", "المصرية",
         "المصريين"],
 "sb5": ["يورونيوز", "شارع الزاوية", "ما ادري", "الليبي", "تركية", "الأتراك"],
}

PHEN = {
 "sb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "town_vs_district",
         "coverage_oil", "coverage_bases"],
 "sb2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "vague_area"],
 "sb3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries", "vague_area"],
 "sb4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "sb5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "countries", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "vague_area"],
}

MOVES = {
 "sb1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "جودائم"], ["جنزور", "الماية"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("deploy", "planned", GNA, [], ["مصفاة الزاوية", "ميناء الزاوية"]),
  mv("reinforce", "conditional", GNA, ["قاعدة الوطية"], ["الزاوية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
 ],
 "sb2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الماية"]),
  mv("withdraw", "planned", None, ["معسكر 27"], ["الزهراء"]),
  mv("deploy", "planned", GNA, [], ["معسكر 27"]),
  mv("advance", "conditional", GNA, [], ["العزيزية"]),
  mv("mobilise", "reported", None, [], ["الناصرية"]),
  mv("shipment", "denied", "Libyan National Army", ["الشويرف"], ["العزيزية"]),
 ],
 "sb3": [
  mv("withdraw", "planned", None, ["مصفاة الزاوية", "جدائم"], []),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["جنزور"]),
  mv("naval_landing", "conditional", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("redeploy", "denied", None, ["الزاوية"], ["صرمان"]),
  mv("withdraw", "reported", None, ["الماية"], ["الزهراء"]),
 ],
 "sb4": [
  mv("airlift", "reported", GNA, ["مطار مصراته"], ["مطار معيتيقة"]),
  mv("deploy", "reported", GNA, ["مطار معيتيقة"], ["جنزور"]),
  mv("naval_landing", "reported", GNA, ["زوارة"], ["ميناء الزاوية"]),
  mv("redeploy", "planned", GNA, ["السواني"], ["الماية"]),
  mv("mobilise", "conditional", None, [], ["العزيزية", "الزهراء"]),
  mv("withdraw", "denied", GNA, ["الماية"], ["طرابلس"]),
 ],
 "sb5": [
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("shipment", "reported", None, ["صبراتة"], ["الزاوية"], ["صرمان"]),
  mv("redeploy", "planned", GNA, ["صبراتة"], ["الزاوية"]),
  mv("deploy", "conditional", GNA, [], ["بئر الغنم", "الحرشة"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مصفاة الزاوية"]),
 ],
}

NOTES = {
 "sb1": ("Afrigate-style report from Zawiya after clashes at the refinery: a GNU Interior force Tripoli→Zawiya/Judaim via "
         "Janzour and Al-Maya (headline retells it), one group's pull-back refinery→Al-Harsha («من محيط المصفاة»), a "
         "planned deployment at the refinery gates and the Zawiya oil port, a conditional Al-Watiya reinforcement "
         "(«نحو المدينة» = Zawiya) and Zintan's denied column Zintan→Bir al-Ghanam; «جنوب الزاوية» is a locator; "
         "Zawiya inside المجلس البلدي/مديرية أمن/مركز ... الطبي is gold; the West Coast military region and the Zintan "
         "military council are traps."),
 "sb2": ("Sputnik-style report on the 72-hour deadline for Camp 27 on the coastal road: GNU units Tripoli→Al-Maya "
         "(«على بعد كيلومترين من المعسكر» is a distance reference), the agreed pull-out Camp 27→Az-Zahra and the police "
         "takeover of the camp (both planned), a conditional advance on Al-Aziziyah, Warshefana gunmen massing at "
         "An-Nasiriyah (reported) and the LNA's denied ammunition run Ash-Shwayrif→Al-Aziziyah; the 2017 clashes and "
         "mediation are background, not moves; الطرابلسي/الورشفاني are person traps."),
 "sb3": ("Al-Arab-style analysis of the Presidential Council's withdrawal deadline: the planned pull-out from the refinery "
         "and Judaim (spelled جدائم; no destination place written), a Misrata Joint Force battalion Misrata→Janzour "
         "(reported), a conditional coast-guard landing Abu Sitta naval base→Zawiya oil port («في طرابلس» locates the "
         "base), the Martyrs of Zawiya brigade's denied move Zawiya→Surman and last November's pull-back Al-Maya→Az-Zahra "
         "(flashback, reported); «من هذه الزاوية» and the brigade's name are traps."),
 "sb4": ("Al-Qahera News-style report: a GNU C-130 airlift Misrata airport (spelled مصراته)→Mitiga and the same units on "
         "by road from the airport to Janzour (two movements; headline retells the airlift), a planned company "
         "As-Sawani→Al-Maya, Warshefana's conditional mobilisation at Al-Aziziyah and Az-Zahra, and the GNU defence "
         "ministry's denied pull-out Al-Maya→Tripoli; Cairo is the dateline and the Egyptian ministry's seat, not a "
         "movement place; «القوة القاهرة» (force majeure) and the channel's name are traps around القاهرة."),
 "sb5": ("Euronews-style feature with residents' voices on the coastal road: gunmen massing at Al-Harsha, an ammunition "
         "convoy Sabratha→central Zawiya via Surman (both reported), a planned GNU Interior move Sabratha→Zawiya, a "
         "conditional separation force for Bir al-Ghanam and Al-Harsha, and Turkey's denied transfer Al-Watiya→the "
         "refinery («محيط المصفاة»); a taxi driver's Surman/Janzour and the teacher's Al-Maya are gold places but no "
         "movement; شارع الزاوية (a Tripoli street) is a trap."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sb1", "sb2", "sb3", "sb4", "sb5")
