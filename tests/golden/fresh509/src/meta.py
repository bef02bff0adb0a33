# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # capitals
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Tunisian south-east
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.48500, 11.11500, "Port of Zarzis"),               # K
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "bibane": ("region", "TN", 33.25000, 11.25000, "Bahiret el Bibane"),                   # K
 "choucha": ("village", "TN", 33.15500, 11.48500, "Choucha"),                           # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),       # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G (row قاعدة العوينة)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn_ras": ("region", "TN", 33.10000, 11.45000, "Tunisia-Libya border (Tunisian side, Ras Ajdir sector)"),  # K
 "border_tn_dehiba": ("region", "TN", 32.05000, 10.60000, "Tunisia-Libya border (Tunisian side, Dehiba sector)"),  # K
 # Libyan west coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, returned by grep رقدالين)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
}

TRAPS = {
 "sq1": ["المجلس العسكري زوارة", "سوق ليبيا", "عبد الحميد الجرجيسي", "لا أدري", "البوابة الليبية", "السلطات التونسية",
         "التراب التونسي"],
 "sq2": ["فتحي الزواري", "البوري", "تجربة", "إذاعة صفاقس", "خفر السواحل الليبي", "المياه الإقليمية التونسية",
         "صفحات تونسية"],
 "sq3": ["الإدريسي", "ملحمة بن قردان", "وكالة تونس إفريقيا للأنباء", "الجانب الليبي", "وزير الداخلية الليبي"],
 "sq4": ["المجلس العسكري زوارة", "يردّون الجميل", "محمد الطرابلسي", "الترا تونس", "مصدر أمني ليبي",
         "الليبيين"],
 "sq5": ["أيمن الطرابلسي", "العسّة", "إذاعة تطاوين", "الجانب الليبي", "الحرس الوطني"],
}

PHEN = {
 "sq1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "sq2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "coverage_bases", "coverage_neighbours", "countries"],
 "sq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "sq5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "sq1": [
  # «رتلاً من وحدات جيش البر قادماً من مدنين وصل ... إلى المدينة، قبل أن يتمركز جزء منه في منطقة الشوشة» (headline retells it)
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان", "الشوشة"]),
  # «ستنشر ... وحدات من جيش البر على طول الشريط الحدودي الممتد من راس جدير إلى الذهيبة»
  mv("deploy", "planned", "Tunisian army", [], ["راس جدير", "الذهيبة"]),
  # «الوحدات المتمركزة في بنقردان لن تتقدم نحو المعبر إلا في حال ...»
  mv("advance", "conditional", "Tunisian army", ["بنقردان"], ["معبر راس جدير"]),
  # «أعادت قوة تابعة لوزارة الداخلية بحكومة الوحدة الوطنية الليبية تموضعها ... من البوابة إلى بلدة زلطن»
  mv("redeploy", "reported", "GNA forces", ["معبر راس جدير"], ["زلطن"]),
  # «رتل مسلح انطلق من زوارة باتجاه بوكماش» then «نفى ذلك ... لم يحرّك أي قوة»
  mv("advance", "denied", None, ["زوارة"], ["بوكماش"]),
 ],
 "sq2": [
  # «رست ... بميناء جرجيس التجاري خافرتان ... قادمتان من القاعدة البحرية بصفاقس، وأنزلتا نحو ستين عنصراً»
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  # «هذه العناصر ستتوزع ... على سواحل بنقردان وبحيرة البيبان» (no origin written)
  mv("deploy", "planned", "Tunisian army", [], ["بنقردان", "بحيرة البيبان"]),
  # «ستُنزلان قوة ثانية قرب بنقردان إذا تواصلت محاولات التسلل»
  mv("naval_landing", "conditional", "Tunisian army", [], ["بنقردان"]),
  # «تستعد طائرة نقل عسكرية ... لنقل فريق من القوات الخاصة من قاعدة العوينة الجوية ... إلى مطار جربة جرجيس»
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس"]),
  # «دخول زوارق ليبية مسلحة من زوارة إلى المياه الإقليمية التونسية قبالة جرجيس» — «الخبر عارٍ عن الصحة»
  mv("deploy", "denied", "GNA forces", ["زوارة"], ["جرجيس"]),
 ],
 "sq3": [
  # «سحب وحدات الجيش من محيط معبر رأس جدير» denied (headline «لا انسحاب من محيط رأس جدير» retells it)
  mv("withdraw", "denied", "Tunisian army", ["معبر رأس جدير"], []),
  # «قافلة من الشاحنات العسكرية محمّلة بمعدات ... وذخائر انطلقت ... من قابس ووصلت ... إلى بن قردان مروراً بمدنين»
  mv("shipment", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  # «قررت نقل فوج من رمادة إلى منطقة الشوشة خلال الأسبوعين القادمين»
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الشوشة"]),
  # «وحدات مدرعة إضافية ستُدفع من قابس نحو الحدود مع ليبيا في حال تدهور الوضع»
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
 ],
 "sq4": [
  # «قوة تابعة لوزارة الداخلية في حكومة الوحدة الوطنية انطلقت ... من طرابلس ... مروراً بالزاوية وصبراتة ثم مجمع مليتة،
  #  قبل أن تتسلم البوابة الليبية للمعبر» (headline and the trader's «قوات تأتي من طرابلس» retell it)
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"], ["الزاوية", "صبراتة", "مجمع مليتة"]),
  # «انسحب مسلحون محليون ... من محيط المعبر باتجاه زوارة»
  mv("withdraw", "reported", None, ["معبر رأس اجدير"], ["زوارة"]),
  # «ستعزز القوة بسرية إضافية من قاعدة الوطية الجوية مطلع الأسبوع المقبل»
  mv("reinforce", "planned", "GNA forces", ["قاعدة الوطية الجوية"], ["معبر رأس اجدير"]),
  # «تقدّم مقاتليه من زوارة نحو الجميل ورقدالين» denied by the Zuwara military council
  mv("advance", "denied", None, ["زوارة"], ["الجميل", "رقدالين"]),
  # «زوارة ستعلن النفير وتحشد أبناءها داخل المدينة إذا حاولت أي قوة دخولها»
  mv("mobilise", "conditional", None, [], ["زوارة"]),
 ],
 "sq5": [
  # «شحنة من الأسلحة الخفيفة والذخيرة دخلت من ليبيا ... وكانت في طريقها إلى بنقردان» (owner not named)
  mv("shipment", "reported", None, ["ليبيا"], ["بنقردان"]),
  # «نقلت طائرتان عسكريتان أمس وحدات من فوج القوات الخاصة من قاعدة العوينة الجوية إلى رمادة»
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة الجوية"], ["رمادة"]),
  # «ستنتقل وحدة هندسة عسكرية من تطاوين إلى الذهيبة الأسبوع المقبل»
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  # «مجموعات مسلحة حشدت ... عشرات المقاتلين في بوكماش قرب رأس جدير»
  mv("mobilise", "reported", None, [], ["بوكماش"]),
  # «نقل وحدات الحرس من بنقردان إلى تطاوين» — «لا صحة لذلك» (National Guard: no canonical actor)
  mv("redeploy", "denied", None, ["بنقردان"], ["تطاوين"]),
  # «التعزيزات الموجودة في بنقردان لن تُسحب إلا إذا أعيد فتح معبر راس جدير»
  mv("withdraw", "conditional", None, ["بنقردان"], []),
 ],
}

