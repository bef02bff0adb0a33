# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared cities and bases
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra (area)"),                          # K (README convention: point near Hun/Waddan)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا, found by its name الجنوب الليبي)
 # xk1 flights to Al-Khadim and Brak al-Shati (Al-Quds Al-Arabi)
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # xk2 ships at Tobruk (Nidaa al-Watan)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gamal": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق, Gamal Abdel Nasser Airport)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # xk3 onward to the Sahel (Alyaoum24)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Bamako-Senou (Modibo Keita) International Airport"),  # K
 "sahel": ("region", "ML", 15.5, 0.5, "Sahel (central)"),                               # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                      # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                       # G
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border (Malian side)"),  # G* (row الحدود المالية الجزائرية)
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G
 "bobo": ("city", "BF", 11.1771, -4.2979, "Bobo-Dioulasso"),                            # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # xk4 from Hmeimim to Maaten al-Sarra (Syria TV)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "jableh": ("town", "SY", 35.36211, 35.92759, "Jableh"),                                # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 # xk5 Al-Qardabiya and the Sirte line (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين, found by أبو قرين)
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
}

TRAPS = {
 "xk1": ["القدس العربي", "فيلق أفريقيا", "السورية", "الخادم الرئيسي", "الجيش الوطني الليبي", "إدريس الفيتوري",
         "الروسي"],
 "xk2": ["نداء الوطن", "الروس", "فرج الطبرقي", "فيلق أفريقيا", "الروسية", "السورية"],
 "xk3": ["اليوم 24", "فيلق أفريقيا", "الروسية", "الليبية", "مجموعة فاغنر", "عسكري مالي", "الدعم المالي",
         "الروسي", "المغربي", "يوسف الإدريسي", "تحالف دول الساحل", "الجيش المالي"],
 "xk4": ["الليبية", "تلفزيون سوريا", "السورية", "سودانية", "الجيش الوطني الليبي", "قوات الدعم السريع",
         "الأنباء السارة"],
 "xk5": ["فيلق أفريقيا", "الجريدة", "ليبية", "الروسي", "فواصل", "قوة حماية طرابلس", "غرفة عمليات سرت الكبرى",
         "بريطانية", "المصري"],
}

PHEN = {
 "xk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "xk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "xk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU = "Russian forces"
LNA = "Libyan National Army"

MOVES = {
 "xk1": [
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم الجوية", "قاعدة براك الجوية"]),
  mv("redeploy", "reported", RU, ["قاعدة براك"], ["قاعدة تمنهنت"]),
  mv("airlift", "planned", RU, ["روسيا"], ["الخادم"]),
  mv("reinforce", "conditional", RU, [], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "denied", RU, ["براك الشاطئ"], ["القطرون"]),
 ],
 "xk2": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"], ["طرابلس"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
  mv("airlift", "planned", RU, ["قاعدة جمال عبد الناصر"], ["قاعدة الجفرة"]),
  mv("redeploy", "conditional", RU, [], ["قاعدة معطن السارة"]),
  mv("shipment", "denied", RU, [], ["السودان"], ["الكفرة"]),
 ],
 "xk3": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["مطار باماكو"], ["نيامي"]),
  mv("airlift", "planned", RU, ["قاعدة براك الجوية"], ["واغادوغو"]),
  mv("advance", "reported", RU, ["كيدال"], ["تينزاواتين"]),
  mv("withdraw", "conditional", RU, ["كيدال"], ["غاو"]),
  mv("deploy", "denied", RU, ["ليبيا"], ["بوبو ديولاسو"], ["النيجر"]),
 ],
 "xk4": [
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الجفرة"]),
  mv("airlift", "reported", RU, ["الجفره"], ["مطار الكفرة"]),
  mv("shipment", "reported", RU, ["مطار الكفرة"], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", RU, ["حميميم"], ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", RU, ["طرطوس"], ["ليبيا"]),
  mv("shipment", "denied", None, ["معطن السارة"], ["دارفور"], ["مثلث العوينات"]),
 ],
 "xk5": [
  mv("reinforce", "reported", RU, ["قاعدة الجفرة"], ["قاعدة القرضابية الجوية"], ["ودان"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الوشكة"]),
  mv("advance", "planned", "GNA forces", ["مصراتة"], ["الوشكة"], ["أبو قرين"]),
  mv("mobilise", "conditional", LNA, [], ["سرت"]),
  mv("redeploy", "denied", RU, ["قاعدة الخادم"], ["القرضابية"]),
 ],
}

NOTES = {
 "xk1": "Flight-tracking story: Il-76s Hmeimim→Al-Khadim and Brak air bases (Latakia only locates Hmeimim; Benghazi "
        "'100 km west' and Idri '120 km' are distance references), a bus transfer Brak base→Tamanhint ('60 km'), planned "
        "flights Russia→Al-Khadim, a conditional reinforcement of Al-Jufra air base, and an LNA-denied Russian column "
        "Brak al-Shati→Al-Qatrun (Toummo crossing and the Niger border only a distance reference). Moscow, Syria, Libya "
        "and the south are context; 'الخادم الرئيسي' (a server) and 'إدريس' in a spokesman's name are traps.",
 "xk2": "Two Russian landing ships Tartus→Tobruk port passing off Tripoli (Lebanon) (the Lebanese Tripoli is the via; "
        "as fishermen's town and an MP's constituency it is not a movement place), a convoy from the port to Gamal Abdel "
        "Nasser air base, a planned third ship to Tobruk port and a planned airlift Gamal Abdel Nasser→Al-Jufra base, a "
        "conditional transfer of the armour to Maaten al-Sarra (the Chad border only locates the base), and a Russian "
        "embassy denial of munitions sent via Kufra to Sudan (Tripoli, Libya, is only the embassy's seat; Hariga only "
        "a distance reference; Benghazi the source's city).",
 "xk3": "Onward moves: Il-76s Al-Jufra base→Bamako airport via a stop in Niamey, a planned company Brak air base→"
        "Ouagadougou, a reported advance Kidal→Tinzaouaten (the border with Algeria only locates it), a conditional "
        "pull-back Kidal→Gao, and Burkina's denial of Russian fighters Libya→Bobo-Dioulasso via Niger. 'مالي' also "
        "occurs as 'Malian' and 'financial'; Rabat and Algiers are the dateline/speakers, Niamey the summit venue too.",
 "xk4": "Syria TV: six flights Hmeimim→Al-Jufra base (Jableh only locates Hmeimim), an onward airlift Al-Jufra→Kufra "
        "airport and a truck move from it to Maaten al-Sarra (Kufra '300 km' only a distance reference), a planned "
        "transfer of the remaining jets Hmeimim→Al-Qardabiya (Sirte only locates it), a conditional departure from Tartus "
        "to Libya, and an LNA denial of arms trucks Maaten al-Sarra→Darfur via the Uweinat triangle (no force named; "
        "the RSF are the recipients). 'الأنباء السارة' is a common-word trap.",
 "xk5": "Al-Jarida (Kuwait dateline): a Russian column Al-Jufra base→Al-Qardabiya via Waddan (Sirte '15 km' a distance "
        "reference), Misrata brigades massing at Al-Washka, a planned GNA advance Misrata→Al-Washka via Abu Qurayn, the "
        "LNA's conditional massing around Sirte if Al-Qardabiya is attacked (Al-Qardabiya there only the condition), and "
        "the Kremlin's denial of Su-24s Al-Khadim→Al-Qardabiya. Tripoli is the GNA's city and inside the trap 'قوة حماية "
        "طرابلس'; Cairo and Ankara are context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xk1", "xk2", "xk3", "xk4", "xk5")
