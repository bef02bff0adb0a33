# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tripoli_port": ("crossing", "LY", 32.90000, 13.18500, "Port of Tripoli"),              # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                   # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.35500, 15.21500, "Port of Misrata (Qasr Ahmad)"), # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                # K (GeoNames 2208423 via fresh51 README)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                          # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "border_tn": ("region", "LY", 33.10000, 11.53000, "Libya-Tunisia border (coast, Libyan side)"),  # K
 # the east
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07400, 23.97600, "Port of Tobruk"),                # K
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                 # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),            # G* (city row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 # Tunisia
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "rastin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 # farther away
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta_base": ("base", "IT", 37.24065, 15.22121, "Augusta Naval Base"),               # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                               # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G (gazetteer spells لامبيدوسا)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                   # G
 "novorossiysk": ("city", "RU", 44.73188, 37.76176, "Novorossiysk"),                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G (gazetteer spells عمان)
}

TRAPS = {
 "uj1": ["ترك برس", "العلم البنمي", "اللبنانية", "عبد الرحمن الطرابلسي", "الطرابلسي", "وزارة الدفاع التركية",
         "عملية إيريني", "السواحل الليبية"],
 "uj2": ["سان جورجو", "الإيطالية", "الراي", "المجلس العسكري مصراتة", "القمح الروسي", "سالم الزليتني", "سان ماركو",
         "خفر السواحل الليبي", "محمد الإدريسي", "شارع طرابلس", "سرت شائعات", "دعم مالي"],
 "uj3": ["جوهرة أف أم", "جيش البحر التونسي", "عبد الله الزواري", "المنطقة العسكرية الساحل الغربي", "المياه التونسية",
         "العلم الليبي", "الجانب الليبي", "المجلس العسكري زوارة"],
 "uj4": ["القاهرة 24", "الروسيتان", "الفيلق الأفريقي", "السورية", "خالد الطبرقي", "القوات البحرية المصرية",
         "مصريين", "الساحل الليبي", "فرج الإدريسي"],
 "uj5": ["الدستور", "الجزر الإيطالية", "مشاة البحرية التركية", "ذئب البحر", "وكالة الأناضول", "ميلاتسو", "إتنا",
         "عمر الخمسي", "الموانئ الليبية", "الأشهر الخمسة"],
}

