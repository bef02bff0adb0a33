# Gold metadata for fresh955 (qju1-qju5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (grep -F in data/gazetteer.csv); K = own knowledge or a representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "comoros": ("country", "KM", -11.64894, 43.31500, "Comoros"),                          # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # qju1 Syrian fighters Turkey -> Libya (North Press, Qamishli)
 "qamishli": ("city", "SY", 37.05215, 41.23142, "Al Qamishli"),                         # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "mersin_port": ("crossing", "TR", 36.79500, 34.64200, "Port of Mersin"),               # K
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                    # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "bab_salama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G* (row ميناء مصراتة; written مصراته)
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "south_tr": ("region", "TR", 37.00, 35.00, "Southern Turkey (Mersin-Adana coast)"),    # K
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 # qju2 Irini inspection and war-risk insurance (Al-Eqtisadiah, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                 # G* (row شمال لبنان; also written شمالي لبنان)
 "jebel_ali": ("crossing", "AE", 25.01130, 55.06120, "Port of Jebel Ali"),              # G
 "suez": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                            # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "piraeus": ("city", "GR", 37.94203, 23.64619, "Piraeus"),                              # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 # qju3 Tunisian navy and the Libyan coast guard (Cap FM, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.47000, 11.12000, "Port of Zarzis"),               # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G (district row مدنين)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tnside": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # qju4 Egyptian navy exercise (Al-Badil, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G (row الإسكندرية; also written الاسكندرية)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (district row مطروح)
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 # qju5 Russian ships Tartus -> Tobruk (OTV, Beirut)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "novorossiysk": ("city", "RU", 44.73188, 37.76176, "Novorossiysk"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "qju1": ["نورث برس", "الجيش الوطني السوري", "فرقة السلطان مراد", "أحرار الشرقية", "أبو حمزة الإدلبي",
          "غصن الزيتون", "الليبية", "ليبية", "السوريين", "الأتراك"],
 "qju2": ["الاقتصادية", "بحر العرب", "تايمز أوف مالطا", "ماركو باليرمو", "الليبية", "الليبي", "البريطانية",
          "يونانية", "التركية", "إيطالية"],
 "qju3": ["كاب أف أم", "جيش البحر", "جيش البر", "إدريس القابسي", "تجربة", "الليبي", "ليبية", "التونسي"],
 "qju4": ["البديل", "أنور السادات", "رعد الساحل 2026", "الخيار المطروح", "حمدي إدريس", "الجيش الوطني الليبي",
          "مصرية", "تركية"],
 "qju5": ["أو تي في", "إيفان غرين", "الفيلق الإفريقي", "إيليوشن 76", "الأنباء السارة", "السورية", "الروسية"],
}

