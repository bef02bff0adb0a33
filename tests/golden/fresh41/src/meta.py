# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G (gazetteer spelling نجامينا)
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                   # G
 # aq1 Suluq / Qaminis / Zueitina (LNA)
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "suluq_mun": ("district", "LY", 31.66818, 20.25205, "Suluq municipality"),             # G* (town row as district)
 "qaminis": ("town", "LY", 31.6576, 20.01697, "Qaminis"),                               # G
 "zueitina_port": ("oilfield", "LY", 30.9522, 20.12022, "Zueitina oil terminal"),       # G* (town row Az Zuwaytinah)
 "abyar": ("town", "LY", 32.19, 20.59653, "Al Abyar"),                                  # G
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 # aq2 Warshafana (GNU)
 "warshafana": ("region", "LY", 32.58, 12.95, "Warshafana"),                            # K
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "nasiriya": ("town", "LY", 32.63278, 12.87361, "An Nasiriyah"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 # aq3 JMC 5+5
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun row: README 'point near Hun/Waddan')
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                      # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (الحدود الليبية السودانية row)
 "tamanhint_base": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                   # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # aq4 Chad army staff
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (gazetteer spelling أونيانقا كبير)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (gazetteer spelling فدا)
 "fada_airport": ("airport", "TD", 17.19186, 21.58081, "Fada airport"),                 # G* (town row)
 "border_td_ly": ("region", "TD", 21.0, 20.0, "Chad-Libya border (Chadian side)"),      # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                  # G
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                             # G
 "ennedi_ouest": ("district", "TD", 18.2, 21.0, "Ennedi Ouest province"),               # K
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 # aq5 Zliten council
 "kaam": ("village", "LY", 32.58, 14.38, "Kaam (Wadi Ka'am)"),                           # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row as district)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
}

TRAPS = {
 "aq1": ["ليبيا الحدث", "المسلحة العربية الليبية", "صالح المرجاوي", "الكتيبة 302 مشاة", "عمر المختار",
         "كتيبة شهداء قمينس", "الهلال الأحمر الليبي", "مركز بنغازي الطبي"],
 "aq2": ["ليبيا الأحرار", "حكومة الوحدة الوطنية", "الكتيبة 55 مشاة", "منطقة طرابلس العسكرية", "قوة الإسناد",
         "مدرسة فاطمة الزهراء"],
 "aq3": ["بوابة الوسط", "بعثة الأمم المتحدة للدعم في ليبيا", "إدريس آدم يوسف", "الجانب التشادي", "السودانيين",
         "السودانية", "تشادياً", "الحكومة التشادية", "النيجريين", "النيجرية", "سوريين", "الحكومة التونسية"],
 "aq4": ["الأركان العامة للجيوش", "الوكالة التشادية للصحافة والنشر", "تلفزيون تشاد", "محمد إدريس ديبي إتنو",
         "الفوج الثالث للتدخل السريع", "الأراضي الليبية", "المجموعات المسلحة التشادية", "الجيش الوطني التشادي",
         "السودانيين", "الدعم المالي"],
 "aq5": ["بلدي زليتن", "المرصد", "المجلس البلدي زليتن", "شارع طرابلس", "الأيام الخمس", "المنطقة العسكرية الوسطى",
         "مركز زليتن الطبي", "سالم الزليتني"],
}

