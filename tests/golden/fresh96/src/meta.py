# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G (row قاعدة بنينا الجوية)
 # ct1 Fezzan (Al-Sharq, Sabha)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 # ct2 west coast and Tunisia (Al-Qabas, Tripoli)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                       # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.462, 35.830, "Port of Tripoli (Lebanon)"),    # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "border_tn_side": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # ct3 Ghadames and the Algerian border (Hespress, Algiers)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "border_dz_side": ("region", "DZ", 29.0, 9.6, "Algeria-Libya border (Algerian side)"), # K
 "tripoint_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                   # G
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),           # G
 # ct4 the east and the Egyptian border (Okaz, Benghazi)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Benghazi port"),                   # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),        # G* (airport row مطار طبرق)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 # ct5 Kufra and the Sudanese border (Al-Sudani, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "tripoint_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "ct1": ["الشرق", "غرفة عمليات الجنوب الغربي", "الغاتي", "ليبيا الأحرار", "الجزائري", "لا ادري"],
 "ct2": ["القبس", "الزنتاني", "ليبيا الحدث", "هذه الزاوية", "التونسية", "الليبي"],
 "ct3": ["هسبريس", "الليبية", "الجزائري", "الغدامسي"],
 "ct4": ["عكاظ", "الجيش الليبي", "الجيش الوطني الليبي", "الطرابلسي", "المصري"],
 "ct5": ["السوداني", "السودانية", "الدعم السريع", "إدريس ديبي", "المالي", "القوة المشتركة لحركات دارفور", "الليبي"],
}

