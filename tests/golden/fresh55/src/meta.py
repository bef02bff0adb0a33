# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # be1 Oil Crescent and the Awjila-Jalu oases (LNA)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (Brega town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # be2 North Darfur, Northern State and Libya's south-east
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.117, 26.200, "Al Malha"),                                   # K
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "atrun": ("town", "SD", 18.17, 26.60, "Wahat al-Atrun"),                               # K
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # be3 Algeria's south-east
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                 # G
 "border_dz_side": ("region", "DZ", 27.5, 9.6, "Algeria-Libya border (Algerian side)"),  # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # be4 the Western Mountain
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "yafran_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),           # G* (town row)
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 # be5 Tunisia's south-east and the Libyan coast west of Zuwara
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn_side": ("region", "TN", 32.9, 11.2, "Tunisia-Libya border (Tunisian side)"),  # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "be1": ["الخليج", "الوطني الليبي", "كتيبة طارق بن زياد", "حرس المنشآت النفطية", "مفتاح الإدريسي",
         "المعارضة التشادية", "المؤسسة الوطنية للنفط"],
 "be2": ["الدعم السريع", "السوداني", "سودان تربيون", "نفي ليبي", "الجيش السوداني", "اللاجئين السودانيين"],
 "be3": ["الشعب", "وكالة الأنباء الجزائرية", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "دعم مالي",
         "مواقع ليبية", "الأطراف الليبية", "وحدات جزائرية"],
 "be4": ["الساعة 24", "قناة ليبيا الأحرار", "العسكرية الغربية", "المجلس العسكري الزنتان",
         "عبد السلام الزنتاني", "القلعة التاريخية", "لا أدري"],
 "be5": ["الصباح", "إذاعة تطاوين", "الجانب الليبي", "قوات ليبية", "الحرس الوطني"],
}

PHEN = {
 "be1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "countries"],
 "be2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "be3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "be4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district"],
 "be5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, ZIN, CHA, SUD, ALG, TUN = ("Libyan National Army", "GNA forces", "Zintan forces", "Chadian armed groups",
                                     "Sudanese armed groups", "Algerian army", "Tunisian army")
MOVES = {
 "be1": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["أوجلة", "حقل النافورة"]),          # أُرسلت تعزيزات … باتت مرابطة (headline = same)
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء البريقة"]),                # جرى إنزال سرية … قادمة من
  mv("redeploy", "planned", LNA, ["العقيلة"], ["جالو"]),                             # من المقرر نقل كتيبة
  mv("advance", "conditional", LNA, [], ["تازربو"]),                                 # يُدفع بوحدات … لملاحقة … في حال
  mv("withdraw", "reported", CHA, ["حقل أمل"], []),                                  # انسحاب المهاجمين … باتجاه الجنوب
  mv("withdraw", "denied", LNA, ["حقل أمل"], []),                                    # نفى … انسحاب عناصره
 ],
 "be2": [
  mv("mobilise", "reported", SUD, ["مثلث العوينات"], ["المالحة"]),                   # وصول حشود … قادمة من (headline = same)
  mv("withdraw", "reported", None, ["العطرون"], ["الدبة"]),                          # جرى سحب وحدات من الجيش السوداني
  mv("airlift", "planned", None, ["بور سودان"], ["دنقلا"]),                          # من المقرر نقل … جواً
  mv("reinforce", "conditional", LNA, [], ["قاعدة معطن السارة"]),                    # سيُدفع بها … في حال
  mv("shipment", "denied", SUD, ["الكفرة"], ["المالحة"]),                            # نفى … مرور أي شحنات (headline = same)
 ],
 "be3": [
  mv("reinforce", "reported", ALG, ["ورقلة"], ["عين أمناس"]),                        # تمّ الدفع بتعزيزات … قادمة من (headline = same)
  mv("airlift", "reported", ALG, ["بسكرة"], ["إليزي"]),                              # نُقلت جواً
  mv("deploy", "reported", ALG, [], ["الحدود مع ليبيا", "الدبداب", "جانت"]),          # انتشار وحدات … من … إلى (headline = same)
  mv("redeploy", "planned", ALG, ["تمنراست"], ["برج عمر إدريس"]),                    # من المقرر نقل فوج مدرع
  mv("reinforce", "conditional", ALG, [], ["معبر تين الكوم"]),                       # وحدات إضافية سيُدفع بها … في حال
  mv("advance", "denied", ALG, [], ["غات"]),                                         # نفى … دخول وحدات جزائرية
 ],
 "be4": [
  mv("deploy", "reported", GNA, ["غريان"], ["يفرن"]),                                # انتشار وحدات … قادمة من (headline = same)
  mv("mobilise", "reported", ZIN, ["الزنتان"], ["الرياينة"]),                        # تجمّع لآليات مسلحة قادمة من (headline = same)
  mv("advance", "conditional", ZIN, ["الرياينة"], ["يفرن"]),                         # سيُدفع بها نحو … في حال
  mv("withdraw", "planned", GNA, ["ككلة"], ["غريان"]),                               # من المقرر … سحب الوحدات المنتشرة
  mv("redeploy", "reported", GNA, ["الأصابعة"], ["ككلة"]),                           # تمّت إعادة تموضع كتيبة
  mv("shipment", "denied", None, [], ["جادو"], ["كاباو"]),                           # نفى … وصول شحنة أسلحة (headline = same)
 ],
 "be5": [
  mv("reinforce", "reported", TUN, ["قابس"], ["جرجيس"]),                             # وصلت دفعة جديدة … قادمة من (headline = same)
  mv("redeploy", "reported", TUN, ["بنقردان"], ["معبر رأس جدير"]),                   # الوحدات المرابطة … تمّت إعادة تموضعها
  mv("naval_landing", "reported", GNA, ["طرابلس"], ["أبو كماش"]),                    # جرى إنزال قوة … قادمة بحراً (headline = same)
  mv("withdraw", "reported", None, ["أبو كماش"], ["زوارة"]),                         # انسحاب مسلحين محليين من البلدة
  mv("withdraw", "denied", GNA, ["معبر رأس جدير"], []),                              # نفى … انسحاب قوات إنفاذ القانون
  mv("deploy", "planned", TUN, ["صفاقس"], ["مدنين"]),                                # من المقرر نقل وحدة من الهندسة
  mv("reinforce", "conditional", TUN, [], ["بن قردان"]),                             # تعزيزات إضافية سيُدفع بها … في حال
 ],
}

