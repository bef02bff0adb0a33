# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G (surface العاصمة تونس)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G (surface الجزائر العاصمة)
 # Al-Jufra
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                    # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                    # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),              # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                     # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al Fuqaha"),                                # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                    # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                                # G
 # coast and centre
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_port": ("crossing", "LY", 31.21, 16.57, "Port of Sirte"),                          # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),              # G* (Brega town row)
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.05, "Port of Benghazi"),                   # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                       # G
 # south and borders
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 # Egypt
 "sidi_barrani_base": ("base", "EG", 31.61083, 25.92556, "Sidi Barrani air base"),         # G* (town row)
 "border_eg": ("region", "EG", 31.30, 25.15, "Egypt-Libya border (Egyptian side)"),         # K
 "sallum_crossing": ("crossing", "EG", 31.55371, 25.15793, "Sallum land port"),            # G* (As Sallum town row)
}

TRAPS = {
 "pd1": ["الجزيرة نت", "الجيش الوطني الليبي", "خليفة حفتر", "محمد الوداني", "هون من المخاوف", "شارع طرابلس",
         "غرفة عمليات تحرير سرت والجفرة"],
 "pd2": ["سبوتنيك", "الجيش الليبي", "الفيلق الأفريقي", "الدعم المالي"],
 "pd3": ["إرم نيوز", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "مفتاح الإدريسي", "لا ادري", "صدام حفتر",
         "الودان"],
 "pd4": ["الحدث", "الجيش الوطني الليبي", "الفقهاء والأعيان", "علي الهوني"],
 "pd5": ["الدستور", "الجيش الليبي", "الجيش الوطني الليبي", "عبد الفتاح السيسي", "عماد الطرابلسي", "عادل الشريف"],
}

PHEN = {
 "pd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "pd2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "pd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district"],
 "pd4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "pd5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "pd1": [
  mv("reinforce", "reported", LNA, ["سرت"], ["قاعدة الجفرة الجوية"], ["ودّان"]),
  mv("shipment", "reported", LNA, ["راس لانوف"], ["هون"]),
  mv("deploy", "planned", LNA, [], ["سوكنة"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["الجفرة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["بونجيم"]),
 ],
 "pd2": [
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["الجفرة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة"], ["مالي"]),
  mv("shipment", "denied", "Russian forces", [], [], ["منفذ التوم"]),
  mv("reinforce", "conditional", LNA, ["الجفرة"], ["الفقهاء"]),
 ],
 "pd3": [
  mv("redeploy", "reported", LNA, ["سوكنه"], ["ودان"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الفقهاء"], ["الجنوب الليبي"], ["الهروج"]),
  mv("mobilise", "planned", LNA, [], ["هون"]),
  mv("advance", "conditional", LNA, ["ودان"], ["زلة"]),
  mv("deploy", "denied", "Foreign fighters", [], ["ودان"]),
 ],
 "pd4": [
  mv("airlift", "reported", LNA, ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "planned", LNA, ["ميناء سرت"], ["ودان", "هون"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["الجفرة"]),
  mv("mobilise", "denied", "Chadian armed groups", ["إدري"], ["سوكنة"]),
 ],
 "pd5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("deploy", "reported", LNA, ["ميناء البريقة"], ["الفقهاء"], ["مرادة", "زلة"]),
  mv("shipment", "planned", LNA, ["أجدابيا"], ["الفقهاء"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("reinforce", "reported", "Egyptian army", [], ["الحدود مع ليبيا", "منفذ السلوم"]),
  mv("redeploy", "denied", "GNA forces", ["الوشكة"], ["بونجيم"]),
 ],
}

NOTES = {
 "pd1": "Al Jazeera Net, Tripoli: an LNA convoy Sirte→Jufra air base via Waddan (ودّان with shadda) and a fuel/ammunition "
        "shipment Ras Lanuf→Hun (reported); a planned company for Sokna; a denied transfer of Sudanese fighters to "
        "Jufra; Misrata's conditional advance Abu Qurayn→Bu Njem. Traps: a Waddani surname, the verb «هون», Tripoli "
        "Street in Hun, the GNA Sirte–Jufra operations room. Al-Fuqaha (attack site), Misrata (venue) and Tripoli "
        "(dateline, government seat) are not movement places.",
 "pd2": "Sputnik Arabic, Benghazi: a planned Benina→Jufra air bridge; Il-76s Al Khadim→Jufra (reported, Russian); "
        "denied Africa Corps pull-out Jufra base→Mali and denied Russian arms convoys through the Toummo crossing "
        "(border phrase only locates the crossing); a conditional LNA company Jufra→Al-Fuqaha. Background Russian "
        "presence at Brak air base, Sirte and Jufra, and Moscow as a party are not movements; «الدعم المالي» is a trap.",
 "pd3": "Erem News, Benghazi: LNA Tariq Bin Ziyad battalions Sokna (سوكنه)→Waddan (redeploy, reported); Chadian gunmen "
        "pull back from Al-Fuqaha towards the Libyan south along the Haruj (reported); planned massing in Hun; "
        "conditional advance Waddan→Zella; Waddan's mayor denies foreign fighters entered the town. Traps: Idri in "
        "«الإدريسي» and «لا ادري», the aoudad «الودان»; «بلدية ودان» is the district.",
 "pd4": "Al-Hadath, Benghazi: an LNA airlift Gardabiya base→Jufra air base (reported); a planned sea move Benghazi→Sirte "
        "port chained with a planned road move port→Waddan/Hun; Syrian mercenaries' withdrawal from Jufra made "
        "conditional; a denied Chadian build-up in Sokna coming from Idri. Tunis (العاصمة تونس) vs Tunisia (host "
        "country); «الفقهاء والأعيان» (jurists) vs the town Al-Fuqaha; «بلدية هون» district vs Hun.",
 "pd5": "Al-Dostor, Cairo: an LNA landing Benghazi port→Brega port, the column on to Al-Fuqaha via Marada and Zella "
        "(reported), a planned fuel convoy from Ajdabiya; Egypt's conditional move to the Sirte–Jufra line; an Egyptian "
        "reinforcement on the border near the Sallum land port (reported); the GNU interior minister (Trabelsi) denies "
        "moving units Al-Washka→Bu Njem. Sidi Barrani (2020 speech venue), Cairo and the neighbours' meeting in "
        "Algiers are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pd1", "pd2", "pd3", "pd4", "pd5")
