# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / value quoted from fresh51's README / representative point (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                             # G
 "pakistan": ("country", "PK", 30.38060, 70.08704, "Pakistan"),                         # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 "bangladesh": ("country", "BD", 23.68500, 90.35630, "Bangladesh"),                     # K (not in gazetteer)
 # Tripoli and the west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90100, 13.18600, "Port of Tripoli"),             # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr Khiyar"),                      # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.65600, 14.27000, "Port of Al Khums"),              # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (spelled مصراته)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_ref": ("oilfield", "LY", 32.77000, 12.70500, "Zawiya refinery"),               # K
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (fresh51 README value)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # Tunisia, Italy
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row spelled لامبيدوسا)
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                      # K
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 # Fezzan, the Niger/Chad border, Algeria, Niger
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "tripoint_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row spelled إن قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanghasset"),                      # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row spelled أغاديس)
}

TRAPS = {
 "dl1": ["مهاجر نيوز", "المنظمة الدولية للهجرة", "مركز طريق السكة", "قطاع خفر السواحل بالمنطقة الغربية",
         "جهاز دعم الاستقرار", "حرس المنشآت النفطية", "أسامة الإدريسي", "خفر السواحل الليبي", "الليبية"],
 "dl2": ["DW عربية", "جهاز مكافحة الهجرة غير الشرعية", "خليفة حفتر", "سبل السلام",
         "غرفة العمليات العسكرية بالمنطقة الجنوبية", "الجانب التشادي", "قوات الدعم السريع", "السودانيين",
         "مفوضية الأمم المتحدة لشؤون اللاجئين", "التشادية"],
 "dl3": ["يورونيوز", "إيطاليان", "خفر السواحل الليبي", "المفوضية الأوروبية", "الإيطالية", "اللبنانية",
         "جهاز دعم الاستقرار", "حرس المنشآت النفطية", "صالح الزواري", "من هذه الزاوية", "عملية إيريني"],
 "dl4": ["الميادين نت", "اللواء 444 قتال", "حكومة الوحدة الوطنية", "رئاسة أركان القوات البحرية", "مالي",
         "مسار طرابلس"],
 "dl5": ["الشروق أونلاين", "الجيش الجزائري", "خليفة حفتر", "مفتاح الإدريسي", "الإدريسي", "اللواء طارق بن زياد",
         "ليبية", "تشاديين", "أبو بكر القطروني", "الجيش الوطني الشعبي", "الجانب الجزائري"],
}

PHEN = {
 "dl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "dl2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "dl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "dl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "dl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "dl1": [
  mv("redeploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", "GNA forces", [], ["جزيرة فروة"]),
  mv("deploy", "reported", "GNA forces", [], ["صبراتة", "مجمع مليتة"]),
  mv("reinforce", "conditional", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("withdraw", "denied", "GNA forces", ["مجمع مليتة"], ["زوارة"]),
 ],
 "dl2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", [], ["ربيانة", "الحدود مع تشاد"]),
  mv("advance", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["السودان"], ["الكفرة"]),
 ],
 "dl3": [
  mv("shipment", "reported", None, ["إيطاليا"], ["ميناء طرابلس"]),
  mv("mobilise", "reported", "GNA forces", [], ["الحرشة"]),
  mv("naval_landing", "planned", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("withdraw", "conditional", "GNA forces", ["مصفاة الزاوية"], []),
  mv("redeploy", "denied", "GNA forces", ["الزاوية"], ["الحدود مع تونس", "معبر رأس جدير"]),
 ],
 "dl4": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["القره بوللي"], ["تاجوراء"]),
  mv("advance", "reported", "GNA forces", ["القربوللي"], ["قصر الأخيار"]),
  mv("shipment", "planned", None, ["إيطاليا"], ["ميناء الخمس"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراته"], ["القره بوللي"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["زليتن"]),
 ],
 "dl5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قطرون"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["أم الأرانب"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["عين قزام"]),
 ],
}

NOTES = {
 "dl1": ("InfoMigrants Arabic (مهاجر نيوز), Tripoli: coast-guard interceptions off Zuwara/Sabratha and returns to Tripoli "
         "centres (not movements); coast-guard boats Abu Sitta naval base -> Zuwara port (redeploy, reported); planned "
         "naval landing on Farwa island (Abu Kammash a locator); SSA patrols between Sabratha and Mellitah (deploy, both "
         "ends destinations); conditional GNA reinforcement Zawiya -> Sabratha (في حال); denied pull-out of the "
         "facilities-guard battalion Mellitah -> Zuwara."),
 "dl2": ("DW Arabic, Kufra: deportations of migrants by truck to Chad/Sudan/Amdjarass (not movements); LNA airlift "
         "Benina air base -> Kufra airport (Benghazi a locator); Subul al-Salam patrols around Rebiana and on the "
         "border with Chad (deploy); planned advance Kufra -> Jebel Uweinat (تعتزم); conditional reinforcement "
         "Tazirbu -> Maaten al-Sarra (إذا); denied RSF column Sudan -> Kufra."),
 "dl3": ("Euronews Arabic, Rome: Italian patrol boats arrive at Tripoli port (shipment, reported, actor null); SSA "
         "massing at Al-Harsha west of Zawiya (mobilise); planned SSA sea landing Zawiya -> Sabratha beach (naval_landing, ستنقل); "
         "conditional pull-out from around the Zawiya refinery (فور); denied transfer Zawiya -> border with Tunisia near "
         "Ras Ajdir; Tunisian alert in Ben Gardane and Lebanese Tripoli boats are not movements."),
 "dl4": ("Al Mayadeen Net, Tripoli: 444 Brigade Tekbali camp -> Garabulli via Tajura (deploy); advance Garabulli "
         "(spelled القربوللي) -> Qasr al-Akhyar; migrants moved to a Tripoli centre (not a movement); planned delivery "
         "of Italian boats to Khums port (shipment, actor null); Misrata's denied reinforcement of Garabulli and "
         "conditional massing at Zliten (إذا; شرقي الخمس only a locator)."),
 "dl5": ("Echorouk Online, Algiers: LNA reinforcement column Sabha -> Toummo crossing via Al Qatrun (border with Niger "
         "locates Toummo); airlift Benghazi -> Tamanhint air base; planned company move Qatrun -> the Libya-Niger-Chad "
         "triangle; denied Chadian advance Tibesti -> Umm al-Aranib; conditional Algerian reinforcement "
         "Tamanrasset -> In Guezzam (في حال); Agadez deportations are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dl1", "dl2", "dl3", "dl4", "dl5")
