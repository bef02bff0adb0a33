# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                   # G
 # Tripoli and the east end of the coast road
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                   # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                   # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                    # G
 # Zawiya and Surman
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                                # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                    # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                    # G
 # Sabratha, Ajaylat, Al-Jumayl, Zaltan
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),           # G* (town row)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                    # G
 # Mellitah, Zuwara, Abu Kammash, Ras Ajdir
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "mellitah_port": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah port (oil and gas terminal)"),  # G* (complex row)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),               # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K (GeoNames value quoted in fresh51 README)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),                  # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.60, "Libya-Tunisia border (Libyan side, coastal stretch)"),    # K
 # inland
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 # regions
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 "west_ly": ("region", "LY", 31.5, 12.5, "Western Libya"),                                  # K
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                  # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "border_tnside": ("region", "TN", 33.05, 11.38, "Tunisia-Libya border (Tunisian side)"),   # K
}

TRAPS = {
 "un1": ["الليبية", "الزاوية الآن", "والماية مقطوعة", "حسام الطرابلسي", "كتيبة أبوصرة"],
 "un2": ["التونسي", "الجانب الليبي", "لا ادري"],
 "un3": ["ليبيا الأحرار", "الليبية", "عبد الحكيم الزواري", "محمد الإدريسي", "المصرية"],
 "un4": ["الليبية", "قوة حماية طرابلس", "الإيطالية"],
 "un5": ["هذا الجميل", "المنطقة العسكرية الساحل الغربي", "وكالة تونس إفريقيا للأنباء", "التونسية", "الليبية"],
}

PHEN = {
 "un1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "un2": ["clitics", "spelling", "multiword", "nisba", "ambiguity_idri", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "un3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "town_vs_district",
         "countries"],
 "un4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_oil", "countries"],
 "un5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "un1": [
  # «دفعت رئاسة الأركان ... بقوة فصل إلى مدينة الزاوية» + «انطلق من معسكر اليرموك ... عبر جنزور والماية ... يتمركز عند
  # بوابات المصفاة وفي منطقة الحرشة» (one move told twice; headline not counted again)
  mv("deploy", "reported", "GNA forces", ["معسكر اليرموك"], ["الزاوية", "مصفاة الزاوية", "الحرشة"], ["جنزور", "الماية"]),
  # «وصلت شاحنتان محمّلتان بالذخيرة إلى الحرشة قادمتين من صرمان» (cargo, no owner named)
  mv("shipment", "reported", None, ["صرمان"], ["الحرشة"]),
  # «استعدادها لسحب عناصرها من محيط المصفاة إلى مقراتها في جودائم ... لكن فقط إذا»
  mv("withdraw", "conditional", None, ["مصفاة الزاوية"], ["جودائم"]),
  # «نفى ... أن تكون كتيبته قد حشدت مقاتلين في الحرشة»
  mv("mobilise", "denied", None, [], ["الحرشة"]),
  # «من المقرر ... أن تُدفع سرية إضافية من قاعدة الوطية الجوية إلى الزاوية مطلع الأسبوع المقبل»
  mv("reinforce", "planned", "GNA forces", ["قاعدة الوطية الجوية"], ["الزاوية"]),
 ],
 "un2": [
  # «دفع الجيش الوطني التونسي ... بتعزيزات جديدة من مدنين نحو بن قردان والمنطقة العسكرية العازلة على الحدود مع ليبيا»
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  # «زورقين ... نقلا ... نحو مئة عنصر من قاعدة أبوستة البحرية في طرابلس إلى ميناء زوارة»
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  # «المجلس العسكري في زوارة يعتزم نقل إحدى كتائبه من أبو كماش إلى معبر رأس اجدير»
  mv("redeploy", "planned", None, ["أبو كماش"], ["معبر رأس اجدير"]),
  # «القوة التي وصلت إلى زوارة ستتقدم شرقاً نحو صبراتة إذا لم تلتزم ...»
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["صبراتة"]),
  # «نفى آمر مجموعة مسلحة في صبراتة ... انسحاب عناصره من محيط مجمع مليتة باتجاه العجيلات»
  mv("withdraw", "denied", None, ["مجمع مليتة"], ["العجيلات"]),
 ],
 "un3": [
  # «نقلت جواً نحو 150 عنصراً من مطار معيتيقة إلى مطار زوارة» (headline «جسر جوي ينقل قوات إلى زوارة» = same move)
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  # «استعدادها للانسحاب من وسط صبراتة إلى معسكرها في العجيلات شرط أن ...»
  mv("withdraw", "conditional", None, ["صبراتة"], ["العجيلات"]),
  # «نفت المجموعة الأخرى ... ما يروّج عن حشد مقاتلين في صرمان استعداداً لاقتحام صبراتة» (purpose not a place of the move)
  mv("mobilise", "denied", None, [], ["صرمان"]),
  # «ستنقل إحدى كتائبها المتمركزة في الزاوية إلى صرمان الأسبوع المقبل»
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["صرمان"]),
 ],
 "un4": [
  # «انتشرت قوة تابعة لوزارة الدفاع ... في محيط مجمع مليتة» + «انطلقت فجراً من طرابلس ومرت بالزاوية وصبراته»
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مجمع مليتة"], ["الزاوية", "صبراته"]),
  # «القوة المشتركة في مصراتة ستنقل سرية جواً من مطار مصراتة إلى مطار زوارة خلال 48 ساعة»
  mv("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["مطار زوارة"]),
  # «وزارة الداخلية سترسل شحنة عربات مدرعة وأجهزة اتصال من طرابلس إلى زوارة إذا تكررت الهجمات»
  mv("shipment", "conditional", "GNA forces", ["طرابلس"], ["زوارة"]),
  # «نفت رئاسة الأركان البحرية ... إنزال بحري لمسلحين من مصراتة في ميناء مليتة»
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء مليتة"]),
 ],
 "un5": [
  # «انسحبت مجموعة مسلحة ... من وسط مدينة العجيلات ... باتجاه زلطن» (headline = same move)
  mv("withdraw", "reported", None, ["العجيلات"], ["زلطن"]),
  # «وصلت ... شاحنات تابعة لـ«المنطقة العسكرية الساحل الغربي» محمّلة بذخائر ... من قاعدة الوطية إلى ... الجميل»
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["الجميل"]),
  # «نفت المجموعة المنسحبة ... تقدم عناصرنا من زلطن نحو معبر راس اجدير»
  mv("advance", "denied", None, ["زلطن"], ["معبر راس اجدير"]),
  # «ستنشر قوة فصل في العجيلات والجميل فوراً إذا خُرق الاتفاق»
  mv("deploy", "conditional", "GNA forces", [], ["العجيلات", "الجميل"]),
  # «كتائب من الزنتان ... ستحشد وحداتها في بئر الغنم الأسبوع المقبل»
  mv("mobilise", "planned", "Zintan forces", [], ["بئر الغنم"]),
 ],
}