PHEN = {
 "qju1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qju2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qju3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qju4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qju5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qju1": [
  mv("redeploy", "reported", "Syrian mercenaries", ["أعزاز"], ["غازي عنتاب"], ["معبر باب السلامة"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["أعزاز"]),
  mv("deploy", "planned", "Syrian mercenaries", ["ميناء مرسين"], ["ميناء مصراته"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"], ["سوريا"]),
  mv("advance", "denied", "Syrian mercenaries", [], ["سرت"]),
 ],
 "qju2": [
  mv("shipment", "reported", None, ["ميناء جبل علي"], ["ميناء بنغازي"], ["قناة السويس"]),
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("shipment", "denied", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["مصراتة"]),
  mv("deploy", "planned", None, ["أوغستا"], ["زوارة"]),
 ],
 "qju3": [
  mv("reinforce", "reported", "Tunisian army", ["بنزرت"], ["ميناء جرجيس"], ["صفاقس"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("advance", "denied", "GNA forces", [], ["جربة"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["معبر رأس جدير"]),
 ],
 "qju4": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["مرسى مطروح"]),
  mv("naval_landing", "planned", "Egyptian army", [], ["سيدي براني"]),
  mv("deploy", "denied", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("deploy", "reported", "Turkish armed forces", [], ["مصراتة", "الخمس"]),
 ],
 "qju5": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Russian forces", ["طبرق"], ["قاعدة معطن السارة"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
  mv("shipment", "denied", None, ["نوفوروسيسك"], ["بنغازي"], ["مرفأ طرابلس"]),
 ],
}

NOTES = {
 "qju1": "North Press report from Qamishli (dateline only) on Syrian faction fighters sent to Libya: a bus transfer "
         "Azaz→Gaziantep via the Bab al-Salama crossing, then an airlift Gaziantep airport→Mitiga airport, the "
         "fighters' earlier gathering near Azaz (mobilise), a planned second batch by sea Mersin port→Misrata port "
         "(spelled مصراته), a conditional return of the previous batch from the Yarmouk camp to Syria («لن يعودوا "
         "... إلا إذا») and a denied advance towards the front lines west of Sirte. Afrin (residence), Ankara, "
         "Tripoli as government, northern Syria and Libya in the closing paragraph are background; faction names, "
         "the 'Olive Branch' operation and a commander named al-Idlibi are traps.",
 "qju2": "Al-Eqtisadiah business report from London (dateline, insurance market) on Irini: a Comoros-flagged "
         "freighter Jebel Ali port→Benghazi port via the Suez Canal intercepted 120 nm north of Tobruk (distance "
         "reference only), an earlier jet-fuel tanker from the port of Tripoli in Lebanon to the port of Tripoli in "
         "Libya, a Turkish landing ship Aksaz naval base→Khoms port denied by Ankara, Turkey's conditional frigate "
         "escorts to Misrata and a planned Italian frigate Augusta→off Zuwara (Sicily only locates Augusta). "
         "Civilian shipping suspensions, war-risk premiums and oil tankers at Zueitina and Brega are not movements.",
 "qju3": "Cap FM report (dateline Tunis) on the Tunisian navy and the Libyan coast guard: two patrol boats "
         "Bizerte→Zarzis port via Sfax, a planned army unit Gabes→Ben Gardane, armed vehicles gathering near Abu "
         "Kammash (no named force), a denied incursion of Libyan coast-guard boats off Djerba ('تجربة' contains "
         "جربة), four patrol boats Abu Sitta naval base→Zuwara port and a conditional reinforcement Medenine→Ras "
         "Ajdir crossing; smuggling from Zuwara and Sabratha, the fishermen's town Zarzis, the Medenine governorate "
         "and the border/Ben Gardane background are not movement places; Tunis city vs Tunisia the country.",
 "qju4": "Al-Badil report from Cairo on an Egyptian naval exercise: the helicopter carrier (named after a person) "
         "Ras el-Tin naval base→off Marsa Matruh, a planned amphibious landing at Sidi Barrani, a denied frigate "
         "move Alexandria→Tobruk port, a conditional border-guard move Marsa Matruh→Sallum (the border with Libya "
         "only in the condition), an LNA marine company Benghazi port→Derna port, and Turkish warships' port calls "
         "at Misrata and Khums given as a verbal noun. 'الخيار المطروح' (Matruh) and 'رعد الساحل 2026' are traps; "
         "Alexandria is spelled with and without hamza.",
 "qju5": "OTV report from Beirut on Russian moves: the landing ship (named after a person) Tartus→Tobruk port with "
         "Africa Corps troops, Il-76 flights Hmeimim→Al-Khadim (Latakia and Benghazi only locators), a planned "
         "transfer Tobruk→Maaten al-Sarra via Al-Jufra air base ('الأنباء السارة' trap), a conditional pull-out of "
         "the remaining ships Tartus→Tobruk and a denied Russian cargo ship Novorossiysk→Benghazi stopping at the "
         "port of Tripoli in Lebanon (anaphora «المرفأ»); Tripoli (Lebanon) vs Tripoli (Libya), Algeria the "
         "country, Damascus, Moscow and Sharara (Wagner guarding, no movement) are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qju1", "qju2", "qju3", "qju4", "qju5")
