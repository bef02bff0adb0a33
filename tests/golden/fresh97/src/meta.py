# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; K = own representative point (see README
# "Coordinates not from the gazetteer"). Written blind for fresh97 (cu1-cu5).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                     # G
 # capitals and cities abroad
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                     # G
 # Nafusa mountains and the roads south of them
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                    # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                                 # G
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabaa municipality"),            # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),             # G* (town row)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                     # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),                # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G (town row, not the district row)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                      # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),         # G* (region row الجبل الغربي)
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G (region row)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.85, 10.80, "Libya-Tunisia border (Libyan side, Nalut)"),   # K
 # Sirte, Jufra and the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G (row قاعدة القرضابية)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G (row أبوقرين)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                             # G
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                              # G* (oilfield row as town)
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                # G* (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                  # G* (row ميناء السدرة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                               # G* (Hun town point, README convention)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                          # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                    # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                      # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                    # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G (row قاعدة الخادم)
 # the south
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_shati": ("town", "LY", 27.54956, 14.27139, "Brak"),                                  # G* (Brak town row; «براك الشاطئ»)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 # Egypt's border
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),           # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),       # G* (row منفذ امساعد, country EG)
 # Algeria and Tunisia
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi"),                                 # G (district row)
 "border_dz": ("region", "DZ", 29.9, 9.3, "Algeria-Libya border (Algerian side, Debdeb)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G* (row منفذ وازن, country TN)
}

TRAPS = {
 "cu1": ["قناة النبأ", "المجلس العسكري الزنتان", "عماد الطرابلسي", "الزنتانية"],
 "cu2": ["الميادين نت", "خليفة حفتر", "المجلس العسكري مصراتة", "الهلال الأحمر الليبي", "سرت خلف الرتل",
         "الفيلق الأفريقي", "روسيتان"],
 "cu3": ["إيلاف", "كتيبة ثوار طرابلس", "ادري"],
 "cu4": ["اليوم السابع", "ورفلة", "سودانيون", "السودانيين", "اللواء طارق بن زياد", "الجيش الليبي", "عادل الإدريسي",
         "الجيش المصري", "مصري"],
 "cu5": ["الشروق أونلاين", "الشروق", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "الليبية",
         "الجيش التونسي", "الجانب التونسي", "الجيش الجزائري"],
}

