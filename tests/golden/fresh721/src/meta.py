# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Tripoli (Libya) and the west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row قاعدة أبوستة البحرية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.934, 12.093, "Port of Zuwara"),                   # K
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "nuqat": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams"),                     # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # Garabulli and the coast east of Tripoli
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                          # G (row القره بوللي)
 "garabulli_mun": ("district", "LY", 32.74506, 13.71467, "Garabulli municipality"),     # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # Lebanon
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "border_lytn_tn": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # Europe and beyond
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
}

TRAPS = {
 "qau1": ["القدس العربي", "إدريس الزواري", "غرفة عمليات الساحل الغربي", "الإيطالية"],
 "qau2": ["اللواء", "سامي الطرابلسي", "كتيبة شهداء صبراتة", "الليبية"],
 "qau3": ["ديوان أف أم", "الجيش التونسي", "نزار الجرجيسي", "عملية إيريني", "الليبية", "الإيطالية"],
 "qau4": ["الأيام", "ليبيا الأحرار", "إدريس القربوللي", "السنوات الخمس", "الكتائب المصراتية", "التركية",
          "الإيطالية"],
 "qau5": ["الجريدة", "ينسوا الجميل", "غرفة عمليات الساحل الغربي", "الليبية"],
}

PHEN = {
 "qau1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qau2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qau3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qau4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_crossings", "countries"],
 "qau5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qau1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["الزاوية", "صبراتة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة أبو ستة البحرية"], ["ميناء زوارة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["منفذ رأس جدير"]),
  mv("withdraw", "conditional", "GNA forces", ["زوارة"]),
 ],
 "qau2": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["صبراتة"]),
  mv("advance", "conditional", "GNA forces", [], ["العجيلات"]),
  mv("withdraw", "denied", "GNA forces", ["مجمع مليتة"]),
 ],
 "qau3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("airlift", "planned", "Tunisian army", ["صفاقس"], ["مطار جربة جرجيس"]),
  mv("mobilise", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qau4": [
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["القربوللي"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء الخمس"], ["قره بوللي"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["القره بوللي"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qau5": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("mobilise", "planned", "GNA forces", [], ["صرمان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الجميل", "زلطن"]),
  mv("shipment", "denied", "Misrata forces", ["مصراتة"], ["صبراتة"]),
 ],
}

NOTES = {
 "qau1": "Zuwara (Al-Quds Al-Arabi): a GNU chief-of-staff force Tripoli→Zuwara via Zawiya and Sabratha (checkpoints at "
         "unnamed entrances add nothing); migrants intercepted east of Mellitah and taken to a Sabratha shelter are not "
         "a force move; two coast-guard boats planned Abu Sitta naval base→Zuwara port (Abu Kammash and the border with "
         "Tunisia only bound the patrol strip); Zintan's council denies massing 60 vehicles near Ras Ajdir (the headline "
         "repeats it as 'معبر رأس اجدير'); the force 'will not leave Zuwara until' the Interior takes the crossing = "
         "conditional withdrawal. Zintan in the headline and as the council's seat is only the speaker.",
 "qau2": "Sabratha seen from Beirut (Al-Liwaa): Lebanese migrants from Tripoli (Lebanon), Akkar and Bab al-Tabbaneh, "
         "their flight Beirut airport→Benina and the boat off Sabratha are civilian, not movements; GNU reinforcements "
         "Zawiya→Sabratha (the 'Sabratha Martyrs Battalion' is a trap); a planned marine landing from Tripoli port "
         "(Libya) on Sabratha's beach; a conditional advance on Al-Ajaylat; a denied pull-out of facility guards from "
         "Mellitah. Lebanese army foiling a departure near the Tripoli (Lebanon) port is not a movement.",
 "qau3": "The Tunisian side (Diwan FM, Ben Gardane): Tunisian army reinforcements Gabes→Ben Gardane via Medenine (Zuwara "
         "'60 km from the Ras Ajdir crossing' is context and a distance reference); a planned airlift Sfax→Djerba-Zarzis "
         "airport; a conditional massing on the border with Libya; a GNU interior force Zuwara→the Libyan gate of Ras "
         "Ajdir; Tunis denies a patrol's incursion near Abu Kammash. Guard boats stopping migrants off Zarzis and "
         "arrivals in Lampedusa are not force moves.",
 "qau4": "Garabulli (Al-Ayam, Tripoli, agencies): a GNU force Tajura→Garabulli (written القربوللي; 60 km east of Tripoli "
         "is a distance reference); a planned move of two patrol boats Khoms port→Garabulli beach (written قره بوللي); "
         "Misrata brigades would send a force from Misrata to Garabulli if the government fails = conditional "
         "reinforce; the Turkish embassy denies a Turkish navy arms shipment unloaded at Khoms port. Tripoli (Lebanon) "
         "only as the home of drowned migrants; Ankara only the embassy's government.",
 "qau5": "Redeployment on the west coast (Al-Jarida): a helicopter airlift Mitiga airport→Zuwara airport and a marine "
         "landing at Zuwara port from Abu Sitta naval base (both reported; Janzour and the Libyan-Tunisian border only "
         "bound the area); a planned massing of three battalions in Surman (Sabratha and Zawiya only bound its zone); "
         "Zintan units would move Zintan→Al-Jumayl and Zaltan if the Ras Ajdir road is closed (conditional advance); "
         "Misrata's joint force denies an arms shipment from the city to Sabratha.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qau1", "qau2", "qau3", "qau4", "qau5")
