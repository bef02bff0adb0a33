# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),          # G* (town row)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "traghen_mun": ("district", "LY", 25.92333, 14.42056, "Traghen municipality"),         # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (جنوب ليبيا; G* for الجنوب الليبي)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 # qgv1 Murzuq (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # qgv2 Ubari (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                       # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat district"),             # G* (row وادي الحياة, written with شعبية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qgv3 Al-Qatrun (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "irbid": ("city", "JO", 32.5556, 35.8500, "Irbid"),                                    # K
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G (also for bare الويغ: G*)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 # qgv4 Traghen (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 # qgv5 Murzuq and Darfur (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawila"),                                # G* (row زويلة, written زويله)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم, written الخرطوم)
}

TRAPS = {
 "qgv1": ["القدس العربي", "تشادياً", "الجيش الوطني الليبي", "محمد القطروني", "تشاديين", "الأتراك"],
 "qgv2": ["الجريدة", "طارق بن زياد", "الجيش الوطني الليبي", "سالم الطرابلسي"],
 "qgv3": ["سودانيين", "عمون", "الجيش الوطني الليبي", "جامعة اليرموك", "المنطقة العسكرية سبها", "التشادية",
          "قوات الدعم السريع", "مسلح سوداني"],
 "qgv4": ["السودانيين", "مونت كارلو الدولية", "الجيش الوطني الليبي", "الفزاني", "المالي", "الفرنسية"],
 "qgv5": ["السوداني", "إدريس بركة", "الحركات الدارفورية", "الجيش الوطني الليبي", "سبل السلام", "قوات الدعم السريع",
          "مالي", "الجيش السوداني"],
}

PHEN = {
 "qgv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qgv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgv4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgv1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["أم الأرانب"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"]),
  mv("advance", "denied", "Chadian armed groups", [], ["تراغن"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qgv2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة", "جرمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["اوباري"], ["حقل الفيل"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات"]),
  mv("mobilise", "denied", "Foreign fighters", ["النيجر"], ["العوينات"]),
 ],
 "qgv3": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ"], ["القطرون"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الويغ"]),
  mv("deploy", "planned", "Libyan National Army", [], ["تجرهي"]),
  mv("withdraw", "conditional", "Chadian armed groups", [], ["تيبستي"]),
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["القطرون"]),
 ],
 "qgv4": [
  mv("deploy", "reported", "Sudanese armed groups", ["مرزق"], ["أم الأرانب"], ["تراغن"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["أم الأرانب"], ["الحدود مع السودان"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["تراغن"]),
  mv("withdraw", "denied", "Libyan National Army", ["تراغن"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة معطن السارة"]),
 ],
 "qgv5": [
  mv("withdraw", "reported", "Sudanese armed groups", ["مرزق"], ["دارفور"], ["زويله", "الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي مع تشاد والسودان"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["أم الأرانب"]),
 ],
}

NOTES = {
 "qgv1": "Murzuq's mayor, first person: an LNA column Sabha→Murzuq via Umm al-Aranib that he watched enter; a planned "
         "company Murzuq→Al-Qatrun (Toummo and the border with Niger only a distance reference); the LNA will not pull "
         "out of Murzuq unless the security directorate takes the checkpoints (conditional); Chadian gunmen entering "
         "Traghen denied (his own visit to Traghen is not a move); Turkish troops landed at Khoms port (reported in his "
         "quote). London = dateline, Tunis = the mayor's meeting, Sabha/Ubari in 2019 = civilian displacement, El Feel "
         "= where young men work, Tripoli = source of promises: none is a movement place.",
 "qgv2": "A Tuareg elder of Ubari: an LNA column Sabha→Ubari via Al-Ghurayfah and Germa to reinforce the battalion in "
         "town; a planned force Ubari (spelt اوباري)→El Feel field (Murzuq only locates the field, Sharara only a "
         "comparison); no advance on Ghat unless its notables ask (conditional; the border with Algeria is the reason); "
         "massing of mercenaries from Niger at Al-Awaynat denied. Kuwait (city = dateline, country = his past job), "
         "Tripoli, Wadi al-Hayat, Germa–Idri road and the south-west are not movement places in those sentences.",
 "qgv3": "Al-Qatrun's mayor: an LNA column Tamanhint air base→Al-Wigh base through Al-Qatrun (seen at dawn; the bare "
         "الويغ in his quote is the same destination); a cargo plane Benina air base→Al-Wigh airport (heard from airport "
         "workers, reported); a planned permanent company at Tajarhi (Toummo only locates it); Chadian fighters will "
         "return to Tibesti only with guarantees from N'Djamena (conditional; N'Djamena is the condition); RSF fighters "
         "Kufra→Al-Qatrun denied. Amman = dateline, Irbid = his studies, Sabha inside the LNA command name is a trap.",
 "qgv4": "Traghen's mayor and an elder: Sudanese fighters' trucks Murzuq→Umm al-Aranib through Traghen; they will leave "
         "Umm al-Aranib for the border with Sudan only if paid (conditional); an LNA battalion Sabha→Traghen planned "
         "(Benghazi = speaker's city); an LNA pull-out from Traghen denied; background: Russian ships landed men at "
         "Tobruk port and part was trucked to Maaten al-Sarra base (Kufra only locates the base). Fezzan and 'Tripoli of "
         "the West' in the elder's memory, Murzuq '50 km' and the Niger border as smuggling routes are not movement places.",
 "qgv5": "A Tebu elder of Murzuq to a Sudanese paper: Darfuri fighters left Murzuq via Zawila (spelt زويله) and Kufra "
         "for Darfur (reported; El Fasher only in a quote about family); a planned LNA (Subul al-Salam) deployment from "
         "Kufra to the Chad–Sudan border triangle; a conditional airlift Tamanhint air base→Murzuq if the fighters "
         "return; LNA weapons trucks Kufra→Darfur denied; the remaining fighters gathering around Umm al-Aranib "
         "(reported mobilise). Port Sudan, Tripoli, Kordofan, Khartoum and Darfur in the last paragraph are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgv1", "qgv2", "qgv3", "qgv4", "qgv5")
