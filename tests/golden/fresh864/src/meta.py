# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README puts Jufra-as-area near Hun)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 # qgh1 the 2019 Tripoli war, seven years on (Al-Quds Al-Arabi)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 # qgh2 the Sirte-Jufra "red line", six years on (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),      # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 31.2, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qgh3 Russia's shift to Libya, two years after Assad (Al-Joumhouria)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G (row برقة, found by grep الشرق الليبي)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # qgh4 the Ras Ajdir crisis, two years on (Le Maghreb)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn_side": ("region", "TN", 33.05, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 # qgh5 Kufra and the Sudan war, three years on (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row written خرطوم)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),          # G (district row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd_side": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),  # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
}

TRAPS = {
 "qgh1": ["طوفان الكرامة", "القدس العربي", "الجيش الوطني الليبي", "بركان الغضب", "اللواء 444 قتال", "عماد الطرابلسي",
          "الليبية"],
 "qgh2": ["الوفد", "المنطقة الغربية العسكرية", "القوات المصرية", "تركي", "ليبيا الحدث", "الجيش الوطني الليبي",
          "الجانب المصري", "حسم 2026", "حسم 2020", "سمير إدريس"],
 "qgh3": ["الجمهورية", "الروسية", "اللبناني", "القيادة الأمريكية في أفريقيا", "اللبنانية", "الفيلق الأفريقي", "الجديد",
          "الليبية"],
 "qgh4": ["المغرب", "عماد الطرابلسي", "الليبية", "الجيش التونسي", "مالي"],
 "qgh5": ["السوداني", "الليبية", "جبهة التناوب والوفاق", "التشادي", "إدريس ديبي", "الجيش السوداني",
          "الجيش الوطني الليبي", "سبل السلام", "عبد الله آدم إدريس"],
}

PHEN = {
 "qgh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_crossings", "countries"],
 "qgh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgh3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgh4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgh1": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("shipment", "reported", None, ["تركيا"], ["ميناء طرابلس", "ميناء مصراتة"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["الجفرة"], ["بني وليد"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراته"], ["قصر بن غشير"]),
  mv("advance", "conditional", "Zintan forces", [], ["العزيزية"]),
 ],
 "qgh2": [
  mv("advance", "conditional", "Egyptian army", [], ["ليبيا"]),
  mv("advance", "reported", "GNA forces", ["مصراتة"], ["أبوقرين", "الوشكة"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["الجفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("naval_landing", "denied", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء طبرق"]),
 ],
 "qgh3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة براك الجوية"]),
 ],
 "qgh4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس جدير"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان"]),
  mv("mobilise", "denied", "GNA forces", [], ["زوارة"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
 ],
 "qgh5": [
  mv("airlift", "reported", "Sudanese armed groups", ["الخرطوم"], ["الجفرة"]),
  mv("advance", "reported", "Chadian armed groups", ["الجفرة"], ["تيبستي"], ["فزان"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفره"], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Libyan National Army", ["بنغازي"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", "Sudanese armed groups", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qgh1": "Seventh anniversary of the April 2019 offensive on Tripoli: past LNA advance Gharyan→Qasr Bin Ghashir and the old "
         "Tripoli airport (Gharyan 'lost' later is no move), arms shipments from Turkey to Tripoli and Misrata ports (no "
         "force named: actor null), the June 2020 LNA pull-out Tarhuna→Al-Jufra via Bani Walid (the operation's halt 'on "
         "the outskirts of Sirte' is no move); now a denied LNA advance Sirte→Abu Qurayn (Geneva only the ceasefire venue), "
         "a planned move of two Misrata battalions to Qasr Bin Ghashir and Zintan's conditional move towards Al-Aziziyah "
         "(Zintan only the council's seat). Ain Zara and the last Tripoli are civilians' places.",
 "qgh2": "Sixth anniversary of the Sidi Barrani 'red line' speech: Sisi's conditional entry of Egyptian forces into Libya "
         "(Sirte and Al-Jufra only the line, Sidi Barrani the venue, the Oil Crescent a purpose), the 2020 GNA advance "
         "Misrata→Abu Qurayn and Al-Washka ('west of Sirte' a locator), Wagner airlifted Bani Walid airport→Al-Jufra; now "
         "LNA reinforcements Benghazi→Sirte, a planned armoured move Mohamed Naguib base→Sidi Barrani (the 2020 drill 'near "
         "the border with Libya' is no move) and a denied marine landing Ras el-Tin base→Tobruk port. Algiers, Cairo, Tunis, "
         "Tripoli and Benghazi in the last paragraph are capitals/cities of speakers and meetings.",
 "qgh3": "Two years after Assad's fall: Russian airlift Hmeimim→Al-Khadim base ('east of Benghazi' a locator), the landing "
         "ship Tartus→Tobruk port (Tripoli in Lebanon only the source of ship sightings), the 2020 jets Hmeimim→Al-Jufra air "
         "base that Moscow denied (Wagner guarding Sharara is no move), a planned Africa Corps move Al-Jufra base→Maaten "
         "al-Sarra ('near the border with Chad' locates the base; Niger and Mali only the supply lines' direction) and a "
         "conditional departure from Brak air base. Tripoli (Libya) only the seat of the government.",
 "qgh4": "Two years after the Ras Ajdir crisis: the March 2024 interior-ministry force Tripoli→Ras Ajdir crossing (Zuwara "
         "municipality only the previous holder), Tunisian reinforcements Medenine→Ben Gardane (the border only where "
         "travellers were stuck); now a denied massing in Zuwara, a planned company Tataouine→Dehiba (Wazin only a "
         "locator) and a conditional deployment Gabes→the border with Libya. Tunis (dateline) city, Tunisia country.",
 "qgh5": "Third anniversary of the Sudan war, seen from Kufra: the 2019 RSF airlift Khartoum→Al-Jufra, FACT's 2021 advance "
         "Al-Jufra→Tibesti via Fezzan, a denied LNA arms-convoy route Kufra→Darfur; now an LNA column Kufra→the border "
         "triangle (the three countries only describe it), a planned airlift Benghazi→Kufra airport and the Joint Force's "
         "conditional massing on the border with Libya (the RSF's not withdrawing from the triangle is only the condition). "
         "El Fasher and the border with Chad are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgh1", "qgh2", "qgh3", "qgh4", "qgh5")
