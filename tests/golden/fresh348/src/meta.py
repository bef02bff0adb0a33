# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals / Libyan side
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),           # G
 # Algerian south-east
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),  # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),   # G* (row منفذ إيسين, country DZ)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),    # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),   # G* (Debdeb town row)
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "laghouat": ("city", "DZ", 33.80000, 2.86514, "Laghouat"),                             # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),               # G* (Boufarik town row)
 # Tamanrasset and the far south
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_base": ("base", "DZ", 22.81150, 5.45110, "Tamanrasset Air Base (Aguenar)"),       # K
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G
 "in_salah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                             # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 # border phrases and vague areas
 "border_dz_ly": ("region", "DZ", 26.90000, 9.80000, "Algeria-Libya border (Algerian side)"),   # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),           # G* (row الحدود الجزائرية النيجرية)
 "borders_ly": ("region", "LY", 26.34158, 9.74576, "Libya's land borders"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_east_dz": ("region", "DZ", 26.50000, 8.50000, "South-eastern Algeria"),         # K
 "great_south": ("region", "DZ", 25.00000, 5.00000, "Algeria's Great South"),           # K
}

TRAPS = {
 "ml1": ["الجيش الوطني الشعبي", "عين المكان", "الحدود الوطنية"],
 "ml2": ["النهار أونلاين", "النهار", "إذاعة إليزي الجهوية", "الجيش الوطني الشعبي", "مجرى الوادي", "الليبية",
         "ليبية", "جزائرية", "الجانب الليبي"],
 "ml3": ["الشعب", "شركة طاسيلي للطيران", "شارع جانت", "الجزائرية"],
 "ml4": ["مجلة «الجيش»", "العقيد إدريس بلقاسمي", "طاسيلي 2026"],
 "ml5": ["الحوار", "عبد الحكيم طرابلسي", "اللواء طارق بن زياد", "الجيش الوطني الشعبي", "الجيش الجزائري", "ليبية",
         "الجانب الليبي", "الحدود الوطنية"],
}

PHEN = {
 "ml1": ["clitics", "multiword", "operation_trap", "common_word_trap", "ambiguity_country_capital", "border_phrase",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "ml2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_tripoli", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
 "ml3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "border_phrase", "vague_area", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ml4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "ambiguity_idri",
         "town_vs_district", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "ml5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"

MOVES = {
 "ml1": [
  _m("reinforce", "reported", DZ, ["إليزي"], ["جانت"]),
  _m("airlift", "planned", DZ, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  _m("deploy", "conditional", DZ, ["ورقلة"], ["الحدود مع ليبيا"]),
  _m("withdraw", "denied", DZ, ["عين أمناس", "الدبداب"], []),
 ],
 "ml2": [
  _m("redeploy", "reported", DZ, ["تيقنتورين"], ["الدبداب", "معبر الدبداب"]),
  _m("mobilise", "reported", GNA, [], ["غدامس"]),
  _m("shipment", "planned", DZ, ["حاسي مسعود"], ["الدبداب"], ["عين اميناس"]),
  _m("reinforce", "conditional", DZ, ["ورقلة"], ["الدبداب"]),
  _m("advance", "denied", DZ, [], ["غدامس"]),
 ],
 "ml3": [
  _m("airlift", "reported", DZ, ["قاعدة تمنراست الجوية"], ["مطار جانت"]),
  _m("deploy", "reported", DZ, [], ["تامنغست", "عين قزام"]),
  _m("withdraw", "planned", DZ, ["جانت"], ["تمنراست"]),
  _m("mobilise", "conditional", DZ, [], ["الحدود مع النيجر"]),
  _m("withdraw", "denied", DZ, ["إن قزام"], []),
 ],
 "ml4": [
  _m("deploy", "reported", DZ, ["الأغواط"], ["برج عمر إدريس"]),
  _m("withdraw", "reported", DZ, ["برج عمر إدريس"], ["ورقلة"]),
  _m("redeploy", "planned", DZ, ["برج عمر ادريس"], ["عين أمناس"]),
  _m("deploy", "conditional", DZ, ["إليزي"], ["الحدود الليبية"]),
  _m("shipment", "denied", DZ, [], ["الدبداب"]),
 ],
 "ml5": [
  _m("advance", "denied", DZ, [], ["غات"]),
  _m("reinforce", "reported", DZ, ["جانت"], ["معبر تين الكوم"]),
  _m("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري"]),
  _m("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  _m("airlift", "conditional", DZ, ["ورقلة"], ["مطار جانت"]),
 ],
}

NOTES = {
 "ml1": ("APS-style weekly MoD balance (Algiers dateline): reported reinforcement Illizi→Djanet (sector south-east of "
         "Djanet; headline repeats it), planned special-forces airlift Boufarik air base→Djanet airport, conditional "
         "deployment Ouargla→the border with Libya («في حال»), denied withdrawal from In Amenas and Debdeb («نفت … "
         "جملة وتفصيلا»). Seizures at Tamanrasset/In Guezzam/Bordj Badji Mokhtar and fuel smuggling at Debdeb towards "
         "Libya are not movements; «الجنوب الشرقي» is a purpose locator, not a destination."),
 "ml2": ("Ennahar-style report (Illizi dateline): reported redeploy of two companies Tiguentourine→Debdeb/Debdeb "
         "crossing (the In Amenas sector command is only a locator; Ghadames «المطلة على» is a reference, not a "
         "destination), reported GNA massing around Ghadames, planned supply convoy Hassi Messaoud→Debdeb via In "
         "Amenas, conditional reinforcement Ouargla→Debdeb («إذا»), denied crossing towards Ghadames (headline "
         "repeats it). The Bordj Omar Driss arrest is a seizure, not a movement."),
 "ml3": ("Ech-Chaab-style report (Tamanrasset dateline): reported airlift Tamanrasset air base→Djanet airport "
         "(headline repeats it with the town names), reported deployment along the road between Tamanrasset and In "
         "Guezzam (both ends destinations), planned return Djanet→Tamanrasset, conditional massing on the Niger "
         "border («إذا ثبت»), denied withdrawal from In Guezzam. Civil flights to Djanet and the seizures are not "
         "movements."),
 "ml4": ("El Djeich-style reportage (Bordj Omar Driss dateline): battalion rotation = reported deploy Laghouat→Bordj "
         "Omar Driss and reported withdrawal Bordj Omar Driss→Ouargla, planned company move Bordj Omar Driss→In Amenas "
         "(Tiguentourine is the purpose), conditional deployment Illizi→the Libyan border («إذا استدعى»), denied heavy "
         "weapons shipment to Debdeb. The officer «إدريس» and the exercise «طاسيلي 2026» are traps."),
 "ml5": ("Al-Hiwar-style report (Algiers dateline): denied Algerian entry into Ghat (headline repeats it), reported "
         "Djanet→Tin Alkoum crossing reinforcement, reported LNA (Tariq bin Ziyad brigade) reinforcement Sabha→Ghat "
         "via Ubari, planned LNA takeover of the Isayen crossing (no origin written), conditional airlift Ouargla→"
         "Djanet airport («في حال»). The expert «طرابلسي» is a person trap next to the gold Tripoli."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ml1", "ml2", "ml3", "ml4", "ml5")
