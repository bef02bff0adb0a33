# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                          # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "usa": ("country", "US", 37.24635, -99.69832, "United States"),                            # G
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                        # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                       # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                                # G
 "stuttgart": ("city", "DE", 48.7823, 9.1770, "Stuttgart"),                                 # K
 "novorossiysk": ("city", "RU", 44.7239, 37.7708, "Novorossiysk"),                          # K
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                  # G
 # Libyan cities and towns
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),             # G* (city row)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),          # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                    # G
 # districts and regions
 "jufra_d": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                             # G* (Hun town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_eg_ly": ("region", "EG", 29.6, 25.1, "Egypt-Libya border (Egyptian side)"),        # K
 # bases and airports
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                      # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy"),                  # G* (row مطار مصراتة)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "konya_base": ("base", "TR", 37.979, 32.562, "Konya Air Base"),                            # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                       # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                     # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "augusta_base": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                  # G* (Augusta town row)
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Sigonella air base"),                     # G* (row قاعدة سيغونيلا, kind airport)
 # ports, crossings, oil
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmed)"),          # K
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                   # G* (Mersin city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (Tobruk city row)
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                       # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
}

TRAPS = {
 "im1": ["يني شفق", "عبد الحميد الدبيبة", "خليفة حفتر", "بركان الغضب", "الخمس", "شارع طرابلس", "التركية", "ليبية"],
 "im2": ["سبوتنيك", "وول ستريت جورنال", "الفيلق الإفريقي", "سرت أنباء", "يونس بك يفكوروف", "صدام حفتر", "الروسية",
         "الأمريكية"],
 "im3": ["اليوم السابع", "ميدل إيست آي", "المنطقة الغربية العسكرية", "سيوة 2026", "غريب عبد الحافظ",
         "عبد الفتاح السيسي", "ما ادري", "البريطاني", "المصرية", "الجيش الوطني الليبي", "الليبية"],
 "im4": ["يورونيوز", "لا ريبوبليكا", "إيريني", "ميازيت", "البحر الآمن", "غويدو كروزيتو", "إيني", "الإيطالية",
         "الليبية", "الاتحاد الأوروبي"],
 "im5": ["فرانس 24", "الحدث", "أفريكوم", "الفيلق الإفريقي", "إيريني", "ناجي ملاعب", "الأمريكية", "الفرنسية",
         "الألمانية", "اللبنانية", "الليبية", "الأوروبية"],
}

