# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qfm1 the Sirte drill (Al-Quds Al-Arabi)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G* (row قاعدة القرضابية)
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),      # G* (town row البريقة)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qfm2 the Libyan-Turkish naval drill off Al-Khums (Al-Jarida)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # qfm3 the western border drill (France 24)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 # qfm4 the Fezzan drill (Monte Carlo Doualiya)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qfm5 the Libyan-Egyptian drill near Tobruk (Al-Ayam)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "border_eg_ly": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, north)"),  # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
}

TRAPS = {
 "qfm1": ["القدس العربي", "درع سرت 2026", "الجيش الوطني الليبي", "ميلاد السرتي", "القنابل الدخانية البيضاء",
          "غرفة عمليات تحرير سرت والجفرة", "ليبيا بانوراما", "المصراتية"],
 "qfm2": ["الجريدة", "غازي عنتاب", "إدريس المغربي", "الأيام الخمسة", "الجيش الوطني الليبي", "التركية", "الليبية"],
 "qfm3": ["فرانس 24", "حماية الحدود 1", "محمد الزنتاني", "وكالة تونس أفريقيا للأنباء", "الجيش التونسي", "التونسية"],
 "qfm4": ["مونت كارلو الدولية", "صحراء فزان 2026", "الجيش الوطني الليبي", "طارق بن زياد", "مصباح الإدريسي",
          "الفيلق الأفريقي", "منطقة سبها العسكرية", "دعم مالي", "تشادية"],
 "qfm5": ["الأيام", "حماة الحدود 2026", "الجيش الوطني الليبي", "تحيا مصر", "منطقة طبرق العسكرية", "فرج الدرناوي",
          "المصرية"],
}

PHEN = {
 "qfm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases", "coverage_oil"],
 "qfm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings",
          "countries"],
 "qfm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qfm4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qfm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfm1": [
  mv("deploy", "reported", "Libyan National Army", ["راس لانوف"], ["قاعدة القرضابية الجوية"], ["بن جواد", "النوفلية"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء البريقة"], ["قاعدة القرضابية الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار القرضابية"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["بويرات الحسون"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "qfm2": [
  mv("deploy", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"], ["مرفأ طرابلس"]),
  mv("withdraw", "planned", "Turkish armed forces", ["ميناء الخمس"], ["مرسين"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["القره بوللي"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("deploy", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["خليج سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الهراوة"]),
 ],
 "qfm3": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["أبو كماش"], ["صبراتة", "زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("shipment", "planned", "GNA forces", ["الزاوية"], ["أبو كماش"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الشويرف"]),
 ],
 "qfm4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["القطرون"]),
  mv("mobilise", "conditional", "GNA forces", [], ["أوباري"]),
 ],
 "qfm5": [
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "reported", "Libyan National Army", ["درنة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار طبرق"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["درنة"]),
  mv("deploy", "denied", "Egyptian army", [], ["البردي"], ["منفذ امساعد"]),
 ],
}

NOTES = {
 "qfm1": "LNA drill 'Dir' Sirt 2026' (trap) near Gardabya air base: a tank battalion Ras Lanuf→the drill area (resolved "
         "to Gardabya air base) via Bin Jawad and Nofaliya, a planned special-forces airlift Benina→Gardabya airport, a "
         "denied column Sirte→Buwairat al-Hassoun, and the Misrata brigades' conditional reinforcement Misrata→Abu Qurayn "
         "(voiced by a GNA operations room whose name, with Sirte and Jufra, is a trap). Benghazi, Tripoli, Geneva, "
         "Al-Khums and Sirte municipality are not movement places.",
 "qfm2": "GNA-Turkish naval drill off Al-Khums: a Turkish frigate ('Gaziantep', trap) Mersin→Khoms port via the port "
         "of Tripoli in Lebanon, a planned marines' landing from Abu Sitta naval base onto Garabulli beach (Tripoli only "
         "locates the base), a denied Turkish airlift to Al-Watiya, and the LNA's conditional deployment Benghazi "
         "port→Gulf of Sirte. Ankara, Tripoli, Benghazi and Kuwait are speakers or background.",
 "qfm3": "GNA border drill from Ras Ajdir to Wazin: a 45-vehicle column Zawiya→Abu Kammash via Sabratha and Zuwara, a "
         "planned helicopter squadron Mitiga airport→Al-Watiya, the Tunisian army's conditional reinforcement "
         "Tataouine→Dehiba (Tunis = city of the source), and the Benghazi government's claim of forces moving "
         "Zintan→Ash Shwayrif, denied by the GNA staff (the Western Mountain only in the denial).",
 "qfm4": "LNA Fezzan drill: a 70-vehicle column Sabha ('left the city')→Al-Qatrun via Umm al-Aranib, a planned Il-76 "
         "paratroop airlift Al-Khadim base→Brak air base (Idri only a distance reference), a denied airlift of Russian "
         "'Africa Corps' men Jufra air base→Al-Qatrun, and the GNA Sabha zone's conditional deployment Ubari→Sharara "
         "field. The Niger border, southern Libya and Fezzan are the drill area/background, not movement places.",
 "qfm5": "LNA-Egyptian drill south of Tobruk: the Egyptian frigate (trap 'Tahya Misr') Ras el-Tin naval base→Tobruk "
         "naval base (Alexandria only locates the base), LNA units Derna→Gamal Abdel Nasser air base, a planned Egyptian "
         "paratroop airlift Mohamed Naguib base→Tobruk airport, the LNA units' conditional return to Derna, and a denied "
         "entry of Egyptian armour into Bardia via the Amsaad crossing. Cairo, Tripoli and Benghazi are not movement "
         "places; the border with Egypt is a distance reference.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfm1", "qfm2", "qfm3", "qfm4", "qfm5")
