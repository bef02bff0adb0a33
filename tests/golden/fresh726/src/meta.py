# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qaz1 the western coast (QNA)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.097, "Port of Zuwara"),                   # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # qaz2 Sirte, Jufra and the oil crescent (SPA)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # qaz3 Kufra and the Sudan triangle (Petra)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tripoint_se": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # qaz4 Emsaed, Tobruk and the Egyptian border (Al Qahera News)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "derna_port": ("crossing", "LY", 32.763, 22.648, "Port of Derna"),                     # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 30.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 # qaz5 Wadi al-Shati, Ghat and Sharara (Oman News Agency)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qaz1": ["قنا", "الليبية", "محمود الزاوي", "وكالة الأنباء القطرية", "الساعات الخمس", "اللبنانية"],
 "qaz2": ["الجيش الوطني الليبي", "واس", "وكالة الأنباء السعودية", "اللواء طارق بن زياد", "روسيتين", "الفيلق الأفريقي",
          "ليبيا الحدث"],
 "qaz3": ["بترا", "ليبية", "السودانية", "وكالة الأنباء الليبية", "الجيش الوطني الليبي", "كتيبة سبل السلام", "سودانية",
          "إدريس الزوي", "مالي"],
 "qaz4": ["القاهرة الإخبارية", "ليبية", "الجيش الوطني الليبي", "المصري", "الليبية", "سالم الطبرقي", "مصرية",
          "الجيش المصري"],
 "qaz5": ["الجيش الوطني الليبي", "العمانية", "اللواء طارق بن زياد", "إدريس الطرابلسي", "وكالة الأنباء العمانية",
          "الجديد", "الطرابلسي", "روسية"],
}

PHEN = {
 "qaz1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qaz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil"],
 "qaz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qaz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qaz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qaz1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "denied", "GNA forces", ["طرابلس"], ["ميناء الخمس"]),
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "qaz2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["بن جواد"], ["اجدابيا", "البريقة"]),
  mv("advance", "planned", "Libyan National Army", ["بن جواد"], ["سرت"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["حقل الظهرة"]),
 ],
 "qaz3": [
  mv("mobilise", "reported", "Sudanese armed groups", ["دارفور"], ["جبل العوينات", "المثلث الحدودي"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
 ],
 "qaz4": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("reinforce", "conditional", "Egyptian army", ["سيدي براني"], ["السلوم"]),
 ],
 "qaz5": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["إدري"], ["براك"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "qaz1": "QNA flashes then the full report: a GNA column Tripoli→Zawiya (and the refinery's surroundings) via Janzour "
         "whose destination a flash first gave as Sabratha and a correction fixed (Sabratha is no movement place); a "
         "planned landing Abu Sitta naval base→Zuwara port (Ras Ajdir and the Tunisian border only the road it is to "
         "secure); a denied arms shipment from Tripoli in Lebanon to Khoms port; Misrata battalions massing in Misrata "
         "and their conditional advance on (Libyan) Tripoli. Zuwara in the road closure and Tunisia's travel advice "
         "are no movements.",
 "qaz2": "SPA flash, update and report: an LNA column Benghazi→Bin Jawad via Ajdabiya and Brega (the flash's 'reached "
         "Sirte' corrected; Sirte '150 km west' a distance reference), its planned onward advance Bin Jawad→Sirte, a "
         "denied Russian airlift Al-Khadim base→Jufra air base (Jufra/Hun/Waddan only where units stay), a conditional "
         "company for the Dahra field (the oil crescent only the condition); Es Sider and Ras Lanuf only exports.",
 "qaz3": "Petra relaying the Libyan agency: RSF fighters massing at Jebel Uweinat in the border triangle, come from "
         "Darfur (flash said 'entered Kufra', corrected; Kufra '300 km' a distance reference), an LNA airlift Benina "
         "base→Kufra airport, a planned company Kufra→Rebiana, the RSF's conditional leaving of the triangle, and the "
         "LNA's denied fuel/ammunition shipments Kufra→Darfur. Amman only the dateline.",
 "qaz4": "Al Qahera News flash, correction ('Sallum land port' → Amsaad crossing on the Libyan side) and report: an LNA "
         "deployment Tobruk→Amsaad crossing, a planned marine landing Tobruk naval base→Derna port, the Egyptian "
         "military's denial of a crossing Siwa→Jaghbub, and a conditional Egyptian reinforcement Sidi Barrani→Sallum. "
         "Cairo, the Sallum sources, Emsaed/Al-Butnan and the border are no movement places.",
 "qaz5": "ONA flash and correction ('entered Ubari' → Idri in Wadi al-Shati; old photos of Ubari) then the report: an "
         "LNA column Sabha→Idri via Brak, a planned airlift Benina base→Ghat airport, the conditional pull-out of the "
         "Sharara field guard, and the LNA's denial of a Russian transfer Jufra air base→Brak air base. Tripoli only the "
         "dateline; Ghat and the Algerian border only background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the «عاجل |» flash lines have a literal "|"
IDS = ("qaz1", "qaz2", "qaz3", "qaz4", "qaz5")