NOTES = {
 "un1": "Al-Arab (London) style, Tripoli dateline: a GNA separation force Yarmouk camp→Zawiya/the refinery/Al-Harsha via "
        "Janzour and Al-Maya (reported deploy), ammunition trucks Surman→Al-Harsha (reported shipment), the refinery "
        "guards' pull-back to Judaim «فقط إذا» (conditional), Abu Surra brigade's denied massing in Al-Harsha and a "
        "planned company Al-Watiya→Zawiya; traps: a Facebook page, a colloquial «والماية», a person «الطرابلسي», a "
        "brigade name; Mellitah and Tripoli as purpose/locator only.",
 "un2": "Shams FM (Tunisia) style: Tunisian army reinforcement Medenine→Ben Gardane and the border (reported), GNA boats "
        "Abu Sitta naval base→Zuwara port (reported naval landing; Mellitah only a purpose), a planned Zuwara battalion "
        "Abu Kammash→Ras Ajdir crossing, a conditional advance Zuwara→Sabratha «إذا لم» and a Sabratha commander's "
        "denied pull-out Mellitah→Al-Ajaylat; Tunis «بالعاصمة تونس» vs the country; «لا ادري»; traders' trucks are "
        "not a movement.",
 "un3": "Sada El Balad (Egypt) style: GNA airlift Mitiga airport→Zuwara airport (reported), a Sabratha group's "
        "conditional pull-back to Al-Ajaylat («شرط أن»), the rival group's denied massing in Surman (Sabratha only a "
        "purpose), a planned GNA redeploy Zawiya→Surman; UNSMIL «في ليبيا», Egypt; traps: «ليبيا الأحرار», persons "
        "«الزواري» and «الإدريسي», nisbas.",
 "un4": "Emarat Al Youm (UAE) style, Tripoli dateline: a GNA force Tripoli→Mellitah complex via Zawiya and «صبراته» "
        "(reported deploy), a planned Misrata airlift Misrata airport→Zuwara airport, a conditional armour shipment "
        "Tripoli→Zuwara («إذا تكررت»), a denied Misrata landing at Mellitah port; Eni staff flown Tripoli→Malta and the "
        "gas pipeline to Italy/Sicily are not force movements; trap «قوة حماية طرابلس».",
 "un5": "Al-Jarida (Kuwait) style: an armed group's pull-out Al-Ajaylat→Zaltan (reported), a West Coast military zone "
        "ammunition convoy Al-Watiya→Al-Jumayl (reported shipment), the group's denied advance Zaltan→Ras Ajdir, a "
        "conditional GNA separation force for Al-Ajaylat and Al-Jumayl («إذا خُرق»), Zintan brigades' planned massing "
        "at Bir al-Ghanam; traps: «هذا الجميل», the military-zone name, the TAP agency; «تونس العاصمة» vs the country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("un1", "un2", "un3", "un4", "un5")
