# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 # Libya: cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "souq_jumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa (Tripoli)"),              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),            # G* (city row)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),             # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                              # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G
 # Libya: bases, airports, ports
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية; also عقبة بن نافع)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                     # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G* (row قاعدة أبوستة البحرية)
 "khums_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),                 # K
 "khums_navbase": ("base", "LY", 32.67606, 14.24128, "Al Khums Naval Base"),               # K
 "misrata_port": ("crossing", "LY", 32.36700, 15.23300, "Port of Misrata (Qasr Ahmad)"),   # K
 "misrata_navbase": ("base", "LY", 32.36700, 15.23300, "Misrata Naval Base"),              # K
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18300, "Port of Tripoli"),                # K
 # Libya: regions
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),   # G* (row الحدود الليبية الجزائرية)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "İzmir"),                                     # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                 # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),                # G* (airport row as base)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                             # G* (city row عنتاب)
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                          # G
 "iskenderun_base": ("base", "TR", 36.59260, 36.18990, "Iskenderun Naval Base"),           # G
 "golcuk": ("town", "TR", 40.71700, 29.81700, "Gölcük"),                                   # K
 # neighbours and others
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                       # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                                # G
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                                 # G (row خليج سودا)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
}

TA = "Turkish armed forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tp1": ["المواد الخمس", "بركان الغضب", "وكالة الأناضول", "الليبية", "التركية"],
 "tp2": ["لوسيل", "صلاح الدين النمروش", "صالح الإدريسي", "الليبي", "التركي"],
 "tp3": ["إيريني", "سبيتساي", "غيرسون", "عماد الطرابلسي", "يورونيوز", "اليونانية", "التركية"],
 "tp4": ["الجريدة", "المجلس العسكري مصراتة", "سالم المصراتي", "المصراتي", "سرت شائعات", "المراحل الخمس",
         "شارع طرابلس", "لا أدري", "الليبي", "التركية"],
 "tp5": ["سبوتنيك", "قوة حماية طرابلس", "أحمد معيتيق", "ليبيا الأحرار", "الجيش الوطني الليبي", "سورياً", "التركية"],
}

PHEN = {
 "tp1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "tp2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "tp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
         "countries"],
 "tp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
}

MOVES = {
 "tp1": [
  mv("deploy", "reported", TA, destinations=["طرابلس"]),
  mv("airlift", "reported", TA, origins=["قاعدة إركيليت الجوية"], destinations=["قاعدة الوطية الجوية"]),
  mv("naval_landing", "planned", TA, origins=["مرسين"], destinations=["ميناء الخمس"]),
  mv("withdraw", "denied", TA, origins=["مطار معيتيقة"], destinations=["تركيا"]),
  mv("deploy", "conditional", TA, destinations=["طرابلس", "مصراتة"]),
 ],
 "tp2": [
  mv("shipment", "reported", TA, origins=["ميناء الخمس"], destinations=["قاعدة عقبة بن نافع الجوية"],
     via=["طرابلس", "الزاوية", "الجميل"]),
  mv("deploy", "planned", TA, destinations=["الوطية"]),
  mv("airlift", "denied", "Syrian mercenaries", origins=["غازي عنتاب"], destinations=["قاعدة عقبة بن نافع الجوية"]),
  mv("reinforce", "conditional", "GNA forces", origins=["الزنتان", "غريان"],
     destinations=["قاعدة عقبة بن نافع الجوية"]),
 ],
 "tp3": [
  mv("shipment", "denied", None, origins=["مرسين"], destinations=["ميناء طرابلس"]),
  mv("reinforce", "reported", TA, origins=["قاعدة أكساز البحرية"], destinations=["طرابلس"]),
  mv("deploy", "planned", TA, origins=["غولجوك"], destinations=["قاعدة أبو ستة البحرية"]),
  mv("deploy", "conditional", None, origins=["خليج سودا"], destinations=["مجمع مليتة"]),
 ],
 "tp4": [
  mv("naval_landing", "reported", TA, origins=["قاعدة الإسكندرونة البحرية"], destinations=["ميناء مصراتة"]),
  mv("redeploy", "planned", TA, origins=["قاعدة الخمس البحرية"], destinations=["مصراتة"]),
  mv("redeploy", "reported", "Misrata forces", origins=["ميناء مصراتة"], destinations=["الدافنية"]),
  mv("mobilise", "denied", "Misrata forces", origins=["مصراتة"], destinations=["تاورغاء"]),
  mv("advance", "denied", "Misrata forces", origins=["تاورغاء"], destinations=["أبوقرين"]),
  mv("deploy", "conditional", TA, destinations=["مطار مصراتة"]),
 ],
 "tp5": [
  mv("redeploy", "reported", TA, origins=["الوطية"], destinations=["قاعدة معيتيقة"]),
  mv("mobilise", "reported", "GNA forces", destinations=["سوق الجمعة"]),
  mv("withdraw", "reported", "Syrian mercenaries", origins=["مطار معيتيقة"], destinations=["إسطنبول"]),
  mv("deploy", "denied", TA, destinations=["الزاوية", "صبراتة"]),
  mv("redeploy", "planned", "GNA forces", origins=["معسكر التكبالي"], destinations=["مطار معيتيقة"]),
  mv("advance", "conditional", "Libyan National Army", origins=["سرت"], destinations=["أبوقرين"]),
 ],
}

