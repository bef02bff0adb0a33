# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # capitals and cities abroad (datelines, speakers)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row spelled ربات)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                             # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurain": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G (gn:2218970)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 # Libyan districts and regions
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle"), # G* (row مثلث العوينات)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 # bases, fields, ports, crossings
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G* (row قاعدة القرضابية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khoms_base": ("base", "LY", 32.655, 14.272, "Al Khums naval base (port)"),            # K
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf (port/terminal)"),       # G* (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city / naval base row)
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Port of Benghazi"),               # K
 "misrata_port": ("crossing", "LY", 32.368, 15.213, "Port of Misrata (Qasr Ahmad)"),    # K
 # neighbours
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
}

TRAPS = {
 "ce1": ["رأي اليوم", "الفيلق الأفريقي", "الدعم المالي", "قوات الدعم السريع", "إيريني", "الروسي", "سوداني", "تشادية"],
 "ce2": ["المصري اليوم", "الإدريسي", "الجيش الوطني الليبي", "القوة المشتركة", "الجديد", "الليبيين"],
 "ce3": ["الصباح نيوز", "المجلس العسكري الزنتان", "الزنتاني", "قوة حماية طرابلس", "تونسي"],
 "ce4": ["هسبريس", "أفريكوم", "القيادة الأمريكية في إفريقيا", "الفيلق الأفريقي", "الجزائري", "الروسية"],
 "ce5": ["القبس", "إيريني", "اللبنانية", "التركية", "الأوروبية"],
}

PHEN = {
 "ce1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ce2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "ce3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ce4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ce5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, RUS = "Libyan National Army", "Russian forces"
MOVES = {
 "ce1": [
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("deploy", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة", "حقل السرير"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["السودان"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["الحدود مع النيجر"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["تشاد"]),
 ],
 "ce2": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراتة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("reinforce", "denied", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية الجوية"], ["ودان"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["هون"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبوقرين"]),
 ],
 "ce3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["زلطن"]),
  mv("deploy", "planned", "GNA forces", [], ["معبر رأس اجدير"]),
  mv("advance", "reported", None, ["الزاوية"], ["العجيلات"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
 "ce4": [
  mv("redeploy", "reported", RUS, ["الجفرة"], ["إدري"]),
  mv("shipment", "reported", RUS, [], ["قاعدة الخادم"], ["ميناء طبرق"]),
  mv("deploy", "denied", RUS, [], ["حقل الشرارة"]),
  mv("reinforce", "reported", "Algerian army", [], ["الدبداب", "عين أمناس"]),
  mv("mobilise", "planned", "Algerian army", [], ["جانت"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["منفذ إيسين"]),
 ],
 "ce5": [
  mv("shipment", "reported", LNA, ["طرابلس"], ["ميناء بنغازي"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "denied", "Turkish armed forces", ["تركيا"], ["ميناء مصراتة"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
  mv("naval_landing", "conditional", LNA, [], ["ميناء السدرة"]),
 ],
}

NOTES = {
 "ce1": ("UN panel of experts report excerpted (London paper): a months-old Russian airlift Al Khadim→Brak air base "
         "via Jufra (reported); Sudanese fighters from the border triangle to Kufra/Sarir (reported, 2025); LNA fuel "
         "and ammunition convoys Kufra→Sudan (denied by the side named); a battalion Sabha→the Niger border "
         "(planned, «تعتزم»); Chadian rebels' return to Chad (conditional, «لن نعود إلا إذا»). The panel's "
         "recommendation to pull foreign fighters out of Jufra base and Sirte is not a movement."),
 "ce2": ("5+5 monitors on the Sirte–Jufra line (Egyptian daily): Misrata artillery out of Al-Washka to Misrata "
         "(reported, November); two LNA cargo planes Benina→Gardabiya (reported); armour Jufra base→Gardabiya via "
         "Waddan (denied by the LNA spokesman); two battalions Sirte→Hun under the new timetable (planned); Misrata "
         "units stay at Abu Qurayn unless guaranteed (conditional). The monitors' tour and the demand to stop "
         "massing are not movements."),
 "ce3": ("UNSMIL statement as reported from Tunis: a GNA column from the capital (Tripoli) to Zawiya via Janzour "
         "(reported); Zintan fighters massing at Zaltan (denied); a neutral border-guard force for Ras Ajdir "
         "(planned); an August advance from Zawiya towards Al-Ajaylat (reported, months old, no force named); "
         "Tunisian army reinforcements to Ben Gardane (conditional, «في حال»). UNSMIL's call to return forces to "
         "barracks is not a movement."),
 "ce4": ("AFRICOM summary as reported from Rabat: Russian Africa Corps equipment Jufra→Idri (reported, since "
         "December); Russian shipments unloaded at Tobruk port and trucked to Al Khadim (reported); Russian fighters "
         "near the Sharara field (denied by the embassy); Algerian reinforcements to Debdeb and In Amenas "
         "(reported) and massing in Djanet (planned); an LNA advance Ubari→Isayen crossing (conditional). "
         "AFRICOM's call to remove foreign forces is not a movement."),
 "ce5": ("EU IRINI half-year report (Kuwaiti daily, Brussels): a cargo ship Tripoli (Lebanon)→Benghazi port with "
         "armour for the LNA (reported); an LNA landing at Ras Lanuf port from Benghazi (reported); Turkish-escorted "
         "cargo from Turkey into Misrata port (denied by Ankara); a Turkish frigate for Al-Khums naval base "
         "(planned); an LNA marine landing at Es Sider if the Oil Crescent is threatened (conditional). The "
         "recommendation to share information is not a movement."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ce1", "ce2", "ce3", "ce4", "ce5")
