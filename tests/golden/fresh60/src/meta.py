# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals / big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # bj1 Tripoli's southern suburbs and the Misrata road
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "salahdin": ("town", "LY", 32.82000, 13.20500, "Salah al-Din (Tripoli)"),              # K (gazetteer row = Tripoli centre)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21500, "Port of Misrata (Qasr Ahmed)"),  # K
 "tripoli_port": ("crossing", "LY", 32.90200, 13.19000, "Port of Tripoli"),             # K
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 # bj2 west coast and southern Tunisia
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tn_side": ("region", "TN", 32.50, 10.90, "Tunisia-Libya border (Tunisian side)"),  # K
 # bj3 Algeria: the Libyan and Niger borders; Ghat
 "border_dz_side": ("region", "DZ", 28.50, 9.60, "Algeria-Libya border (Algerian side)"),   # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                # G* (town row)
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                             # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G* (row تين زواتين)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # bj4 Jufra and Fezzan
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "jufra": ("district", "LY", 29.14000, 16.05000, "Al Jufra"),                           # K (README: point near Hun/Waddan)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G (row تمسة)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 # bj5 Egypt's western border, the east, the Libya-Egypt-Sudan triangle
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg_side": ("region", "EG", 30.50, 25.30, "Egypt-Libya border (Egyptian side)"),   # K
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05000, "Port of Benghazi"),           # K
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # K
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat (area)"),               # K
}

TRAPS = {
 "bj1": ["إندبندنت عربية", "المجلس العسكري الزنتان", "عبد السلام الزنتاني", "الساعات الخمس", "الليبية",
         "رئاسة الأركان العامة"],
 "bj2": ["إرم نيوز", "المجلس العسكري زوارة", "الهادي الطرابلسي", "رد الجميل", "التونسي", "تونسي", "الليبية",
         "الجانب الليبي", "حكومة الوحدة الوطنية"],
 "bj3": ["الخبر", "الناحية العسكرية الرابعة", "عبد القادر الإدريسي", "القيادة العامة", "ليبية", "الليبي",
         "إليوشين 76"],
 "bj4": ["الساعة 24", "المنطقة العسكرية سبها", "الروسي", "روسيتين", "المعارضة التشادية", "التشاديون",
         "شعبة الإعلام الحربي", "الكتيبة 166", "تشاديين"],
 "bj5": ["المصري اليوم", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي", "قوات الدعم السريع", "سبل السلام",
         "الجيش السوداني", "مصرية", "الليبية"],
}

PHEN = {
 "bj1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli"],
 "bj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "bj5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bj1": [
  mv("withdraw", "reported", "Misrata forces", ["عين زارة", "صلاح الدين"], ["مصراتة"], ["القره بوللي", "الخمس"]),
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["عين زارة"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("shipment", "planned", "Misrata forces", ["عين زارة"], ["مصراتة"]),
  mv("withdraw", "denied", "Zintan forces", ["قصر بن غشير", "مطار طرابلس الدولي"], ["الزنتان"]),
  mv("advance", "conditional", "Misrata forces", [], ["طرابلس"]),
 ],
 "bj2": [
  mv("redeploy", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("withdraw", "reported", "Tunisian army", ["بن قردان"], ["مدنين"]),
  mv("withdraw", "reported", None, ["معبر رأس اجدير"], ["زوارة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"], ["الجميل", "زلطن"]),
  mv("withdraw", "planned", None, ["أبو كماش"], ["زوارة"]),
  mv("mobilise", "conditional", None, [], ["زوارة"]),
  mv("redeploy", "conditional", None, ["زوارة"], ["معبر رأس اجدير"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
 ],
 "bj3": [
  mv("withdraw", "reported", "Algerian army", ["الدبداب", "عين أميناس"], ["ورقلة"]),
  mv("airlift", "reported", "Algerian army", ["جانت"], ["بوفاريك"]),
  mv("shipment", "reported", "Algerian army", ["جانت"], ["إليزي"]),
  mv("reinforce", "planned", "Algerian army", [], ["عين قزام", "تين زاوتين"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ إيسين"], ["سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["غات"], []),
  mv("redeploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
 "bj4": [
  mv("withdraw", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بنغازي"], ["سرت"]),
  mv("redeploy", "reported", "Libyan National Army", ["إدري"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "planned", "Chadian armed groups", ["أم الأرانب", "تمسه"], ["الحدود مع تشاد"]),
  mv("withdraw", "denied", "Libyan National Army", ["أم الأرانب"], ["سبها"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["سبها", "القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها", "القطرون"], ["أم الأرانب"]),
 ],
 "bj5": [
  mv("withdraw", "reported", "Egyptian army", ["السلوم", "سيدي براني"], ["قاعدة محمد نجيب العسكرية"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("withdraw", "denied", "Egyptian army", ["الجغبوب"], ["سيوة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["شمال دارفور"]),
  mv("withdraw", "planned", "Libyan National Army", ["العوينات"], ["الكفرة"]),
 ],
}

NOTES = {
 "bj1": "Misrata battalions leave Ain Zara/Salah al-Din for Misrata via Garabulli and Al-Khums (reported) and a GNA force "
        "from Tajura takes over at Ain Zara (reported); part of the fighters sail Tripoli port -> Misrata port "
        "(naval landing, reported); armour to be trucked from near Ain Zara to Misrata (planned); Zintan council denies "
        "pulling out of Qasr Bin Ghashir/the airport to Zintan (denied); a commander threatens to re-enter Tripoli if "
        "attacked (conditional). Returning displaced families are not a movement.",
 "bj2": "Tunisian army rotation: a battalion Gabes -> Ben Gardane (reported redeploy) and the relieved units back to "
        "Medenine (reported withdraw); Zuwara council force leaves Ras Ajdir for Zuwara (reported, actor null) and hands "
        "over to GNA border guards from Tripoli via Al-Jmail and Zaltan (reported deploy); the rest to leave Abu Kammash "
        "(planned); re-mobilisation in Zuwara and return to the crossing if the deal breaks (conditional x2); Tunisian "
        "MoD denies pulling units from Dehiba to Tataouine (denied).",
 "bj3": "Algerian army: units back from Debdeb and In Amenas to Ouargla (reported), special forces flown Djanet -> "
        "Boufarik (airlift), heavy equipment trucked Djanet -> Illizi (shipment); planned reinforcement of In Guezzam "
        "and Tin Zaouatine; conditional return to the Libyan border. LNA battalion hands over the Isayen crossing and "
        "returns to Sabha (reported); LNA denies evacuating Ghat (denied).",
 "bj4": "LNA rotation at Jufra air base: the outgoing battalion returns to Benghazi via Sirte (reported withdraw), the "
        "incoming one came from Idri (reported redeploy); Russian cargo planes Jufra base -> Brak air base (airlift); "
        "Chadian rebels to leave Umm al-Aranib and Tmassah for the Chad border (planned); LNA denies pulling out of Umm "
        "al-Aranib to Sabha (denied); conditional mobilisation in Sabha and Al-Qatrun and advance on Umm al-Aranib.",
 "bj5": "Egyptian army units return from Sallum and Sidi Barrani to the Mohamed Naguib base (reported); conditional "
        "reinforcement of Sallum; denied withdrawal Jaghbub -> Siwa. LNA company shipped Tobruk port -> Benghazi port "
        "(naval landing) after its shift at Emsaed, replacement from Tobruk to Emsaed planned; RSF withdraw from the "
        "border triangle towards North Darfur (reported); LNA plans to pull Subul al-Salam from Jebel Uweinat to Kufra.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bj1", "bj2", "bj3", "bj4", "bj5")
