# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 # Tunisian side
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),         # G (district row)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),    # G* (row منفذ وازن, country TN)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "se_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),                 # G* (row جنوب شرق تونس)
 "border_tnside": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 # Libyan border strip and the coast
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (GeoNames 2208423, via fresh51 README)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "assah": ("town", "LY", 32.80, 11.78, "Al Assah"),                                      # K (medium-low confidence, see README)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                             # G* (row سيدي بن زينة, as in fresh51)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "mellitah_port": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah port"),                # G (row مجمع مليتة, names_ar has ميناء مليتة)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                          # G (row معسكر التكبالي)
 "border_ly": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),   # G (row إقليم طرابلس, names_ar has الغرب الليبي)
 # Nafusa mountains, Nalut and the south-west
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),              # G* (town row)
 "nalut_district": ("district", "LY", 30.45393, 10.78371, "Nalut district"),             # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (region row, grep جبل نفوسة)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G (row مطار غدامس)
 "triangle_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
}

TRAPS = {
 "ev1": ["الشروق", "الهادي الجرجيسي", "سوق ليبيا", "موزاييك أف أم", "التراب الليبي", "جندي تونسي"],
 "ev2": ["الميادين", "اللواء 444 قتال", "العقيد صالح الوازني", "المجلس العسكري الزنتان", "الجيش التونسي",
         "السلطات التونسية"],
 "ev3": ["بوابة إفريقيا الإخبارية", "عبد الرحمن الزنتاني", "المنطقة العسكرية الغربية", "إذاعة نالوت المحلية",
         "درجت العادة", "القيادة العامة للجيش الوطني الليبي", "ما ادري"],
 "ev4": ["إيلاف", "كتيبة شهداء زوارة", "جهاز دعم الاستقرار", "السفارة التركية", "المياه الإقليمية الليبية",
         "الأمازيغية", "لا أدري", "اللبنانية"],
 "ev5": ["الشارع المغاربي", "الشيخ ميلاد الزلطني", "مرتزقة سوريين", "الضفة الأخرى", "مصادر ليبية", "نهج طرابلس"],
}

