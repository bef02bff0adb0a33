# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # datelines, speakers, distance references
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # Sabha, Wadi al-Hayat, Ubari, Sharara
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # Ghat and the Algerian border
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 24.85, 10.20, "Libya-Algeria border (Ghat sector)"),     # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 # Murzuq, Tmassah, Al Qatrun and the borders to the south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "tmassah_mun": ("district", "LY", 26.40000, 15.78333, "Tmassah municipality"),         # G* (village row)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 # Brak, Wadi al-Shati, Jufra, Benina
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 # vague areas
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "kd1": ["إيلاف", "طارق بن زياد", "الجيش الوطني الليبي", "إبراهيم الأوباري", "مبالغات", "تشاديين", "تشادية"],
 "kd2": ["العرب", "الجيش الوطني الليبي", "صالح المرزقي", "تشاديون", "التشادية"],
 "kd3": ["الراي", "الجيش الوطني الليبي", "قوة حماية غات", "موسى الغاتي", "الجيش الجزائري", "جزائرية",
         "الناحية العسكرية الرابعة", "الليبية"],
 "kd4": ["عكاظ", "الفيلق الأفريقي", "عبدالسلام الإدريسي", "غرفة عمليات المنطقة الجنوبية", "روسيتان"],
 "kd5": ["الشرق", "الجيش الوطني الليبي", "علي الإدريسي", "دعم مالي", "الليبيين", "تشادية", "سودانيين"],
}

PHEN = {
 "kd1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil"],
 "kd2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "countries", "town_vs_district", "vague_area", "coverage_oil"],
 "kd3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "countries",
         "coverage_crossings", "coverage_neighbours", "town_vs_district"],
 "kd4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "coverage_bases", "countries", "vague_area"],
 "kd5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "ambiguity_idri", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "countries", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "town_vs_district"],
}

MOVES = {
 "kd1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها", "جرمة"]),
  mv("withdraw", "reported", None, ["أوباري"], ["الغريفة"]),
  mv("deploy", "planned", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("advance", "conditional", LNA, [], ["العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["جرمة"]),
 ],
 "kd2": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("shipment", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تمسة"], ["الحدود مع تشاد"]),
  mv("redeploy", "planned", LNA, ["مرزق"], ["أم الأرانب"]),
  mv("advance", "conditional", None, [], ["زويلة"]),
  mv("withdraw", "denied", LNA, ["مرزوق"], ["سبها"]),
 ],
 "kd3": [
  mv("deploy", "reported", LNA, ["اوباري"], ["غات", "مطار غات"], ["العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", None, ["مطار غات"], ["غات"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Foreign fighters", ["شمال مالي"], ["غات"], ["النيجر"]),
 ],
 "kd4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", LNA, ["براك الشاطئ"], ["سبها", "مطار سبها"]),
  mv("shipment", "planned", LNA, ["سبها"], ["إدري"]),
  mv("redeploy", "conditional", "Russian forces", ["قاعدة براك"], ["قاعدة تمنهنت"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
 ],
 "kd5": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون", "تجرهي"], ["أم الارانب"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة الويغ"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["القطرون"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["تمسة"]),
 ],
}

NOTES = {
 "kd1": "Elaph, Sabha: an LNA (Tariq bin Ziyad) reinforcement Tamanhint air base→Ubari via Sabha and Germa; a local "
        "group's pull-out Ubari→Al-Ghurayfa; a planned company Ubari→the Sharara field; a conditional advance on "
        "Al-Awaynat («إذا تجددت»; Ghat is only the road's end); a Chadian build-up near Germa denied by the Wadi "
        "al-Hayat council. Traps: the councillor «إبراهيم الأوباري», «مبالغات» (contains غات), «تشاديين».",
 "kd2": "Al-Arab (London), dateline «طرابلس (ليبيا)»: an LNA force Sabha→Murzuq via Traghen and its supply trucks Sabha→Murzuq (shipment); Chadian opposition groups "
        "pull out of Tmassah towards the Chad border; a planned company Murzuq→Umm al-Aranib (Al Qatrun only on the "
        "road's description); a Tebu commander's conditional move on Zawila («لن … إلا إذا»); an LNA pull-out "
        "Murzuq (spelt مرزوق)→Sabha denied. The El Feel field is background only. Trap: «صالح المرزقي».",
 "kd3": "Al-Rai (Kuwait), Cairo dateline: an LNA company Ubari (spelt اوباري)→Ghat/Ghat airport via Al-Awaynat; a "
        "planned take-over of the Isayen crossing (border phrase is a locator); the Tuareg guard's conditional "
        "pull-back airport→town; an Algerian reinforcement Illizi→Djanet; foreign fighters northern Mali→Ghat via "
        "Niger denied. Tripoli only as a distance reference. Traps: «قوة حماية غات», «موسى الغاتي».",
 "kd4": "Okaz, Benghazi dateline: two Russian Il-76s Jufra air base→Brak air base; an LNA battalion Brak al-Shati→"
        "Sabha and the airport road; a planned fuel/ammunition convoy Sabha→Idri; a conditional Russian move Brak "
        "base→Tamanhint base («في حال»); a denied Russian pull-out Brak air base→Niger. Moscow is only a silent "
        "capital. Traps: «الفيلق الأفريقي», «عبدالسلام الإدريسي» (contains إدري).",
 "kd5": "Asharq, Riyadh dateline: an LNA border-guard force Sabha→Al Qatrun→Tajarhi via Umm al-Aranib (spelt أم "
        "الارانب); a military plane Benina base→Al Wigh base; a planned company Al Qatrun→the Toummo crossing; a "
        "Chadian faction's conditional move on Al Qatrun (Kouri Bougoudi only locates its positions); a Sudanese "
        "build-up in Tmassah denied by its mayor. Traps: «دعم مالي», the commander «علي الإدريسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kd1", "kd2", "kd3", "kd4", "kd5")
