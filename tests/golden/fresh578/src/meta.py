# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (vh5 written قاعدة الجفرة: G*)
 # vh1 the Karama parade in Benghazi (Al-Quds Al-Arabi)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # vh2 exercise «درع الجنوب» at Remada (Jawhara FM)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_dist": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_dist": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),      # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "border_tn_side": ("region", "TN", 32.05, 10.62, "Tunisia-Libya border (Tunisian side, Dehiba)"),  # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "tripoint_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان; written بنقردان)
 # vh3 exercise «صخرة الطاسيلي» at In Amenas (Echaab)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz": ("region", "DZ", 28.2, 9.85, "Algeria-Libya border (Algerian side, In Amenas)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G (row مطار عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "south_east_dz": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),         # G* (row جنوب شرق الجزائر)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # vh4 exercise «قادر 2026» at Sidi Barrani (Sada El Balad)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "matruh_port": ("crossing", "EG", 31.360, 27.235, "Port of Marsa Matruh"),             # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "border_eg": ("region", "EG", 31.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind airport)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "jufra": ("district", "LY", 29.16140, 16.13904, "Al Jufra"),                           # G* (row ودان: README point near Hun/Waddan)
 # vh5 Turkish drills off Tripoli, seen from Beirut (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Al Khums naval base"),               # G* (row ميناء الخمس)
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (row مرسين, city)
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G (row قاعدة إنجيرليك)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.460, 35.820, "Port of Tripoli (Lebanon)"),    # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G* (row إقليم طرابلس)
}

TRAPS = {
 "vh1": ["القدس العربي", "عملية الكرامة", "سبل السلام", "سرت شائعات", "خالد الإدريسي", "مصطفى الطرابلسي"],
 "vh2": ["جوهرة أف أم", "درع الجنوب 2026", "الجيش التونسي", "منصف القابسي", "تونسية", "الليبية"],
 "vh3": ["الشعب", "صخرة الطاسيلي 2026", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "الجيش الجزائري", "الليبية"],
 "vh4": ["صدى البلد", "قادر 2026", "المنطقة الغربية العسكرية", "الجيش المصري", "أنور السادات", "الليبية",
         "الأمن القومي المصري"],
 "vh5": ["اللواء", "أمواج الصداقة 2026", "السنوات الخمس", "التركية", "السوريين", "الليبية", "لبنانياً"],
}

PHEN = {
 "vh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "vh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "vh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vh1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "denied", "Libyan National Army", [], ["أبوقرين"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["تاورغاء"]),
 ],
 "vh2": [
  mv("deploy", "reported", "Tunisian army", ["قابس"], ["رمادة"], ["تطاوين"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "vh3": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("withdraw", "planned", "Algerian army", [], ["برج عمر إدريس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("mobilise", "denied", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
 "vh4": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["العلمين"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء مرسى مطروح"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("deploy", "conditional", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("reinforce", "denied", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
 ],
 "vh5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["قاعدة الخمس البحرية"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["طرابلس"], []),
  mv("shipment", "denied", "Turkish armed forces", [], ["مرفأ طرابلس"]),
 ],
}

NOTES = {
 "vh1": "Parade, then real moves: LNA units that marched in the Benghazi Karama parade leave Benghazi→Sirte via "
        "Ajdabiya (reinforce), the parade's tank transporters carry ammunition Benghazi→Al-Jufra air base (shipment), a "
        "planned airlift of the Subul al-Salam battalion Benina base→Kufra airport, a denied advance towards Abu Qurayn, "
        "and the Misrata joint force's conditional massing in Tawergha (Sirte only the condition there). The parade "
        "itself at Benina, Tripoli and Ankara as addressees, and the Oil Crescent are not movement places.",
 "vh2": "Drill announced near the border: Tunisian units Gabes→Remada via Tataouine to join the exercise (deploy), a "
        "planned tank company Remada→Dehiba after it, a conditional reinforcement Tataouine→Borj El Khadra (the border "
        "triangle only the condition), and a denied 'incursion' towards Wazin. The exercise's air phase near Zarzis was "
        "called off (no movement); the border '30 km' away, Tunis, Tripoli, Ras Ajdir and Ben Gardane are not movement "
        "places.",
 "vh3": "Live-fire exercise at In Amenas: a tank regiment Ouargla→the exercise area (In Amenas) via Hassi Messaoud, an "
        "Il-76 airlift Boufarik air base→In Amenas airport, a planned return of the mechanised battalion to Bordj Omar "
        "Driss, a conditional reinforcement of Debdeb (Ghadames only the condition) and a denied massing on the border "
        "with Libya (the first border mention is only a distance reference). The parachute drop near Tiguentourine is a "
        "drill inside the exercise, not a movement; the Illizi visit is not one either.",
 "vh4": "Exercise «Qadir 2026» at Sidi Barrani: units came from Mohamed Naguib base via El Alamein (deploy), marines "
        "landed at Marsa Matruh port from Alexandria, a planned armoured group Sidi Barrani→Sallum, a conditional move of "
        "special forces to Gamal Abdel Nasser air base (Tobruk only locates it) and a denied tank convoy Marsa "
        "Matruh→Siwa (Jaghbub a distance reference). The naval phase off Sidi Barrani was called off; the Sirte-Jufra "
        "'red line' of 2020 is background.",
 "vh5": "Turkish marines landed at Al-Khums naval base from Mersin port for joint drills; a planned A400M airlift "
        "Incirlik→Al-Watiya; Syrian fighters to leave Tripoli only if Wagner leaves Al-Jufra base (Jufra is the "
        "condition, not a movement place); the Lebanese army denies a weapons shipment at the port of Tripoli in "
        "Lebanon. Tripoli (Libya) vs Tripoli (Lebanon) / «طرابلس الشام» / «طرابلس الغرب»; the drill off Zuwara was "
        "called off.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vh1", "vh2", "vh3", "vh4", "vh5")
