# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # et1 Fezzan (Al-Qabas)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),    # G (row شعبية مرزق / مرزق district)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # et2 Misrata and Tripoli (Al-Dustour)
 "misrata_port": ("crossing", "LY", 32.36700, 15.21500, "Misrata port (Qasr Ahmed)"),   # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row أبو سليم)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 # et3 Egypt's western border (Al-Shorouk)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),        # G* (row منفذ امساعد, country EG)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),      # G (district row مطروح)
 "eg_west_border": ("region", "EG", 26.80000, 25.30000, "Egypt's western border"),      # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_eg_side": ("region", "EG", 29.70000, 25.10000, "Egypt-Libya border (Egyptian side, near Jaghbub)"),  # K
 # et4 foreign forces (Hespress)
 "skhirat": ("town", "MA", 33.85270, -7.03170, "Skhirat"),                              # K
 "bouznika": ("town", "MA", 33.78940, -7.15970, "Bouznika"),                            # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "khums_port": ("crossing", "LY", 32.65500, 14.27600, "Al Khums port"),                 # K
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README convention)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 # et5 Oil Crescent (Al-Arab)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "essider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),              # G* (Brega town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TUR, SYR, WAG = "Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries", "Wagner Group"
MIS, ZIN, CHA, EGY, RUS = "Misrata forces", "Zintan forces", "Chadian armed groups", "Egyptian army", "Russian forces"

TRAPS = {
 "et1": ["الجيش الوطني الليبي", "عملية تطهير الجنوب الغربي", "هذه الزاوية", "فصيل تشادي"],
 "et2": ["الجيش الوطني الليبي", "شارع الزاوية", "المجلس العسكري الزنتان", "عماد الطرابلسي", "المشهد الليبي"],
 "et3": ["العمال المصريين", "عملية الكرامة", "الجيش الوطني الليبي", "قوات مصرية", "الشروق",
         "المنطقة الغربية العسكرية", "سوق ليبيا"],
 "et4": ["حسن الإدريسي", "سامي الطرابلسي", "الباحث التونسي", "القاعات المغربية", "البرلمان التركي", "الفيلق الإفريقي", "السنوات الخمس", "الدعم المالي"],
 "et5": ["فجر ليبيا", "عملية الشروق", "العرب", "شركة سرت للنفط", "حرس المنشآت النفطية"],
}

PHEN = {
 "et1": ["clitics", "multiword", "nisba", "operation_trap", "common_word_trap", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "coverage_crossings", "countries", "town_vs_district",
         "ambiguity_country_capital", "ambiguity_idri"],
 "et2": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area"],
 "et3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries", "town_vs_district"],
 "et4": ["clitics", "multiword", "person_trap", "nisba", "ambiguity_idri", "ambiguity_tripoli",
         "ambiguity_country_capital", "common_word_trap", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "et5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_oil",
         "countries"],
}

