# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 # Misrata and the road south-east
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.367, 15.233, "Port of Misrata (Qasr Ahmad)"),     # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Port of Al Khums"),                   # K
 # Sirte, Gardabiya, the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (city row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G* (row قاعدة القرضابية)
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "brega": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),                # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # Jufra and the south
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                   # K (point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (city row)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                    # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_airport": ("airport", "EG", 31.325, 27.222, "Marsa Matruh Airport"),            # K
 "barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.0, 25.15, "Egypt-Libya border (Egyptian side)"),       # K
 # elsewhere
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                        # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
}

TRAPS = {
 "ny1": ["المجلس العسكري مصراتة", "شارع طرابلس", "سرت في المدينة أنباء", "غرفة عمليات سرت الجفرة",
         "الليبية", "التركية", "الروسي"],
 "ny2": ["بوابة إفريقيا الإخبارية", "ليبيا الحدث", "إدريس الفاخري"],
 "ny3": ["سبوتنيك", "ليبيا أوبزرفر", "فيلق أفريقيا", "زلة لسان", "الروسية", "الروس", "الليبي"],
 "ny4": ["القاهرة الإخبارية", "عقيلة صالح", "المنطقة الغربية العسكرية", "المصرية", "مصري", "الليبي", "الجزائري", "التونسي"],
 "ny5": ["هسبريس", "إدريس الوزاني", "عبد الرازق الناظوري", "قوة حماية طرابلس", "النقاط الخمس", "سورياً",
         "المغاربية", "الليبية", "الروسي", "التركي", "تركية"],
}

PHEN = {
 "ny1": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_crossings"],
 "ny2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil"],
 "ny3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ny4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ny5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_oil",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ny1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء", "الهيشة"]),
  mv("withdraw", "denied", "Misrata forces", ["الوشكة"], ["مصراته"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "planned", "Misrata forces", ["الدافنية"], ["تاورغاء"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["الوشكة", "أبوقرين"]),
 ],
 "ny2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودّان"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "denied", "Libyan National Army", ["القرضابية"], ["هراوة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["ميناء السدرة", "راس لانوف"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
 ],
 "ny3": [
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية الجوية"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"], ["أجدابيا", "زلة"]),
  mv("redeploy", "planned", "Russian forces", ["الجفره"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"]),
 ],
 "ny4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم", "منفذ السلوم البري"],
     ["مرسى مطروح", "سيدي براني"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
 ],
 "ny5": [
  mv("withdraw", "planned", "Misrata forces", ["الوشكة", "أبوقرين"]),
  mv("withdraw", "planned", "Libyan National Army", ["بويرات الحسون"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "conditional", None, [], ["سرت", "مطار القرضابية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["تركيا"]),
  mv("shipment", "reported", None, [], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "ny1": "Misrata-side copy: a reinforcement Misrata→Abu Qurayn via Tawergha and Al-Hisha (joins units already there), the "
        "military council's denied pull-back Al-Washka→Misrata (spelled مصراته), a Turkish landing ship from Mersin at "
        "Misrata port, an artillery company to be moved Dafniya→Tawergha and a conditional massing at Al-Washka/Abu Qurayn; "
        "traps: the council's name, Tripoli Street, the verb «سرت», the operations room named after Sirte and Jufra.",
 "ny2": "Sirte-side copy: an LNA reinforcement Jufra air base→Sirte via Waddan (ودّان), an Il-76 airlift Benina→Gardabiya, "
        "a denied pull-out Gardabiya→Harawa, a planned company for Es Sider and Ras Lanuf and a conditional advance on Abu "
        "Qurayn; Buwairat al-Hassoun is only the venue of a speech; Benghazi only locates Benina.",
 "ny3": "Moscow agency copy: a denied Russian airlift Al Khadim→Gardabiya (retold from a Libya Observer report), a "
        "spare-parts shipment Tobruk port→Jufra air base via Ajdabiya and Zillah, a planned expert move Jufra (الجفره)→Brak "
        "air base and a conditional withdrawal from Jufra; Mali/Niger and the Niger border are not movement places.",
 "ny4": "Cairo copy: an Egyptian reinforcement Mohamed Naguib base→Sallum/the Sallum land port via Marsa Matruh and Sidi "
        "Barrani, a planned Cairo West→Marsa Matruh airport airlift, a conditional advance to Sirte and Jufra, a denied "
        "column through the Amsaad crossing to Tobruk and the Misrata build-up at Abu Qurayn; the Sirte–Jufra line, the "
        "border phrase and the neighbours' meeting are not movement places.",
 "ny5": "Moroccan copy of ceasefire talks: two planned withdrawals (Misrata forces from Al-Washka/Abu Qurayn, the LNA "
        "Buwairat al-Hassoun→Jufra air base), a conditional joint force for Sirte and Gardabiya airport, a denied Turkish "
        "landing at Al-Khums port, Syrian fighters flown Misrata airport→Turkey and an armour shipment at Misrata port; "
        "securing Es Sider/Brega is an agreement point, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ny1", "ny2", "ny3", "ny4", "ny5")
