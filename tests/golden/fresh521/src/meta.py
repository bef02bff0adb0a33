# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / value quoted in fresh51's README / representative point (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 # Tripoli and its naval facilities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G (row قاعدة أبوستة البحرية)
 "tripoli_port": ("crossing", "LY", 32.903, 13.190, "Port of Tripoli"),                  # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # west coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                # K (fresh51 README, GeoNames 2208423)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),              # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_libya": ("region", "LY", 31.5, 12.5, "Western Libya"),                            # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),        # G* (town row)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil port"),               # G* (row مصفاة الزاوية)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                          # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "border_tn_lyside": ("region", "LY", 33.10, 11.65, "Libya-Tunisia border (Libyan side, coast)"),   # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 # Italy, Turkey
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                               # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                               # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G* (row spelled لامبيدوسا)
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "sfax_gov": ("district", "TN", 34.72657, 10.31986, "Sfax governorate"),                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                # G
 "border_ly_tnside": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side, coast)"),  # K
}

GNA, NUL, TUN, TUR = "GNA forces", None, "Tunisian army", "Turkish armed forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tc1": ["أنسامد", "رضا الزواري", "البحر الآمن", "إيريني", "المالي", "الليبي", "الليبية", "الإيطالية", "الإيطالي",
         "إيطاليون", "الأوروبية"],
 "tc2": ["يورونيوز", "علي الزاوي", "ما ادري", "المجلس الأعلى لأمازيغ ليبيا", "الليبي"],
 "tc3": ["سبوتنيك", "الزاوية الشمالية", "غرفة عمليات الساحل الغربي", "الليبية", "التركية"],
 "tc4": ["بوابة إفريقيا الإخبارية", "خليفة الطرابلسي", "الطرابلسي", "عادل الإدريسي", "إيطالية", "الإيطالية"],
 "tc5": ["ديوان أف أم", "نهج طرابلس", "منير الجربي", "التونسي", "التونسية", "الليبية", "الإيطالية"],
}

PHEN = {
 "tc1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "tc2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "tc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "countries"],
 "tc4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "tc5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "tc1": [
  mv("shipment", "reported", NUL, ["أوغستا"], ["قاعدة أبوستة البحرية"]),
  mv("reinforce", "planned", GNA, ["أبوستة"], ["ميناء زوارة"]),
  mv("withdraw", "denied", NUL, ["ميناء طرابلس"], ["تارانتو"]),
  mv("deploy", "conditional", NUL, [], ["زوارة"]),
 ],
 "tc2": [
  mv("reinforce", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"], ["صبراتة"]),
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("naval_landing", "planned", GNA, [], ["جزيرة فروة"]),
  mv("withdraw", "denied", GNA, ["مجمع مليتة"], []),
  mv("reinforce", "conditional", GNA, ["زوارة"], ["أبو كماش"]),
 ],
 "tc3": [
  mv("redeploy", "reported", GNA, ["ميناء طرابلس"], ["ميناء الزاوية"]),
  mv("reinforce", "planned", GNA, ["مصراته"], ["ميناء الزاوية"]),
  mv("shipment", "reported", TUR, ["مرسين"], ["قاعدة أبوستة البحرية"]),
  mv("advance", "denied", GNA, ["الزاوية"], ["صبراتة"]),
  mv("withdraw", "conditional", GNA, ["ميناء الزاوية"], []),
 ],
 "tc4": [
  mv("mobilise", "reported", GNA, [], ["صبراتة"]),
  mv("advance", "denied", NUL, ["العجيلات"], ["صبراته"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["صبراتة"]),
  mv("naval_landing", "conditional", GNA, [], ["صبراتة"]),
  mv("airlift", "reported", NUL, ["قاعدة بيزا الجوية"], ["مطار معيتيقة"]),
 ],
 "tc5": [
  mv("deploy", "reported", TUN, ["صفاقس"], ["جرجيس"]),
  mv("redeploy", "planned", TUN, ["بنزرت"], ["جرجيس"]),
  mv("mobilise", "denied", GNA, [], ["أبو كماش"]),
  mv("deploy", "conditional", NUL, [], ["صفاقس"]),
 ],
}

NOTES = {
 "tc1": ("ANSAmed-style Rome piece on Italy's patrol-boat handover: Italian supply ship Augusta→Abu Sitta naval base "
         "(shipment, reported; Sicily only locates Augusta), one boat to move Abu Sitta→Zuwara port (planned), Rome "
         "denies pulling its support ship out of Tripoli port back to Taranto (denied), a second frigate off Zuwara «إذا» "
         "(conditional). Not movements: 5,200 migrants intercepted and returned to Tripoli port, the Italian minister's "
         "visit to Tripoli, maintenance in Misrata workshops, training courses."),
 "tc2": ("Euronews-style Zuwara report: three coast-guard boats Abu Sitta naval base→Zuwara port via Sabratha "
         "(reinforce, reported), a military plane Mitiga airport→Zuwara airport (airlift, reported), a marine landing on "
         "Farwa island «تعتزم» (planned), the Zuwara joint security room denies leaving the Mellitah complex (denied; the "
         "headline's «مليتة» is the same move), a company Zuwara→Abu Kammash «في حال» (conditional). Not movements: "
         "migrants intercepted off Zuwara and landed at Lampedusa, the mayor's trip to the Tunis meeting, the border "
         "phrase locating the beaches."),
 "tc3": ("Sputnik-style Tripoli piece on fuel smuggling: two navy boats Tripoli port→Zawiya oil port (redeploy, "
         "reported), a third boat Misrata→the same port next week (reinforce, planned), a Turkish navy ship unloading "
         "spare parts at Abu Sitta after sailing from Mersin (shipment, reported), the western-coast operations room "
         "denies a land force Zawiya→Sabratha (advance, denied), the boats «لن تغادر … إلا إذا» Zawiya port (withdraw, "
         "conditional). Not movements: the seized tanker off Sabratha bound for Malta, its crew taken to Tripoli, the "
         "refinery and Al-Harsha as smuggling sources."),
 "tc4": ("Afrigate-style Sabratha report: the Interior Ministry joint force in Sabratha masses 30 vehicles at the "
         "town's entrance (mobilise, reported), armed groups Al-Ajaylat→Sabratha denied by its spokesman (advance, "
         "denied, unnamed groups), 200 anti-illegal-migration officers Tripoli→Sabratha (deploy, planned), a marine "
         "landing on the Sabratha coast «في حال» (naval_landing, conditional), an Italian C-130 Pisa air base→Mitiga "
         "airport with radars (airlift, reported; the headline's «معيتيقة» is the same flight). Not movements: the "
         "smugglers' boats, 74 migrants returned to the beach."),
 "tc5": ("Diwan FM-style Sfax report from the Tunisian side: two navy patrol ships Sfax→off Zarzis (deploy, reported), a "
         "third Bizerte→Zarzis next week (redeploy, planned), a Libyan navy source denies massing boats at Abu Kammash "
         "near the Ras Ajdir crossing (mobilise, denied; the headline «وطرابلس تنفي» is the same denial), Rome ready to "
         "send a logistics ship to Sfax «إذا» (deploy, conditional). Not movements: migrant boats from Zuwara and Abu "
         "Kammash to Lampedusa, bodies recovered off Sfax, families gathering in «نهج طرابلس», fishermen of Zarzis."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tc1", "tc2", "tc3", "tc4", "tc5")
