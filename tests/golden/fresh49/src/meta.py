# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "greece": ("country", "GR", 39.0717, 21.9517, "Greece"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "sierra": ("country", "SL", 8.45948, -11.88964, "Sierra Leone"),                       # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # ay1 Tobruk / Gulf of Bomba / Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city point)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "gan_base": ("base", "LY", 31.861, 23.907, "Gamal Abdel Nasser Air Base"),             # G* (row HLGN مطار طبرق)
 "abraq_airport": ("airport", "LY", 32.7887, 21.9643, "Al Abraq Airport"),              # G
 "bomba": ("region", "LY", 32.35, 23.2, "Gulf of Bomba"),                               # K
 "ghazala": ("town", "LY", 32.16, 23.3, "Ain al-Ghazala"),                              # K
 "tamimi": ("town", "LY", 32.3, 23.07, "At-Tamimi"),                                    # K
 "rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (الحدود الليبية المصرية)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "naguib_base": ("base", "EG", 30.84, 29.34, "Mohamed Naguib Military Base"),           # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (برقة)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # ay2 Al-Washka / Bu Njem
 "washka": ("town", "LY", 31.4, 15.65, "Al-Washka"),                                   # K (approximate)
 "bunjem": ("town", "LY", 30.58, 15.41, "Bu Njem"),                                     # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra": ("district", "LY", 29.13, 15.95, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ay3 Haruj / Waw an-Namus / Chad border
 "haruj": ("region", "LY", 27.0, 17.5, "Al Haruj volcanic field"),                      # K
 "namus": ("region", "LY", 24.9175, 17.76278, "Waw an Namus"),                          # K
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (الحدود الليبية التشادية)
 "border_ly": ("region", "LY", 21.57812, 20.02177, "Libyan border (with Chad)"),        # G* (same row)
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G (spelled نجامينا there)
 "kouri": ("region", "TD", 21.9, 17.5, "Kouri Bougoudi gold-mining area"),              # K (approximate)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                      # G* (جنوب ليبيا)
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # ay4 Al-Wafa field / Ghadames / Algerian border
 "wafa": ("oilfield", "LY", 28.95, 10.05, "Al-Wafa oil and gas field"),                 # K (approximate)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town point)
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "jgharbi": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 29.9675, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (Debdeb town point)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (الحدود الليبية الجزائرية)
 # ay5 Benghazi
 "bgz_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                      # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (spelled أجدابيا there)
 "qaryounis": ("district", "LY", 32.075, 20.07, "Qar Yunis (Benghazi)"),                # K
 "rajma": ("base", "LY", 32.12, 20.35, "Al-Rajma camp"),                                # K (approximate)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "kish": ("district", "LY", 32.1, 20.09, "Al-Kish (Benghazi)"),                         # K
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G
 "benina_airport": ("airport", "LY", 32.0968, 20.2695, "Benina International Airport"), # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (spelled عمان there)
 "sabri": ("district", "LY", 32.125, 20.07, "As-Sabri (Benghazi)"),                     # K
}

TRAPS = {
 "ay1": ["الجيش الليبي", "الكتيبة 319 مشاة", "مصدر مصري", "بوابة إفريقيا الإخبارية", "القيادة العامة للجيش الوطني الليبي",
         "الجزر اليونانية", "العمال المصريين", "وسائل إعلام مصرية", "الجيش المصري", "الجانب الليبي",
         "الرائد سالم الطبرقي", "ضائقة مالية"],
 "ay2": ["الجيش الليبي", "أصوات مغاربية", "كتائب مصراتية", "غرفة عمليات تحرير سرت والجفرة", "القيادة العامة للجيش الوطني الليبي",
         "الكتيبة 244 مشاة", "العقيد علي الإدريسي", "ما ادري", "شارع طرابلس", "الأهلي طرابلس", "الدعم المالي"],
 "ay3": ["الجيش الليبي", "مسلحون تشاديون", "سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "المعارضة التشادية",
         "المسلحين التشاديين", "هيئة الأركان التشادية", "درع الصحراء", "جبهة الوفاق من أجل التغيير في تشاد",
         "الأراضي الليبية", "زلة لسان", "ما ادري"],
 "ay4": ["ليبيا الأحرار", "شركة مليتة للنفط والغاز", "محمد الغدامسي", "المجلس العسكري الزنتان",
         "وكالة الأنباء الجزائرية", "الجيش الوطني الشعبي", "السلطات الجزائرية", "صفحات ليبية",
         "الوفاء بتعهداتها", "الأراضي الجزائرية"],
 "ay5": ["القيادة العامة للجيش الوطني الليبي", "الكتيبة 210 مشاة", "اللبنانية", "درع المتوسط", "الأسلحة البيضاء",
         "طائرات شحن روسية", "الخطوط الجوية الليبية", "شارع دبي", "شركة البريقة لتسويق النفط", "الأهلي بنغازي"],
}