PHEN = {
 "cu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "cu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "cu3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "cu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cu5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


ZIN, GNA, LNA = "Zintan forces", "GNA forces", "Libyan National Army"

MOVES = {
 "cu1": [
  mv("deploy", "reported", ZIN, ["الزنتان"], ["الاصابعة"], ["يفرن"]),
  mv("mobilise", "reported", ZIN, [], ["الزنتان"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["الاصابعة"]),
  mv("withdraw", "conditional", ZIN, [], ["الزنتان"]),
  mv("advance", "conditional", ZIN, [], ["مزدة"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["غريان"]),
  mv("redeploy", "reported", ZIN, ["قاعدة الوطية الجوية"], ["الرجبان"]),
 ],
 "cu2": [
  mv("redeploy", "reported", LNA, ["قاعدة القرضابية الجوية"], ["راس لانوف"], ["بن جواد"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء راس لانوف"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "denied", "Misrata forces", [], ["بوقرين"]),
  mv("advance", "conditional", LNA, ["الوشكة"], ["بوقرين"]),
 ],
 "cu3": [
  mv("deploy", "reported", GNA, ["غريان"], ["الشويرف"], ["مزدة"]),
  mv("withdraw", "reported", LNA, ["الشويرف"], ["براك الشاطئ"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", GNA, [], ["براك الشاطئ"]),
  mv("shipment", "denied", LNA, [], ["الشويرف"], ["بني وليد"]),
 ],
 "cu4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["هون"], ["الكفرة"], ["زلة", "تازربو"]),
  mv("deploy", "planned", LNA, [], ["سوكنة", "ودان"]),
  mv("shipment", "reported", LNA, ["هون"], ["براك"]),
  mv("advance", "denied", "Foreign fighters", ["إدري", "سبها"], ["بنى وليد"], ["الشويريف"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "cu5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("reinforce", "reported", ZIN, ["الزنتان"], ["نالوت"], ["كاباو"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["منفذ وازن"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
}

NOTES = {
 "cu1": ("Al-Nabaa TV, Zintan: a Zintan column Zintan->Al Asabaa via Yafran (deploy, reported) and massing in Zintan "
         "(mobilise, reported); a GNA «قوة فض نزاع» «من العاصمة» (= طرابلس) to Al Asabaa (planned); the Zintan pull-back "
         "«لن تنسحب إلى الزنتان إلا بعد» and «لن تتقدم نحو مزدة إلا إذا» (conditional, no origin written); LNA forces "
         "Ash Shwayrif->Gharyan denied by the Gharyan council; flashback Al-Watiya->Ar Rujban (redeploy, reported). "
         "«الطريق الصحراوي الرابط بين الشويرف ومزدة» is where groups are active, not a movement; traps: the Zintan "
         "military council, the minister عماد الطرابلسي, the nisba الزنتانية; الاصابعة spelled without hamza."),
 "cu2": ("Al-Mayadeen Net, Sirte: an LNA column Gardabiya air base->Ras Lanuf via Bin Jawad (redeploy, reported); a landing "
         "ship at Ras Lanuf port from Benghazi (reported) and a second one «من المقرر أن ترسو في الميناء نفسه» (planned, "
         "same port); Russian cargo planes Al Khadim->Jufra air base (airlift, reported); Misrata's council denies "
         "massing at Abu Qurayn (spelled بوقرين); LNA «لن تتقدم غرباً من الوشكة نحو بوقرين إلا إذا» (conditional). "
         "Geneva (ceasefire venue), Es Sider (Red Crescent branches), central Libya are not movement places; «سرت خلف "
         "الرتل» is the verb 'I drove', not Sirte."),
 "cu3": ("Elaph, Tripoli: a GNA force Gharyan->Ash Shwayrif via Mizda (deploy, reported); LNA elements pulled out of "
         "Ash Shwayrif («منها» = the town) towards Brak al-Shati (withdraw, reported; the driver's «براك أم ... سبها» is "
         "the same move and gives no new destination); a planned LNA airlift Jufra air base->Brak air base «لتأمين وادي "
         "الشاطئ ... حتى إدري» (purpose places not movement places); the GNA force «ستواصل التقدم جنوباً إلى براك "
         "الشاطئ في حال» (conditional, origin not written); ammunition trucks «عبر بني وليد باتجاه الشويرف» denied "
         "(shipment, via). Traps: كتيبة ثوار طرابلس, «لا ادري»."),
 "cu4": ("Youm7, Cairo: Sudanese fighters Hun->Kufra via Zillah and Tazirbu (withdraw, reported); LNA units to Sokna and "
         "Waddan (deploy, planned); LNA fuel/ammunition trucks Hun->Brak (shipment, reported); foreign fighters "
         "«قادمين من إدري وسبها عبر الشويريف» to Bani Walid («المدينة»), denied by the Warfalla council; the Egyptian "
         "army «سيدفع بتعزيزات إضافية إلى الحدود مع ليبيا إذا» (conditional; منفذ السلوم is inside the condition, not a "
         "destination). Tunis = the 5+5 meeting venue (city). Spellings بنى وليد, الشويريف."),
 "cu5": ("Echorouk Online, Algiers: Algerian army reinforcements Ouargla->Debdeb (reported; «على الحدود مع ليبيا» locates "
         "Debdeb and is not a second destination); reinforcements from Zintan to Nalut via Kabaw (reported); a GNA force "
         "«تستعد للانتقال من نالوت إلى منفذ وازن» (deploy, planned); the Tunisian army at Dehiba «ستُعزَّز فوراً إذا» "
         "(conditional); Algerian units into Ghadames denied. Dateline الجزائر = Algiers, «وتتقاسم الجزائر» = the "
         "country; «وفي تونس» (ministry) = Tunis, «الحدود مع تونس» = the country."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cu1", "cu2", "cu3", "cu4", "cu5")
