# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                         # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                       # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                                 # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 # bases
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G (row قاعدة براك الجوية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "baltiysk": ("base", "RU", 54.6500, 19.9100, "Baltiysk Naval Base"),                      # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية)
 "watiya_s": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (same row, short surface)
 "erkilet": ("base", "TR", 38.7703, 35.4954, "Kayseri Erkilet Air Base"),                  # K
 "khums_base": ("base", "LY", 32.64861, 14.26191, "Al Khums Naval Base"),                  # G* (Al Khums city row)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G (row قاعدة أبوستة البحرية)
 "pisa": ("base", "IT", 43.6839, 10.3927, "Pisa Air Base (46th Air Brigade)"),             # K
 "rota": ("base", "ES", 36.6417, -6.3497, "Naval Station Rota"),                           # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "benina_s": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G (same row, short surface)
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),           # G* (row قاعدة سيغونيلا, kind airport there)
 "sigonella_s": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),         # G* (same row, short surface)
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay Naval Base"),                      # G* (town row خليج سودا)
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                    # K
 # airports
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),     # G
 "abraq_ap": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                    # G
 # ports and crossings
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (Tobruk city row)
 "misrata_port": ("crossing", "LY", 32.3670, 15.2140, "Port of Misrata (Qasr Ahmed)"),     # K
 "tripoli_port": ("crossing", "LY", 32.9030, 13.1880, "Port of Tripoli"),                  # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 # oil
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "mellitah_s": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G (same row, short surface)
 # districts
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "jufra_d": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                            # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),            # G* (city row)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
 # regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                       # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                 # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 "border_eg_ly": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
}

TRAPS = {
 "nc1": ["سبوتنيك", "الفيلق الأفريقي", "دعم مالي", "الجانب الليبي", "الروسية"],
 "nc2": ["ترك برس", "المرصد السوري لحقوق الإنسان", "محمد الطرابلسي", "بركان الغضب", "التركية"],
 "nc3": ["الشرق الأوسط", "لا ريبوبليكا", "شارع طرابلس", "لا أدري", "إيريني", "إيني", "خفر السواحل الليبي",
         "الإيطالية"],
 "nc4": ["بي بي سي", "واشنطن بوست", "القيادة الأمريكية في أفريقيا", "أفريكوم", "فلينتلوك", "حلف شمال الأطلسي",
         "اليونانية", "الإيطالية"],
 "nc5": ["الشروق", "الخارجة عن القانون", "عقيلة صالح", "الجيش الوطني الليبي", "الصاعقة المصرية", "المصرية"],
}

PHEN = {
 "nc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "nc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "nc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
 "nc4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
 "nc5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "nc1": [
  _m("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الشاطىء الجوية"]),
  _m("naval_landing", "reported", "Russian forces", ["قاعدة بالتييسك البحرية"], ["ميناء طبرق"]),
  _m("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["النيجر"], ["منفذ التوم"]),
  _m("redeploy", "planned", "Russian forces", ["براك"], ["قاعدة معطن السارة"]),
  _m("reinforce", "conditional", "Russian forces", ["الجفرة"], ["سرت"]),
 ],
 "nc2": [
  _m("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية الجوية"]),
  _m("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراته"]),
  _m("deploy", "planned", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
  _m("withdraw", "conditional", "Turkish armed forces", ["الوطية"], ["تركيا"]),
  _m("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مطار امعيتيقة"]),
 ],
 "nc3": [
  _m("shipment", "reported", None, ["تارانتو"], ["قاعدة أبو ستة البحرية"]),
  _m("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار مصراتة"]),
  _m("redeploy", "planned", None, ["مصراتة"], ["طرابلس"]),
  _m("withdraw", "conditional", None, ["مصراتة"], []),
  _m("deploy", "denied", None, [], ["مجمع مليتة"]),
 ],
 "nc4": [
  _m("naval_landing", "reported", None, ["قاعدة روتا البحرية"], ["ميناء طرابلس"]),
  _m("airlift", "reported", None, ["قاعدة سيغونيلا"], ["قاعدة بنينا الجوية"]),
  _m("deploy", "planned", None, [], ["سرت"]),
  _m("mobilise", "denied", None, [], ["قاعدة خليج سودا البحرية"]),
  _m("reinforce", "conditional", None, ["سيغونيلا"], ["طرابلس"]),
 ],
 "nc5": [
  _m("mobilise", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني", "السلوم"]),
  _m("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار الأبرق"]),
  _m("deploy", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
  _m("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  _m("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
}

NOTES = {
 "nc1": "Sputnik Arabic, Moscow, Wed 11 March 2026: Russian Il-76s Al Khadim -> Brak air base (reported), a landing ship "
        "Baltiysk -> Tobruk port (reported), a denied pull-out Jufra air base -> Niger via Toummo, a planned company "
        "Brak -> Maaten al-Sarra near the Chad border, a conditional reinforcement Jufra -> Sirte; Algiers/Algeria, "
        "Idri as a distance reference, 'دعم مالي' vs the country Mali.",
 "nc2": "Turk Press, Istanbul, Thu 12 March 2026: a Turkish A400M Erkilet (Kayseri) -> Al-Watiya (reported), a navy "
        "supply ship Mersin -> Misrata port with armour (shipment, reported), a planned training team for the Al-Khums "
        "naval base, a conditional withdrawal Al-Watiya -> Turkey (لن...إلا إذا), a denied airlift of Syrian fighters "
        "northern Syria -> Mitiga airport; Tripoli inside the analyst's name محمد الطرابلسي.",
 "nc3": "Asharq Al-Awsat, Rome, Tue 10 March 2026: an Italian support ship Taranto -> Abu Sitta naval base with patrol "
        "boats (shipment, reported), a C-130 Pisa air base -> Misrata airport (reported), a planned redeploy Misrata "
        "-> Tripoli, a conditional withdrawal from Misrata, a denied special-forces deployment in the Mellitah complex; "
        "Tripoli Street in Misrata, «لا أدري», Operation Irini, ENI.",
 "nc4": "BBC Arabic, Washington, Tue 10 March 2026: a US amphibious ship Rota -> Tripoli port landing marines "
        "(reported), C-17s Sigonella -> Benina air base (reported), a planned AFRICOM team to Sirte for Flintlock, a "
        "denied build-up at Souda Bay (Crete), a conditional marine reinforcement Sigonella -> Tripoli; the embassy "
        "working from Tunis (city) vs Tunisia (country), «واشنطن بوست».",
 "nc5": "Al-Shorouk, Cairo, Fri 13 March 2026: Egyptian armour and border guards massing Marsa Matruh -> Sidi Barrani "
        "and Sallum (mobilise, reported), C-130s Cairo West air base -> Al Abraq airport (reported), a planned frigate "
        "Alexandria -> Tobruk port, a denied advance Siwa -> Al Jaghbub, the conditional Sirte-Jufra «red line» "
        "advance; Aguila Saleh (person), «الخارجة عن القانون» (Kharga), Matruh governorate vs Marsa Matruh.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nc1", "nc2", "nc3", "nc4", "nc5")