PHEN = {
 "ev1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "vague_area",
         "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital", "town_vs_district"],
 "ev2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_country_capital"],
 "ev3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "town_vs_district", "vague_area", "coverage_crossings", "coverage_oil", "countries", "ambiguity_idri"],
 "ev4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_oil", "coverage_crossings",
         "countries", "ambiguity_idri", "ambiguity_tripoli"],
 "ev5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_country_capital", "ambiguity_tripoli"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ev1": [
  # «تمّ ... الدفع بتعزيزات ... قادمة من الثكنة الجهوية بمدنين» + «نُقلت من قبل وحدات تابعة لجيش البر»
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  # «جرى نقل قوة من الإدارة العامة لإنفاذ القانون ... من طرابلس إلى منفذ رأس اجدير مروراً بزوارة»
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"], ["زوارة"]),
  # «من المنتظر ... أن يتمّ الأسبوع المقبل الدفع بفوج مشاة آلي من قابس نحو جرجيس»
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["جرجيس"]),
  # «لن يتم سحب الوحدات الإضافية من بن قردان إلا إذا أُعيد فتح المعبر»
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"]),
  # «نفت وزارة الدفاع ... أنه "تم إرسال وحدات خاصة تونسية إلى أبو كماش"»
  mv("deploy", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "ev2": [
  # «أُرسلت ... قوة من "اللواء 444 قتال" ... إلى منفذ وازن» ; «الرتل انطلق من معسكر التكبالي ... وعبر غريان ثم نالوت»
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["منفذ وازن"], ["غريان", "نالوت"]),
  # «عُزّز معبر الذهيبة بوحدات من الجيش التونسي نُقلت من تطاوين»
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["معبر الذهيبة"]),
  # «نفى المتحدث باسم المجلس العسكري الزنتان ... أن يكون "قد جرى حشد مقاتلين من الزنتان نحو وازن"»
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
  # «من المقرر أن يُدفع بسرية ثانية إلى وازن مطلع الأسبوع المقبل»
  mv("reinforce", "planned", "GNA forces", [], ["وازن"]),
  # «القوة "لن تُسحب من المنفذ إلا بعد تسليمه رسمياً لجهاز حرس الحدود"» (المنفذ = منفذ وازن)
  mv("withdraw", "conditional", "GNA forces", ["منفذ وازن"]),
 ],
 "ev3": [
  # «تمّ ... نقل كتيبة مشاة تابعة للمنطقة العسكرية الغربية من غريان إلى نالوت ... مروراً بجادو وكاباو»
  mv("reinforce", "reported", "GNA forces", ["غريان"], ["نالوت"], ["جادو", "كاباو"]),
  # «أُرسلت من الزاوية خمس شاحنات محمّلة بالوقود والذخيرة لصالح الكتيبة، وصلت إلى المدينة»
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["نالوت"]),
  # «من المنتظر أن يُدفع بسريتين من الكتيبة إلى سيناون ودرج»
  mv("deploy", "planned", "GNA forces", [], ["سيناون", "درج"]),
  # «كما سيتم نقل سرية إسناد جواً من مطار معيتيقة إلى مطار غدامس»
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  # «في حال تعرّض المنفذ لأي اعتداء، سيتم نقل جزء من القوة فوراً من نالوت إلى وازن»
  mv("redeploy", "conditional", "GNA forces", ["نالوت"], ["وازن"]),
  # «نفى مصدر في القيادة العامة ... أنه "تم تحريك وحدات من الشويرف باتجاه درج"»
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
 "ev4": [
  # «أُنزلت ... قوة من مشاة البحرية ... في ميناء زوارة، بعد أن نُقلت بحراً من طرابلس»
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  # «تقرّر سحب عناصر جهاز دعم الاستقرار من محيط مجمع مليتة إلى صبراتة»
  mv("withdraw", "planned", "GNA forces", ["مجمع مليتة"], ["صبراتة"]),
  # «وأن تُنقل سرية من القوة الوافدة بحراً من زوارة إلى ميناء مليتة لتتولى حماية المجمع»
  mv("naval_landing", "planned", "GNA forces", ["زوارة"], ["ميناء مليتة"]),
  # «أُرسلت تعزيزات لم تُعرف الجهة التي تتبعها من الزاوية نحو الجميل»
  mv("reinforce", "reported", None, ["الزاوية"], ["الجميل"]),
  # «نفت السفارة التركية ... أن "قطعاً بحرية تركية أُرسلت إلى ميناء زوارة"»
  mv("deploy", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
  # «إذا رفضت الكتائب المحلية تسليم المنفذ، فسيتم الدفع بالقوة من زوارة نحو رأس اجدير»
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["رأس اجدير"]),
 ],
 "ev5": [
  # «تمّ ... نقل وحدات عسكرية من قاعدة الوطية الجوية إلى بلدة العسّة ... من قبل رئاسة الأركان العامة»
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["العسّة"]),
  # «عشرات الجنود كانوا قد نُقلوا جواً من مطار معيتيقة إلى الوطية»
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["الوطية"]),
  # «جرى الدفع بمقاتلين من الزنتان إلى الجميل، في ما وصفه أحد أعيان المنطقة بأنه "فزعة"»
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["الجميل"]),
  # «أُرسلت إلى القوة الحكومية في العسة شحنة ذخيرة وعربات مدرعة من مصراتة»
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["العسة"]),
  # «نفت رئاسة الأركان ... "نقل مرتزقة سوريين من قاعدة الوطية إلى زلطن"»
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["زلطن"]),
  # «القوة "لن تُسحب من العسة إلا بعد توقيع اتفاق تهدئة"»
  mv("withdraw", "conditional", "GNA forces", ["العسة"]),
  # «تقرّر ... إرسال وحدات إضافية من جيش البر إلى الحدود مع ليبيا»
  mv("deploy", "planned", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "ev1": "Al-Chourouk-style Tunisian report from Ben Gardane: passive «تمّ الدفع» with the force in a «من قبل» phrase "
        "(Medenine→Ben Gardane), «جرى نقل» GNA force Tripoli→Ras Ajdir via Zuwara, planned «أن يتمّ الدفع» Gabes→Zarzis, "
        "conditional «لن يتم سحب ... إلا إذا», denied «تم إرسال» to Abu Kammash; traps: market, reporter, radio.",
 "ev2": "Al Mayadeen-style report from Tripoli on Dehiba-Wazin: «أُرسلت» 444 Brigade force Tekbali camp→Wazin crossing via "
        "Gharyan and Nalut (route told after the verb), «عُزّز ... نُقلت من» Tataouine→Dehiba crossing, Zintan's denied "
        "«جرى الدفع», planned «أن يُدفع» to Wazin, conditional «لن تُسحب من المنفذ إلا بعد» (anaphora).",
 "ev3": "Afrigate-style report from Nalut: «تمّ نقل» battalion Gharyan→Nalut via Jadu and Kabaw, «أُرسلت» supply trucks "
        "Zawiya→Nalut (المدينة), planned «أن يُدفع» to Sinawen and Derj, conditional «سيتم نقل» Nalut→Wazin, LNA denial "
        "of «تم تحريك» Ash Shwayrif→Derj; traps: «درجت العادة», the mayor's surname, local radio.",
 "ev4": "Elaph-style report on Zuwara: «أُنزلت ... نُقلت بحراً» landing Tripoli→Zuwara port, «تقرّر سحب» SSA Mellitah→"
        "Sabratha and a planned company Zuwara→Mellitah (المجمع), unnamed «أُرسلت تعزيزات» Zawiya→Al-Jmail (actor null), "
        "Turkish denial of ships «أُرسلت» to Zuwara port, conditional «فسيتم الدفع» Zuwara→Ras Ajdir.",
 "ev5": "Acharaa Al Maghrebi-style report from Tunis on Al-Assah: «تمّ نقل ... من قبل رئاسة الأركان» Al-Watiya base→"
        "Al-Assah, pluperfect airlift «نُقلوا جواً» Mitiga→Al-Watiya, «جرى الدفع» Zintan fighters→Al-Jmail, denied "
        "mercenaries Al-Watiya→Zaltan, conditional «لن تُسحب من العسة إلا بعد», planned Tunisian «تقرّر إرسال» to the "
        "border; spellings العسّة/العسة/(لل)عسة.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ev1", "ev2", "ev3", "ev4", "ev5")
