# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 # Tripoli and the coast east of it
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.9020, 13.1850, "Port of Tripoli"),                  # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                     # G* (row القره بوللي)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "khums_port": ("crossing", "LY", 32.6560, 14.2800, "Port of Al Khums"),                   # K
 "misrata_port": ("crossing", "LY", 32.3700, 15.2100, "Port of Misrata (Qasr Ahmad)"),     # K
 # Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),           # G* (town row)
 "zawiya_refinery": ("oilfield", "LY", 32.7790, 12.7110, "Az Zawiya refinery"),            # K
 "zawiya_oilport": ("oilfield", "LY", 32.7830, 12.7070, "Az Zawiya oil terminal"),         # K
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                               # G
 # Sabratha, Zuwara and the far west
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),              # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                  # K
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),                # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                # G* (row الحدود الليبية التونسية)
 "bouri": ("oilfield", "LY", 33.90, 12.65, "Bouri offshore oil field"),                    # K
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "zarzis_port": ("crossing", "TN", 33.4850, 11.1250, "Port of Zarzis"),                    # K
 "sfax_navbase": ("base", "TN", 34.7300, 10.7700, "Sfax naval base"),                      # K
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "border_tnside": ("region", "TN", 33.00, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 # Italy, Lebanon, UK
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                             # G* (row spelled لامبيدوسا)
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                                 # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                 # G
 "ravenna": ("city", "IT", 44.4184, 12.2035, "Ravenna"),                                   # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, TUN, TUR = "GNA forces", "Tunisian army", "Turkish armed forces"

TRAPS = {
 "fu1": ["الزورق «أوباري»", "محمد الطرابلسي", "الساعات الخمس", "سرت أنباء", "ليبيا الأحرار"],
 "fu2": ["لا أدري", "الزاوية اليسرى", "سالم الزاوي", "الليبية"],
 "fu3": ["الليبي", "الليبية", "التونسية", "إذاعة تطاوين"],
 "fu4": ["الإيطالية", "الليبي", "الليبية", "اللبنانية", "إس أو إس ميديتيراني", "سلمى الإدريسي", "عملية «صوفيا»"],
 "fu5": ["تايمز أوف مالطا", "عملية «إيريني»", "الأوروبية", "سنردّ له الجميل", "الإيطالية"],
}

PHEN = {
 "fu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "fu2": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_oil", "countries"],
 "fu3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fu4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_crossings", "countries"],
 "fu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "fu1": [
  mv("reinforce", "reported", GNA, ["قاعدة أبوستة البحرية"], ["الزاوية"]),
  mv("redeploy", "planned", GNA, ["ميناء مصراتة"], ["ميناء زوارة"]),
  mv("airlift", "conditional", GNA, ["قاعدة معيتيقة"], ["مطار زوارة"]),
  mv("withdraw", "denied", GNA, ["ميناء الخمس"], ["طرابلس"]),
 ],
 "fu2": [
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("redeploy", "reported", GNA, ["صبراته"], ["الزاوية"]),
  mv("deploy", "planned", GNA, [], ["مصفاة الزاوية"]),
  mv("withdraw", "conditional", None, ["الحرشة"], []),
  mv("shipment", "denied", None, ["مالطا"], ["الزاوية"]),
 ],
 "fu3": [
  mv("reinforce", "reported", TUN, ["قاعدة صفاقس البحرية"], ["ميناء جرجيس"]),
  mv("deploy", "planned", TUN, [], ["بن قردان", "الحدود مع ليبيا"]),
  mv("reinforce", "conditional", TUN, ["بنزرت"], ["جرجيس"]),
  mv("advance", "denied", GNA, [], ["جربة"]),
 ],
 "fu4": [
  mv("deploy", "reported", None, ["أوغستا"], ["ميناء طرابلس"]),
  mv("withdraw", "reported", None, ["ميناء طرابلس"], ["إيطاليا"]),
  mv("naval_landing", "denied", None, [], ["ميناء طرابلس"]),
  mv("airlift", "conditional", None, ["صقلية"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", GNA, ["طرابلس"], ["صبراتة"]),
 ],
 "fu5": [
  mv("naval_landing", "reported", GNA, ["ميناء زوارة"], ["مجمع مليتة"]),
  mv("shipment", "planned", TUR, ["مرسين"], ["قاعدة أبوستة البحرية"]),
  mv("advance", "conditional", GNA, ["الجميل"], ["رأس اجدير"]),
  mv("mobilise", "denied", None, [], ["أبوكماش"]),
 ],
}

NOTES = {
 "fu1": ("Alghad (Tripoli): coast-guard boats Abu Sitta naval base→Zawiya (reinforce, headline 'from Tripoli' = same "
         "move); migrants intercepted off Tajura/Garabulli and returned to Tripoli port then bussed to Janzour are NOT "
         "movements; planned redeploy Misrata port→Zuwara port; conditional airlift Mitiga base→Zuwara airport; denied "
         "pull-back Al-Khums port→Tripoli. Traps: the patrol boat «أوباري», a fisherman named الطرابلسي, «الساعات الخمس», "
         "«سرت أنباء», Libya Alahrar TV."),
 "fu2": ("Fawasel (Zawiya): a fuel tanker seized north of the Zawiya refinery and taken to the oil terminal is NOT a "
         "movement; a local armed group masses in Al-Harsha (mobilise, actor null); two boats Sabratha→Zawiya "
         "(redeploy); a planned GNU force at the refinery; a conditional pull-out from Al-Harsha («لن ينسحبوا … إلا "
         "إذا»); a denied ammunition shipment Malta→Zawiya. Traps: «لا أدري», «الزاوية اليسرى», the leader سالم الزاوي."),
 "fu3": ("Echorouk (Zarzis): Tunisian navy patrol boats Sfax naval base→Zarzis port (reinforce); fishermen's boats "
         "towed to Zuwara port and fishermen deported via Ras Ajdir are NOT movements; planned Tunisian land units at "
         "Ben Gardane and on the border with Libya; conditional third boat Bizerte→Zarzis; the Zuwara coast guard "
         "denies pushing its boats as far as Djerba (advance, denied). Tunis (ministry) vs Tunisia (country)."),
 "fu4": ("Euronews Arabic (Lampedusa): an Italian navy support ship Augusta→Tripoli port (deploy) relieving one that "
         "went back to Italy (withdraw); a denied Italian marine landing at Tripoli port; a conditional trainer airlift "
         "Sicily→Mitiga airport; a planned Libyan coast-guard move Tripoli→Sabratha. The rescue ship sent to Ravenna, "
         "the migrant boats from Sabratha and from Tripoli (Lebanon) are NOT movements. Traps: سلمى الإدريسي, عملية "
         "«صوفيا», the NGO SOS Méditerranée."),
 "fu5": ("Elaph (London): dark tankers off Abu Kammash/Zuwara, the Bouri field and Malta, fuel trucks to Ben Gardane "
         "and migrant boats to Lampedusa are NOT movements; coast-guard landing Zuwara port→Mellitah complex "
         "(naval_landing); a planned Turkish shipment of boats Mersin→Abu Sitta naval base; a conditional advance "
         "Al-Jumayl→Ras Ajdir (the border phrase is a locator); a denied mobilisation in Abu Kammash. Traps: Times of "
         "Malta, «سنردّ له الجميل», Operation Irini."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fu1", "fu2", "fu3", "fu4", "fu5")