PHEN = {
 "ay1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ay2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "coverage_bases"],
 "ay3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ay4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ay5": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
}

LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ay1": [
  mv("airlift", "reported", LNA, ["مطار الأبرق"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["عين الغزالة"]),
  mv("deploy", "reported", LNA, [], ["خليج البمبة", "التميمي"]),
  mv("redeploy", "planned", LNA, ["التميمي"], ["منفذ امساعد"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("withdraw", "denied", LNA, ["أم الرزم"], ["درنة"]),
 ],
 "ay2": [
  mv("advance", "reported", MIS, ["أبوقرين"], ["الوشكة"]),
  mv("mobilise", "reported", MIS, ["مصراته"], ["أبوقرين"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["بونجيم"], ["ودان"]),
  mv("withdraw", "denied", LNA, ["بونجيم"], ["هون"]),
  mv("advance", "conditional", MIS, ["الوشكة"], ["بونجيم"]),
  mv("deploy", "planned", GNA, [], ["الوشكة", "بونجيم"]),
 ],
 "ay3": [
  mv("reinforce", "reported", LNA, ["زلة"], ["واو الناموس"], ["الهروج"]),
  mv("withdraw", "reported", "Chadian armed groups", ["واو الناموس"], ["الحدود مع تشاد"]),
  mv("deploy", "planned", None, [], ["كوري بوقودي"]),
  mv("redeploy", "conditional", None, ["الحدود مع تشاد"], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", [], ["تازربو"]),
 ],
 "ay4": [
  mv("deploy", "reported", GNA, ["نالوت"], ["حقل الوفاء"]),
  mv("advance", "denied", None, [], ["حقل الوفاء"]),
  mv("mobilise", "reported", ZIN, [], ["الزنتان"]),
  mv("advance", "planned", ZIN, ["الزنتان"], ["حقل الوفاء"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("shipment", "denied", None, [], ["غدامس"], ["معبر الدبداب"]),
 ],
 "ay5": [
  mv("shipment", "reported", None, ["طرطوس"], ["ميناء بنغازي"], ["طرابلس"]),
  mv("shipment", "planned", None, ["ميناء بنغازي"], ["اجدابيا"]),
  mv("redeploy", "reported", LNA, ["قاريونس"], ["معسكر الرجمة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["سرت"]),
  mv("deploy", "conditional", LNA, [], ["الكيش"]),
  mv("airlift", "denied", "Russian forces", ["مالي"], ["قاعدة بنينا الجوية"]),
 ],
}

NOTES = {
 "ay1": ("Africa Gate News (بوابة إفريقيا الإخبارية): the LNA on the Gulf of Bomba; Tobruk dateline. Reported LNA («الكتيبة 319 مشاة») "
         "airlift Al Abraq airport->Gamal Abdel Nasser air base («حطّت … قادمة من»; headline «ينقل … جواً إلى طبرق» = same move, "
         "«وصول الطائرات» later = same move; «جنوب طبرق» only locates the base); reported naval landing («أنزلت زوارق») Tobruk naval "
         "base->Ain al-Ghazala; reported deployment along the Gulf of Bomba and At-Tamimi («انتشرت … وتمركزت»; no origin written; "
         "«تأمين الطريق الساحلي حتى أم الرزم» is purpose); planned redeploy At-Tamimi->Amsaad crossing («تعتزم نقل»; the border with "
         "Egypt is purpose); conditional Egyptian reinforcement Mohamed Naguib base->Sallum («سيدفع بتعزيزات … في حال»; headline = "
         "same; Cairo is the speaker); LNA withdrawal Umm ar Rizam->Derna denied («إخلاء … وانسحابها … أكاذيب»). Not movements: smuggling "
         "boats towards the Greek islands, Egyptian workers crossing the border via Sallum («يجتازها»), the interior minister who "
         "«وصل إلى طبرق … قادماً من بنغازي», crude exports from Hariga to Greece and Italy. Traps: force names, Egyptian/Greek nisbas "
         "containing مصر/اليونان, the spokesman «الطبرقي», «ضائقة مالية» (مالي)."),
 "ay2": ("Maghreb Voices (أصوات مغاربية): the Al-Washka–Bu Njem line; Tripoli dateline. Reported advance of Misrata battalions (under "
         "the «غرفة عمليات تحرير سرت والجفرة», actor Misrata forces) Abu Qurayn->Al-Washka («تقدّمت … فدخلت البلدة وبسطت سيطرتها», «دخول الكتائب», "
         "«تنطلق نحو الوشكة» = same move; headline = same); reported mobilisation in Abu Qurayn of vehicles brought from Misrata "
         "(`مصراته`; «حشدت … جلبت»); reported LNA reinforcement Al Jufra Air Base->Bu Njem via Waddan («استقدمت», «وصل … مروراً بـ»; "
         "headline «من الجفرة» = same); LNA withdrawal Bu Njem->Hun denied («نافياً … انسحاب»); conditional Misrata advance from "
         "Al-Washka on Bu Njem («لن تزحف … إلا إذا»); planned GNA separation force between Al-Washka and Bu Njem («ستنشر»; Tunis is "
         "the 5+5 venue, Tripoli the speaker). Not movements: the road between Al-Washka and Bu Njem (ambush site), the Misrata "
         "court moving the trial to Tripoli, the sit-in on Tripoli Street (Misrata), Al-Ahly Tripoli withdrawing from the cup, "
         "matches moved. Traps: شارع طرابلس, الأهلي طرابلس, العقيد علي الإدريسي (contains إدري), «ما ادري» (Idri spelling), "
         "«الدعم المالي»."),
 "ay3": ("Sputnik Arabic (سبوتنيك): gold rush on the Libya–Chad border; Cairo dateline. Reported LNA reinforcement Zillah->Waw an "
         "Namus via Al Haruj («دفعت … بتعزيزات», «سلك الطريق … عبر الهروج وبلغ»; headline = same); reported withdrawal of Chadian "
         "gunmen Waw an Namus->the border with Chad (Libyan side) («انسحبوا … واتجهوا نحو»; headline = same); planned Chadian army (not "
         "canonical -> null) deployment in Kouri Bougoudi («تعتزم نشر»; N'Djamena is the speaker, `انجمينا`); conditional Tebu "
         "«درع الصحراء» (null) redeploy from the border with Chad to Al Qatrun («سيعيدون تموضعهم … ويخلون … إذا»; «ترابط منذ 2023» "
         "is background, not a move); FACT (Chadian armed groups) crossing/infiltration towards Tazirbu denied («نفت … عبروا الحدود "
         "أو تسللوا … وتوغلوا»). Not movements: gold miners who crossed Kouri Bougoudi from Sudan and Niger, wind moving dunes on "
         "the Tazirbu–Kufra road, a returning miner from Idri. Traps: «زلة لسان» (Zillah), «ما ادري» (Idri), Chadian nisbas, "
         "FACT's name containing تشاد."),
 "ay4": ("Libya Al-Ahrar (ليبيا الأحرار): Tuareg protesters close the Al-Wafa field; Ghadames dateline. Reported GNA (Chief of "
         "Staff) deployment Nalut->Al-Wafa field («حرّكتها … من نالوت إلى», «وصلت», the mayor's «تمركزت» = same; headline = same; "
         "«جنوب غدامس» locates the field); Tuareg group (null) storming the field denied («نفى … اقتحموا … سيطروا»); reported "
         "Zintan mobilisation in Zintan («حشد»; headline «والزنتان تحشد» = same); planned Zintan advance Zintan->Al-Wafa field "
         "(«ستتوجه»; the Western Mountain power plants are purpose); conditional Algerian reinforcement of Debdeb («سيعزز … إذا»; the "
         "border with Algeria is in the condition; Algiers is the speaker); arms shipment via the Debdeb crossing towards Ghadames "
         "denied (null). Not movements: Ghadames notables who «قدِم» to Tripoli, migrants from Niger who crossed towards Ghadames, "
         "the Chief of Staff's call against «إرسال أي قوة» (no place). Traps: Mellitah company, «الوفاء بتعهداتها» (Wafa), the mayor "
         "«الغدامسي», المجلس العسكري الزنتان, Algerian nisbas and the APS agency name."),
 "ay5": ("Alhurra (الحرة): armour unloaded at Benghazi port and LNA units moved out of residential areas; Benghazi dateline. "
         "Reported shipment (ship, null) Tartus->Port of Benghazi via Tripoli, Lebanon («أفرغت … أبحرت من … وتوقفت»; headline = "
         "same); planned overland transfer of the cargo Port of Benghazi->Ajdabiya («ستُنقل براً»; `اجدابيا`); reported LNA "
         "(«الكتيبة 210 مشاة») redeploy Qar Yunis->Al-Rajma camp («أعادت … انتشار», «تحرك الرتل», «تعود آخر آليات الكتيبة إلى "
         "المعسكر» = same move; headline = same); planned LNA naval landing Port of Benghazi->Sirte coast («سترسل سفينة إنزال»); "
         "conditional military police deployment in Al-Kish («سيُدفع بها … في حال»); Russian cargo planes Mali->Benina air base "
         "denied. Not movements: civil flights from Benina airport to Istanbul and Amman, prices moving, reconstruction on Dubai "
         "Street and in As-Sabri, Brega company fuel quotas, Al-Ahly Benghazi withdrawing from the Arab club championship. Traps: "
         "شارع دبي, شركة البريقة, الأهلي بنغازي, «الأسلحة البيضاء» (Al Bayda), «درع المتوسط»."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
SAMPLE_MIN_STATUS = 4  # each status at least this often over the sample
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
