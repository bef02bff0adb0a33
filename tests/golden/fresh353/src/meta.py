# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "eritrea": ("country", "ER", 15.18171, 38.08424, "Eritrea"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                              # G
 "rwanda": ("country", "RW", -1.94722, 29.97946, "Rwanda"),                             # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "salah": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),                 # G
 "gargaresh": ("town", "LY", 32.88743, 13.18733, "Gargaresh"),                          # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # airports, port, bases of the capital
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.20000, "Port of Tripoli"),             # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "camp27": ("base", "LY", 32.81868, 13.01727, "Camp 27 (Kilometre 27)"),                # G
 # rest of Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36667, 15.23333, "Port of Misrata (Qasr Ahmed)"),  # K
 "khums_port": ("crossing", "LY", 32.65600, 14.28300, "Port of Al Khums"),              # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),     # G* (town row)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),               # G* (row الحدود الليبية المصرية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 # abroad
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "cairo_ap": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),      # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "kuwait_ap": ("airport", "KW", 29.22670, 47.96890, "Kuwait International Airport"),    # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tunis_ap": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "kigali": ("city", "RW", -1.94995, 30.05885, "Kigali"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, TR, LNA, MIS, ZIN = "GNA forces", "Turkish armed forces", "Libyan National Army", "Misrata forces", "Zintan forces"