PHEN = {
 "im1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
 "im2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "im3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "im4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "im5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


T, R, E = "Turkish armed forces", "Russian forces", "Egyptian army"
MOVES = {
 "im1": [
  mv("airlift", "reported", T, ["قاعدة قونية الجوية"], ["قاعدة عقبة بن نافع الجوية"]),
  mv("redeploy", "reported", T, ["قاعدة عقبة بن نافع الجوية"], ["قاعدة امعيتيقة"]),
  mv("naval_landing", "planned", T, ["ميناء مرسين"], ["ميناء مصراتة", "الكلية الجوية"]),
  mv("withdraw", "denied", T, ["طرابلس"], []),
  mv("reinforce", "conditional", T, ["الوطية"], ["مصراتة"]),
 ],
 "im2": [
  mv("withdraw", "denied", R, ["قاعدة براك الجوية"], ["الحدود مع النيجر"], ["إدري"]),
  mv("airlift", "reported", R, ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("redeploy", "reported", R, ["الجفرة"], ["قاعدة القرضابية"]),
  mv("shipment", "planned", R, ["نوفوروسيسك"], ["ميناء طبرق"]),
  mv("deploy", "conditional", R, [], ["حقل الشرارة"]),
 ],
 "im3": [
  mv("reinforce", "reported", E, ["مرسى مطروح"], ["سيوة"]),
  mv("mobilise", "planned", E, [], ["قاعدة محمد نجيب العسكرية"]),
  mv("deploy", "reported", E, [], ["بنغازي"]),
  mv("airlift", "denied", E, ["قاعدة غرب القاهرة الجوية"], ["قاعدة الخادم"]),
  mv("advance", "conditional", E, [], ["سرت", "الجفرة"]),
 ],
 "im4": [
  mv("naval_landing", "reported", None, ["قاعدة أوغستا البحرية"], ["قاعدة أبو ستة البحرية"]),
  mv("shipment", "reported", None, ["تارانتو"], ["ميناء طرابلس"]),
  mv("withdraw", "planned", None, ["مطار مصراتة"], ["إيطاليا"]),
  mv("deploy", "conditional", None, [], ["مجمع مليتة"]),
  mv("airlift", "denied", None, ["نيامي"], ["سبها"]),
 ],
 "im5": [
  mv("mobilise", "reported", R, ["الجفرة", "براك"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", R, [], ["الهلال النفطي"]),
  mv("airlift", "reported", None, ["قاعدة سيغونيلا"], ["مطار معيتيقه"]),
  mv("withdraw", "planned", None, ["طرابلس"], ["سيغونيلا"]),
  mv("deploy", "denied", None, ["جيبوتي"], ["قاعدة بنينا الجوية"]),
 ],
}

NOTES = {
 "im1": "Turkish forces (Yeni Safak Arabic, Ankara): A400M airlift Konya air base -> Al-Watiya (written by its official name "
        "قاعدة عقبة بن نافع الجوية, then الوطية), onward road move to Mitiga base (anaphor «من القاعدة»), a planned landing ship "
        "Mersin port -> Misrata port and on to the Air Academy, a denied pull-out of advisers from Tripoli and a conditional "
        "Al-Watiya -> Misrata reinforcement; traps: Tripoli Street in Misrata, «السنوات الخمس» (Al-Khums), persons, operation.",
 "im2": "Russian Africa Corps (Sputnik Arabic, Moscow): denied pull-out Brak air base -> Niger border via Idri, a reported "
        "Il-76 rotation Hmeimim -> Jufra air base via Al-Khadim, engineers Jufra -> Gardabiya base, a planned cargo-ship "
        "shipment Novorossiysk -> Tobruk port, a conditional air-defence deployment at the Sharara field; traps: «سرت أنباء» "
        "(rumours spread, not Sirte), Wall Street Journal, Africa Corps, persons; Brak town vs Brak municipality.",
 "im3": "Egyptian army (Youm7, Cairo): a reinforcement Marsa Matruh -> Siwa near the border with Libya (Egyptian side), a "
        "planned mobilisation at Mohamed Naguib base, advisers deployed to Benghazi, a denied Cairo West -> Al-Khadim airlift "
        "and the conditional red-line advance to Sirte and Jufra; the Sallum land port with a trucker's «ما ادري» (not Idri); "
        "exercise «سيوة 2026» is a trap.",
 "im4": "Italian units (Euronews Arabic, Rome), actor null: landing ship Augusta naval base -> Abu Sitta naval base, a "
        "patrol-boat shipment Taranto -> Tripoli port, a planned pull-back of the Misrata mission Misrata airport -> Italy, a "
        "conditional frigate off the Mellitah complex and a denied Niamey -> Sabha airlift; Tunisia (country) vs «العاصمة "
        "تونس» (city); Ras Ajdir and Lampedusa are not movement places.",
 "im5": "US, French and Russian units (France 24 Arabic, Paris): AFRICOM reports an Africa Corps build-up at Gardabiya base "
        "from Jufra and Brak and a conditional advance towards the Oil Crescent; a US C-17 Sigonella -> Mitiga airport with "
        "Marines and their planned return Tripoli -> Sigonella; a denied French special-forces move Djibouti -> Benina; the "
        "withdrawal demanded «من ليبيا» is not a movement; Tripoli (Lebanon) is a speaker's city.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("im1", "im2", "im3", "im4", "im5")
