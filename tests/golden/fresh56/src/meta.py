# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # bf1 Zliten / Al-Khums
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Port of Al Khums"),                  # K
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "dafniya": ("town", "LY", 32.42, 14.78, "Ad Dafniyah"),                                # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 # bf2 Oil Crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G* (oilfield row, as town)
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port/terminal"),   # G* (oilfield row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                         # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # bf3 Chad / Tibesti
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                            # G
 "border_td": ("region", "TD", 21.9, 17.3, "Libya border (Chadian side, Tibesti)"),     # K
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 # bf4 Egypt's western border
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "border_eg": ("region", "EG", 29.4, 25.15, "Libya border (Egyptian side, Siwa)"),      # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land crossing"),     # G* (row منفذ امساعد, country EG)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 # bf5 Nafusa mountains
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "qalaa": ("town", "LY", 32.07, 12.61, "Al Qalaa"),                                     # K
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "yafran_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),           # G* (town row)
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "bf1": ["اللواء 444 قتال", "شارع طرابلس", "عين ليبيا", "الساعات الخمس", "ما ادري", "المجلس العسكري مصراتة",
         "سالم الزليتني"],
 "bf2": ["اندبندنت عربية", "«الجيش الوطني»", "مفتاح الإدريسي", "غرفة عمليات تحرير سرت والجفرة", "الليبي"],
 "bf3": ["الجيش التشادي", "تلي تشاد", "جبهة التناوب والوفاق في تشاد", "الأراضي الليبية", "القيادة العامة للجيش الليبي",
         "«الوحدة»"],
 "bf4": ["المصري اليوم", "ليبيا الحدث", "القيادة العامة للجيش الليبي", "قوة مصرية", "مصرية ليبية"],
 "bf5": ["«المرصد»", "القلعة القديمة", "محمد الطرابلسي"],
}

