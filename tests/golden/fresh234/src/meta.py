# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 # ib1 Algiers: Libya's neighbours meeting
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tibesti": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),                 # G* (district row تبستي)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "DZ", 29.0, 9.65, "Algeria side of the Libya-Algeria border"), # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # ib2 New Alamein: Sisi receives al-Menfi
 "new_alamein": ("city", "EG", 30.93, 28.78, "New Alamein"),                            # K
 "jufra": ("district", "LY", 29.1268, 15.9477, "Al Jufra"),                             # K (point at Hun, README rule)
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city row)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.9, 24.85, "Libyan side of the Libya-Egypt border"), # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern region)"),       # G* (row برقة)
 # ib3 Doha: Qatar-Turkey-GNU talks
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.657, 14.280, "Al Khums port"),                     # K
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # ib4 Sabha: al-Menfi's tour of the south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # ib5 Rabat: Bourita receives the House and High Council delegations
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G (row تنجه)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmad)"),         # K
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega port"),           # G* (Brega town row)
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
}

TRAPS = {
 "ib1": ["الشروق أونلاين", "الشروق", "هانا تيتيه", "عبد اللطيف رحال", "الوزير التشادي", "نظيره التونسي",
         "محمد علي النفطي", "الجيش الوطني الشعبي", "التراب الليبي"],
 "ib2": ["اليوم السابع", "مصرّة", "عقيلة صالح", "المجلس الرئاسي الليبي", "العمالة المصرية", "مصدر عسكري مصري",
         "جنود مصريين", "القيادة العامة للجيش الوطني الليبي",
         "الجيش الوطني الليبي"],
 "ib3": ["الشرق", "مباحثات قطرية تركية ليبية", "الخطوط الجوية القطرية", "الاستثمارات القطرية", "السنوات الخمس",
         "بركان الغضب", "الصندوق القطري للتنمية", "سفينة إنزال تركية"],
 "ib4": ["بوابة إفريقيا الإخبارية", "لا أدري", "اللواء طارق بن زياد", "مجموعات تشادية مسلحة",
         "منطقة سبها العسكرية", "موسى الكوني"],
 "ib5": ["هسبريس", "اتفاق الصخيرات", "الحوار الليبي-الليبي", "الدعم المالي", "حسن الإدريسي",
         "الجيش الوطني الليبي", "الموانئ النفطية", "المجلس العسكري الزنتان"],
}

PHEN = {
 "ib1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ib2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ib3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "ib4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
 "ib5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "coverage_oil", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ib1": [
  _m("airlift", "conditional", "Syrian mercenaries", origins=["قاعدة الوطية"]),
  _m("deploy", "planned", None, destinations=["تيبستي"]),
  _m("reinforce", "reported", "Algerian army", origins=["عين امناس"], destinations=["الدبداب"]),
  _m("advance", "denied", "Algerian army", destinations=["غدامس"]),
 ],
 "ib2": [
  _m("deploy", "conditional", "Egyptian army", destinations=["سرت"]),
  _m("shipment", "planned", "Egyptian army", origins=["الإسكندرية"], destinations=["ميناء طبرق"]),
  _m("redeploy", "reported", "Libyan National Army", origins=["طبرق"], destinations=["الجغبوب"]),
  _m("airlift", "denied", "Egyptian army", destinations=["قاعدة الخادم"]),
 ],
 "ib3": [
  _m("reinforce", "conditional", "Turkish armed forces", destinations=["قاعدة الوطية الجوية"]),
  _m("withdraw", "planned", "Syrian mercenaries", origins=["طرابلس"], destinations=["تركيا"]),
  _m("naval_landing", "reported", "Turkish armed forces", origins=["إزمير"], destinations=["ميناء الخمس"]),
  _m("mobilise", "denied", "GNA forces", destinations=["مصراته"]),
 ],
 "ib4": [
  _m("redeploy", "reported", "Libyan National Army", origins=["أوباري"], destinations=["سبها"]),
  _m("mobilise", "planned", "Chadian armed groups", destinations=["أم الأرانب"]),
  _m("advance", "conditional", "Libyan National Army", destinations=["أم الأرانب"]),
  _m("withdraw", "denied", "Libyan National Army", origins=["حقل الشرارة"], destinations=["أوباري"]),
 ],
 "ib5": [
  _m("shipment", "reported", None, origins=["تركيا"], destinations=["ميناء مصراتة"]),
  _m("naval_landing", "planned", "Libyan National Army", origins=["بنغازي"], destinations=["ميناء البريقة"]),
  _m("withdraw", "conditional", "Zintan forces", origins=["مطار طرابلس الدولي"], destinations=["الزنتان"]),
  _m("deploy", "denied", "GNA forces", destinations=["صبراتة"]),
 ],
}

NOTES = {
 "ib1": "Echorouk Online (Algiers): the 7th ministerial meeting of Libya's neighbours; many countries, a minister's "
        "flight N'Djamena->Algiers airport, Ras Ajdir reopening and the next meeting in Niamey are not moves; "
        "moves: conditional airlift of Syrian mercenaries out of Al-Watiya base («بمجرد»), Chad's planned battalion "
        "for Tibesti (Chadian army, actor null), a reported Algerian reinforcement In Amenas->Debdeb (the border "
        "phrase only locates Debdeb) and a denied Algerian incursion towards Ghadames.",
 "ib2": "Youm7 (New Alamein): Sisi receives al-Menfi; the visit, the Sirte-Jufra 'red line', border traffic, oil "
        "exports, the Marsa Matruh tribal forum and Aguila Saleh's return to Tobruk via Amsaad are not moves; moves: "
        "Egypt's conditional deployment to Sirte («إذا»), a planned Egyptian army shipment of military equipment by "
        "sea Alexandria->Tobruk port, a reported LNA redeployment Tobruk->Al-Jaghbub (border phrase = locator) and a denied "
        "Egyptian airlift to Al Khadim base (east of Benghazi = locator).",
 "ib3": "Al-Sharq (Doha): the Emir receives Dbeibah and a Qatar-Turkey-GNU meeting; Qatar Airways flights to "
        "Mitiga, power projects, Ankara as speaker and Al-Khulaifi's trip from Beirut/Tripoli (Lebanon) are not "
        "moves; moves: Turkey's conditional reinforcement of Al-Watiya air base («إذا»), a planned Syrian fighters' "
        "pull-out Tripoli->Turkey, a reported Turkish landing at Al-Khums port from Izmir and a denied GNA build-up "
        "in Misrata (مصراته).",
 "ib4": "Africa Gate News (Sabha): al-Menfi's tour of the south (Sabha airport from Tripoli, Ubari, Ghat, Idri, a "
        "reconciliation forum in Sirte, the Toummo crossing) is not a movement; moves: a reported LNA redeployment "
        "Ubari->Sabha, Chadian armed groups' planned massing in Umm al-Aranib, the LNA's conditional advance on "
        "Umm al-Aranib («إذا ثبت») and a denied LNA pull-out from the Sharara field towards Ubari.",
 "ib5": "Hespress (Rabat): Bourita receives House and High Council delegations; Skhirat, Tangier, the envoy's tour "
        "(Tunis, Cairo) and the Bouznika sessions are not moves; moves: a reported arms shipment Turkey->Misrata port "
        "(no owner named, actor null), a planned LNA marine landing Benghazi->Brega port, Zintan's conditional "
        "pull-back Tripoli International Airport->Zintan («شريطة») and a denied GNA deployment in Sabratha.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ib1", "ib2", "ib3", "ib4", "ib5")