PHEN = {
 "uj1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "uj2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "uj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "uj4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "uj5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TR, GNA, LNA, MIS = "Turkish armed forces", "GNA forces", "Libyan National Army", "Misrata forces"
RU, EGY, TUN = "Russian forces", "Egyptian army", "Tunisian army"

MOVES = {
 "uj1": [
  mv("naval_landing", "reported", TR, ["مرسين"], ["ميناء طرابلس"]),
  mv("deploy", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء طرابلس"]),
  mv("airlift", "planned", TR, ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("mobilise", "conditional", GNA, [], ["تاجوراء", "القره بوللي"]),
  mv("redeploy", "denied", TR, ["طرابلس"], ["مصراته"]),
  mv("naval_landing", "planned", TR, [], ["ميناء الخمس"]),
 ],
 "uj2": [
  mv("naval_landing", "reported", None, ["قاعدة أوغستا البحرية"], ["ميناء مصراتة"]),
  mv("withdraw", "planned", None, ["مصراتة"], ["إيطاليا"]),
  mv("deploy", "reported", MIS, ["الدافنية"], ["ميناء مصراتة"]),
  mv("advance", "denied", MIS, ["مصراتة"], ["سرت"]),
  mv("deploy", "conditional", MIS, [], ["الخمس", "زليتن"]),
  mv("deploy", "planned", None, [], ["مصراته"]),
 ],
 "uj3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ميناء زوارة", "أبوكماش"], ["صبراتة", "مجمع مليتة"]),
  mv("mobilise", "reported", None, [], ["ميناء زوارة"]),
  mv("reinforce", "reported", TUN, ["صفاقس"], ["جرجيس"]),
  mv("deploy", "conditional", TUN, [], ["بن قردان"]),
  mv("shipment", "planned", None, [], ["ميناء زوارة"]),
  mv("withdraw", "denied", GNA, ["أبو كماش"], ["زوارة"]),
 ],
 "uj4": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "reported", RU, ["ميناء طبرق"], ["قاعدة الخادم الجوية"]),
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  mv("redeploy", "planned", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("deploy", "denied", EGY, ["قاعدة رأس التين البحرية"], ["طبرق"]),
  mv("reinforce", "conditional", EGY, [], ["السلوم", "مرسى مطروح"]),
 ],
 "uj5": [
  mv("redeploy", "reported", TR, ["ميناء الخمس"], ["مصراتة"]),
  mv("withdraw", "reported", None, ["قاعدة أبوستة البحرية"], ["تارانتو"]),
  mv("deploy", "planned", None, [], ["قاعدة أبوستة البحرية"]),
  mv("advance", "reported", TR, [], ["سرت"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
  mv("withdraw", "denied", LNA, ["طبرق"], ["بنغازي"]),
  mv("shipment", "reported", GNA, ["إزمير"], ["ميناء مصراتة"]),
  mv("deploy", "conditional", GNA, [], ["ابو كماش", "زوارة"]),
 ],
}

NOTES = {
 "uj1": "Turk Press, Tripoli: a Turkish landing ship unloads troops and armour at Tripoli port (from Mersin) beside a "
        "container ship from Malta, a car carrier and a cement ship from Tripoli (Lebanon); GNA patrol boats Abu Sitta "
        "naval base->the port; the troops' planned move to Mitiga; a conditional coast-guard reinforcement of Tajura/"
        "Garabulli; Ankara's denied Tripoli->Misrata sea move; a second landing planned at Al-Khums port. Migrants "
        "returned to port after an interception are not a force movement.",
 "uj2": "Al-Rai (Kuwait), Misrata: the Italian landing ship San Giorgio lands a rotation Augusta naval base->Misrata "
        "port and will take the outgoing soldiers home to Italy (planned withdraw); a civilian car carrier from Mersin; "
        "a Misrata company Dafniya->the port; the council's denied boat move Misrata->Sirte; a conditional move of "
        "armed boats to Al-Khums and Zliten («لن...إلا إذا»); Rome's planned San Marco unit for Misrata.",
 "uj3": "Jawhara FM, Zarzis: GNA coast-guard boats Tripoli->Zuwara port/Abu Kammash via Sabratha; migrant boats Zuwara->"
        "Lampedusa and a wreck off Farwa island (civilian); the Tunisian navy Sfax->Zarzis and its conditional move off "
        "Ben Gardane; a planned Italian shipment of two patrol boats to Zuwara port; the western military zone's denied "
        "pull-out Abu Kammash->Zuwara.",
 "uj4": "Cairo 24, Cairo: two Russian landing ships Tartus->Tobruk port, a column on to Al Khadim air base; a Russian "
        "grain ship from Novorossiysk and a migrant boat bound for Crete (civilian); a planned LNA marine battalion "
        "Benghazi->Tobruk naval base; Egypt's denied Ras el-Tin->Tobruk move and conditional reinforcement of Sallum "
        "and Marsa Matruh.",
 "uj5": "Al-Dustour (Amman): a round-up of foreign navies in Libyan ports — a Turkish marine company Al-Khums port->"
        "Misrata, an Italian minehunter Abu Sitta->Taranto and its planned replacement, a planned third Russian "
        "landing at Tobruk port, the LNA's denied Tobruk->Benghazi pull-out, the GNA's conditional move to Abu Kammash "
        "and Zuwara; a Chinese container ship, a Greek tanker at Marsa al-Hariga and migrants to Lampedusa are civilian. "
        "The headline «من طرابلس إلى طبرق» is a span, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uj1", "uj2", "uj3", "uj4", "uj5")
