# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G
 # Derna and the Green Mountain (shared)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "derna_port": ("crossing", "LY", 32.770, 22.648, "Port of Derna"),                     # K
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah"),                                   # G
 "susa_port": ("crossing", "LY", 32.902, 21.967, "Port of Susah"),                      # K
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
 "ainmara": ("town", "LY", 32.72, 22.43, "Ain Mara"),                                   # K
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "martuba_base": ("base", "LY", 32.54, 22.75, "Martuba Air Base"),                      # K
 "rashilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                     # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jabal": ("region", "LY", 32.65, 21.85, "Green Mountain (Jabal al Akhdar)"),           # K
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "ummrizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                        # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_eg": ("region", "LY", 31.50, 25.00, "Libya-Egypt border (Libyan side, coast)"),  # K
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # abroad
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg_side": ("region", "EG", 31.30, 25.15, "Egypt-Libya border (Egyptian side)"),  # K
 "benisuef": ("district", "EG", 29.06075, 30.93033, "Beni Suef Governorate"),           # G* (row بني سويف, district)
}

TRAPS = {
 "wy1": ["القدس العربي", "قوة حماية درنة", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "علي الطبرقي", "الليبية"],
 "wy2": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "الملك إدريس السنوسي", "المارة", "فرج الشحاتي",
         "قوة حماية درنة", "الليبية", "التونسية"],
 "wy3": ["اللواء", "وليد الطرابلسي", "سوسة الفساد", "الجيش الوطني الليبي", "لبنانية", "الليبية"],
 "wy4": ["رؤيا", "الجيش الوطني الليبي", "درع الجبل", "غرفة عمليات عمر المختار", "إدريس بوشناف", "فاغنر",
         "الروسية", "الأردنية", "المصري"],
 "wy5": ["بوابة الوفد", "الجيش الوطني الليبي", "الجيش المصري", "القوات المصرية", "الجانب المصري", "محمد شحاتة", "مصري", "المصريين"],
}

PHEN = {
 "wy1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "wy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours",
         "countries"],
 "wy3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "wy4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "wy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wy1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء سوسة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سوسة"], ["رأس الهلال"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درنة"], ["مرتوبة"]),
  mv("mobilise", "denied", None, [], ["الفتائح"]),
 ],
 "wy2": [
  mv("deploy", "reported", "Libyan National Army", ["البيضاء"], ["عين مارة", "القبة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("reinforce", "planned", "Libyan National Army", ["المرج"], ["شحات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["عين مارة"], ["البيضاء"]),
  mv("advance", "denied", "Libyan National Army", ["القبة"], ["درنة"]),
 ],
 "wy3": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["درنة"], ["أم الرزم"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء الحريقة"], ["درنة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الأبرق"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["ميناء درنة"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"], ["بنغازي"]),
 ],
 "wy4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة مرتوبة الجوية"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["القبة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["مرتوبة"], ["امساعد"]),
  mv("deploy", "denied", "Wagner Group", [], ["قاعدة الخادم"]),
 ],
 "wy5": [
  mv("shipment", "reported", "Libyan National Army", ["ميناء الحريقة"], ["درنة"], ["التميمى"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
 ],
}

NOTES = {
 "wy1": "Deployment after February floods, subject after a long time phrase: an LNA battalion Benghazi→Derna via Al-Marj "
        "and Al-Bayda; navy engineers landed at Susa port from Tobruk naval base (Shahat only the road's other end); a "
        "planned engineer company Susa→Ras al-Hilal; a conditional return Derna→Martuba barracks; a denied massing of "
        "the dissolved Derna Protection Force (trap; actor null: not a canonical actor) in Al-Fataih. London is the "
        "dateline, Tripoli only the seat of the GNU, the Green Mountain only background.",
 "wy2": "Roadblocks on the Green Mountain road: LNA companies from Al-Bayda deployed in Ain Mara and Al-Qubba (west of "
        "Derna = where the shooting was, not a movement place); Il-76s registered in Belarus land at Labraq from Benina; "
        "planned reinforcements Al-Marj→Shahat (Susa only the road's end); a conditional return Ain Mara→Al-Bayda; a "
        "denied advance Al-Qubba→Derna. A Tunisian civil-protection team Sousse (TN)→Susa (LY) is civilian, no movement; "
        "Tunis is the dateline, Benghazi only the venue of a meeting.",
 "wy3": "Lebanese (Tripoli, north Lebanon) firm rebuilding Derna's dams; its equipment shipped from Tripoli port (LB) to "
        "Derna port is civilian, no movement. LNA reinforcements Tobruk→Derna via Umm ar-Rizam; army fuel tankers from "
        "Marsa al-Hariga to Derna ('إليها' = Derna); a planned airlift Al-Khadim→Labraq; a conditional deployment at Derna "
        "port; a denied pull-out Derna→Benghazi. Libyan Tripoli only the seat of the GNU.",
 "wy4": "Martuba and Al-Qubba before the 'Shield of the Mountain' exercise (operation trap): transport planes Benina→"
        "Martuba air base (after a long time phrase); a planned LNA massing in Al-Qubba; a conditional battalion "
        "Martuba→Emsaed near the border with Egypt (border a locator); Wagner's denied presence at Al-Khadim (Al-Marj a "
        "locator). Sarir and Derna (distance reference) are not movement places; a Jordanian charity aid plane to Benina "
        "is civilian, no movement; Amman is the dateline.",
 "wy5": "Egyptian view: an LNA fuel-and-ammunition convoy from Marsa al-Hariga (in Tobruk, a locator) to Derna via "
        "At-Tamimi (spelled التميمى); a planned landing Benghazi port→Derna port; the Egyptian army's conditional "
        "reinforcement Marsa Matruh→Sallum; a denied Egyptian crossing via the Emsaed crossing towards Tobruk. Returning "
        "workers (Al-Bayda→Emsaed) are civilian; Cairo is the dateline, Beni Suef a worker's home.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wy1", "wy2", "wy3", "wy4", "wy5")
