# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.13, 15.99, "Al Jufra"),                                 # K (point between Hun and Waddan)
 # qgm1 Al-Masar TV's Telegram digest: Khoms, Tarhuna, Bani Walid
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata_var": ("city", "LY", 32.37535, 15.09254, "Misrata"),                          # G (written مصراته)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # qgm2 Sada El Balad's seven points: Siwa, Jaghbub, Tobruk, Derna
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 29.40, 25.15, "Egypt-Libya border (Egyptian side, Siwa sector)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "gamal": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق, kind base)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qgm3 Roya's six points: Sirte, Jufra, the Russian airlift, the ship from Lebanon
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qgm4 Babnet's press-conference points: Dehiba, Ras Ajdir, Zaltan
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin (Sidi Bin Zinah)"),           # G
 # qgm5 Al Qahera News posts: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "East Owainat Airport"),  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "qgm1": ["المسار", "الكتائب المصراتية", "رتل مصراتي", "سالم الزليتني", "الأيام الخمسة", "ورفلة", "قوة حماية طرابلس"],
 "qgm2": ["صدى البلد", "الجيش المصري", "الجيش الوطني الليبي", "فرج الطبرقي", "الخيار المطروح", "الواحات المصرية",
          "القوات البحرية الليبية"],
 "qgm3": ["رؤيا", "إيتاميل رادار", "الجيش الوطني الليبي", "فاغنر", "إدريس القماطي", "غرفة عمليات تحرير سرت الجفرة",
          "روسيتان"],
 "qgm4": ["باب نات", "الهادي بن إدريس", "الجيش التونسي", "وحدات تونسية", "سيردّون الجميل", "الديوانة التونسية"],
 "qgm5": ["القاهرة الإخبارية", "كتيبة سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع", "الجيش السوداني",
          "إدريس بوحليقة", "مصدر مصري"],
}

PHEN = {
 "qgm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qgm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "countries"],
 "qgm4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgm5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgm1": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["الخمس"], ["زليتن"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("reinforce", "planned", "GNA forces", ["قاعدة معيتيقة"], ["ترهونة"], ["قصر بن غشير"]),
  mv("advance", "denied", "Libyan National Army", ["الجفرة"], ["بني وليد"]),
  mv("advance", "conditional", "Misrata forces", [], ["بني وليد"]),
 ],
 "qgm2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("redeploy", "conditional", "Egyptian army", ["سيوة"], ["السلوم"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["الجغبوب"], ["طبرق"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
 ],
 "qgm3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["هراوة"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["سرت"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبوقرين"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "qgm4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("withdraw", "conditional", "Tunisian army", ["معبر راس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"], ["معبر الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زلطن"], ["الجميل", "رقدالين"]),
 ],
 "qgm5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["تازربو"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], [], ["مثلث العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["مطار شرق العوينات"]),
 ],
}

NOTES = {
 "qgm1": "Al-Masar TV's Telegram digest in seven numbered posts: a Misrata column Misrata (written مصراته)→Al-Khums via "
         "Zliten, a planned boat landing Misrata port→Khoms port announced by the column commander, a planned GNA company "
         "Mitiga base→Tarhuna via Qasr Bin Ghashir, the LNA's denied advance from Al-Jufra on Bani Walid and Misrata's "
         "conditional advance on Bani Walid (the road of Tarhuna is only the condition). Msallata (drone), Bani Walid in "
         "the Warfalla post and the background, Tripoli (dateline, distance) are not movement places.",
 "qgm2": "Sada El Balad's seven points: Egyptian reinforcements Mohamed Naguib base→Siwa via Marsa Matruh, a conditional "
         "move Siwa→Sallum (the Sallum land port is only the condition), a planned LNA ammunition shipment "
         "Benghazi→Jaghbub via Tobruk, the LNA's denied pull-out Derna→Gamal Abdel Nasser air base (Tobruk only locates "
         "the base), LNA marines landed at Tobruk port from Benghazi. The border and Jaghbub in item 2 are distance "
         "references; Cairo, Egypt and eastern Libya are not movement places.",
 "qgm3": "Roya's six bullets: a Russian Il-76 airlift Hmeimim (Syria)→Al-Jufra air base, a denied Wagner pull-out "
         "Al-Jufra base→Brak, a planned LNA battalion Sirte→Harawa, a GNA conditional advance Abu Qurayn→Sirte and the "
         "reported massing in Abu Qurayn, and a denied ammunition ship from the port of Tripoli (Lebanon) to Benghazi "
         "port (actor null). Tripoli (Libya) is only the seat of the government; Sirte in the oil bullet and the "
         "background, Es Sider and the Oil Crescent are references.",
 "qgm4": "Babnet's points from a Tunisian MoD press conference: a reinforcement Tataouine→Dehiba via Remada, a planned "
         "engineer unit Gabes→Ben Gardane, the conditional pull-back from around the Ras Ajdir crossing, a denied crossing "
         "of Tunisian units to Wazin through the Dehiba crossing, and a GNA force Tripoli→Zaltan via Al-Jumayl and "
         "Regdalin. Tunis is the dateline; the Ras Ajdir crossing in the last paragraph is not a movement place.",
 "qgm5": "Al Qahera News posts: an LNA airlift Benina air base→Kufra airport, a Subul al-Salam column Kufra→the border "
         "with Sudan, a planned company Kufra→the Sarir field, LNA massing in Tazirbu, the RSF's denied entry from North "
         "Darfur via the Uweinat triangle (no destination place), and Egypt's conditional reinforcement of East Owainat "
         "airport. Benghazi (correspondent), the Kufra–Sudan road, the background distances and Darfur are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgm1", "qgm2", "qgm3", "qgm4", "qgm5")
BAR_IN_TEXT = True  # «عاجل |», «تحديث |» and «المسار |» are written with a literal bar
