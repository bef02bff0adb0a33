# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                      # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (الحدود الليبية الجزائرية row)
 # af1 Sharara / Ubari / Ghat
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "sharara_bare": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),              # G* (bare الشرارة)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also variant اوباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row, kind district)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "elfeel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                       # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Fezzan)"),                  # G
 "illizi": ("district", "DZ", 26.97285, 7.8652, "Illizi Province"),                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # af2 Ghadames / Algerian border
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_ap": ("airport", "LY", 30.1517, 9.71531, "Ghadames East Airport"),           # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj (Derj)"),                            # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),                            # G* (row spelled عين أميناس)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # af3 Oil crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                   # G
 "zueitina": ("oilfield", "LY", 30.9522, 20.12022, "Zueitina oil terminal"),            # G* (Az Zuwaytinah town row, kind oilfield)
 "ras_lanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf"),                           # G
 "sidra": ("oilfield", "LY", 30.625, 18.3517, "Es Sider oil terminal"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (variant اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (Brega town row, kind oilfield)
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "bin_jawad": ("town", "LY", 30.80418, 18.0772, "Bin Jawad"),                           # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "gardabya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),                      # G
 # af4 Egyptian border
 "border_eg_side": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egyptian side)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                     # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (غرب مصر row)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed (Amsaad)"),                       # G (row spelled امساعد)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gan_base": ("base", "LY", 31.861, 23.907, "Gamal Abdel Nasser Air Base"),             # G* (مطار طبرق / Gamal Abdel Nasser Airport row, kind base)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "eg_west_border": ("region", "EG", 30.5, 25.2, "Egypt's western border"),              # K
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town point, golden README rule)
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum-Amsaad land crossing"),  # G* (منفذ امساعد row, country EG)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G
 "bardia": ("town", "LY", 31.75, 25.08333, "Bardia"),                                   # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 # af5 Russian moves in the south
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                          # G* (row قاعدة براك الجوية)
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G* (row قاعدة الجفرة الجوية)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                   # G* (row جنوب ليبيا; surfaces جنوبي ليبيا and جنوب ليبيا)
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                   # G* (row spelled قاعدة تمنهنت)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "maaten": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                # G
 "triangle_ly_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                      # G
}

TRAPS = {
 "af1": ["صقور الصحراء", "كتيبة صقور الصحراء", "بوابة الوسط", "حراك فزان", "الشرارة الأولى", "الجيش الجزائري",
         "رئاسة الأركان العامة", "علي الفزاني", "المؤسسة الوطنية للنفط", "جهاز حرس المنشآت النفطية"],
 "af2": ["الأناضول", "حكومة الوحدة الوطنية", "كتيبة درع الحمادة", "سالم الغدامسي", "وسائل إعلام جزائرية",
         "الجيش الجزائري", "قوات حفتر", "اللواء 87 مشاة", "الهلال الأحمر الليبي", "أسامة حماد"],
 "af3": ["الشرق الأوسط", "حرس المنشآت", "الجيش الوطني", "كتيبة شهداء الزويتينة", "جهاز حرس المنشآت النفطية",
         "غرفة عمليات سرت الكبرى", "محمد الترهوني", "الفيلق الأفريقي", "الخادم الرئيسي", "عقيلة صالح",
         "صادرات النفط الليبية"],
 "af4": ["تعزيزات مصرية", "قوات حفتر", "العربي الجديد", "الجيش المصري", "مصادر مصرية", "الجانب الليبي",
         "الكتيبة 118 حرس حدود", "مفتاح الطبرقي", "مطروح على الطاولة", "صفحات ليبية"],
 "af5": ["الفيلق الأفريقي", "سكاي نيوز عربية", "القوات الروسية", "كتيبة شهداء براك", "عمر المرزوقي",
         "السفارة الروسية", "عجزاً مالياً", "الدفاع الروسي", "حكومة الوحدة الوطنية"],
}

