# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: Jufra as an area, point at Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (written قاعدة الجفرة الجوية / قاعدة الجفرة)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (dateline of qih1, qih5)
 # qih1 the Sirte-Jufra line (Al-Majalla)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ghardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 31.00, 25.20, "Egypt-Libya border (Egyptian side)"),     # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qih2 two Tripolis (Asas)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G (written طرابلس الشام here)
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town; README: Lebanese neighbourhoods are district)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 # qih3 the red line seen from Cairo (Al-Ahram Al-Arabi)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qih4 Ras Ajdir and the Tunisian south (Ultra Tunisia)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sidiahmed": ("base", "TN", 37.24540, 9.79150, "Bizerte-Sidi Ahmed Air Base"),         # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "border_tn": ("region", "TN", 33.00, 11.35, "Tunisia-Libya border (Tunisian side)"),   # K
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 # qih5 the south (Middle East Online)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (gazetteer أجدابيا; written اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qih1": ["الجيش الوطني الليبي", "المصراتية", "تركية", "سرت شائعات", "مصري", "المنطقة الغربية", "إدريس الزنتاني",
          "ليبيا الأحرار"],
 "qih2": ["طرابلسان", "الليبية", "اللبنانية", "زنتاني", "ليبيا بانوراما", "عماد الطرابلسي", "قوة حماية طرابلس", "المصراتية",
          "شارع سوريا"],
 "qih3": ["المصري", "مصري", "القاهرة الإخبارية", "المنطقة الغربية العسكرية", "الجولات الخمس", "الجيش الوطني الليبي",
          "الجزائري"],
 "qih4": ["ألترا تونس", "الليبي", "عماد الطرابلسي", "التونسية"],
 "qih5": ["ميدل إيست أونلاين", "الملك إدريس", "الفيلق الأفريقي", "مونت كارلو الدولية",
          "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي", "التشاديون", "السودانية"],
}

PHEN = {
 "qih1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qih2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qih3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qih4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qih5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qih1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["مصراتة"], ["أبوقرين"]),
  mv("naval_landing", "conditional", "Libyan National Army", [], ["زليتن"]),
  mv("shipment", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة القرضابية"]),
  mv("deploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
 ],
 "qih2": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["طرابلس"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["السواني"]),
  mv("shipment", "denied", "Misrata forces", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
 "qih3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت"], ["منفذ السلوم البري"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["ودان"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
 ],
 "qih4": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["الجميل"]),
  mv("advance", "conditional", "GNA forces", ["الجميل"], ["رأس اجدير"]),
  mv("withdraw", "conditional", "GNA forces", ["الجميل"], ["الزاوية"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["مطار جربة جرجيس"]),
  mv("mobilise", "denied", "Zintan forces", [], ["وازن"]),
 ],
 "qih5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["القطرون"], ["تيبستي"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("reinforce", "planned", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qih1": "Op-ed on the Sirte-Jufra line: one reported LNA reinforcement Jufra air base→Sirte; Misrata brigades' "
         "conditional advance Abu Qurayn→Sirte (Al-Washka only the condition); the LNA's conditional counter-attack "
         "Sirte→Misrata via Abu Qurayn with a marine landing at Zliten; a planned Turkish air-defence transfer "
         "Al-Watiya→the air college in Misrata; Moscow denies a Wagner pull-out from Gardabya base ('south of Sirte' "
         "only locates it); Egypt's conditional move Marsa Matruh→the border with Libya. Ankara, Moscow, Cairo are "
         "speakers; the Oil Crescent is background; 'سرت شائعات' is the verb 'spread'.",
 "qih2": "Lebanese op-ed on two Tripolis: Zintan's reported 40 vehicles Zintan→Al-Aziziyah (Tripoli only a distance "
         "reference there); their conditional advance Al-Aziziyah→Tripoli; Misrata's conditional move Misrata→Tajura via "
         "Garabulli ('the city's brigades' = Misrata; Zintan there only in the condition); the GNA's planned unit Mitiga base→As-Sawani; a Beirut source "
         "denies an arms shipment for Misrata brigades from Tripoli (Lebanon) port to Misrata port. Tripoli al-Sham / "
         "Bab al-Tabbaneh / Beirut are Lebanese places, not movement places; Emad Trabelsi and the Tripoli "
         "Protection Force are traps.",
 "qih3": "Cairo analysis of the red line: a reported armoured brigade Mohamed Naguib base→Sidi Barrani; the conditional "
         "Egyptian advance through the Sallum land port to Sirte (Jufra only the condition); a conditional Turkish "
         "marine landing at Khoms port; the LNA's planned battalion rotation Benghazi→Waddan (Jufra the district); "
         "a denied Egyptian entry into Al-Khadim base ('east of Benghazi' is a locator). Sidi Barrani in the first "
         "paragraph is only where the 2020 speech was given; Algiers/Algeria/Tunisia are observers.",
 "qih4": "Tunisian view of Ras Ajdir: a reported GNA force Zawiya→Al-Jumayl ('55 km from the crossing'); its "
         "conditional advance Al-Jumayl→Ras Ajdir and promised (conditional) return to Zawiya; the Tunisian army's "
         "conditional reinforcement Tataouine→Dehiba (Nalut only the condition); a planned C-130 airlift Sidi Ahmed "
         "air base→Djerba-Zarzis airport (Bizerte locates the base; the border is the purpose, not a destination); "
         "Zintan forces deny massing 25 vehicles in Wazin ('opposite Dehiba' is a locator).",
 "qih5": "The south: a reported Russian (Africa Corps) airlift Jufra base→Maaten al-Sarra base (the border with Chad "
         "only a distance reference); FACT's conditional pull-out from around Al-Qatrun into Tibesti; the LNA's "
         "conditional advance Sabha→Al-Qatrun via Umm al-Aranib; a planned LNA battalion Ajdabiya→Kufra via Jalu "
         "(the Sudan border and the Sarir field only the reason); the RSF denies massing columns from North Darfur "
         "in the border triangle. Idri, Wadi al-Shati, Egypt, Sudan (first), Sabha (last) and Fezzan are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qih1", "qih2", "qih3", "qih4", "qih5")
