# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # zt1 Zawiya (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 # zt2 Murzuq (Asharq Al-Awsat)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # zt3 Kufra and the Sudan border (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libyan border (with Sudan)"),    # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 # zt4 Tripoli clashes and the Lebanese evacuation (Lebanon 24)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "souqjumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar), kind district)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "misrata_port": ("crossing", "LY", 32.355, 15.205, "Port of Misrata (Qasr Ahmed)"),       # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 # zt5 Brega clashes and the workers' return through Sallum (Vetogate)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "brega_port": ("oilfield", "LY", 30.418, 19.588, "Marsa al-Brega oil port"),           # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "matruh_gov": ("district", "EG", 31.35290, 27.23725, "Matrouh Governorate"),           # G* (row مرسى مطروح: the capital as point)
}

TRAPS = {
 "zt1": ["القدس العربي", "شركة الزاوية لتكرير النفط", "الليبية", "كتيبة ثوار طرابلس", "علي الزنتاني", "هذه الزاوية",
         "المصراتية"],
 "zt2": ["الشرق الأوسط", "أكاكوس", "طارق بن زياد", "الجيش الوطني الليبي", "إدريس", "حركة تشادية معارضة",
         "التشادية"],
 "zt3": ["السوداني", "حركة تحرير السودان", "آدم إدريس", "قوات الدعم السريع", "كتيبة سبل السلام",
         "الجيش الوطني الليبي", "الليبية", "مجموعات تشادية مسلحة", "الأراضي التشادية"],
 "zt4": ["لبنان 24", "لبنانية", "اللبنانيين", "لبنانيتان", "الليبية", "المصراتية", "جهاز الردع", "اللواء 444 قتال", "التركية",
         "الأتراك"],
 "zt5": ["فيتو", "شركة سرت لإنتاج وتصنيع النفط والغاز", "سرت شائعات", "الهلال الأحمر", "الجيش الوطني الليبي",
         "الجيش المصري", "مصري", "الليبية"],
}

PHEN = {
 "zt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "zt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "zt3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zt5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zt1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["صرمان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["بئر الغنم"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الزاوية"]),
 ],
 "zt2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("advance", "conditional", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["مرزق"]),
 ],
 "zt3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان", "مثلث العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["ربيانة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["مثلث العوينات"], ["شمال دارفور"]),
  mv("shipment", "denied", "Sudanese armed groups", ["المالحة"], ["الحدود الليبية"]),
 ],
 "zt4": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["تاجوراء"], ["الخمس", "القره بوللي"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["طرابلس"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة معيتيقة"]),
 ],
 "zt5": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["البريقة"], ["أجدابيا"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["بويرات الحسون"]),
  mv("deploy", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم البري"]),
 ],
}

NOTES = {
 "zt1": "Clashes in Zawiya force the municipality to suspend classes and close the coast road, the refinery company "
        "(trap) to evacuate staff to Tripoli and families to flee to Sabratha and Al-Ajaylat (civilian flows: not "
        "movement places); the GNA pushes a 40-vehicle force Tripoli→Zawiya via Janzour and Al-Mayah (reported), a "
        "company is to move Al-Watiya base→Surman (planned); Zintan denies massing 60 vehicles in Bir al-Ghanam "
        "(Zintan itself only the seat of the speaker); Misrata brigades would move Misrata→Zawiya only if the truce "
        "collapses (conditional); the fuel trucks' Zawiya–Zuwara runs are civilian; Algeria, Tunisia and Algiers are "
        "only the authors and venue of a statement.",
 "zt2": "Clashes in Murzuq close the Sabha road, make Akakus (trap) evacuate staff El Feel field→Ubari and families "
        "leave for Traghen (civilian); LNA reinforcements Sabha→Murzuq via Ghuddwa and, the night before, 8 "
        "ammunition and fuel trucks Tamanhint base→Murzuq ('إلى المدينة' = Murzuq) (both reported), a cargo plane "
        "Jufra air base→Sabha airport (planned), the battalion in Murzuq would advance to Al-Qatrun only if gunmen "
        "cross the Niger border (conditional; the border is the condition), a Chadian group denies moving fighters "
        "Tibesti→Murzuq; trucks turned back at the Umm al-Aranib gate are civilian. The officer Idris (إدريس) is a "
        "person; there is no Libyan Idri.",
 "zt3": "Fighting in the Libya-Chad-Sudan triangle drives aid agencies to pull staff Kufra→Benghazi and refugees into "
        "Kufra (civilian); the LNA deploys the Subul al-Salam battalion Kufra→the Sudan border, posted near the "
        "Uweinat triangle (reported; both destinations), a planned airlift Benina base→Kufra airport, Chadian groups "
        "were forced out of the Rebiana area toward 'Chadian territory' (reported withdraw, origin only), a Sudanese "
        "movement's fighters would withdraw from the Uweinat triangle to North Darfur only if attacks stop "
        "(conditional), the RSF denies sending an arms shipment on 70 trucks Al-Malha→the Libyan border; Tazirbu, "
        "Ajdabiya and Jalu are only roads and trade routes.",
 "zt4": "Clashes in Tajoura and Souq al-Juma close Mitiga airport and make a Lebanese contractor evacuate 43 workers "
        "Tripoli→Ras Ajdir→Djerba, flying home from Tunis to Lebanon (civilian; Tripoli of Lebanon and Akkar are "
        "their home towns); Misrata brigades push 50 vehicles Misrata→Tajoura via Al-Khums and Garabulli and a ship "
        "lands 120 fighters Misrata port→Tripoli port (reported), the GNA plans a neutral force around Mitiga "
        "airport, Zintan forces would leave Zintan for Tripoli only if asked (conditional), Turkey denies moving "
        "drones Al-Watiya base→Mitiga base; the Radaa reinforcement 'around the airport' names no place.",
 "zt5": "Clashes around Brega send 3,000 Egyptian workers home through the Sallum land port and make the Sirte Oil "
        "Company (trap) evacuate staff to Benghazi (civilian); LNA reinforcements Benghazi→Brega via Ajdabiya "
        "(reported), a planned landing ship Benghazi port→Brega port (Sirte only marks the end of the army's lines), "
        "Misrata brigades massed in Abu Qurayn (reported mobilise) would advance on Buwairat al-Hassoun only if "
        "attacked (conditional; Misrata is where the rumours spread, 'سرت شائعات' is a verb), and Egypt denies "
        "sending units through the Sallum land port toward Tobruk.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zt1", "zt2", "zt3", "zt4", "zt5")
