# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                        # G
 # capitals and cities abroad
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                     # G
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                # G (district row)
 "base201": ("base", "NE", 16.95, 8.04, "Air Base 201 (Agadez)"),                         # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),               # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                    # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                  # G
 "chirfa": ("village", "NE", 20.93, 12.35, "Chirfa"),                                     # K
 "tenere": ("region", "NE", 18.5, 11.0, "Tenere desert"),                                 # K
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                      # G
 "north_east_ne": ("region", "NE", 19.96883, 11.12906, "North-eastern Niger"),            # G (row شمال شرق النيجر)
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),         # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Niger side)"),  # G* (row الحدود النيجرية التشادية)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                   # G
 # Algeria
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                           # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),             # G* (city row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                 # G* (city row)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),            # G* (row برقة, found by شرق ليبيا)
}

TRAPS = {
 "rh1": ["سبوتنيك", "وزارة الدفاع النيجرية", "الفيلق الأفريقي", "إذاعة فرنسا الدولية", "العقيد إبراهيم باكو",
         "الدعم المالي", "المهربين الليبيين"],
 "rh2": ["يورونيوز", "درع التينيري", "الجيش النيجري", "الجانب الليبي", "الحاج مسعود التومي",
         "القيادة العامة للجيش الليبي", "وكالة الأنباء الجزائرية"],
 "rh3": ["المدن", "الفيلق الأفريقي", "السبهاوي", "الجيش النيجري", "الجيش الليبي", "الممر الليبي"],
 "rh4": ["الأخبار", "الجيش النيجري", "فجر فزان", "عبد السلام الإدريسي", "لا أدري", "وزير الدفاع النيجري",
         "تيلي ساحل"],
 "rh5": ["مونت كارلو الدولية", "الطرابلسي", "الجانب الليبي", "الحكومة النيجرية", "الجيش النيجري",
         "المجموعة الاقتصادية لدول غرب أفريقيا", "تحالف دول الساحل"],
}

PHEN = {
 "rh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "rh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "countries"],
 "rh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "rh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, LNA, GNA, DZ = "Russian forces", "Libyan National Army", "GNA forces", "Algerian army"

MOVES = {
 "rh1": [
  mv("airlift", "reported", RU, ["باماكو"], ["مطار نيامي"]),
  mv("deploy", "reported", RU, ["نيامي"], ["القاعدة الجوية 201"]),
  mv("redeploy", "planned", RU, ["أغاديز"], ["ديركو"]),
  mv("deploy", "denied", RU, [], ["قاعدة ماداما"]),
  mv("reinforce", "conditional", None, [], ["ماداما"]),
 ],
 "rh2": [
  mv("advance", "reported", None, ["ديركو"], ["جادو"]),
  mv("shipment", "reported", None, ["إدري"], ["أغاديز"], ["القطرون", "معبر التوم"]),
  mv("mobilise", "denied", LNA, [], ["القطرون"]),
  mv("withdraw", "planned", None, ["ماداما"], ["بيلما"]),
  mv("deploy", "planned", None, [], ["ماداما"]),
  mv("mobilise", "conditional", DZ, [], ["عين قزام"]),
 ],
 "rh3": [
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["النيجر"], ["قاعدة الجفرة الجوية", "سبها"]),
  mv("airlift", "planned", RU, ["قاعدة الخادم"], ["مطار ديركو"]),
  mv("deploy", "conditional", RU, [], ["حقل الشرارة"]),
  mv("redeploy", "denied", RU, ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
 ],
 "rh4": [
  mv("shipment", "reported", None, ["حقل الفيل"], ["ديركو"], ["منفذ التوم"]),
  mv("reinforce", "reported", None, ["بيلما"], ["شيرفا"]),
  mv("advance", "planned", None, ["شيرفا"], ["الحدود مع تشاد"]),
  mv("deploy", "denied", GNA, ["طرابلس"], ["الحدود مع النيجر"]),
  mv("mobilise", "conditional", LNA, [], ["القطرون", "تجرهي"]),
  mv("withdraw", "denied", LNA, ["منفذ التوم"], ["القطرون"]),
 ],
 "rh5": [
  mv("advance", "reported", None, ["ماداما"], ["مثلث السلفادور"]),
  mv("advance", "denied", None, [], ["ليبيا"], ["منفذ تومو"]),
  mv("redeploy", "reported", LNA, ["سبها"], ["قاعدة الويغ"]),
  mv("naval_landing", "planned", RU, [], ["ميناء بنغازي"]),
  mv("withdraw", "conditional", RU, ["ديركو"], ["نيامي"]),
 ],
}

NOTES = {
 "rh1": "Sputnik Arabic, Niamey: Russian Africa Corps instructors — an Il-76 Bamako→Niamey airport, a move from the "
        "capital (anaphora → Niamey) to Air Base 201, a planned Agadez→Dirkou move, the embassy's denial of a deployment "
        "at Madama base and the Agadez governor's conditional reinforcement of Madama («إذا تكررت»). Agadez spelled "
        "أغاديز and أغاديس; «إقليم أغاديز» is the district; «الدعم المالي» hides Mali; the road Dirkou–Tummo, the "
        "smugglers' caravans and the trade convoys from Al Qatrun are not movements.",
 "rh2": "Euronews Arabic, Agadez: Niger's «درع التينيري» operation — an advance Dirkou→Djado, an arms shipment "
        "Idri→Agadez via Al Qatrun and the Toummo crossing intercepted near Seguedine (locator), the LNA's denied "
        "mobilisation in Al Qatrun, a planned withdrawal Madama→Bilma with a replacement unit planned for Madama "
        "(«محله»), and Algeria's conditional mobilisation at In Guezzam. Traps: the operation name and the smuggler "
        "«التومي» contain place names; الجزائر العاصمة (Algiers) vs الجزائر (country).",
 "rh3": "Al-Modon, Beirut: the Russian supply line through Libya to Niger — a landing at Tobruk port, the equipment "
        "convoy Tobruk port→Niger via Jufra air base and Sabha, a planned weekly airlift Al Khadim→Dirkou airport, "
        "a conditional deployment around the Sharara field («حول الحقل») and the GNU's claim of a Brak→Al Wigh "
        "redeploy denied by the General Command. Tripoli written «طرابلس الغرب» in a Lebanese outlet; the analyst "
        "«السبهاوي» is a trap; fuel convoys from the Sharara area are civilian, not movements.",
 "rh4": "Alakhbar (Mauritanian agency), Niamey: an armed fuel-and-ammunition convoy from the El Feel field area via "
        "the Toummo crossing bound for Dirkou (stopped south of Madama), a reinforcement Bilma→Chirfa, a planned advance "
        "Chirfa→the Chad border, the GNU's denied column Tripoli→the Niger border, an LNA conditional mobilisation in "
        "Al Qatrun and Tajarhi and its denied pull-out Toummo→Al Qatrun. Traps: «الإدريسي», «لا أدري», «فجر فزان»; "
        "the minister's visit to Algeria is not a movement.",
 "rh5": "Monte Carlo Doualiya, Paris: a Nigerien advance Madama→the Salvador triangle, Niamey's denial of an "
        "incursion into Libya via the Toummo crossing, an LNA redeploy Sabha→Al Wigh base, a planned Russian landing "
        "at Benghazi port and a conditional Russian pull-out Dirkou→Niamey («في حال»). Traps: the smuggler «الطرابلسي», "
        "ECOWAS and the Alliance of Sahel States; the exit from ECOWAS is not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rh1", "rh2", "rh3", "rh4", "rh5")
