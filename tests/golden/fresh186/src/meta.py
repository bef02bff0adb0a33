# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 # gf1 Bani Walid, Misrata, Tarhuna
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),     # G* (town row)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 # gf2 Egypt's western border and Tobruk
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.0750, 23.9760, "Port of Tobruk"),                  # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "border_eg": ("region", "EG", 30.60, 25.15, "Egypt-Libya border (Egyptian side)"),      # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),              # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 # gf3 Algeria's border with Libya, Ghadames
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "border_dz": ("region", "DZ", 28.50, 9.60, "Algeria-Libya border (Algerian side)"),     # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "laghouat": ("city", "DZ", 33.80000, 2.86514, "Laghouat"),                              # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),       # K
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 # gf4 Fezzan
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # gf5 Jufra, Sirte, the Oil Crescent, Misrata
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (row هون, Hun)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "misrata_port": ("crossing", "LY", 32.3640, 15.2140, "Port of Misrata (Qasr Ahmad)"),   # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
}

TRAPS = {
 "gf1": ["إيلاف", "محمد الزنتاني", "لا أدري", "عملية بركان الغضب", "وكالة الأنباء الليبية", "ورفلة", "شارع طرابلس"],
 "gf2": ["المصري اليوم", "المصرية", "المنطقة الغربية", "الجيش الوطني الليبي", "عادل البراني", "الواحات"],
 "gf3": ["الشروق", "جزائرية", "الليبية", "الجيش الوطني الشعبي", "التراب الليبي", "الجيش الجزائري"],
 "gf4": ["الجيش الوطني", "الاتحاد", "تشادية", "سالم المرزوقي", "الدعم المالي"],
 "gf5": ["الميادين نت", "الروسية", "الجيش الوطني الليبي", "ما سرت من أخبار", "غرفة عمليات تحرير سرت والجفرة"],
}

PHEN = {
 "gf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district"],
 "gf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "gf4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "gf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gf1": [
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["بني وليد"], ["زليتن"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار مصراتة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["مزدة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("withdraw", "conditional", "Misrata forces", [], ["مصراتة"]),
 ],
 "gf2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("shipment", "denied", None, [], ["طبرق"], ["منفذ السلوم البري"]),
  mv("deploy", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "gf3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("mobilise", "reported", "Algerian army", [], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["الأغواط"], ["مطار إليزي"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("reinforce", "conditional", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
 ],
 "gf4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع النيجر"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("shipment", "denied", "Chadian armed groups", ["النيجر"], ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["تجرهي"]),
 ],
 "gf5": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "reported", "Libyan National Army", ["أجدابيا"], ["سرت"], ["البريقة", "راس لانوف"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية الجوية"], []),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء مصراته"]),
 ],
}

NOTES = {
 "gf1": ("Elaph, Tripoli. Run-on prose: two paragraphs of one 144- and one 121-word sentence. A Misrata column "
         "Misrata->Bani Walid via Zliten (reported advance) with a counter-terrorism unit flown Mitiga->Misrata airport "
         "(reported airlift) in the same sentence as Zintan's denied massing in Mizda; a planned GNU separation force "
         "«من العاصمة» (= Tripoli) ->Tarhuna and the column's conditional pull-back to Misrata («فور»، «لن…إلا إذا»). "
         "Traps: Elaph, the officer محمد الزنتاني, «لا أدري», Burkan al-Ghadab, LANA, Warfalla, a street named for Tripoli; "
         "Tunis written «تونس العاصمة»; the delegation's return from Tunis is not a force move."),
 "gf2": ("Al-Masry Al-Youm, Cairo. One 154-word sentence with four moves and a source, then a 94-word one: an Egyptian "
         "reinforcement Marsa Matruh->Siwa, an LNA marine landing Benghazi->Tobruk port, a planned LNA battalion "
         "Tobruk->Jaghbub, a denied arms-truck run through the Sallum land port towards Tobruk (no owner named) and a "
         "conditional Egyptian deployment on the border («لن تنتشر … إلا إذا»). Siwa's border phrase is a locator; "
         "Sallum after «جنوبي» is a locator; the commander's visit and the liaison officers in Emsaed are not moves."),
 "gf3": ("Echorouk, Algiers. A 143-word sentence with a reported reinforcement Ouargla->In Amenas via Hassi Messaoud, "
         "border guards massed at Debdeb, a planned Il-76 airlift Laghouat->Illizi airport and the ministry's denial of "
         "an incursion towards Ghadames; then an 88-word sentence with a conditional GNU reinforcement "
         "Nalut->Ghadames via Sinawen («في حال»). In Amenas spelled عين أمناس and إن أمناس; dateline الجزائر = Algiers, "
         "«مع الجزائر» = the country. Illizi province after «لتعزيز الانتشار في» is a purpose, not a destination."),
 "gf4": ("Al-Ittihad, Sabha. A 147-word sentence: an LNA reinforcement Sabha->Murzuq via Ghuddwa, Chadian gunmen pulling "
         "out of Al Qatrun towards the Niger border, a planned battalion Brak air base->Idri, a denied arms-truck run "
         "Niger->Al Qatrun via the Toummo crossing and a conditional LNA advance Al Qatrun->Tajarhi («إذا»); then the "
         "mayor's run-on sentence with a civilian aid convoy from Sabha (not a force move). Traps: the mayor سالم المرزوقي, "
         "«الدعم المالي», Al-Ittihad, «الجيش الوطني»."),
 "gf5": ("Al-Mayadeen, Beirut. A 114-word sentence: a Russian redeploy Jufra air base->Brak air base, LNA armour massed "
         "in Sirte from Ajdabiya via Brega and Ras Lanuf, and a denied Russian pull-out from Gardabiya air base; then a "
         "112-word sentence with a conditional Misrata advance to Al-Washka («إذا») and a planned Turkish landing at "
         "Misrata port. Traps: «ما سرت من أخبار» (the verb سرى), the GNU's Sirte-Jufra operations room, Al-Mayadeen; "
         "Tripoli written «طرابلس الغرب», Misrata spelled مصراته; the headline repeats the Jufra->Brak move."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gf1", "gf2", "gf3", "gf4", "gf5")
