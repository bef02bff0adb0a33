# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 # Sirte and the central front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "harawa_mun": ("district", "LY", 31.05000, 17.15000, "Harawa municipality"),           # G* (town row)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base row, between Hun and Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # the oil crescent
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (row راس لانوف, kind town)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "brega_port": ("oilfield", "LY", 30.42, 19.58, "Marsa al-Brega port"),                 # K
 # borders and crossings
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),    # G* (row الحدود الليبية المصرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 # abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "hurghada": ("city", "EG", 27.25738, 33.81291, "Hurghada"),                            # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا / Halba (Akkar))
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "xo1": ["القدس العربي", "الجيش الوطني الليبي", "خالد الطرابلسي", "قوة حماية وتأمين سرت"],
 "xo2": ["الجريدة", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "الروسية", "الفيلق الأفريقي", "الدعم المالي"],
 "xo3": ["صدى البلد", "إدريس الفيتوري", "السودانية", "الجانب التركي", "الفيلق الأفريقي",
         "المرصد السوري لحقوق الإنسان", "الليبية", "السوريين", "التركية", "الروسية"],
 "xo4": ["الأيام", "مفتاح الخمسي", "السنوات الخمس", "التونسي", "الليبية", "عملية البنيان المرصوص"],
 "xo5": ["اللواء", "لبنانياً", "الليبية", "الزاوية", "الجيش الوطني الليبي", "عبد الحكيم الإدريسي",
         "المركز اللبناني للأعمال المتعلقة بالألغام"],
}

PHEN = {
 "xo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "xo3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "xo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "town_vs_district", "coverage_neighbours"],
 "xo5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xo1": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["الوشكة"], ["أبوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["هراوة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "GNA forces", ["بويرات الحسون"], ["مصراتة"]),
  mv("advance", "denied", "Libyan National Army", ["هراوة"], ["سرت"]),
 ],
 "xo2": [
  mv("airlift", "reported", "Wagner Group", ["مطار راس لانوف"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", "Wagner Group", ["ميناء السدرة"], ["الجفرة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["بن جواد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء البريقة"], ["ميناء راس لانوف"]),
  mv("withdraw", "conditional", "Libyan National Army", ["النوفلية"], ["راس لانوف"]),
 ],
 "xo3": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["إسطنبول"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["قاعدة الجفرة الجوية"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة القرضابية"], ["مالي"]),
 ],
 "xo4": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراته"]),
  mv("reinforce", "planned", "GNA forces", ["طرابلس"], ["أبو قرين"], ["زليتن"]),
  mv("advance", "conditional", "Misrata forces", ["بويرات الحسون"], ["سرت"]),
  mv("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
 "xo5": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["هراوة"], ["بن جواد"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["هراوة"]),
  mv("redeploy", "planned", "GNA forces", ["أبوقرين"], ["بويرات الحسون"]),
  mv("deploy", "conditional", "Turkish armed forces", ["طرابلس"], ["سرت"]),
 ],
}

NOTES = {
 "xo1": "The reopened coastal road and the joint police force: GNU police Misrata→Al-Washka via Abu Qurayn, LNA "
        "military-police reinforcements Benghazi→Harawa ('60 km east of Sirte' is a distance reference), a planned "
        "artillery transfer Gardabya base→Al Jufra air base, the GNU's conditional pull-back Buwairat al-Hassoun→Misrata "
        "(the bare 'القرضابية' only in the condition), and a denied LNA column Harawa→Sirte. Tripoli is the seat of the "
        "government, Sirte also the dateline and meeting venue; Ras Ajdir, Emsaed, the two borders, Al Jufra and Fezzan "
        "(trucks) are background; the spokesman 'خالد الطرابلسي' and 'قوة حماية وتأمين سرت' are traps.",
 "xo2": "Claims of Wagner leaving the oil crescent: an Il-76 airlift Ras Lanuf airport→Al Jufra air base, a truck "
        "convoy with the group's ammunition Es Sider port→Al Jufra (Geneva only the ceasefire venue), the LNA's denied "
        "massing in Bin Jawad, a planned sea move of an LNA company Brega port→Ras Lanuf port, and a conditional "
        "pull-back Nofaliya→Ras Lanuf once the joint police take the gates 'west of Bin Jawad' (Bin Jawad only in the "
        "condition there). Russia/Libya/Moscow are commentary, Benghazi the dateline.",
 "xo3": "5+5 statements in Cairo on foreign fighters: 140 Syrian mercenaries flown Misrata airport→Istanbul, a planned "
        "exit of Sudanese fighters Al Jufra air base→the border with Sudan via Kufra, Turkey's conditional withdrawal "
        "from Al-Watiya (Ankara only the speaker), a denied Turkish arms ship Mersin→Misrata port, and a denied Russian "
        "airlift Gardabya→Mali ('near Sirte' only locates the base). Cairo (dateline, venue), Hurghada, Egypt and Tunis "
        "(city: the political-dialogue venue) are not movement places.",
 "xo4": "Misrata forces after the disengagement: artillery withdrawn Al-Washka→Misrata (spelled مصراته), planned GNU police "
        "reinforcements Tripoli→Abu Qurayn (spelled أبو قرين) via Zliten, a conditional advance Buwairat al-Hassoun→Sirte, "
        "and a denied massing in Tawergha. Tripoli is also the dateline, Tunis (city) the Tunisian minister's venue, "
        "Sirte municipality and Sirte in the last paragraph background; 'مفتاح الخمسي' and 'السنوات الخمس' are Khums traps.",
 "xo5": "Mine clearing around Sirte in a Beirut daily: Lebanese deminers from Tripoli (Lebanon) and Akkar are civilians "
        "(no movement); an LNA engineer unit Ajdabiya→Harawa via Bin Jawad, 30 engineers landed at Ras Lanuf port from "
        "Benghazi port, a denied pull-out from Harawa, a planned GNU engineer transfer Abu Qurayn→Buwairat al-Hassoun, "
        "and a conditional move of the Turkish engineer team from Tripoli (Libya, the third طرابلس) to Sirte "
        "('east of Misrata' is only a locator).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xo1", "xo2", "xo3", "xo4", "xo5")
