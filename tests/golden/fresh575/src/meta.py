# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared Libyan cities and bases
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (row هون: the README point near Hun)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # ve1 Turkish airlift and ships (Asharq Al-Awsat)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.187, "Port of Tripoli"),                 # K
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 # ve2 Russian flights Hmeimim -> Al-Khadim (Al-Quds Al-Arabi)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_tdsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 # ve3 Russian ships to Tobruk and Benghazi (France 24)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "novo_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),           # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "derna_port": ("crossing", "LY", 32.760, 22.648, "Port of Derna"),                     # K
 "tripoli_lb_port": ("crossing", "LB", 34.462, 35.815, "Port of Tripoli (Lebanon)"),   # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # ve4 Turkish ship and convoy Misrata -> Al-Watiya (Al-Qahera News)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),          # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # ve5 oil-field airstrips and the Niger route (Al-Jarida)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "ve1": ["الشرق الأوسط", "سلاح الجو التركي", "إيتاميل رادار", "الإيطالي", "سنجقدار", "اللبنانية",
         "حكومة الوحدة الوطنية", "محمد الطرابلسي", "تركياً"],
 "ve2": ["القدس العربي", "فلايت رادار 24", "الفيلق الأفريقي", "فاغنر", "خالد البراكي", "التزام مالي", "الليبية",
         "حكومة الوحدة الوطنية"],
 "ve3": ["فرانس 24", "إيفان غرين", "مارين ترافيك", "سبارتا 4", "الجيش الوطني الليبي", "يونانية",
         "حلف شمال الأطلسي", "السورية", "اللبناني"],
 "ve4": ["القاهرة الإخبارية", "إيريني", "الأوروبية", "الليبية", "بيرقدار أقنجي", "الجيش الوطني",
         "حكومة الوحدة الوطنية", "كتائب مصراتية", "إدريس بن سالم", "قوات حفتر", "سورياً"],
 "ve5": ["الجريدة", "الفيلق الأفريقي", "حرس المنشآت النفطية", "المؤسسة الوطنية للنفط", "عبد الله الإدريسي",
         "العام الجديد", "الجيش الوطني"],
}

PHEN = {
 "ve1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "ve2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ve3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "ve4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ve5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ve1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية", "مطار مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "planned", "Turkish armed forces", ["طرابلس"], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["قاعدة معيتيقة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مصراتة"]),
 ],
 "ve2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Russian forces", ["الخادم"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "زلة"]),
  mv("mobilise", "reported", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "conditional", "Russian forces", [], ["مطار بنينا"]),
  mv("airlift", "denied", "Russian forces", [], ["قاعدة براك الجوية"]),
 ],
 "ve3": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"], ["ميناء طرابلس"]),
  mv("shipment", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء بنغازي"], ["كريت"]),
  mv("shipment", "planned", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
  mv("deploy", "denied", "Russian forces", [], ["ميناء درنة"]),
 ],
 "ve4": [
  mv("shipment", "reported", None, [], ["ميناء مصراتة"]),
  mv("deploy", "reported", "Turkish armed forces", ["مصراته"], ["قاعدة الوطية"], ["الزاوية"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["مطار زوارة"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["سرت", "الجفرة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
 ],
 "ve5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["حقل الشرارة"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"], ["سبها", "القطرون", "منفذ التوم"]),
  mv("redeploy", "planned", "Russian forces", ["الشرارة"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Russian forces", ["حقل الشرارة"]),
  mv("advance", "reported", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["مطار راس لانوف"]),
 ],
}

NOTES = {
 "ve1": "Turkish logistics tracked from the air: seven A400M/C-130 flights Erkilet air base (in Kayseri, a locator only) "
        "→ Al-Watiya base and Misrata airport ('140 km south-west of Tripoli' is a distance reference); the landing ship "
        "Sancaktar Mersin → Khoms port (shipment); a planned frigate visit from Tripoli in Lebanon (origin) to the port "
        "of Tripoli in Libya; a conditional increase of advisers at Mitiga base; a denied airlift of Syrian fighters "
        "Northern Syria → Misrata. London (dateline), Ankara (speaker), Tobruk (seat of parliament), the analyst "
        "al-Trabulsi (trap) and Al-Watiya's second mention are not movement places.",
 "ve2": "Russian Il-76 flights Hmeimim (in rural Latakia, a locator) → Al-Khadim base; a 25-truck container convoy "
        "Al-Khadim → Al-Jufra air base via Ajdabiya and Zillah (shipment); a planned air-defence transfer from Al-Jufra "
        "to Maaten al-Sarra (the Chad–Sudan border triangle only locates the base); a conditional diversion of flights to "
        "Benina airport (the Al-Khadim runway is the condition); the LNA denies Russian troops landing at Brak air base "
        "(spokesman al-Baraki is a trap). Tripoli, Benghazi, Moscow, Syria, Tartus are dateline/speaker/background.",
 "ve3": "Russian ships: the landing ship Ivan Gren Tartus → Tobruk naval base (naval_landing); the cargo ship Sparta IV "
        "Novorossiysk port → Benghazi port, transponder off Crete (via); a planned onward land transfer of the cargo to "
        "Al-Jufra air base (no origin written in that sentence; Benghazi is the source's city); a conditional transfer "
        "of the remaining vessels Tartus → Tobruk if talks in Damascus fail; a denied submarine call at Derna port. "
        "Paris (dateline), Moscow, Libya, Crete's second mention (distance from Tobruk), Greece and Syria are not "
        "movement places.",
 "ve4": "Turkish logistics in the west: an unnamed freighter under the Turkish flag unloads 40 armoured vehicles at "
        "Misrata port (actor null); a 35-vehicle convoy with Turkish troops Misrata (spelt مصراته) → Al-Watiya base "
        "via Zawiya; a planned drone transfer Al-Watiya → Zuwara airport (the Tunisian border only a distance "
        "reference); the LNA's conditional reinforcement of Sirte and Al-Jufra; a denied airlift of Syrian fighters "
        "Istanbul → Mitiga airport. Benghazi (dateline/speaker), Cairo, Egypt, Ankara, Tripoli and the 'Sirte–Jufra' "
        "red line are background.",
 "ve5": "Oil-field airstrips: two An-26 flights Al-Jufra air base → Sharara field; a 30-truck Russian convoy Brak air "
        "base → Niamey via Sabha, Al-Qatrun and the Toummo crossing (the border with Niger only locates the crossing); a "
        "planned company Sharara → El Feel field; a conditional pull-out from Sharara; the NOC denies a Russian cargo "
        "flight Al-Khadim base → Ras Lanuf airport. Sabha (dateline), the Oil Crescent, Idri and Wadi al-Shati (the "
        "engineer's home), Fezzan, Niger/Mali (background) and Tripoli/Benghazi are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ve1", "ve2", "ve3", "ve4", "ve5")
