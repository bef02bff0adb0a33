# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "wigh": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                                  # G* (base/airport row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G* (row spelled أبوقرين)
 # districts and regions
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),            # G* (town row)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row; README: point near Hun/Waddan)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G (جنوب ليبيا; reused for الجنوب الليبي)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 # bases, airports, ports
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmad)"),         # K
 "khums_port": ("crossing", "LY", 32.657, 14.272, "Al Khums port"),                     # K
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (Tobruk city / naval base point)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G* (city row spelled نجامينا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),          # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G* (row spelled كوري بوقودي)
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 # Turkey, Syria, Russia, Egypt
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                           # G* (row spelled عنتاب)
 "n_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ex1": ["مجمع قاعات واغادوغو", "اتفاق جنيف", "مقاتلاً سورياً", "العرب", "السودانيون", "الفيلق الأفريقي",
         "القوات التركية", "اللبنانية", "عز الدين الطرابلسي", "التشاديين", "الشأن الليبي", "سالم الغرياني"],
 "ex2": ["مقاتلين سودانيين", "سودان تربيون", "حركة تحرير السودان – المجلس الانتقالي", "الحكومة السودانية",
         "كتيبة سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع", "الأراضي الليبية", "مقاتل سوداني"],
 "ex3": ["الشرق", "مصادر عسكرية تشادية", "جبهة الوفاق من أجل التغيير في تشاد", "الاتحاد الأفريقي",
         "طائرات عسكرية تشادية", "دعم مالي", "الحكومة التشادية", "أبو بكر الكانمي", "الجيش الوطني الليبي", "مقاتل تشادي",
         "المجلس العسكري لإنقاذ الجمهورية", "فصيل تشادي"],
 "ex4": ["الفيلق الأفريقي", "إرم نيوز", "مصادر عسكرية ليبية", "العاصمة النيجرية", "الأراضي التشادية",
         "السفارة الروسية", "الشركاء الليبيين", "محمد الإدريسي", "فاغنر"],
 "ex5": ["المرتزقة السوريين", "القاهرة الإخبارية", "مقاتل سوري", "المرصد السوري لحقوق الإنسان", "حكومة الوحدة الوطنية",
         "وزارة الدفاع التركية", "مقاتلين سوريين", "شارع طرابلس", "وزير الخارجية المصري", "نظيره الليبي", "الدول الخمس"],
}

PHEN = {
 "ex1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
         "border_phrase", "countries", "coverage_neighbours", "ambiguity_tripoli", "ambiguity_idri",
         "coverage_crossings"],
 "ex2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "countries", "coverage_neighbours", "town_vs_district", "coverage_oil"],
 "ex3": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "countries", "coverage_bases", "coverage_neighbours", "common_word_trap", "town_vs_district"],
 "ex4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
         "coverage_crossings", "countries", "coverage_neighbours", "ambiguity_idri", "coverage_oil",
         "ambiguity_country_capital"],
 "ex5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "countries", "ambiguity_country_capital", "ambiguity_tripoli", "common_word_trap", "coverage_crossings"],
}