NOTES = {
 "tp1": ("Yeni Safak Arabic (Ankara): the Turkish parliament extends the Libya mandate; a 2020 flashback deploy to "
         "Tripoli, an A400M airlift Erkilet air base (Kayseri)->Al-Watiya air base, a planned landing ship "
         "Mersin->Al-Khums port, a denied pull-out Mitiga airport->Turkey, a conditional deployment to Tripoli and "
         "Misrata written into the mandate. Izmir (an MP's constituency), Ankara (speaker), Kayseri (locator), the "
         "Algerian border (a training task) and the minister's visit to Tripoli are not movement places."),
 "tp2": ("Lusail (Tripoli): Al-Watiya written three ways (الوطيّة, قاعدة عقبة بن نافع الجوية, الوطية); a Turkish "
         "air-defence shipment Al-Khums port->the base via Tripoli, Zawiya and Al-Jumayl, a planned Akinci squadron, "
         "a denied Syrian airlift from Gaziantep, a conditional GNA reinforcement from Zintan and Gharyan; «القاعدة» "
         "resolved to the body's first named surface. Benghazi (source), Doha/Ankara/Tripoli (signatories), Tunis "
         "(ministry), the Tunisian border (distance) and the western coast (purpose) are not movement places."),
 "tp3": ("Euronews Arabic (Brussels): the Irini boarding row; the arms shipment Mersin->Tripoli port is denied by "
         "Ankara (the voyage itself is not a separate movement); the frigate Aksaz->off Tripoli joins ships already "
         "there (reinforce), a planned relief frigate Golcuk->Abu Sitta naval base, a conditional Italian frigate "
         "Souda Bay->off the Mellitah complex (actor null). Ship names Spetsai and Giresun and the minister "
         "Trabelsi are traps."),
 "tp4": ("Al-Jarida (Misrata): the Turkish naval base at Misrata; a landing Iskenderun naval base->Misrata port, "
         "a planned marine move Al-Khums naval base->Misrata, Misrata brigades port->Dafniya, a rumoured massing "
         "Misrata->Tawergha and advance on Abu Qurayn, both denied («وسرت شائعات» is the verb, Sirte a locator), a "
         "conditional air-defence battery at Misrata airport; «شارع طرابلس» is a street, «لا أدري» a verb."),
 "tp5": ("Sputnik Arabic (Tripoli): Turkish drones Al-Watiya->Mitiga base, Radaa massing in Souq al-Jumaa, Syrian "
         "fighters flown out Mitiga airport->Istanbul (withdraw), a denied Turkish deployment to Zawiya and "
         "Sabratha, a planned GNU battalion Tekbali camp->Mitiga airport, an LNA conditional advance Sirte->Abu "
         "Qurayn; Misrata airport (civil diversions), the old Tripoli airport, the Zawiya refinery (locator), "
         "Benghazi (source), Misrata (locator) and Moscow/Jufra/the south (denied presence) are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tp1", "tp2", "tp3", "tp4", "tp5")