MOVES = {
 "mq1": [
  mv("deploy", "reported", GNA, ["تاجوراء"], ["مطار معيتيقة"]),
  mv("reinforce", "reported", GNA, ["عين زارة"], ["مطار معيتيقة"]),
  mv("deploy", "planned", GNA, ["معسكر التكبالي"], ["ميناء طرابلس"]),
  mv("withdraw", "denied", TR, ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("advance", "conditional", MIS, ["مصراتة"], ["طرابلس"]),
 ],
 "mq2": [
  mv("naval_landing", "reported", TR, ["مرسين"], ["ميناء طرابلس"]),
  mv("deploy", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء طرابلس"]),
  mv("shipment", "planned", TR, ["إزمير"], ["أبو ستة"]),
  mv("deploy", "conditional", GNA, ["معسكر اليرموك"], ["ميناء طرابلس"]),
  mv("mobilise", "denied", LNA, [], ["سرت", "الجفرة"]),
 ],
 "mq3": [
  mv("deploy", "reported", GNA, ["صلاح الدين"], ["مطار طرابلس الدولي"]),
  mv("deploy", "planned", GNA, [], ["قصر بن غشير"]),
  mv("withdraw", "reported", LNA, ["مطار طرابلس الدولي"], ["ترهونة"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["مطار طرابلس الدولي"]),
  mv("reinforce", "conditional", GNA, ["معسكر التكبالي"], ["مطار طرابلس الدولي"]),
 ],
 "mq4": [
  mv("reinforce", "reported", GNA, ["جنزور"], ["مطار معيتيقة"], ["قرقارش"]),
  mv("airlift", "planned", GNA, ["مطار مصراته"], ["قاعدة معيتيقة"]),
  mv("airlift", "denied", TR, ["قيصري"], ["قاعدة معيتيقة"]),
  mv("withdraw", "conditional", GNA, ["مطار طرابلس الدولي"], ["العزيزية"]),
 ],
 "mq5": [
  mv("redeploy", "reported", GNA, ["معسكر 27"], ["قاعدة أبوستة البحرية"]),
  mv("mobilise", "reported", GNA, [], ["معسكر اليرموك"]),
  mv("shipment", "reported", TR, ["اسطنبول"], ["ميناء طرابلس"]),
  mv("redeploy", "planned", GNA, ["قاعدة أبوستة البحرية"], ["زوارة"]),
  mv("naval_landing", "conditional", MIS, ["ميناء مصراتة"], ["طرابلس"]),
  mv("naval_landing", "denied", None, [], ["أبوستة"]),
 ],
}

TRAPS = {
 "mq1": ["فرانس 24", "أ ف ب", "الليبية", "عماد الطرابلسي", "طريق الشط", "جهاز الأمن العام", "اللواء 444 قتال",
         "التركية", "كتيبة «المرسى»", "الأوروبيين", "الإيطالية", "الخطوط الجوية الليبية", "جهاز الردع", "ما ادري"],
 "mq2": ["تركية", "«الوحدة»", "الاتحاد", "تي سي جي غازي عنتاب", "عادل الجنزوري", "البحرية الليبية", "الأناضول",
         "اللواء 111", "التركي", "شارع الزاوية", "القيادة العامة للجيش الوطني الليبي", "مصرياً", "المصرية"],
 "mq3": ["المصرية", "بوابة الشروق", "الليبية", "إيطالية", "المنطقة العسكرية طرابلس", "اللواء 111 مجحفل",
         "خليفة حفتر", "مختار الزنتاني", "اللواء 444 قتال", "مالي", "المصريين", "الأفريقية", "الجديد"],
 "mq4": ["«الجريدة»", "الكويتية", "شارع الزاوية", "العاصمة الليبية", "كويتياً", "سالم الإدريسي",
         "جهاز الأمن العام", "قوة مكافحة الإرهاب", "التركية", "أتراك", "اللواء 111"],
 "mq5": ["يورونيوز", "المجلس الرئاسي", "كيربي", "الإيطالية", "ليبية",
         "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "نيجرياً", "المنظمة الدولية للهجرة", "مالي",
         "عملية إيريني", "الأوروبية", "اللبنانية"],
}

PHEN = {
 "mq1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_bases",
         "countries", "town_vs_district", "ambiguity_idri", "ambiguity_tripoli"],
 "mq2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "mq3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mq4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "mq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}

NOTES = {
 "mq1": "France 24 / AFP: Mitiga closed after shelling; GNU Interior units Tajura→Mitiga airport and a Public Security "
        "reinforcement from Ain Zara (reported), a 444 Brigade company Tekbali camp→Tripoli port (planned), Turkey's "
        "denied pull-out Mitiga base→Al-Watiya, a Misrata battalion's conditional move Misrata→the capital; a civilian "
        "ferry Tripoli port→Valletta, an Italian evacuation charter Misrata→Rome and Libyan Airlines planes parked at "
        "Misrata airport are not movements; Tripoli International is background.",
 "mq2": "Al-Ittihad: a Turkish frigate from Mersin lands marines at Tripoli port (reported), GNU navy units Abu Sitta "
        "naval base→the port (reported), Turkish patrol boats Izmir→Abu Sitta (planned shipment), a 111 Brigade force "
        "Yarmouk camp→the port if protests go on (conditional), LNA massing in Sirte/Jufra denied; a passenger ship "
        "with evacuated Egyptian workers to Alexandria and Turkey's standing presence are not movements.",
 "mq3": "Al-Shorouk: a 111 Brigade force Salah al-Din→Tripoli International Airport (reported), checkpoints out to Qasr "
        "Bin Ghashir (planned), the LNA's June 2020 pull-out airport→Tarhuna (reported flashback), a Zintan column "
        "towards the airport (denied), a 444 Brigade reinforcement Tekbali camp→the airport (conditional); Egyptian "
        "workers flown Cairo airport→Mitiga and bussed to As Sawani, and the LNA's 2019 presence, are not movements.",
 "mq4": "Al-Jarida: Kuwait's evacuation flight Mitiga→Kuwait airport via Tunis-Carthage and the ambassador's move to "
        "Tunis are not movements; Public Security units Janzour→Mitiga airport via Gargaresh (reported), a planned "
        "counter-terrorism airlift Misrata airport→Mitiga base, a denied Turkish military flight Kayseri→Mitiga base "
        "(Ankara's civilian evacuation flight to Istanbul is not a movement), a conditional 111 Brigade pull-back "
        "Tripoli International→Al-Aziziyah.",
 "mq5": "Euronews: an infantry battalion Camp 27→Abu Sitta naval base (reported), 40 Turkish Kirpi vehicles shipped "
        "Istanbul→Tripoli port (reported), coast-guard boats Abu Sitta→Zuwara (planned), a Misrata sea move Misrata "
        "port→the capital (conditional), an Italian marine landing at Abu Sitta (denied, actor null); a UNHCR "
        "evacuation flight Mitiga→Kigali and an IOM return flight to Niamey are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mq1", "mq2", "mq3", "mq4", "mq5")
