# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # cities outside the area
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (city row الجزائر)
 "tizi": ("city", "DZ", 36.71182, 4.04591, "Tizi Ouzou"),                               # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.190, "Port of Tripoli"),                 # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 # the west coast between Tripoli and Ras Ajdir
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah_complex": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),  # G
 "mellitah": ("village", "LY", 32.87000, 12.23000, "Mellitah"),                         # G* (complex row as the locality)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),              # K (GeoNames harbour, see README)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "jmail_mun": ("district", "LY", 32.85286, 12.06120, "Al Jumayl municipality"),         # G* (town row)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "border_lyside": ("region", "LY", 33.00, 11.60, "Libya-Tunisia border (Libyan side, near Ras Ajdir)"),  # K
 # the Nafusa mountains and the Wazin crossing
 "nafusa": ("region", "LY", 31.95, 11.70, "Jabal Nafusa"),                              # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "jabal_gharbi": ("region", "LY", 31.95, 11.70, "Western Mountain (Jabal Nafusa)"),     # K (same point as nafusa)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 # Tunisia
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tnside": ("region", "TN", 33.05, 11.35, "Libya border (Tunisian side, near Ben Gardane)"),  # K
}

TRAPS = {
 "lt1": ["الشرق الأوسط", "عماد الطرابلسي", "المجلس العسكري زوارة", "الليبية", "التونسي"],
 "lt2": ["وكالة تونس إفريقيا للأنباء", "سوق ليبيا", "تونسية", "التونسيين", "الليبي"],
 "lt3": ["المجلس الأعلى لأمازيغ ليبيا", "هسبريس", "لنردّ الجميل", "شركة مليتة للنفط والغاز", "الإيطالية",
         "مادغيس النالوتي", "الليبية", "مغربية", "المغربي", "الليبي", "عبد الله الإدريسي"],
 "lt4": ["بوابة إفريقيا الإخبارية", "التونسية", "ما ادري", "غرفة عمليات زوارة"],
 "lt5": ["وكالة فرانس برس", "فرانس24", "ميدان الجزائر", "محمد الجرجيسي", "عماد الطرابلسي", "الإيطالية", "التونسية", "الليبية"],
}