NOTES = {
 "sq1": "Jawhara FM style, Ben Gardane dateline: Ras Ajdir closed again; army reinforcement Medenine→Ben Gardane/Choucha "
        "(anaphora «المدينة»), planned deployment Ras Ajdir→Dehiba strip (both ends), conditional advance on the crossing "
        "(«لن … إلا في حال»), GNU Interior redeploy gate→Zaltan, Zuwara advance to Bukammash reported on social media and "
        "denied in the next sentence; spelling بنقردان/راس جدير/بوكماش; traps سوق ليبيا, المجلس العسكري زوارة, الجرجيسي, «لا أدري».",
 "sq2": "Diwan FM style, Zarzis dateline: naval landing Sfax→Zarzis port, planned spread to the Ben Gardane coast and the "
        "Bibane lagoon with no origin written, conditional second landing near Ben Gardane, planned C-130 airlift El Aouina→"
        "Djerba-Zarzis airport, Libyan coast-guard boats Zuwara→off Zarzis denied («عارٍ عن الصحة»); Tunis vs Tunisia; smuggling "
        "departures between Zuwara and Abu Kammash are not movements; traps البوري, تجربة (contains جربة), الزواري, إذاعة صفاقس.",
 "sq3": "Essahafa style, Tunis dateline, MoD press conference: denied withdrawal from the Ras Ajdir crossing (headline "
        "retells it), reported army supply convoy Gabes→Ben Gardane via Medenine (shipment), planned regiment Remada→Choucha, "
        "conditional armour Gabes→the border with Libya; Tunis venue/dateline vs Tunisia; «والي مدنين» district vs Medenine "
        "town; Tripoli only as the seat of authorities; traps الإدريسي (Idri), ملحمة بن قردان, وكالة تونس إفريقيا للأنباء.",
 "sq4": "Ultra Tunisia style, Ben Gardane dateline, the Libyan side: GNU Interior force Tripoli→Ras Ajdir crossing via "
        "Zawiya, Sabratha and Mellitah, local gunmen withdraw crossing→Zuwara, planned company from Al-Watiya, Zuwara "
        "military council denies an advance on Al-Jumayl and Regdalin and threatens a conditional mobilisation in Zuwara; "
        "spelling رأس اجدير next to رأس جدير; traps «يردّون الجميل» (Al-Jumayl), محمد الطرابلسي (Tripoli), المجلس العسكري زوارة; "
        "the trader's retelling and summer travellers to Djerba/Zarzis are not movements.",
 "sq5": "Echaab News style, Tataouine dateline: arms shipment from Libya to Ben Gardane (no owner, actor null), reported "
        "airlift El Aouina→Remada, planned engineers Tataouine→Dehiba, Libyan armed groups massing in Bukammash, National "
        "Guard (no canonical actor) denied Ben Gardane→Tataouine transfer and conditional withdrawal «لن … إلا إذا»; "
        "ولاية تطاوين district vs town; smuggled fuel from the Zawiya refinery is not a movement; traps العسّة, الطرابلسي, إذاعة تطاوين.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sq1", "sq2", "sq3", "sq4", "sq5")
