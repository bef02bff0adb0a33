# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qfy1 the western coast (Al-Quds Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qfy2 Kufra and the Sudanese border (France 24)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 # qfy3 Dehiba and the Tunisian south (Monte Carlo Doualiya)
 "zarzis_port": ("crossing", "TN", 33.49, 11.12, "Port of Zarzis"),                     # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "sidiahmed": ("base", "TN", 37.24540, 9.79150, "Bizerte-Sidi Ahmed Air Base"),         # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "border_ly_tn": ("region", "TN", 32.10, 10.55, "Tunisia-Libya border (Tunisian side, Dehiba sector)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 # qfy4 Misrata, Abu Qurayn and the Sirte line (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "aircollege": ("base", "LY", 32.32556, 15.05972, "Misrata Air College base"),          # G* (row مطار مصراتة, kind base)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qfy5 Murzuq, Qatrun and the Niger border (Al-Wafd)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
}

TRAPS = {
 "qfy1": ["المنطقة العسكرية الغربية", "الطرابلسي", "الجانب التونسي", "القدس العربي", "هذه الزاوية", "اللبناني",
          "ليبيا الأحرار", "قوة حماية طرابلس"],
 "qfy2": ["الجيش الوطني الليبي", "فرانس 24", "قوات الدعم السريع", "الليبية", "السودانية", "مالي", "محمد الطبرقي",
          "الحدث", "كتيبة سبل السلام", "عملية الكرامة"],
 "qfy3": ["الدفاع التونسية", "مونت كارلو الدولية", "القابسي", "الليبية", "الليبيين"],
 "qfy4": ["المنطقة الوسطى", "المنطقة العسكرية الوسطى", "الليبية", "السرتي", "إدريس الزليتني", "النقاط الخمس", "الشرق الأوسط",
          "وكالة الأناضول", "تركية", "عملية البنيان المرصوص"],
 "qfy5": ["غرفة عمليات الجنوب الغربي", "الجيش الوطني الليبي", "إدريس المقرحي", "بوابة الوفد", "الانتشار الجديد",
          "التشادية"],
}

PHEN = {
 "qfy1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qfy3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qfy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfy1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["زوارة"], ["صبراتة"]),
  mv("reinforce", "planned", "GNA forces", ["قاعدة معيتيقة"], ["منفذ رأس جدير"], ["الجميل", "زلطن"]),
  mv("advance", "conditional", "GNA forces", [], ["العجيلات"]),
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
 ],
 "qfy2": [
  mv("reinforce", "reported", "Libyan National Army", ["إجدابيا"], ["الكفرة"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "reported", "Sudanese armed groups", ["دارفور"], ["جبل العوينات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة معطن السارة"]),
 ],
 "qfy3": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["مطار جربة جرجيس"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("mobilise", "reported", "Zintan forces", [], ["وازن"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["معبر الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"]),
 ],
 "qfy4": [
  mv("advance", "reported", "GNA forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("redeploy", "planned", "GNA forces", ["أبوقرين"], ["بويرات الحسون"]),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
  mv("withdraw", "reported", "Wagner Group", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "denied", "Turkish armed forces", ["تركيا"], ["قاعدة الكلية الجوية"]),
 ],
 "qfy5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", "Libyan National Army", ["إدري"]),
 ],
}

NOTES = {
 "qfy1": "Press conference of the GNA western zone commander (first person): 'we sent' 30 vehicles Zawiya→Zuwara via "
         "Sabratha (reported); a planned company Mitiga base→Ras Ajdir crossing via Al-Jumayl and Zaltan; 'we will not "
         "advance towards Al-Ajaylat unless...' (conditional); a denied arms shipment from the port of Tripoli "
         "(Lebanon) to Zuwara port; and 'we landed 40 marines at Zuwara port after they sailed from Tripoli port' "
         "(reported naval landing). Lebanon, Tripoli as venue, Tunis (interior ministry), the border with Tunisia, "
         "'west of Zawiya', the Zawiya refinery and the schools are not movement places. Traps: the commander "
         "al-Tarabulsi, 'من هذه الزاوية'.",
 "qfy2": "LNA spokesman in Al-Rajma: two battalions Ajdabiya→Kufra via Jalu (reported), a planned airlift Benina air "
         "base→Kufra airport (the border with Sudan is only context), an RSF column Darfur→Jebel Uweinat seen by drones "
         "(reported, Sudanese armed groups), 'we will not advance towards the border triangle unless...' "
         "(conditional), and a denied massing at Maaten al-Sarra base (the headline repeats it). Khartoum, Egypt, "
         "Chad and the aid convoys from Kufra are not movement places; 'دعم مالي' is a common-word trap.",
 "qfy3": "Tunisian defence spokesman: a regiment Tataouine→Dehiba via Remada (reported; '3 km from the Dehiba "
         "crossing' is a position reference), a planned airlift Sidi Ahmed air base (Bizerte only locates it)→Djerba-"
         "Zarzis airport, 90 marines landed at Zarzis port from Sfax (reported), Zintan vehicles massing in Wazin "
         "(reported; Zintan only names the military council), a conditional second regiment Gabes→the Dehiba crossing "
         "if fighting reaches Nalut (condition only), and a denied pull-out from Borj El Khadra. Tunis is the dateline "
         "(city) and the country in 'أمن تونس'; Tripoli and the meeting in Remada are not movement places.",
 "qfy4": "Commander of the GNA central zone, in Misrata (Cairo dateline): 50 vehicles Misrata→Abu Qurayn via Tawergha "
         "(reported; headline spelling بوقرين), a planned company Abu Qurayn→Buwairat al-Hassoun ('80 km from Sirte' is "
         "a distance reference), 'we will not enter Sirte unless Haftar's forces move towards the Oil Crescent' "
         "(conditional; the Oil Crescent is the condition), Wagner's reported pull-out Sirte→Jufra air base, and a "
         "denied Turkish arms shipment from Turkey to the Air College base. The civilian traffic Misrata–Sirte, the "
         "2016 battle for Sirte and the positions near Al-Washka are not movements. Idri trap: Col. Idris al-Zliteni.",
 "qfy5": "LNA south-west operations room commander in Sabha: 35 vehicles Sabha→Murzuq via Ghuddwa (reported), a "
         "planned battalion Qatrun→the Toummo crossing ('the last point before Niger' is a locator), a conditional "
         "reinforcement to the border with Niger, and a denied pull-out from Idri (Wadi al-Shati only locates it). "
         "Idri trap: the commander Idris al-Maqrahi. Umm al-Aranib, Traghan, the patrols in Fezzan, the 2019 "
         "displacement to Sabha and Ubari and Tripoli are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfy1", "qfy2", "qfy3", "qfy4", "qfy5")