PHEN = {
 "lt1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "lt2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "lt3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "lt4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "lt5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "lt1": [
  # «دفعت … بقوة … إلى معبر رأس اجدير» + «انطلقت من طرابلس … مروراً بالزاوية وصبراتة … تتمركز في ساحة المعبر وعند بوابة أبو كماش»
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير", "أبو كماش"], ["الزاوية", "صبراتة"]),
  # «انسحبت عناصر الكتائب المحلية، التي كانت تدير البوابة الحدودية … إلى داخل زوارة»
  mv("withdraw", "reported", None, ["معبر رأس اجدير"], ["زوارة"]),
  # «نفى … "تحشيد مسلح" لأبناء المدينة في رقدالين والجميل … "لم يتحرك أي مقاتل من زوارة باتجاه البلدتين"»
  mv("mobilise", "denied", None, ["زوارة"], ["رقدالين", "الجميل"]),
  # «شباب المدينة سيعودون إلى المعبر لحمايته إذا حاولت القوة … دخول زوارة»
  mv("advance", "conditional", None, [], ["معبر رأس اجدير"]),
  # «تعتزم إرسال سرية ثانية إلى مجمع مليتة خلال الأيام المقبلة»
  mv("deploy", "planned", "GNA forces", [], ["مجمع مليتة"]),
  # «نفى المسؤول ما تداولته صفحات محلية عن "إنزال بحري" لعناصر الوزارة في ميناء زوارة»
  mv("naval_landing", "denied", "GNA forces", [], ["ميناء زوارة"]),
 ],
 "lt2": [
  # «الدفع بوحدات من جيش البر انطلقت من ثكنة مدنين نحو مدينة بن قردان والمنطقة العسكرية العازلة على الحدود مع ليبيا»
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  # «من المنتظر أن تصل إلى بن قردان … شحنة من الحواجز الخرسانية والمعدات الهندسية قادمة من قابس»
  mv("shipment", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  # «نفى … "انسحاب" وحدات عسكرية تونسية من محيط المعبر نحو جرجيس»
  mv("withdraw", "denied", "Tunisian army", ["معبر رأس جدير"], ["جرجيس"]),
  # «ستتقدم إلى البوابة الحدودية برأس جدير … في حال تدهور الوضع الأمني»
  mv("advance", "conditional", "Tunisian army", [], ["رأس جدير"]),
  # «قوة تابعة لوزارة الداخلية … وصلت … إلى البوابة الليبية للمعبر قادمة من طرابلس»
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"]),
  # «انسحبت المجموعات المحلية الأمازيغية التي كانت تتولى تأمينها إلى مدينة زوارة»
  mv("withdraw", "reported", None, ["معبر رأس جدير"], ["زوارة"]),
 ],
 "lt3": [
  # «منذ انتشار قوات تابعة لوزارة الداخلية … عند منفذ راس اجدير» (nominal, past)
  mv("deploy", "reported", "GNA forces", [], ["منفذ راس اجدير"]),
  # «عشرات المقاتلين من مدينتي نالوت وجادو … وصلوا ليلة الأحد إلى زوارة»
  mv("reinforce", "reported", None, ["نالوت", "جادو"], ["زوارة"]),
  # «أعلن شباب في يفرن "النفير" وتجمّعوا في ساحتها الرئيسية استعداداً للتوجه إلى الساحل»
  mv("mobilise", "reported", None, [], ["يفرن"]),
  # «أعادت كتائب محلية من زوارة تموضعها في محيط مجمع مليتة»
  mv("redeploy", "reported", None, ["زوارة"], ["مجمع مليتة"]),
  # «نفت وزارة الداخلية … "وجود أي رتل عسكري يتجه من الزاوية نحو زوارة"»
  mv("advance", "denied", "GNA forces", ["الزاوية"], ["زوارة"]),
  # «يُرتقب أن تنسحب قوات الوزارة من ساحة المنفذ إلى بلدة أبو كماش يوم الخميس المقبل»
  mv("withdraw", "planned", "GNA forces", ["منفذ راس اجدير"], ["أبو كماش"]),
  # «شباب آت ويلول سيعودون إلى المنفذ إذا لم يُنفَّذ الاتفاق»
  mv("advance", "conditional", None, [], ["منفذ راس اجدير"]),
 ],
 "lt4": [
  # «وصلت … إلى المنفذ دوريات إضافية تابعة لمديرية أمن نالوت قادمة من المدينة»
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  # «طائرة شحن عسكرية ستنقل، السبت المقبل، عناصر … من مطار معيتيقة إلى مطار زوارة»
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  # «على أن تُنزل سفينة … عربات مدرعة وعناصر في ميناء زوارة قادمة من ميناء طرابلس» (same planned operation as the airlift)
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  # «كانت ثلاث شاحنات تابعة للوزارة قد نقلت، الأربعاء، حواجز خرسانية ومعدات اتصال من طرابلس إلى ساحة المعبر»
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"]),
  # «المجموعات المسلحة المحلية من زوارة … أعادت تمركزها مساء الثلاثاء من ساحة المعبر إلى زلطن وأبو كماش»
  mv("redeploy", "reported", None, ["معبر رأس اجدير"], ["زلطن", "أبو كماش"]),
  # «نفى عميد بلدية الجميل ما أشيع عن دخول مسلحين من زوارة إلى الجميل»
  mv("advance", "denied", None, ["زوارة"], ["الجميل"]),
  # «سينسحبون من محيط المعبر إلى داخل زوارة بشرط أن تغادر قوات الداخلية»
  mv("withdraw", "conditional", None, ["معبر رأس اجدير"], ["زوارة"]),
 ],
 "lt5": [
  # «انسحبت قوات تابعة لوزارة الداخلية … من بلدة أبو كماش … باتجاه الجميل» (headline: «تنسحب من أبوكماش»)
  mv("withdraw", "reported", "GNA forces", ["أبو كماش"], ["الجميل"]),
  # «مسلحين قدموا من زوارة دخلوا البلدة بعد ساعات»
  mv("advance", "reported", None, ["زوارة"], ["أبو كماش"]),
  # «وصول تعزيزات حكومية من قاعدة الوطية الجوية إلى الجميل»
  mv("reinforce", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["الجميل"]),
  # «حطّت في القاعدة ليلاً طائرة شحن عسكرية قادمة من مطار معيتيقة تقلّ عناصر من جهاز الأمن العام»
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية الجوية"]),
  # «نفى المجلس البلدي … أن تكون "أي مجموعة من أبناء المدينة قد توجهت إلى مليتة"»
  mv("advance", "denied", None, ["زوارة"], ["مليتة"]),
  # «"قوة محايدة" من رئاسة الأركان ستنتشر "خلال 48 ساعة" في زلطن ورقدالين»
  mv("deploy", "planned", "GNA forces", [], ["زلطن", "رقدالين"]),
  # «سيدفع بتعزيزات إضافية إلى بن قردان في حال تجدد إطلاق النار»
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
}

NOTES = {
 "lt1": "Asharq Al-Awsat (dateline Cairo): a GNU Interior force Tripoli→the Ras Ajdir crossing/Abu Kammash via Zawiya "
        "and Sabratha, local brigades pulling back crossing→Zuwara, Zuwara council's denied massing in Regdalin/Al-Jmail, "
        "a conditional return to the crossing and a planned company for the Mellitah complex; the condition clause "
        "(«إذا حاولت القوة … دخول زوارة») and the gas line to Italy are not movements; traps: the outlet, the minister "
        "عماد الطرابلسي, the force name المجلس العسكري زوارة.",
 "lt2": "TAP (dateline Ben Gardane): passive Tunisian copy — a Tunisian army reinforcement Medenine→Ben Gardane/the border "
        "with Libya (Tunisian side), a planned logistics unit Gabes→Ben Gardane, a denied pull-out crossing→Zarzis, a "
        "conditional advance to the Ras Jedir gate, and the Libyan side's GNU force Tripoli→crossing and local pull-back "
        "to Zuwara; مدنين is the governorate in the headline tag and after والي, the town after ثكنة; the travellers "
        "and stranded citizens are not movements; traps: the agency's full name, سوق ليبيا (a market), nisbas.",
 "lt3": "Hespress: Amazigh angle — the GNU deployment at the crossing told as a nominal («منذ انتشار»), Nalut and Jadu "
        "fighters → Zuwara, Zuwara brigades redeploying to the Mellitah complex, the Interior ministry's denied column "
        "Zawiya→Zuwara, a planned pull-back crossing→Abu Kammash and a conditional return; Zuwara also written "
        "by its Amazigh name آت ويلول; Al-Jmail/Regdalin elders, Morocco and Algeria are not movement places; traps: "
        "«لنردّ الجميل», شركة مليتة للنفط والغاز, the activist مادغيس النالوتي, the Amazigh council's name.",
 "lt4": "Afrigate News (dateline Nalut): traffic diverted to Wazin with Nalut security patrols Nalut→the Wazin crossing, a "
        "planned airlift Mitiga airport→Zuwara airport, Zuwara groups posted at Zaltan/Abu Kammash (flashback «كانت … قد "
        "تمركزت»), the Al-Jmail mayor's denied entry Zuwara→Al-Jmail and a conditional pull-back crossing→Zuwara; "
        "«القوة المنتشرة في ساحة المعبر» and «ستبقى في المنفذ» are presence, not moves; travellers to Dehiba are "
        "civilians; بلدية الجميل (district) beside الجميل (town); trap: غرفة عمليات زوارة.",
 "lt5": "France 24 / AFP (dateline Tripoli): a GNU pull-back Abu Kammash→Al-Jmail (headline أبوكماش), Zuwara gunmen "
        "entering Abu Kammash, reinforcements Al-Watiya air base→Al-Jmail, the Zuwara council's denied move to Mellitah, a "
        "planned neutral force for Zaltan/Regdalin and a conditional Tunisian reinforcement of Ben Gardane; «غرب زوارة», "
        "«على بعد نحو 25 كيلومتراً إلى الغرب» are locators; a demonstration in Tripoli is not a move; traps: ميدان "
        "الجزائر (a Tripoli square), the spokesman محمد الجرجيسي, AFP and the France 24 credit.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lt1", "lt2", "lt3", "lt4", "lt5")
