# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra (area)"),                          # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qhz1 Al-Watiya and the west (Al-Quds Al-Arabi)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G* (row قاعدة معيتيقة, written امعيتيقة)
 "ajaylat": ("town", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G (gazetteer kind city)
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 # qhz2 Al-Khadim, Jufra and the oil crescent (Sada El Balad)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "east_ly": ("region", "LY", 31.5, 21.5, "Eastern Libya"),                              # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # qhz3 Misrata (France 24)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin_port": ("crossing", "TR", 36.800, 34.640, "Port of Mersin"),                   # K
 "aircollege": ("base", "LY", 32.32556, 15.05972, "Misrata Air College air base"),      # G* (row مطار مصراتة)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qhz4 Syrian fighters to Jufra, Tripoli (Lebanon) port (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "damascus_airport": ("airport", "SY", 33.411, 36.514, "Damascus International Airport"),  # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.53, 36.15, "Akkar"),                                    # K
 # qhz5 Brak and the Fezzan (Monte Carlo Doualiya)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "qhz1": ["القدس العربي", "عاصفة السلام", "عماد الطرابلسي", "رد الجميل", "التركية", "ليبيان", "تركياً"],
 "qhz2": ["صدى البلد", "الفيلق الأفريقي", "الجيش الوطني الليبي", "إدريس الصغير", "السورية", "مصري"],
 "qhz3": ["فرانس 24", "لواء المحجوب", "عبد الله الزليتني", "البحرية التركية", "الليبي"],
 "qhz4": ["اللواء", "أجنحة الشام", "سورياً", "الليبية"],
 "qhz5": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "علي الإدريسي", "محمد الفزاني", "تشادية", "دعم مالي"],
}

PHEN = {
 "qhz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qhz4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qhz5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhz1": [
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة امعيتيقة"], ["قاعدة الوطية"], ["العجيلات"]),
  mv("airlift", "reported", "Turkish armed forces", ["إزمير"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["الزاوية"], ["الوطية"]),
  mv("withdraw", "denied", "Turkish armed forces", ["الوطية"], ["تركيا"]),
 ],
 "qhz2": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الخادم الجوية"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "مرادة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["الخادم"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قاعدة القرضابية"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["رأس لانوف"]),
  mv("shipment", "denied", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة الخادم الجوية"], ["منفذ امساعد"]),
 ],
 "qhz3": [
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["الكلية الجوية"]),
  mv("reinforce", "reported", "Misrata forces", ["الدافنية"], ["مطار مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "qhz4": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار دمشق الدولي"], ["مطار بنينا"]),
  mv("deploy", "reported", "Syrian mercenaries", ["بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "qhz5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة براك الجوية"]),
  mv("withdraw", "reported", "Chadian armed groups", ["براك"], ["مرزق"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["سبها"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة براك الجوية"], ["مالي"]),
 ],
}

NOTES = {
 "qhz1": "Turkish 'Hisar' battery Mitiga base (written امعيتيقة)→Al-Watiya base via Al-Ajaylat and an A400M Izmir→Watiya "
         "(anaphora 'حطت في القاعدة'); the coverage 'from Zuwara to the border with Tunisia' and the drone strike near "
         "Al-Jumayl (town; 'رد الجميل' a trap) are not movements; a planned GNA battery at Zuwara airport, a conditional "
         "battalion Zawiya→Watiya 'في حال تكررت الهجمات', and Ankara's denied withdrawal of Hawk batteries Watiya→Turkey "
         "(Ankara = speaker/venue; Ras Ajdir only in background; Tripoli only the dateline).",
 "qhz2": "Russian Pantsir batteries Al-Khadim base→Jufra base via Ajdabiya and Marada, an Africa Corps Il-76 Hmeimim→"
         "Al-Khadim (Latakia only locates Hmeimim), a drone strike near Harawa east of Sirte (no movement), an LNA planned "
         "battery at Gardabya base south of Sirte (Sirte a locator), a conditional massing in Ras Lanuf if drones keep "
         "flying over the Oil Crescent (condition area), and an Egyptian source's denial of a drone shipment Mohamed "
         "Naguib base→Al-Khadim via the Amsaad crossing (Cairo = speaker; Benghazi = dateline and distance reference).",
 "qhz3": "A Turkish navy ship unloads Bayraktars at Misrata port from Mersin port (shipment); the drones are to go to the "
         "Air College 'beside Misrata airport' (planned, airport only a locator there); after a drone strike on the Air "
         "College (no movement), Misrata brigades bring AA guns and a radar Dafniya→Misrata airport; their conditional "
         "advance Abu Qurayn→Sirte depends on Gardabya base (condition place); Ankara denies a marine landing at Misrata "
         "port (Tripoli = seat of the government; Ankara = accused in a quote).",
 "qhz4": "Cham Wings (trap) flights Damascus airport→Benina airport carrying Syrian fighters, then bused Benina→Jufra base; "
         "a planned Russian landing ship Tartus→Tobruk port (Moscow, Syria only context), a conditional Russian pull-out "
         "from Jufra, and a denied shipment of drone parts from the port of Tripoli in northern Lebanon to Benghazi port "
         "(no force named, actor null); Beirut = dateline/speaker, Tripoli (Libya) = the government's seat, Tripoli "
         "(Lebanon) city and Akkar only where MPs come from.",
 "qhz5": "After a drone strike on Brak air base (no movement), the LNA sends an air-defence system Tamanhint base→Brak "
         "base (the headline's Wadi al-Shati deployment is the same move); Chadian groups pull out from around Brak "
         "towards Murzuq; a planned massing of three battalions in Sabha ('to secure Fezzan'); a conditional advance "
         "Brak→Idri if the drone came from near the border with Algeria (condition place); the LNA denies a Wagner "
         "airlift Brak base→Mali ('دعم مالي' a trap). Tunis = dateline; Sharara only a feared target.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhz1", "qhz2", "qhz3", "qhz4", "qhz5")
