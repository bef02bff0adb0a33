# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # vi1 the Sirte front (Al Qahera News)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G (row حقل زلطن)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 # vi2 the Tripoli live blog (France 24)
 "tripoli_port": ("crossing", "LY", 32.905, 13.185, "Port of Tripoli"),                 # K
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 # vi3 Syrian fighters and the Turkish presence (Lebanon24)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G (row إسطنبول)
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),              # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # vi4 Kufra and the Sudan-Chad border (Roya)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, kind base)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),          # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # vi5 Dehiba, Ras Ajdir and the coast west of Zuwara (Diwan FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_deleg": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),           # G* (town row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "border_tn_side": ("region", "TN", 32.40, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, names include رقدالين)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
}

TRAPS = {
 "vi1": ["القاهرة الإخبارية", "سالم بن إدريس", "طارق بن زياد", "الفيلق الأفريقي",
         "غرفة عمليات تحرير سرت الجفرة", "الليبية", "مصرية", "الجيش المصري"],
 "vi2": ["فرانس 24", "شارع الزاوية", "عبد السلام الزنتاني", "اللواء 444 قتال", "كتيبة ثوار طرابلس", "جامعة طرابلس", "الليبية"],
 "vi3": ["لبنان 24", "المرصد السوري لحقوق الإنسان", "سورياً", "لبنانيين", "مالي", "الجيش اللبناني", "التركية", "الليبية"],
 "vi4": ["رؤيا", "الجيش الوطني الليبي", "الدعم السريع", "سبل السلام", "محمد إدريس ديبي", "التشادية", "السودانية",
         "الليبية"],
 "vi5": ["الجيش التونسي", "ديوان أف أم", "تونسية", "رد الجميل", "الليبية"],
}

PHEN = {
 "vi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "vi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "coverage_oil", "coverage_crossings"],
 "vi3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "vi4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "vi5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vi1": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["سرت"], ["العقيلة"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["إدري"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Misrata forces", ["الهيشة"], ["بويرات الحسون"]),
  mv("mobilise", "reported", "Egyptian army", [], ["سيدي براني"]),
 ],
 "vi2": [
  mv("naval_landing", "reported", "GNA forces", ["الخمس"], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["طرابلس"], ["جنزور"]),
  mv("withdraw", "denied", "GNA forces", ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["طرابلس"]),
 ],
 "vi3": [
  mv("airlift", "reported", "Syrian mercenaries", ["اسطنبول"], ["مطار مصراتة"]),
  mv("redeploy", "planned", "Syrian mercenaries", [], ["قاعدة الوطية الجوية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة معيتيقة"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
 ],
 "vi4": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي مع تشاد والسودان"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["تازربو"]),
 ],
 "vi5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("advance", "conditional", "GNA forces", ["الجميل"], ["رقدالين"]),
 ],
}

NOTES = {
 "vi1": "Tickers, a correction, then the full story: the first ticker's origin Benghazi is corrected to Ajdabiya "
        "(Benghazi is then only the wrong origin and the locator of Al-Khadim), so the LNA column is Ajdabiya→Sirte "
        "via El Agheila; a denied arms shipment Al-Jufra air base→Idri (beside the person trap Salem bin Idris); a "
        "planned Russian 'Africa Corps' move Al-Khadim base→Gardabya base ('south of Sirte' is a locator); Misrata "
        "brigades' conditional advance Al-Hisha→Buwairat al-Hassoun (Sirte only in the condition); the Egyptian army's "
        "reported massing in Sidi Barrani. Cairo = dateline and government, Algiers = government (city), Zelten only "
        "background.",
 "vi2": "Live blog with times: a ship said to come from Misrata, corrected to Al-Khums, lands some 200 fighters at "
        "Tripoli port (Misrata is not a movement place); reinforcements Zawiya→Tripoli via Janzour (Zawiya Street is a "
        "trap); the 444 Brigade denies pulling out of Tarhuna ('towards the capital' names no place); a planned neutral "
        "force at Mitiga airport; Zintan units' conditional advance to Tripoli (Tripoli International Airport only in "
        "the condition); the Zawiya refinery only background.",
 "vi3": "Ticker said Mitiga airport, correction says Misrata airport: Syrian fighters airlifted Istanbul→Misrata "
        "airport (Mitiga not a movement place for that flight); their planned transfer to Al-Watiya air base (no origin "
        "written); Ankara's denied landing of troops from a frigate at Khoms port (Ankara = venue); Turkish personnel's "
        "conditional departure from Mitiga base; a reported armour shipment Mersin port→Misrata port. Tripoli (Lebanon) "
        "arrests, recruits 'for Libya' and the Geneva ceasefire are not movements.",
 "vi4": "Ticker said Rebiana, correction says Maaten al-Sarra: LNA column Kufra→Maaten al-Sarra base; RSF denies "
        "massing 30 vehicles from North Darfur in the Libya-Chad-Sudan triangle; a planned airlift Gamal Abdel Nasser "
        "air base (Tobruk = locator)→Kufra airport; Subul al-Salam's conditional company Kufra→Tazirbu ('60 km south of "
        "the town' names no place); N'Djamena, Sudan, the south-east, Kufra municipality and Darfur only background.",
 "vi5": "Ticker said Ben Gardane, correction says Dehiba: Tunisian army reinforcements Tataouine→Dehiba (Wazin crossing "
        "a distance reference, the delegation and the border the positions after arrival); a denied Tunisian patrol "
        "near Wazin; a planned GNA force Zuwara→Ras Ajdir crossing (Tripoli locates the chief of staff); a conditional "
        "advance Al-Jumayl→Regdalin ('رد الجميل' is a common-word trap); Tunis dateline vs Tunisia country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vi1", "vi2", "vi3", "vi4", "vi5")

# The tickers have a literal "|" («10:42 | عاجل |»), so "|" is not marker residue.
BAR_IN_TEXT = True
