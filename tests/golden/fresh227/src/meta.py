# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (written العاصمة تونس)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (written الجزائر العاصمة)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # hu1 the west (Zawiya)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # hu2 the south-east (Kufra)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (gazetteer أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # hu3 the Algerian border (Djanet, Ghat)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "border_dz_ly": ("region", "DZ", 25.00, 9.90, "Algeria-Libya border (Algerian side)"),  # K
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),             # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (gazetteer أوباري)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 # hu4 the Fezzan (Sabha)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # hu5 the centre (Sirte, Jufra, the oil crescent)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.285, "Al Khums port"),                     # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README: point near Hun/Waddan)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                 # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Benghazi port"),                    # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (gazetteer أبوقرين)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
}

TRAPS = {
 "hu1": ["الشرق الأوسط", "عماد الطرابلسي", "جهاز دعم الاستقرار", "تونسياً"],
 "hu2": ["الجيش الليبي", "الجيش الوطني الليبي", "اليوم السابع", "سبل السلام", "قوات الدعم السريع",
         "الأسلحة البيضاء", "السودانية", "السودانيين"],
 "hu3": ["الشروق", "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "المالي", "ليبية", "ليبياً"],
 "hu4": ["بي بي سي", "أحمد الفزاني", "اللواء طارق بن زياد", "التشادية"],
 "hu5": ["الميادين", "الجيش الوطني الليبي", "غرفة عمليات تحرير سرت والجفرة", "السنوات الخمس", "التركية",
         "الفيلق الأفريقي"],
}

PHEN = {
 "hu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "hu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "hu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hu4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "hu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hu1": [
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  _m("deploy", "planned", "GNA forces", [], ["صرمان", "صبراتة"]),
  _m("withdraw", "denied", "GNA forces", ["الزاوية"], ["الماية"]),
  _m("reinforce", "conditional", "Misrata forces", [], ["الزاوية"]),
  _m("mobilise", "reported", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
 ],
 "hu2": [
  _m("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("redeploy", "planned", "Libyan National Army", ["تازربو"], ["جبل العوينات"]),
  _m("advance", "conditional", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  _m("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "hu3": [
  _m("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["برج عمر إدريس", "إليزي"]),
  _m("shipment", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  _m("airlift", "planned", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  _m("redeploy", "reported", "Libyan National Army", ["اوباري"], ["غات"]),
  _m("deploy", "conditional", "Libyan National Army", [], ["منفذ إيسين"]),
  _m("mobilise", "denied", "Libyan National Army", [], ["الحدود مع الجزائر"]),
 ],
 "hu4": [
  _m("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها"]),
  _m("shipment", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  _m("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  _m("advance", "conditional", "Libyan National Army", [], ["مرزق"]),
  _m("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["إدري"]),
 ],
 "hu5": [
  _m("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  _m("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  _m("mobilise", "conditional", "Misrata forces", [], ["ابوقرين"]),
  _m("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  _m("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["الجفرة"]),
 ],
}

NOTES = {
 "hu1": "Asharq Al-Awsat (Tripoli): GNU force Tripoli→Zawiya via Janzour and Al-Maya (reported), planned units for "
        "Surman and Sabratha, SSA pull-out Zawiya→Al-Maya denied, Misrata brigades' reinforcement «إذا طلبت» "
        "(conditional, no origin written), Zintan groups massing in Bir al-Ghanam (reported); the Tunisian "
        "delegation from Tunis is not a force movement; Ras Ajdir/border only a purpose locator.",
 "hu2": "Youm7 (Cairo): LNA column Benghazi→Kufra via Ajdabiya and Jalu (reported), cargo planes Benina→Kufra "
        "airport (reported), a company Tazirbu→Jebel Uweinat (planned; the triangle is a purpose), Subul al-Salam "
        "Kufra→the triangle «إذا رُصد» (conditional), RSF entry into Kufra denied; refugees are not a movement.",
 "hu3": "Echorouk (Algeria): Algerian reinforcement Ouargla→Djanet via Bordj Omar Driss and Illizi (reported), a "
        "military supply convoy Tamanrasset→Djanet (reported), special forces flown Ouargla→Djanet airport "
        "(planned), LNA battalion Ubari→Ghat (reported redeploy), a company for the Isayen crossing «إذا تقرر» "
        "(conditional), LNA massing near the Algerian border denied.",
 "hu4": "BBC Arabic: LNA force Tamanhint air base→Sabha (reported), supply convoy Sabha→Al Qatrun (planned), "
        "Chadian opposition gunmen Umm al-Aranib→the Niger border (reported withdraw), advance on Murzuq «إذا "
        "تجددت» (conditional), pull-out Sharara field→Idri denied; the mayor's request for a force is not a move.",
 "hu5": "Al-Mayadeen: LNA reinforcement Jufra air base→Sirte via Waddan (reported), LNA landing ship Benghazi "
        "port→Ras Lanuf port (reported), Misrata massing at Abu Qurayn «إذا تجاوزت» (conditional), Turkish "
        "landing ship Mersin→Al-Khums port (planned), Africa Corps airlift Al Khadim→Jufra denied.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hu1", "hu2", "hu3", "hu4", "hu5")