NOTES = {
 "be1": "Gulf daily, Benghazi dateline: LNA reinforcements to Awjila (passive أُرسلت, nominal headline), a naval landing told "
        "with جرى إنزال, a planned transfer (من المقرر نقل), a conditional push (يُدفع بـ … في حال), the attackers' withdrawal "
        "as a verbal noun and a denied withdrawal (نفى انسحاب); not movements: «الوحدات المنتشرة في جالو منذ 2023», «نقل جرحى», "
        "«وصول وفد», «لم يتم رصد أي تحرك … نحو المنطقة» (no place).",
 "be2": "Sudanese daily, Port Sudan dateline: RSF build-up told as «وصول حشود … قادمة من», a Sudanese army pull-back with جرى "
        "سحب, a planned airlift (من المقرر نقل … جواً), an LNA conditional reinforcement (سيُدفع بها … في حال) and a denied "
        "supply run (نفى مرور أي شحنات); not movements: civilian displacement (نزوح), «انتشار الكوليرا», a distance "
        "reference (الفاشر) and the border phrase inside the condition.",
 "be3": "Algerian state daily, Algiers dateline: تمّ الدفع بتعزيزات, نُقلت جواً, «انتشار وحدات … من الدبداب شمالاً إلى جانت "
        "جنوباً», a planned armoured move, a conditional push to the Tin Alkoum crossing and a denied entry into Ghat (نفى … "
        "دخول); not movements: «وصول وفد وزاري», «انتشار الملاريا», «التوجه نحو المراكز الصحية», the purpose «تأمين … مجمع "
        "تيقنتورين».",
 "be4": "Libyan news site, Yafran dateline: «انتشار وحدات … قادمة من», «تجمّع لآليات مسلحة قادمة من», a conditional advance "
        "(سيُدفع بها نحو … في حال), a planned pull-back (من المقرر … سحب), a reported redeployment (تمّت إعادة تموضع) and a denied "
        "arms delivery (نفى … وصول شحنة … عبر); not movements: «سحب الثقة», «وصول وفد من أعيان الرجبان», the reporter's "
        "witness retelling «الرتل وصل … وتمركز» (same deploy).",
 "be5": "Tunisian daily, Zarzis dateline: «وصلت دفعة جديدة … قادمة من» (nominal headline «وصول دفعة جديدة»), تمّت إعادة "
        "تموضعها, جرى إنزال قوة … قادمة بحراً, a withdrawal as a verbal noun, a denied withdrawal (نفى انسحاب), a planned move "
        "(من المقرر نقل) and a conditional reinforcement (سيُدفع بها … في حال); not movements: travellers crossing, trucks "
        "«القادمة من الجانب الليبي», a meeting in the capital.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("be1", "be2", "be3", "be4", "be5")