PHEN = {
 "aq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
         "coverage_bases", "coverage_oil"],
 "aq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_crossings", "countries"],
 "aq3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "aq4": ["spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "aq5": ["clitics", "spelling", "operation_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "town_vs_district"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "aq1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["سلوق"]),
  mv("redeploy", "reported", LNA, ["قمينس"], ["ميناء الزويتينة"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء الزويتينة"]),
  mv("reinforce", "conditional", LNA, ["الأبيار"], ["سلوق"]),
  mv("withdraw", "denied", LNA, ["قاعدة بنينا الجوية"], ["المرج"]),
 ],
 "aq2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزهراء"], ["السواني"]),
  mv("reinforce", "reported", GNA, ["مصراتة"], ["العزيزية"]),
  mv("redeploy", "planned", GNA, ["الزهراء"], ["بئر الغنم"]),
  mv("advance", "conditional", GNA, [], ["الناصرية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "aq3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["حقل السرير"], ["الكفرة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", "Chadian armed groups", ["قاعدة تمنهنت"], ["انجمينا"]),
  mv("withdraw", "conditional", "Foreign fighters", ["القطرون"], ["النيجر"], ["منفذ التوم"]),
  mv("airlift", "denied", "Syrian mercenaries", ["سوريا"], ["قاعدة الجفرة الجوية"]),
 ],
 "aq4": [
  mv("reinforce", "reported", None, ["فادا"], ["أونيانغا كبير", "الحدود مع ليبيا"]),
  mv("shipment", "reported", None, ["جنوب ليبيا"], ["أم جرس"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
  mv("airlift", "planned", None, ["انجمينا"], ["مطار فادا"]),
  mv("reinforce", "conditional", None, ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("advance", "denied", None, [], ["الكفرة"]),
 ],
 "aq5": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["كعام"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("shipment", "denied", None, [], ["الخمس"]),
  mv("withdraw", "planned", "Misrata forces", ["كعام"], ["مصراتة"]),
  mv("mobilise", "conditional", None, [], ["زليتن"]),
 ],
}

NOTES = {
 "aq1": ("LNA General Command, Military Media Division (شعبة الإعلام الحربي) statement no. 14 reprinted verbatim by «ليبيا الحدث»; "
         "Benghazi dateline. Reported LNA reinforcement Benghazi->Suluq («وصول طلائع الكتيبة 302 مشاة ... قادمة من بنغازي»; "
         "«الكتيبة المذكورة» = same unit; headline = same move); reported LNA redeploy Qaminis->Zueitina oil terminal (passive "
         "«جرى تمركز ... بعد نقلها من قمينس»; headline «إعادة تمركز لوحدات قمينس» = same move); planned naval landing Benghazi->"
         "Zueitina terminal («من المقرر أن يتم نقل ... بحراً»; «القوة سالفة الذكر» refers back to the company at Zueitina); "
         "conditional LNA reinforcement from Al Abyar (where the units are stationed) to Suluq («لن تتحرك ... ما لم»); LNA "
         "withdrawal Benina Air Base->Al Marj denied («جملة وتفصيلاً»). Not movements: the attack on Suluq's southern gate, the "
         "deployment «في محيط ضريح ... عمر المختار» (landmark, no new place), the Red Crescent aid convoy from Benghazi, the two "
         "wounded taken to Benghazi Medical Centre, the formulas «تؤكد ... حرصها» / «تهيب بالمواطنين» / «تثمن تعاون عميد بلدية سلوق», "
         "the issue line «صدر في بنغازي». Traps: ليبيا الحدث (media containing ليبيا), صالح المرجاوي (person containing المرج), "
         "كتيبة شهداء قمينس (unit containing قمينس), مركز بنغازي الطبي (institution containing بنغازي), عمر المختار."),
 "aq2": ("GNU Chief of Staff (رئاسة الأركان العامة، المكتب الإعلامي) statement on clashes in Warshafana, reprinted by «ليبيا الأحرار»; "
         "Tripoli dateline. Reported GNA deployment Tripoli->Az Zahra via As Sawani («تم نقل الكتيبة 55 مشاة»; «الكتيبة المذكورة» "
         "= same unit; headline «نشر وحدات في الزهراء» = same move); reported GNA reinforcement Misrata->Al Aziziyah (nominal «وصول "
         "طلائع قوة الإسناد التابعة لرئاسة الأركان، القادمة من مصراتة»; headline = same; the road Aziziyah-Gharyan it will secure "
         "is purpose, Gharyan is no movement place); planned GNA redeploy Az Zahra->Bir al Ghanam («من المقرر إعادة تمركز»); "
         "conditional GNA advance towards An Nasiriyah («لن تتقدم ... ما لم ...، شريطة ...»); Zintan column Zintan->Al Aziziyah "
         "denied («جملة وتفصيلاً»، «عارٍ عن الصحة»; headline = same denial). Not movements: travellers heading to Tunisia via Ras "
         "Ajdir, wounded taken to hospitals in Janzour and Tripoli, school closure (مدرسة فاطمة الزهراء), the formulas. Traps: "
         "منطقة طرابلس العسكرية (command name containing طرابلس), مدرسة فاطمة الزهراء (containing الزهراء), ليبيا الأحرار."),
 "aq3": ("Closing statement of the 5+5 Joint Military Commission with the Sudan/Chad/Niger liaison committees, published by "
         "UNSMIL and reprinted by «بوابة الوسط»; Tripoli dateline; meeting in Tunis (ambiguous تونس = the capital). Reported "
         "withdrawal of Sudanese fighters Sarir field->Kufra (verbal noun «تثمين خروج الدفعة الأولى»); planned withdrawal of "
         "«الدفعة المذكورة» Kufra->the border with Sudan («على أن تغادر»); planned airlift of Chadian fighters Tamanhint base->"
         "N'Djamena (variant انجمينا; «من المقرر نقل ... جواً»); conditional withdrawal of Nigerien fighters (Foreign fighters) "
         "Al Qatrun->Niger via the Toummo crossing («شريطة»); airlift of Syrian mercenaries from Syria to Al Jufra Air Base "
         "denied (headline «وتنفي وصول مرتزقة إلى الجفرة» = same denial; only the body's base is listed as destination). Not "
         "movements: the meeting in Tunis, the Geneva ceasefire, the general aim «إخلاء جنوب ليبيا من جميع المقاتلين الأجانب» "
         "(no concrete move), unarmed monitoring teams working in Sirte and Kufra, thanks to the Tunisian government. Traps: "
         "بعثة الأمم المتحدة للدعم في ليبيا (contains ليبيا), إدريس آدم يوسف (contains إدري), nisbas السودانيين/السودانية/تشادياً/"
         "التشادي/النيجريين/النيجرية/التونسية (contain the country names)."),
 "aq4": ("Chad's army general staff (الأركان العامة للجيوش) communiqué («بلاغ صحفي») read on Télé Tchad and reprinted by the "
         "Chadian press agency; N'Djamena dateline (variant انجمينا). Reported Chadian army (null) reinforcement Fada (variant "
         "فادا)->Ounianga Kebir (variant أونيانغا كبير) and along the border with Libya (Chadian side; «وصول طلائع»، «باشرت "
         "الوحدات المذكورة انتشارها»; headline «تعزز مواقعها في أونيانغا كبير» = same move); reported arms shipment (null, "
         "smugglers' trucks seized) southern Libya->Amdjarass; reported mobilisation of Chadian armed groups near Rebiana inside "
         "Libya; planned airlift N'Djamena->Fada airport («من المقرر نقل ... جواً»); conditional reinforcement Faya-Largeau->"
         "Ounianga Kebir («إذا»); Chadian incursion towards Kufra denied («جملة وتفصيلاً»; headline «تنفي أي توغل» = same "
         "denial). Not movements: the president's instructions, Ennedi Ouest citizens' reporting, securing Sudanese refugee "
         "camps in Adré, «الدعم المالي», respect for Libya's sovereignty. Traps: محمد إدريس ديبي إتنو (contains إدري; Adré is "
         "أدري), تلفزيون تشاد and الوكالة التشادية للصحافة والنشر (media containing تشاد), الدعم المالي (Mali), الأراضي الليبية."),
 "aq5": ("Zliten municipal council (المجلس البلدي زليتن) statement, reprinted by «المرصد»; Zliten dateline; closing «صدر "
         "بزليطن» (variant). Reported Misrata armed formation (Misrata forces) deployment Misrata->Kaam («منذ وصول رتل ... "
         "وتمركزه»); denied naval landing of Misrata fighters on the Zliten coast and denied arms shipment to Al Khums (null; "
         "one «ينفي ... جملة وتفصيلاً» sentence, two movements); the council's demand that the Chief of Staff withdraw the column "
         "from Kaam is not a movement (headline «يطالب بسحب» = the demand), but the Central Military Zone's word that «القوة "
         "سالفة الذكر ستنسحب إلى مصراتة» is a planned withdrawal Kaam->Misrata; conditional mobilisation (null) in Zliten "
         "(«سيعلن النفير العام ... إذا لم»). Not movements: protesters closing Tripoli Street, the wounded received at Zliten "
         "Medical Centre, the notables' delegation going to Misrata, the Chief of Staff «في طرابلس» (seat). Traps: بلدي زليتن / "
         "المجلس البلدي زليتن (the body), شارع طرابلس, الأيام الخمس (common word = Al Khums), مركز زليتن الطبي, سالم الزليتني."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
