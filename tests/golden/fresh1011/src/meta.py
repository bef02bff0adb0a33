# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # Libya: cities, ports, bases
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College (Misrata airport)"),  # G* (row icao:HLMS, written الكلية الجوية)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "west_libya": ("region", "LY", 32.30, 12.80, "Western Libya"),                         # K
 # Türkiye
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "İzmir"),                                  # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet air base"),             # G* (row icao:LTAU, kind airport)
 "konya_ab": ("base", "TR", 37.9797, 32.5617, "Konya air base"),                        # K
 # Italy
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),        # G
 "pratica": ("base", "IT", 41.6539, 12.4453, "Pratica di Mare air base"),               # K
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G* (row spelled أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "brindisi": ("town", "IT", 40.63215, 17.93607, "Brindisi"),                            # G
 # Syria
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
}

TRAPS = {
 "qlz1": ["وكالة إخلاص للأنباء", "جيليبولو", "غازي عنتاب", "سنجق دار", "كاثيميريني", "الجيش الوطني الليبي",
          "التركية", "الليبية", "اليونانية"],
 "qlz2": ["أجي", "ميازيت", "إتنا", "هيبوقراط", "غيدو كروزيتو", "الإيطالي", "الإيطالية", "الليبية"],
 "qlz3": ["وكالة دميرأوران للأنباء", "دميرأوران", "ليبيا الحدث", "التركية", "الليبية", "سورياً"],
 "qlz4": ["آسكانيوز", "عماد الطرابلسي", "الإيطالي", "الإيطالية", "الليبية"],
 "qlz5": ["إيتالبرس", "فولكانو", "مار سيكورو", "سان جوستو", "سان ماركو", "بيرقدار", "إيتاميل رادار",
          "الجيش الوطني الليبي", "الخمسينيات", "التركية", "الإيطالية"],
}

PHEN = {
 "qlz1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "coverage_crossings",
          "countries"],
 "qlz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qlz3": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "coverage_bases", "countries"],
 "qlz4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases", "countries"],
 "qlz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "nisba", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TAF = "Turkish armed forces"
LNA = "Libyan National Army"