PHEN = {
 "ct1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ct2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ct3": ["clitics", "multiword", "person_trap", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
 "ct4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ct5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ct1": [
  mv("withdraw", "denied", LNA, origins=["إدري", "براك"]),
  mv("airlift", "reported", LNA, origins=["قاعدة بنينا الجوية"], destinations=["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "reported", LNA, origins=["سبها"], destinations=["أوباري"], via=["الغريفة"]),
  mv("deploy", "planned", LNA, origins=["غات"], destinations=["الحدود مع الجزائر"]),
  mv("advance", "conditional", LNA, origins=["أوباري"], destinations=["حقل الشرارة"]),
 ],
 "ct2": [
  mv("deploy", "reported", GNA, origins=["طرابلس"], destinations=["الزاوية"]),
  mv("reinforce", "planned", GNA, destinations=["مجمع مليتة", "معبر رأس جدير"]),
  mv("naval_landing", "conditional", GNA, destinations=["ميناء زوارة"]),
  mv("shipment", "denied", GNA, origins=["مرفأ طرابلس"], destinations=["زوارة"]),
  mv("withdraw", "reported", "Tunisian army", origins=["بن قردان"], destinations=["مدنين"]),
 ],
 "ct3": [
  mv("advance", "denied", "Algerian army", destinations=["غدامس"], via=["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Algerian army", origins=["ورقلة"], destinations=["الدبداب", "عين أميناس"]),
  mv("deploy", "planned", GNA, origins=["نالوت"], destinations=["غدامس"], via=["درج"]),
  mv("airlift", "conditional", GNA, origins=["مطار معيتيقة"], destinations=["مطار غدامس"]),
 ],
 "ct4": [
  mv("naval_landing", "reported", LNA, origins=["ميناء بنغازي"], destinations=["قاعدة طبرق البحرية"]),
  mv("airlift", "planned", LNA, origins=["قاعدة بنينا الجوية"], destinations=["قاعدة جمال عبد الناصر الجوية"]),
  mv("advance", "conditional", LNA, origins=["طبرق"], destinations=["الجغبوب"]),
  mv("withdraw", "denied", LNA, origins=["درنة"]),
  mv("mobilise", "reported", "Egyptian army", origins=["مرسى مطروح"], destinations=["السلوم"]),
 ],
 "ct5": [
  mv("advance", "reported", "Sudanese armed groups", origins=["المالحة"], destinations=["المثلث الحدودي"]),
  mv("shipment", "denied", LNA, origins=["الكفرة"], destinations=["السودان"]),
  mv("redeploy", "reported", LNA, origins=["الكفره"], destinations=["جبل العوينات"]),
  mv("mobilise", "planned", LNA, destinations=["الكفرة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", origins=["المثلث الحدودي"], destinations=["السودان"]),
 ],
}

NOTES = {
 "ct1": ("Al-Sharq (Doha) interview, Sabha dateline: an LNA south-west commander speaks in the first person plural. "
         "«لم نسحب جندياً واحداً من إدري ولا من براك» = denied withdrawal (two origins); «نقلنا جواً … من قاعدة بنينا الجوية "
         "إلى قاعدة تمنهنت الجوية» = reported airlift; «أعدنا تموضع كتيبتين من سبها إلى أوباري» = reported redeploy, retold by a "
         "resident («تمر بالغريفة ثم تدخل اوباري») who adds the via; «سننشر … على الحدود مع الجزائر، انطلاقاً من غات» = planned "
         "deploy; ”إذا لم يغادر المسلحون … فسنتقدم نحوه من أوباري“ = conditional advance on the Sharara field. Sabha as the "
         "speaker's office, Wadi al-Shati (where the rumours circulated) and the Ubari municipality are not movement places."),
 "ct2": ("Al-Qabas (Kuwait), Tripoli dateline, opened by a quote: «تحركت قواتنا … من طرابلس، ودخلت الزاوية» = reported GNA "
         "deploy; «سندفع بتعزيزات إلى مجمع مليتة ومعبر رأس جدير» = planned reinforce; «وإذا بقي الطريق مقطوعاً عند صبراتة "
         "فسننقل … بحراً وننزلها في ميناء زوارة» = conditional naval landing (Sabratha is a locator); a TV claim of a ship from "
         "مرفأ طرابلس in Lebanon unloading arms in Zuwara, denied in ”لم نستلم أي شحنة“ = denied shipment (Lebanese Tripoli vs "
         "Libyan Tripoli); a Tunisian defence source «سحبنا … من بن قردان وأعدناها إلى … مدنين» = reported withdrawal by the "
         "Tunisian army. Tunis (ministry) is the capital, تونس after ليبيا the country; «من هذه الزاوية» is a common-word trap."),
 "ct3": ("Hespress, Algiers dateline: an Algerian military source denies in the first person plural «لم تعبر أي وحدة من "
         "وحداتنا الحدود مع ليبيا، ولم ندخل غدامس» = denied advance (via the border, destination Ghadames; the mayor's «أحداً لم "
         "يدخل المدينة» and the clips paragraph retell it); «وصلت وحدات من ورقلة إلى الدبداب وعين أميناس» = reported Algerian "
         "reinforcement; a GNA commander ”سنرسل … سرية من نالوت إلى غدامس عبر درج“ = planned deploy and ”وإذا تعذر الطريق … "
         "فسننقلها جواً من مطار معيتيقة إلى مطار غدامس“ = conditional airlift. The dateline الجزائر is Algiers, later الجزائر "
         "is the country; the border triangle is a locator only."),
 "ct4": ("Okaz, Benghazi dateline: the LNA spokesman «أبحرت كتيبة مشاة من ميناء بنغازي … وأنزلناها في قاعدة طبرق البحرية» = "
         "reported naval landing (the headline «أنزلنا قواتنا في طبرق» is the same move); «سننقل جواً سريتين من قاعدة بنينا "
         "الجوية إلى قاعدة جمال عبد الناصر الجوية» = planned airlift (the border and Amsaad after لتأمين are purposes); ”إذا "
         "تأكدنا … فستتقدم قواتنا من طبرق إلى الجغبوب“ = conditional advance; «لم نسحب أي وحدة من درنة» = denied withdrawal; "
         "a trader quoted from Sallum: «يحشد الجيش المصري جنوداً وآليات في السلوم … شاحنات قادمة من مرسى مطروح» = reported "
         "Egyptian mobilisation. Tripoli (pages «محسوبة على طرابلس») and Cairo (no comment) are not movement places."),
 "ct5": ("Al-Sudani, Port Sudan dateline: the Sudanese army spokesman «رتلاً لميليشيا الدعم السريع … تقدم … من المالحة نحو "
         "المثلث الحدودي» = reported advance (Sudanese armed groups); an LNA commander in Kufra «لم نرسل أي شحنة سلاح من الكفرة "
         "إلى السودان» = denied shipment, «أعدنا تموضع قواتنا من الكفره إلى محيط جبل العوينات» = reported redeploy (border "
         "phrase is a locator), «سنحشد مزيداً من المقاتلين في الكفرة نفسها» = planned mobilisation; an RSF adviser ”مستعدون "
         "لسحبها إلى داخل السودان إذا انسحبت تلك الحركات“ = conditional withdrawal from the triangle. The Sudanese army is "
         "the speaker, not a mover; «إدريس ديبي» and «الدعم المالي» are traps."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ct1", "ct2", "ct3", "ct4", "ct5")
