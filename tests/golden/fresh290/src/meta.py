# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities outside Libya (datelines, venues, origins)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد)
 "border_eg": ("region", "EG", 31.35, 25.30, "Egyptian side of the Libya-Egypt border"), # K
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Libya: cities, bases, regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                 # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.14400, 16.04400, "Al Jufra"),                           # K (README rule: point between Hun and Waddan)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 # oil crescent: terminals, towns, airports
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "ras_lanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),   # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil terminal"),      # G* (town row)
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 # Sirte basin fields and oases
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "zallah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "zallah_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),           # G* (town row)
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
}

TRAPS = {
 "kf1": ["صدى الاقتصادية", "شركة الهروج للعمليات النفطية", "خام السدرة", "الجيش الوطني الليبي", "عمر السرتاوي",
         "زلة لسان", "مصرف ليبيا المركزي"],
 "kf2": ["المصري اليوم", "القاهرة الإخبارية", "غرفة عمليات تحرير سرت الجفرة", "الجيش الوطني الليبي", "الجيش الليبي",
         "مصراتية", "القوات المسلحة المصرية", "المنطقة الغربية العسكرية"],
 "kf3": ["اقتصاد الشرق مع بلومبرغ", "اقتصاد الشرق", "شركة الزويتينة للنفط", "لا أدري", "على أمل", "شركة سرت للنفط",
         "صالح الجالوي", "تشاديين"],
 "kf4": ["إيلاف", "الفيلق الأفريقي", "السودانيين", "محمد الإدريسي", "كتيبة ثوار طرابلس", "الدعم المالي"],
 "kf5": ["يورونيوز", "اللواء طارق بن زياد", "الهلال الأحمر الليبي", "غرفة عمليات الجفرة", "تشادية",
         "شركة الواحة للنفط"],
}

PHEN = {
 "kf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "kf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "kf3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
 "kf4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "kf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "kf1": [
  # «انطلق من أجدابيا وسلك الطريق الساحلي مروراً بالبريقة والعقيلة، قبل أن يتمركز عند مداخل راس لانوف»
  mv("deploy", "reported", LNA, ["أجدابيا"], ["راس لانوف"], ["البريقة", "العقيلة"]),
  # «سرية من مشاة البحرية ستُنزل في ميناء السدرة قادمة من بنغازي إذا لم يُنهِ المحتجون اعتصامهم»
  mv("naval_landing", "conditional", LNA, ["بنغازي"], ["ميناء السدرة"]),
  # «من المقرر أن تهبط في مطار راس لانوف … طائرتا شحن تقلان عناصر من الشرطة العسكرية قادمة من قاعدة بنينا الجوية»
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  # «نفى … وصول عناصر روسية من قاعدة الجفرة الجوية إلى رأس لانوف»
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["رأس لانوف"]),
 ],
 "kf2": [
  # «حشدت كتائب مصراتية … نحو 80 آلية مسلحة في منطقة أبو قرين»
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  # «برتل … انطلق من قاعدة الجفرة الجوية إلى سرت مروراً بودان، لتعزيز وحداته»
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  # «نفت وزارة الدفاع التركية … نقل جنود ومستشارين أتراك من مصراتة إلى خطوط التماس قرب أبو قرين»
  mv("deploy", "denied", "Turkish armed forces", ["مصراتة"], ["أبو قرين"]),
  # «القوات المسلحة المصرية ستتحرك نحو سرت والجفرة إذا تجاوزت أي قوة خطوط التماس»
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  # «تعتزم الدفع بكتيبة مدرعة إضافية من مرسى مطروح إلى السلوم»
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "kf3": [
  # «أنزلت سفينة إنزال … نحو 200 عنصر من مشاة البحرية على رصيف الميناء، بعد أن أبحرت فجراً من ميناء بنغازي»
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  # «القوة ستنسحب من الرصيف وتعود إلى بنغازي بمجرد استئناف التصدير»
  mv("withdraw", "conditional", LNA, ["ميناء الزويتينة"], ["بنغازي"]),
  # «وفي البريقة، وصلت … قافلة من 25 شاحنة أرسلتها القيادة العامة … انطلقت من اجدابيا»
  mv("shipment", "reported", LNA, ["اجدابيا"], ["البريقة"]),
  # «من المنتظر أن تُنقل سرية من الحرس نفسه من ميناء البريقة إلى حقل أمل»
  mv("redeploy", "planned", LNA, ["ميناء البريقة"], ["حقل أمل"]),
  # «نفى … تقارير عن تجمّع مسلحين تشاديين قرب حقل النافورة»
  mv("mobilise", "denied", "Chadian armed groups", [], ["حقل النافورة"]),
 ],
 "kf4": [
  # «أقلعت من قاعدة حميميم … وهبطت في قاعدة الخادم … قبل أن تواصل رحلتها إلى قاعدة الجفرة الجوية»
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  # «أعادت مجموعات من المقاتلين السودانيين … تموضعها … من محيط زلة إلى مرادة»
  mv("redeploy", "reported", "Sudanese armed groups", ["زلة"], ["مرادة"]),
  # «خطة لإخراج المقاتلين الأجانب والمرتزقة من حوض سرت على ثلاث مراحل تبدأ في يونيو»
  mv("withdraw", "planned", "Foreign fighters", ["حوض سرت"], []),
  # «عناصر روسية ستنتشر في ميناء السدرة إذا تكررت محاولات إغلاقه»
  mv("deploy", "conditional", "Russian forces", [], ["ميناء السدرة"]),
  # «نفى الكرملين أن تكون روسيا سحبت أياً من عسكرييها من قاعدة الجفرة الجوية إلى مالي»
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
 ],
 "kf5": [
  # «انتشرت كتيبة من اللواء طارق بن زياد في محيط زلة … بعد أن وصلت مساء الأحد من هون»
  mv("deploy", "reported", LNA, ["هون"], ["زلة"]),
  # «وصلت إلى مرادة قافلة من صهاريج الوقود وشاحنات الذخيرة تابعة للقيادة العامة قادمة من أجدابيا»
  mv("shipment", "reported", LNA, ["أجدابيا"], ["مرادة"]),
  # «يُنتظر أن تنقل طائرة عسكرية … فريقاً من سلاح الهندسة من قاعدة بنينا الجوية إلى مطار البريقة»
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  # «تعزيزات إضافية ستُرسل من قاعدة الجفرة الجوية إلى زلة في حال تكرر الإغلاق»
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["زلة"]),
  # «نافياً … أنباء عن تقدم مجموعات تشادية مسلحة قادمة من الحدود مع تشاد نحو زلة عبر الهروج»
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["زلة"], ["الهروج"]),
 ],
}