MOVES = {
 "et1": [
  mv("advance", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("advance", "reported", LNA, ["سبها"], ["مرزق", "حقل الشرارة"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("mobilise", "denied", CHA, [], ["أم الأرانب"]),
  mv("advance", "conditional", CHA, [], ["القطرون"]),
  mv("deploy", "planned", LNA, ["إدري"], ["القطرون"]),
 ],
 "et2": [
  mv("shipment", "reported", None, ["بنغازي"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", MIS, ["مصراتة"], ["طرابلس الغرب"]),
  mv("advance", "reported", ZIN, ["الجبل الغربي"], ["طرابلس الغرب"], ["الزاوية"]),
  mv("advance", "reported", LNA, [], ["طرابلس"]),
  mv("deploy", "reported", MIS, ["مصراتة"], ["عين زارة", "صلاح الدين"]),
  mv("reinforce", "reported", MIS, ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("mobilise", "denied", ZIN, [], ["طرابلس"]),
  mv("deploy", "conditional", ZIN, ["الزنتان"], []),
  mv("deploy", "planned", GNA, [], ["أبوسليم"]),
 ],
 "et3": [
  mv("advance", "reported", LNA, [], ["سرت"]),
  mv("deploy", "reported", SYR, [], ["سرت"], ["مطار مصراتة"]),
  mv("redeploy", "reported", EGY, ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "denied", EGY, [], ["طبرق"]),
  mv("deploy", "planned", LNA, [], ["الجغبوب"]),
  mv("advance", "conditional", EGY, [], ["الحدود مع ليبيا"]),
 ],
 "et4": [
  mv("deploy", "reported", TUR, [], ["طرابلس"]),
  mv("airlift", "reported", SYR, ["تركيا"], ["مطار معيتيقة"]),
  mv("deploy", "reported", WAG, [], ["قاعدة الجفرة", "سرت", "براك", "حقل الشرارة"]),
  mv("redeploy", "reported", TUR, ["قاعدة الوطية"], ["مصراتة"]),
  mv("airlift", "denied", RUS, ["قاعدة الخادم"], ["باماكو"]),
  mv("naval_landing", "planned", TUR, [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", RUS, ["الجفرة"], []),
 ],
 "et5": [
  mv("advance", "reported", None, ["أجدابيا"], ["البريقة", "راس لانوف", "بن جواد"]),
  mv("withdraw", "reported", None, [], ["اجدابيا"]),
  mv("advance", "reported", MIS, ["مصراتة"], ["ميناء السدرة"], ["بن جواد"]),
  mv("withdraw", "reported", MIS, [], ["سرت"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["راس لانوف", "السدرة"]),
  mv("withdraw", "denied", LNA, ["ميناء البريقة"], ["أجدابيا"]),
  mv("shipment", "planned", None, ["أجدابيا"], ["حقل السرير"]),
  mv("advance", "conditional", MIS, [], ["الهلال النفطي"]),
 ],
}

NOTES = {
 "et1": ("Al-Qabas (Kuwait) column on Fezzan: the LNA's January-February 2019 southern campaign told as flashbacks "
         "(Tamanhint air base→Sabha, Sabha→Murzuq/Sharara field, reported) beside this week's Sabha→Ubari reinforcement "
         "via Al-Ghurayfa, a Chadian faction's denied massing at Umm al-Aranib with its own conditional return near Al "
         "Qatrun, and a planned Idri→Al Qatrun company. Not movement places: locators (Wadi al-Shati after Idri, Murzuq "
         "district after Al Qatrun), the purpose (the road to the Toummo crossing on the border with Niger), 'inside "
         "Chad' in the denial. Not movements: the 2014 Ubari war (fighting, 'no army came from outside'), 'from Benghazi "
         "to Tripoli' as a figure of speech, oil flowing Sharara→Zawiya, the columnist's 'هذه الزاوية'."),
 "et2": ("Al-Dustour (Jordan) column on Misrata and Tripoli: 2011 flashbacks (an arms shipment Benghazi→Misrata port, "
         "Misrata's brigades landing by sea in 'طرابلس الغرب', told with a future-in-the-past «ستنزل», Zintan's rebels "
         "from the Western Mountain via Zawiya), 2019 (the LNA's advance on Tripoli, Misrata brigades to Ain Zara/Salah "
         "al-Din), this week's Misrata→Tripoli reinforcement via Zliten and Al-Khums, Zintan's denied massing outside "
         "Tripoli and its conditional «لن تتحرك من الزنتان إلا إذا», a planned neutral force for Abu Salim. Not movements: "
         "the 2011 siege, 'brigades that came from everywhere', 'withdraw from politics before the neighbourhoods', a "
         "street and a minister named after places."),
 "et3": ("Al-Shorouk (Egypt) column on the western border: not movements — workers fleeing through the Sallum crossing "
         "(2011), Operation Dignity in Benghazi, the 2015 air raids on Derna, the 'red line' speech at Sidi Barrani, the "
         "HQ in Benghazi as speaker, a generic 'any army that crosses the desert'. Movements: the LNA's entry into Sirte "
         "and Syrian mercenaries via Misrata airport to the fronts west of Sirte (2020, reported), Egyptian units moved "
         "Marsa Matruh→Sallum (redeploy, reported), a denied Egyptian entry into Tobruk, a planned LNA brigade for "
         "Al-Jaghbub and a conditional Egyptian advance to the border with Libya."),
 "et4": ("Hespress (Morocco) column on foreign forces after Skhirat and Bouznika: 2020 flashbacks (Turkish units into "
         "Tripoli, Syrian fighters flown Türkiye→Mitiga airport, Wagner deployed at Jufra base/Sirte/Brak/Sharara), this "
         "week's Turkish air-defence move Al-Watiya base→Misrata, Moscow's denied Al Khadim→Bamako airlift, a planned "
         "marine landing at Al-Khums port and Moscow's conditional pull-out from Jufra. Not movements: the unplaced "
         "'foreign forces will leave', the Turks leaving Al-Watiya inside the condition, Algiers as a meeting venue, the "
         "generic closing lines; traps Idrissi, Trabelsi, السنوات الخمس, الدعم المالي."),
 "et5": ("Al-Arab (London) column on the Oil Crescent: 2011 rebel advance Ajdabiya→Brega/Ras Lanuf/Bin Jawad and the "
         "retreat to Ajdabiya (null actor), the December 2014 'Operation Sunrise' advance Misrata→Es Sider port via Bin "
         "Jawad and the pull-back towards Sirte, this week's LNA reinforcement Benghazi→Ras Lanuf/Es Sider, a denied "
         "pull-out Brega port→Ajdabiya, a planned shipment of armour and ammunition Ajdabiya→Sarir field, a conditional "
         "Misrata advance on the Oil Crescent. Not movements: columns that 'advance and retreat on the same coast road' "
         "(no place), leaders 'from Misrata' speaking in Tripoli, oil flowing, 'arrival or departure of columns'."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("et1", "et2", "et3", "et4", "et5")
