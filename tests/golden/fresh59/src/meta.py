# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README); F51 = value from fresh51's README table.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # bi1 Sirte-Jufra line and the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air-base point, between Hun and Waddan)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                  # G* (row راس لانوف)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # bi2 Egypt's border with eastern Libya
 "border_eg": ("region", "EG", 31.2, 25.25, "Egypt-Libya border (Egyptian side)"),     # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),           # G
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),         # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 # bi3 Algeria's border with Libya and Niger
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),          # G* (row الحدود الجزائرية النيجرية)
 # bi4 Ras Ajdir and the Tunisian south-east
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # F51 (GeoNames 2208423)
 "border_tnside": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
 # bi5 the quadrilateral border protocol (Sudan, Chad, Niger, southern Libya)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),    # G* (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "malha": ("town", "SD", 15.13, 26.20, "Al Malha"),                                     # K
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
}

TRAPS = {
 "bi1": ["البيان", "المنطقة العسكرية طرابلس", "الجيش الوطني الليبي", "السوريين"],
 "bi2": ["المصري اليوم", "الجيش الليبي", "الجيش الوطني الليبي", "الجيش المصري", "ليبيا الحدث"],
 "bi3": ["الخبر", "القيادة العامة للجيش الليبي", "وحدات جزائرية", "عبد الحميد الإدريسي", "الدعم المالي",
         "الملف الليبي"],
 "bi4": ["الصباح نيوز", "تونسية ليبية", "الطرابلسي", "الجانب التونسي", "سوق ليبيا", "من هذه الزاوية"],
 "bi5": ["سودان تربيون", "المجموعات التشادية", "الجيش السوداني", "الجيش الوطني الليبي", "البحيرة المالحة"],
}

PHEN = {
 "bi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "bi2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_neighbours", "countries"],
 "bi4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bi5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "bi1": [
  mv("withdraw", "planned", GNA, ["الوشكة"], ["أبوقرين"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["قاعدة القرضابية"]),
  mv("withdraw", "reported", "Misrata forces", ["بويرات الحسون"], ["الوشكة"]),
  mv("reinforce", "denied", LNA, ["بنغازي"], ["الجفرة"]),
  mv("naval_landing", "denied", LNA, [], ["ميناء راس لانوف"]),
  mv("withdraw", "conditional", "Foreign fighters", ["قاعدة الجفرة الجوية"], []),
  mv("deploy", "conditional", None, [], ["بويرات الحسون", "سرت"]),
 ],
 "bi2": [
  mv("deploy", "planned", None, [], ["منفذ امساعد"]),
  mv("deploy", "conditional", None, [], ["الجغبوب"]),
  mv("reinforce", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["امساعد"]),
  mv("airlift", "reported", "Egyptian army", ["القاهرة"], ["مطار مرسى مطروح"]),
  mv("shipment", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("withdraw", "denied", LNA, ["الجغبوب"], ["طبرق"]),
 ],
 "bi3": [
  mv("deploy", "reported", LNA, [], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب", "عين أمناس"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["إليزي"]),
  mv("withdraw", "conditional", LNA, ["غدامس"], ["سبها"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("deploy", "planned", "Algerian army", [], ["عين قزام"]),
 ],
 "bi4": [
  mv("withdraw", "conditional", None, ["معبر رأس جدير"], ["زوارة"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["معبر رأس جدير"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("naval_landing", "denied", GNA, [], ["ميناء زوارة"]),
  mv("redeploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
 "bi5": [
  mv("withdraw", "planned", "Chadian armed groups", ["الجنوب الليبي"], ["تشاد"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"], ["شمال دارفور"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"]),
  mv("mobilise", "reported", LNA, [], ["سبها"]),
  mv("advance", "conditional", LNA, ["إدري"], ["أم الأرانب"]),
  mv("deploy", "planned", None, [], ["ماداما"]),
 ],
}

NOTES = {
 "bi1": ("Al-Bayan (Dubai), dateline Sirte: a 5+5 two-phase disengagement deal on the Sirte-Jufra line (15 km, 72 hours, "
         "end of March). Planned GNA pull-back Al-Washka->Abu Qurayn (ستسحب) and LNA redeploy west of Sirte->Gardabiya "
         "(من المقرر); a Misrata column already withdrew Buwairat->Al-Washka as a first step (reported); LNA denies "
         "reinforcements Benghazi->Jufra (عارية عن الصحة) and a landing at Ras Lanuf port; foreign fighters leave the Jufra "
         "base only شريطة Turkey's matching timetable (conditional; the Turkish pull-back 'from the west' has no place); "
         "military police between Buwairat and Sirte رهناً بموافقة (conditional). Geneva is a venue, Misrata a source, "
         "the Oil Crescent a locator of the port."),
 "bi2": ("Al-Masry Al-Youm, dateline Cairo: an Egypt-LNA border protocol. Joint force to Amsaad crossing within two weeks "
         "(على أن, planned) and on to Jaghbub in phase two, made conditional later (لن تتحرك ... إلا إذا); Egyptian "
         "reinforcements Naguib base->Sallum (سيدفع) and an LNA company Tobruk->Amsaad (يعتزم) are planned; as a first step "
         "two transport planes Cairo->Marsa Matruh airport and ammunition trucks Marsa Matruh->Sallum (reported); the LNA "
         "commander in Jaghbub denies withdrawing to Tobruk. Benghazi and Matruh governorate are locators/sources."),
 "bi3": ("El Khabar, dateline Algiers: Algeria's ultimatum over LNA units sent to Ghadames (reported flashback). The "
         "Algerian army will reinforce Debdeb-In Amenas ما لم the units pull back (conditional); special forces airlifted "
         "Tamanrasset->Illizi last week (reported); the LNA is ready to return the units Ghadames->Sabha مقابل a neutral "
         "force at the crossing (conditional); the ministry denies an incursion near Ghat (denied advance); a battalion is "
         "to deploy at In Guezzam on the Niger border (تستعد, planned). Ouargla is a locator, Mali a topic."),
 "bi4": ("Assabah News, dateline Ben Gardane: Tunisia-Libya deal to clear Ras Ajdir crossing of armed groups within 72 "
         "hours. GNA border guards Tripoli->the crossing on Thursday (planned); the groups withdraw into Zuwara شريطة "
         "guarantees (conditional; the headline/lead إخلاء is the same move); Tunisian army reinforcements Medenine->Ben "
         "Gardane (reported); local groups mobilised in Abu Kammash (reported); Zuwara denies a GNA landing at Zuwara port; "
         "units return to the border with Libya في حال the deal stalls (conditional). Tunis is the meeting venue."),
 "bi5": ("Sudan Tribune (Arabic), dateline Port Sudan: Libya-Sudan-Chad-Niger border protocol. Chadian groups have 30 days "
         "to return from southern Libya to Chad (planned); the RSF withdraw from the border triangle to North Darfur بشرط "
         "(conditional); LNA cargo planes Benina->Kufra airport (reported; Sarir is a purpose); LNA denies fuel/ammunition "
         "convoys Kufra->Al Malha (denied shipment); LNA mobilised in Sabha (reported) and threatens to advance Idri->Umm "
         "al-Aranib ما لم the Chadians leave (conditional); Niamey pledges to deploy at Madama (planned). N'Djamena is the venue."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bi1", "bi2", "bi3", "bi4", "bi5")