PHEN = {
 "bf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "bf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil"],
 "bf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "bf4": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "bf5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, MIS, ZIN = "GNA forces", "Libyan National Army", "Misrata forces", "Zintan forces"
CHR, EGA = "Chadian armed groups", "Egyptian army"

MOVES = {
 "bf1": [
  # headline «يدخل زليتن» + para 1 «دخلت ... مدينة زليتن» + para 2 «تحرك فجراً من العاصمة ... مروراً بالقره بوللي والخمس
  # ... يصل إلى المدينة»: one move; العاصمة -> طرابلس, المدينة -> زليتن
  mv("deploy", "reported", GNA, ["طرابلس"], ["زليتن"], ["القره بوللي", "الخمس"]),
  # «غادروا وسط المدينة ... متجهين شرقاً إلى بلدة الدافنية ... هناك»: local armed group (no canonical actor)
  mv("withdraw", "reported", None, ["زليتن"], ["الدافنية"]),
  # «نفى المجلس العسكري مصراتة ... إرسال رتل من المدينة إلى زليتن لمساندة اللواء» + headline «ومصراتة تنفي إرسال قوات
  # إلى المدينة»: المدينة (origin) -> مصراتة
  mv("reinforce", "denied", MIS, ["مصراتة"], ["زليتن"]),
  # «قواته لن تدخلها إلا إذا طلبت رئاسة الأركان»: تدخلها -> زليتن; no origin written
  mv("deploy", "conditional", MIS, [], ["زليتن"]),
  # «تعتزم رئاسة الأركان إنزال سرية ... في ميناء الخمس ... تبحر إليه من قاعدة أبوستة البحرية»
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  # «على أن تعود إلى القاعدة ذاتها»: القاعدة ذاتها -> قاعدة أبوستة البحرية; origin not written
  mv("withdraw", "planned", GNA, [], ["قاعدة أبوستة البحرية"]),
 ],
 "bf2": [
  # headline + para 1 «نشر كتيبتين مدرعتين من قاعدة القرضابية الجوية ... إلى محيط رأس لانوف» + para 2 «هذه القوات
  # وصلت إلى المدينة ... انتشرت سرية منها غرباً حتى بلدة بن جواد»: one move, second destination
  mv("redeploy", "reported", LNA, ["قاعدة القرضابية الجوية"], ["رأس لانوف", "بن جواد"]),
  # «إنزال وحدة من مشاة البحرية في الميناء نفسه ... تبحر إليه من بنغازي»: الميناء نفسه -> ميناء السدرة
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء السدرة"]),
  # «سفينة شحن قادمة من بنغازي ... أفرغت في ميناء رأس لانوف حمولة من الذخائر ... لصالح وحدات الجيش»
  mv("shipment", "reported", LNA, ["بنغازي"], ["ميناء رأس لانوف"]),
  # «نفى ... انسحاب قوات الجيش من النوفلية باتجاه رأس لانوف ... لم يخرج منها جندي واحد»
  mv("withdraw", "denied", LNA, ["النوفلية"], ["رأس لانوف"]),
  # «غرفة عمليات تحرير سرت والجفرة ... وقالت الأخيرة ... إن قواتها المتمركزة في أبوقرين ستتقدم نحو المدينة ... إذا»:
  # الأخيرة -> the GNA operations room; المدينة -> سرت
  mv("advance", "conditional", GNA, ["أبوقرين"], ["سرت"]),
 ],
 "bf3": [
  # headline «هجوم لمسلحين قدموا من ليبيا» + para 1 «هجوم شنه مسلحون قدموا من الجنوب الليبي على نقطة عسكرية قرب
  # المناجم»: المناجم -> كوري بوقدي; origin given as the body's specific region only
  mv("advance", "reported", CHR, ["الجنوب الليبي"], ["كوري بوقدي"]),
  # para 1 «عززت وحدات من الجيش التشادي ... مواقعها في منطقة كوري بوقدي» + para 2 «التعزيزات ... انطلقت من فايا لارجو
  # ... قبل أن تصل إلى هناك»: Chadian army = null actor
  mv("reinforce", "reported", None, ["فايا لارجو"], ["كوري بوقدي"]),
  # «المهاجمين انسحبوا من المنطقة ... باتجاه الحدود مع ليبيا، وأن بعضهم عبرها»: المنطقة -> كوري بوقدي
  mv("withdraw", "reported", CHR, ["كوري بوقدي"], ["الحدود مع ليبيا"]),
  # «نفت أن تكون قد حشدت مقاتليها في الواو الكبير»
  mv("mobilise", "denied", CHR, [], ["الواو الكبير"]),
  # «ستنقل جواً ... كتيبة من القوات الخاصة من العاصمة إلى فايا»: العاصمة -> أنجمينا (dateline), not Tripoli
  mv("airlift", "planned", None, ["أنجمينا"], ["فايا"]),
  # «قوات القيادة ستنتشر على الحدود مع تشاد إذا ثبت ...»
  mv("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
 ],
 "bf4": [
  # headline + para 1 «دفعت القوات المسلحة ... بتعزيزات ... إلى واحة سيوة» + para 2 «التعزيزات انطلقت من قاعدة محمد
  # نجيب العسكرية ... ووصلت إلى الواحة»: one move, origin in the second sentence
  mv("reinforce", "reported", EGA, ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  # «طائرات نقل عسكرية ستنقل ... سرية من قوات الصاعقة من القاهرة إلى الواحة»: الواحة -> سيوة
  mv("airlift", "planned", EGA, ["القاهرة"], ["سيوة"]),
  # «وحدات إضافية ستنتشر على امتداد الشريط الحدودي بين منفذ السلوم وسيوة في حال ...»: both ends
  mv("deploy", "conditional", EGA, [], ["منفذ السلوم", "سيوة"]),
  # «نفى ... دخول قوة مصرية إلى واحة الجغبوب المقابلة لسيوة»: لسيوة is a locator
  mv("advance", "denied", EGA, [], ["الجغبوب"]),
  # «كتيبة تابعة للقيادة العامة انتقلت ... من محيط ميناء الحريقة في طبرق إلى البلدة ذاتها»: البلدة ذاتها -> الجغبوب;
  # في طبرق is a locator
  mv("redeploy", "reported", LNA, ["ميناء الحريقة"], ["الجغبوب"]),
 ],
 "bf5": [
  # headline «الزنتان تحشد في الرجبان» + para 1 «حشدت قوات تابعة للمجلس العسكري في الزنتان ... في بلدة الرجبان»
  mv("mobilise", "reported", ZIN, [], ["الرجبان"]),
  # «هذه القوات تجمعت في ساحة قرب مدرسة البلدة قبل أن يتحرك جزء منها ... شرقاً مروراً بيفرن نحو القلعة، حيث توقف
  # الرتل عند بوابتها»: البلدة -> الرجبان (origin)
  mv("advance", "reported", ZIN, ["الرجبان"], ["القلعة"], ["يفرن"]),
  # «ستدفع ... بقوة لفض النزاع تنطلق من غريان، لوقف القتال في ككلة» + «إن القوة ستدخلها»: تدخلها -> ككلة;
  # headline «إرسال قوة ... إلى ككلة» and «للقوة القادمة من غريان» retell the same move
  mv("deploy", "planned", GNA, ["غريان"], ["ككلة"]),
  # «قواتهم ستعود من الرجبان إلى المدينة ... إذا سلّمت المجموعة المسلحة مواقعها»: المدينة -> الزنتان
  mv("withdraw", "conditional", ZIN, ["الرجبان"], ["الزنتان"]),
  # «نفى مدير منفذ وازن ... دخول شحنة أسلحة قادمة من تونس عبر المنفذ في طريقها إلى الزنتان»: المنفذ -> منفذ وازن
  mv("shipment", "denied", None, ["تونس"], ["الزنتان"], ["منفذ وازن"]),
 ],
}

NOTES = {
 "bf1": "«عين ليبيا»، زليتن: the 444 Brigade's deploy Tripoli→Zliten told across three sentences (العاصمة→طرابلس, "
        "المدينة→زليتن, عناصره); a local group's withdrawal to Al-Dafniya (هناك); Misrata's denied reinforcement with "
        "origin «من المدينة» = Misrata and a conditional «لن تدخلها» = Zliten; the Misrata quote «المدينة لن تكون طرفاً» "
        "is not a movement place; a planned naval landing at Al-Khums port from the Abu Sitta base and the planned "
        "return «إلى القاعدة ذاتها»; «غرب المدينة» is a distance reference.",
 "bf2": "«اندبندنت عربية»، سرت: LNA redeploy from Gardabiya to Ras Lanuf with a second destination in the next "
        "sentence (هذه القوات، المدينة، سرية منها … بن جواد); planned naval landing «في الميناء نفسه» = Es Sider; "
        "reported ammunition shipment Benghazi→Ras Lanuf port; denied withdrawal from Al-Nawfaliya («البلدة… منها»); "
        "conditional GNA advance «قالت الأخيرة … نحو المدينة» = Sirte; «المنطقة نفسها» in the 5+5 sentence is not a "
        "movement place.",
 "bf3": "«الوحدة»، أنجمينا: a rebel raid on Kouri Bougoudi («قرب المناجم»), the Chadian army's reinforcement with "
        "origin Faya-Largeau and destination «هناك» in the next sentence, the raiders' withdrawal «من المنطقة» to the "
        "border, FACT's denied mobilisation at Wau al-Kabir, a planned airlift «من العاصمة» = N'Djamena (not the Libyan "
        "capital named later), a conditional LNA deployment on the border with Chad; Benghazi is the speaker's venue "
        "and the Tripoli visit is diplomatic.",
 "bf4": "«المصري اليوم»، مرسى مطروح: Egyptian reinforcements to Siwa with origin in the next sentence (الواحة), a "
        "planned airlift Cairo→«الواحة», a conditional deployment between Sallum crossing and Siwa, a denied Egyptian "
        "entry into Jaghbub («المقابلة لسيوة» is a locator), an LNA redeploy Hariga→«البلدة ذاتها» = Jaghbub; the "
        "delegation «وصل إليها» (Cairo) is not a troop movement.",
 "bf5": "«المرصد»، يفرن: Zintan forces mobilise at Al-Rujban, then «هذه القوات … جزء منها» advance via Yafran to "
        "Al-Qalaa; a planned GNA deployment from Gharyan with «ستدخلها» = Kikla in the next sentence; a conditional "
        "return «إلى المدينة» = Zintan; Yafran's mayor «المدينة» is not a movement place; a denied arms shipment "
        "from Tunisia via «المنفذ» = Wazin crossing to Zintan.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bf1", "bf2", "bf3", "bf4", "bf5")