MOVES = {
 "ex1": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية الجوية"], ["تركيا"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["ميناء مصراتة"], ["سوريا"], ["طرابلس"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الجفرة"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("reinforce", "denied", "Russian forces", [], ["براك", "إدري"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب", "الحدود مع النيجر"]),
 ],
 "ex2": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الجفره"], ["الكفرة"], ["زلة", "تازربو"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["الحدود مع السودان", "جبل العوينات"]),
  mv("shipment", "planned", None, [], ["بنغازي"]),
  mv("redeploy", "conditional", "Sudanese armed groups", [], ["الجفرة"]),
  mv("deploy", "reported", "Libyan National Army", [], ["الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", [], ["حقل السرير"]),
  mv("reinforce", "denied", "Sudanese armed groups", ["المالحة"], ["جنوب ليبيا"]),
 ],
 "ex3": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["القطرون"]),
  mv("airlift", "planned", "Chadian armed groups", ["قاعدة براك الجوية"], ["مطار فايا لارجو"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع تشاد", "الويغ"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["كوري بوقدي"]),
  mv("withdraw", "planned", "Chadian armed groups", ["القطرون"], ["براك"]),
 ],
 "ex4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["نيامي"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة ماداما"], ["سبها", "القطرون"]),
  mv("redeploy", "conditional", "Russian forces", ["سرت"], ["قاعدة الخادم"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الجفرة"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "ex5": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["إسطنبول"]),
  mv("withdraw", "planned", "Syrian mercenaries", [], ["شمال سوريا"]),
  mv("airlift", "reported", "Syrian mercenaries", ["غازي عنتاب"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["الوطية", "مصراتة"]),
  mv("advance", "denied", "Syrian mercenaries", ["طرابلس"], ["أبو قرين"]),
 ],
}

NOTES = {
 "ex1": "Al-Arab (London) from Sirte: the 5+5 committee's 90-day, three-phase exit timetable. Reported Syrian airlift "
        "Al-Watiya air base→Turkey and an earlier sea exit Misrata port→Syria via Tripoli (Lebanon); planned Sudanese "
        "pull-out Jufra→the Sudan border via Kufra; the Jufra/Al-Watiya swap as two conditional withdrawals («ربطوا … "
        "بمغادرة», «لن يغادروا ما لم»); a denied Russian reinforcement of Brak and Idri (Wadi al-Shati only locates "
        "them); Chadian groups reported massing near Umm al-Aranib and the Niger border. Tripoli (Libya) is a source; "
        "the Ouagadougou halls, the Geneva agreement and the officer al-Trabelsi are traps.",
 "ex2": "Sudan Tribune from Port Sudan: a reported Sudanese convoy Jufra (spelled الجفره)→Kufra via Zillah and "
        "Tazirbu; a planned crossing Kufra→North Darfur via the Sudan border and Jebel Uweinat; a planned weapons "
        "shipment to Benghazi (no owner named); a conditional return to Jufra («في حال»); LNA units deployed at "
        "Kufra's entrances and at the Sarir field; the RSF's denied Al Malha→southern Libya reinforcement. Benghazi is "
        "first only a distance reference; fighters 'still in Jufra and Sirte' are presence; بلدية الكفرة is a district.",
 "ex3": "Asharq from N'Djamena (spelled انجامينا): FACT fighters' reported pull-out Umm al-Aranib→Al Qatrun, a planned "
        "airlift Brak air base→Faya-Largeau airport, a planned truck move Al Qatrun→Brak, an LNA deployment to the Chad "
        "border and Al Wigh conditional on «بمجرد خروج آخر مقاتل», and the CCMSR's denied return Tibesti→Kouri Bougoudi. "
        "«ما لم» in the spokesman's quote has no place; «الشرق», al-Kanemi and «دعم مالي» are traps.",
 "ex4": "Erem News from Benghazi: a reported Russian (Africa Corps) airlift Jufra air base→Niamey, a planned armour "
        "shipment Brak air base→Madama base via Sabha and Al Qatrun, a conditional redeploy Sirte→Al Khadim base "
        "(«في حال»), an LNA brigade massing in Jufra, and a denied landing at Tobruk port. «شريطة عدم الكشف عن هويته» "
        "is not a condition on a move; Russians still at Brak, Gardabya and the Sharara field are presence; Moscow and "
        "the embassy in Tripoli are speakers; the expert al-Idrisi is a trap.",
 "ex5": "Al Qahera News from Tripoli: a reported airlift of Syrian mercenaries Mitiga airport→Istanbul with a planned "
        "onward move to northern Syria, a reported arrival Gaziantep→Al-Watiya base the same day, a Turkish landing at "
        "Al-Khums port, Turkey's conditional pull-out from Al-Watiya and Misrata («لن تسحب … ما لم»), and a denied "
        "Tripoli→Abu Qurayn advance (Sirte only locates it). Cairo (gold, metonymic) sits next to the trap «القاهرة "
        "الإخبارية»; Yarmouk camp is presence; Tripoli Street in Misrata and «الدول الخمس» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ex1", "ex2", "ex3", "ex4", "ex5")