MOVES = {
 "qlz1": [
  mv("deploy", "reported", TAF, ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  mv("withdraw", "reported", TAF, ["مصراتة"], ["أكساز"]),
  mv("shipment", "planned", TAF, ["مرسين"], ["ميناء الخمس"]),
  mv("redeploy", "conditional", TAF, ["مصراتة"], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرسين"], ["ميناء الخمس"]),
  mv("redeploy", "reported", "GNA forces", ["الخمس"], ["قاعدة أبوستة البحرية"]),
 ],
 "qlz2": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار مصراتة"]),
  mv("withdraw", "planned", None, ["مصراتة"], ["إيطاليا"]),
  mv("reinforce", "conditional", None, [], ["مصراتة"]),
  mv("shipment", "planned", None, ["أوغوستا"], ["ميناء مصراتة"]),
  mv("deploy", "denied", None, ["مصراتة"], ["أبوقرين"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "reported", None, ["الوشكة"], ["أبوقرين"]),
  mv("deploy", "reported", None, [], ["مصراتة"]),
 ],
 "qlz3": [
  mv("airlift", "reported", TAF, ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("airlift", "planned", TAF, ["إركيليت"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار معيتيقة"], ["شمال سوريا"], ["تركيا"]),
  mv("withdraw", "conditional", TAF, ["الوطية"], []),
  mv("deploy", "denied", TAF, ["قاعدة قونية الجوية"], ["الوطية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
 ],
 "qlz4": [
  mv("airlift", "reported", None, ["قاعدة براتيكا دي ماري"], ["قاعدة معيتيقة"]),
  mv("redeploy", "planned", "GNA forces", ["معيتيقة"], ["مصراتة"]),
  mv("redeploy", "conditional", None, [], ["الخمس"]),
  mv("withdraw", "denied", None, ["مطار معيتيقة"], ["مالطا"]),
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["مطار معيتيقة"]),
 ],
 "qlz5": [
  mv("redeploy", "reported", None, ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "planned", None, ["برينديزي"], ["ميناء طرابلس"]),
  mv("shipment", "reported", TAF, ["إزمير"], ["ميناء الخمس"]),
  mv("mobilise", "reported", LNA, [], ["ميناء سرت"]),
  mv("deploy", "conditional", LNA, ["ميناء سرت"], ["خليج سرت"]),
  mv("deploy", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qlz1": "Turkish wire (İhlas News Agency) from Ankara on a frigate rotation: the frigate Gelibolu Aksaz naval base→"
         "Misrata port (deploy), the relieved frigate Gaziantep Misrata→Aksaz (withdraw), a planned landing-ship "
         "shipment Mersin→Al-Khums port, a conditional frigate move Misrata→Tripoli port («قد تنتقل ... إذا»), a denied "
         "landing of Syrian fighters Mersin→Al-Khums port and a GNU marine company Al-Khums→Abu Sitta naval base "
         "(Tripoli only where the chief of staff speaks). Ship names «غازي عنتاب» and «جيليبولو» are Turkish places "
         "used as names; Ankara (dateline, government), Benghazi (LNA command seat), Greece, Türkiye and the "
         "background list of Watiya/Misrata/Al-Khums are not movement places.",
 "qlz2": "Italian wire (AGI) from Rome on the Italian military hospital at the Misrata Air College: a C-130J rotation "
         "Pisa air base→Misrata airport, the outgoing staff's planned return Misrata→Italy, a conditional "
         "reinforcement of Misrata («لن ترسل ... إلا بتفويض»), a planned support-ship shipment Augusta (written "
         "أوغوستا; Sicily only locates it)→Misrata port, a denied special-forces move Misrata→Abu Qurayn, Misrata "
         "brigades reinforcing Abu Qurayn, unidentified gunmen advancing from Al-Washka towards it («البلدة») and, in "
         "the background paragraph, Italy's 2016 deployment of the hospital to Misrata (reported, no origin: «أقامت "
         "إيطاليا» is the government). The ship «إتنا» (Etna), operations «هيبوقراط» and «ميازيت» are traps; Rome "
         "(dateline), Sirte 2016 and Tripoli's coast guard are background.",
 "qlz3": "Turkish wire (Demirören News Agency) from Istanbul: A400M cargo flights Erkilet air base (Kayseri)→Al-Watiya "
         "base, a planned flight Erkilet→Mitiga airport, Syrian fighters bussed Al-Watiya→Mitiga airport (withdraw) and "
         "their planned flight to northern Syria via Türkiye, a conditional Turkish withdrawal from Al-Watiya (Wagner "
         "leaving Jufra and Sirte is only the condition), a denied F-16 deployment Konya air base→Al-Watiya and Russian "
         "Il-76s Khmeimim→Jufra air base. Al-Jumayl is the sources' town, Tripoli a direction reference, Benghazi the "
         "TV station's seat; «ليبيا الحدث» (TV) holds Libya.",
 "qlz4": "Italian wire (Askanews) from Rome on training: Italian instructors flown Pratica di Mare air base→Mitiga "
         "base, first-course graduates planned Mitiga→Misrata, a conditional instructors' move to Al-Khums («لن "
         "ينتقل ... إلا بعد»), a denied evacuation Mitiga airport→Malta and a GNU security force Tekbali camp→around "
         "Mitiga airport; the interior minister «عماد الطرابلسي» holds Tripoli; Rome as speaker/government, Italy, "
         "Tripoli's government and the Misrata mission in the background are not movement places.",
 "qlz5": "Italian wire (Italpress) from Rome on ports: the support ship Vulcano Tripoli port→Al-Khums port (redeploy), "
         "the planned relief San Giusto with San Marco marines Brindisi→Tripoli port, a Turkish landing ship's armour "
         "from İzmir unloaded at Al-Khums port (shipment), LNA boats massed at Sirte port and their conditional "
         "deployment into the Gulf of Sirte, and a denied Russian warship call at Tobruk port. «الخمسينيات» holds Al-"
         "Khums, «مصر» (Egypt) is also inside «مصراته» (spelled with ه); Misrata inside the condition, Rome, Egypt, Greece, Ankara–"
         "Tripoli memorandum and «الغرب الليبي» are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlz1", "qlz2", "qlz3", "qlz4", "qlz5")