PHEN = {
 "af1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
         "countries", "ambiguity_tripoli", "ambiguity_country_capital"],
 "af2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "vague_area", "border_phrase", "coverage_neighbours", "countries", "ambiguity_tripoli", "ambiguity_country_capital"],
 "af3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_oil", "coverage_bases", "countries", "ambiguity_tripoli"],
 "af4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries", "town_vs_district", "ambiguity_country_capital"],
 "af5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_neighbours", "countries", "ambiguity_tripoli",
         "ambiguity_country_capital"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "af1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["الشرارة"], ["حقل الفيل"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات", "العوينات"]),
  mv("reinforce", "reported", "Algerian army", [], ["إليزي"]),
  mv("deploy", "denied", "GNA forces", ["الزنتان"], ["اوباري"]),
  mv("withdraw", "reported", None, [], ["أوباري"]),
 ],
 "af2": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون", "درج"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار غدامس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب", "عين أمناس"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
 "af3": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["راس لانوف", "ميناء السدرة", "الهلال النفطي"],
     ["البريقة", "العقيلة"]),
  mv("redeploy", "planned", None, [], ["ميناء الزويتينة", "ميناء البريقة"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["سرت"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
 ],
 "af4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "سيوة", "الحدود مع ليبيا"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب", "أمساعد"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر"], ["الجغبوب"]),
  mv("reinforce", "conditional", "Egyptian army", ["الإسكندرية"], ["الحدود الغربية"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "af5": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة براك الشاطئ"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة تمنهنط"]),
  mv("deploy", "planned", "Russian forces", [], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", None, ["سبها"], ["مرزق", "أم الأرانب"]),
  mv("redeploy", "denied", "Russian forces", ["مالي"], ["قاعدة الجفرة"]),
 ],
}

NOTES = {
 "af1": "Al-Wasat (بوابة الوسط): protesters of «حراك فزان» shut the Sharara field; Ubari dateline. Reported LNA "
        "(«كتيبة صقور الصحراء» التابعة للقيادة العامة) reinforcement Sabha->Sharara field via Ubari (headline = same move); "
        "planned redeploy of the same column from Sharara (bare الشرارة) to El Feel field («سيتوجه»); conditional LNA advance "
        "towards Ghat and Al Awaynat (إذا; the border with Algeria is in the condition, not a destination); reported Algerian "
        "army reinforcement into Illizi (ولاية not part of the surface); GNA (Chief of Staff in Tripoli) force Zintan->Ubari "
        "(variant اوباري) denied («الأخبار المفبركة»); reported earlier withdrawal of a Petroleum Facilities Guard unit "
        "(«جهاز حرس المنشآت النفطية», side not stated -> actor null) from the field to Ubari. Not movements: NOC delegation flying to Sabha, fuel-truck convoy "
        "Misrata->south-west, the Ubari municipality school closure, the Ubari-Ghat road, supplies to the Zawiya refinery. "
        "Traps: الشرارة الأولى (common word = Sharara), حراك فزان and كتيبة صقور الصحراء (named bodies), علي الفزاني (person "
        "containing فزان), بوابة الوسط (media), الجيش الجزائري (nisba containing الجزائر).",
 "af2": "Anadolu (الأناضول): GNA deployment in Ghadames after clashes with smugglers. Reported GNA («كتيبة درع الحمادة», "
        "Defence Ministry) deployment Nalut->Ghadames via Sinawen and Derj (headline = same move); planned GNA drone company "
        "to Ghadames airport (تعتزم); conditional Algerian-army reinforcement of Debdeb and In Amenas (في حال; variant "
        "عين أمناس); LNA (قوات حفتر, «اللواء 87 مشاة») advance Ash Shwayrif->Derj denied. Not movements: the smugglers' "
        "abandoned cars near Hamada al-Hamra, the Interior minister's flight to Ghadames (visit), the Libyan Red Crescent "
        "medical convoy from Nalut, the Anadolu boilerplate on the two governments (Tripoli, Benghazi). Traps: الأناضول "
        "(media = Anatolia), سالم الغدامسي (person containing غدامس), كتيبة درع الحمادة (force containing الحمادة), "
        "الجيش الجزائري / وسائل إعلام جزائرية / الهلال الأحمر الليبي (nisbas).",
 "af3": "Asharq Al-Awsat (الشرق الأوسط): mutual build-ups in the Oil Crescent; Cairo dateline. Reported LNA («الجيش الوطني», "
        "«كتيبة شهداء الزويتينة») reinforcement Ajdabiya (variant اجدابيا)->Ras Lanuf and Es Sider port via Brega and "
        "El Agheila; the headline places it in the Oil Crescent (destination); reported GNA mobilisation of dozens of "
        "vehicles in Abu Qurayn (حشدت; headline تحشيدات متبادلة covers both build-ups); planned redeploy of the Petroleum Facilities "
        "Guard (side not stated -> actor null) to Zueitina and Brega ports (headline = same plan); conditional GNA («غرفة "
        "عمليات سرت الكبرى» under the Tripoli Chief of Staff) advance from Abu Qurayn (بالتقدم منها) towards Sirte (إذا; "
        "بن جواد is in the condition); "
        "Russian Africa Corps transfer Al Khadim base->Gardabya base denied by the LNA. Not movements: the tanker Es Sider->"
        "Italy, the UN envoy's visit to Benghazi, Geneva 2020, the Sirte-Benghazi extent of the Oil Crescent. Traps: "
        "الخادم الرئيسي (common word 'main server' = Al Khadim), غرفة عمليات سرت الكبرى (operation containing سرت), "
        "كتيبة شهداء الزويتينة, عقيلة صالح (person, العقيلة is also a town here), محمد الترهوني, الشرق الأوسط (media).",
 "af4": "Al-Araby Al-Jadeed (العربي الجديد): Egyptian reinforcements on the Libyan border; Cairo dateline. Reported Egyptian-"
        "army reinforcement Marsa Matruh->Sallum and Siwa, and (headline) on the border with Libya (Egyptian side); reported "
        "LNA («الكتيبة 118 حرس حدود», قوات خليفة حفتر) deployment Tobruk->Jaghbub and Emsaed (variant أمساعد; headline = same "
        "move); planned LNA reconnaissance company Gamal Abdel Nasser base->Jaghbub (ستنقل); conditional Egyptian armoured "
        "brigade Alexandria->the western border (إذا); Egyptian forces entering Jaghbub denied by the LNA in Benghazi (the "
        "road to Kufra is the purpose, not a destination). Not movements: truck drivers stuck at the Sallum crossing, the "
        "Egyptian security delegation to Benghazi, the Egyptian chief of staff's visit to Tobruk, the Sirte-Jufra red line, "
        "the Bardia-Uweinat border strip, smuggling across the Western Desert. Traps: مطروح على الطاولة (common word = "
        "Matruh), مفتاح الطبرقي (person containing طبرق), الجيش المصري / مصادر مصرية / تعزيزات مصرية (nisbas containing "
        "مصر), العربي الجديد (media).",
 "af5": "Sky News Arabia (سكاي نيوز عربية): satellite images of Russian Africa Corps moves in southern Libya; Abu Dhabi "
        "dateline. Reported Russian redeploy Al Jufra base->Brak al-Shati base (headline = same move; وادي الشاطئ and "
        "جنوبي ليبيا locate the base); reported Russian cargo airlift Al Khadim base->Tamanhint base (variant تمنهنط); "
        "planned Russian radar unit at Maaten al-Sarra base (تعتزم; the border triangle is a locator); conditional move "
        "of «كتيبة شهداء براك» (side not stated -> actor null) Sabha->Murzuq and Umm al Aranib (إذا; Niger is in the "
        "condition); new Russian soldiers Mali->Al Jufra base denied by the Russian embassy in Tripoli. Not movements: the "
        "Russian deputy defence minister's visit to Benghazi, civilian flights Sabha-Tripoli, Moscow 'rearranging its "
        "presence in southern Libya' (analysis), Syria 2024. Traps: عجزاً مالياً (common word containing مالي), كتيبة "
        "شهداء براك (force containing براك), عمر المرزوقي (person containing مرزوق), الفيلق الأفريقي, سكاي نيوز عربية.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