NOTES = {
 "kf1": "Sada Economic (Tripoli): PFG protest shuts Es Sider and Ras Lanuf; LNA column Ajdabiya→Ras Lanuf via Brega and "
        "El Agheila (reported), marines from Benghazi to Es Sider port if the sit-in goes on (conditional), a planned "
        "Benina→Ras Lanuf airport airlift and a denied Russian move Jufra air base→Ras Lanuf; Lebanese Tripoli vs Tripoli, "
        "'Es Sider crude', 'a slip of the tongue' (زلة).",
 "kf2": "Al-Masry Al-Youm (Cairo): Misrata brigades massing at Abu Qurayn, an LNA reinforcement Jufra air base→Sirte via "
        "Waddan, Ankara's denied Misrata→Abu Qurayn move, Egypt's conditional advance on Sirte/Al-Jufra and a planned "
        "Marsa Matruh→Sallum reinforcement; venues (Ankara, Cairo), border phrase locating Sallum, Sallum land port.",
 "kf3": "Asharq Business with Bloomberg (Dubai): Zueitina terminal shut; an LNA landing Benghazi port→Zueitina port, its "
        "conditional pull-back to Benghazi, an ammunition convoy Ajdabiya→Brega, a planned PFG company Brega port→Amal "
        "field and a denied Chadian massing at Nafoura; anaphora «رصيف الميناء»/«الرصيف», «لا أدري», «على أمل».",
 "kf4": "Elaph (London): Russian Il-76s Hmeimim→Jufra air base via Al Khadim, Sudanese fighters Zallah→Marada, the 5+5 "
        "planned exit of foreign fighters from the Sirte basin, a conditional Russian deployment to Es Sider and the "
        "Kremlin's denied Jufra→Mali pull-out; Algeria vs Algiers, Moscow as speaker, Mali vs «الدعم المالي».",
 "kf5": "Euronews Arabic: Zallah and Marada fields reopen; an LNA battalion Hun→Zallah, a fuel/ammunition convoy "
        "Ajdabiya→Marada, a planned engineers' flight Benina→Brega airport, a conditional Jufra air base→Zallah "
        "reinforcement and a denied Chadian advance from the Chad border to Zallah via Al Haruj; civilian workers' "
        "flight Tunis→Brega airport and a Red Crescent team are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kf1", "kf2", "kf3", "kf4", "kf5")
