# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "yemen": ("country", "YE", 15.80226, 47.48567, "Yemen"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                              # G
 # Libyan cities / towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoliwest": ("city", "LY", 32.88743, 13.18733, "Tripoli (طرابلس الغرب)"),          # G* (Tripoli row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirtemun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (Sirte city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                               # G
 "buwairat": ("town", "LY", 31.4, 15.73333, "Buwairat al-Hassoun"),                     # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area; point at Hun)"),     # K (README: point near Hun/Waddan)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "binjawad": ("town", "LY", 30.80418, 18.0772, "Bin Jawad"),                            # G
 "raslanuf": ("town", "LY", 30.5, 18.5272, "Ras Lanuf"),                                # G* (gazetteer row is kind oilfield)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziya"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 # Libyan facilities
 "sider": ("oilfield", "LY", 30.625, 18.3517, "Es Sider oil terminal"),                 # G
 "raslanufport": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf oil port"),               # G
 "raslanufairport": ("airport", "LY", 30.5, 18.5272, "Ras Lanuf Oil Airport"),          # G
 "zueitinaport": ("oilfield", "LY", 30.9522, 20.12022, "Zueitina oil port"),            # G* (town row)
 "zelten": ("oilfield", "LY", 28.5871, 19.3034, "Zelten oil field"),                    # G
 "sarir": ("oilfield", "LY", 27.6624, 22.5086, "Sarir oil field"),                      # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                      # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G
 "jufrabase": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                     # G
 "kufraairport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                   # G
 "tia": ("airport", "LY", 32.6635, 13.159, "Tripoli International Airport"),            # G
 "mitiga": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                        # G
 "benghaziport": ("city", "LY", 32.1, 20.05, "Port of Benghazi"),                       # K (no port kind; kind city, see README)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),             # G
 # Libyan regions
 "oilcrescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                    # G
 "westlibya": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                    # G* (Tripolitania row)
 "eastlibya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G
 "lytnborder": ("region", "LY", 32.45, 11.45, "Libya-Tunisia border (Libyan side)"),    # K
 "lysdborder": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.3529, 27.23725, "Mersa Matruh"),                           # G
 "matruhgov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sidibarranibase": ("base", "EG", 31.61166, 25.92539, "Sidi Barrani air base"),        # G* (town row)
 "sallumcrossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (Amsaad-Sallum crossing row)
 "egborder": ("region", "EG", 30.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "westerndesert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),       # G* (Western Egypt row)
 # others
 "hodeidah": ("city", "YE", 14.79781, 42.95452, "Al Hudaydah"),                         # K
 "kirkuk": ("city", "IQ", 35.46806, 44.39222, "Kirkuk"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripolilb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                      # G
}

TRAPS = {
 "ap1": ["عملية طوفان الكرامة", "خليفة حفتر", "المسيّرات التركية", "عادل الغرياني", "الغرياني", "لا أدري",
         "غرفة عمليات تحرير سرت والجفرة", "الجزيرة نت"],
 "ap2": ["صدى", "مؤسسة كارنيغي", "الجيش الوطني", "عملية البرق الخاطف", "إبراهيم الجضران", "العجز المالي",
         "حرس المنشآت النفطية", "خسرت", "العراقية", "الكتائب الليبية", "شركة الواحة للنفط", "الاقتصاد السياسي الليبي"],
 "ap3": ["مركز الإمارات للسياسات", "الرئيس المصري", "الجيش المصري", "المتحدث العسكري المصري", "مسؤول مصري", "حسم 2020", "القوات المصرية",
         "عاصفة الحزم", "عامل مصري", "قوافل الإغاثة المصرية", "إعصار دانيال"],
 "ap4": ["بوابة الوسط", "الزنتانية", "عملية فجر ليبيا", "عماد الزنتاني", "لا أدري", "السنوات الخمس",
         "اللبنانية", "المجلس العسكري الزنتان", "حكومة الوحدة الوطنية"],
 "ap5": ["صدام حفتر", "مجلس شورى ثوار بنغازي", "سفينة حربية تركية", "اندبندنت عربية", "اللواء 106",
         "العائلات السودانية", "الهلال الأحمر", "أحمد المرجاوي"],
}

PHEN = {
 "ap1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "countries"],
 "ap2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "coverage_oil", "countries"],
 "ap3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ap4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ap5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ap1": [
  mv("advance", "reported", LNA, ["الجفرة"], ["طرابلس"], ["غريان"]),
  mv("withdraw", "reported", LNA, ["ترهونة"], ["سرت", "الجفرة"]),
  mv("reinforce", "denied", LNA, [], ["بويرات الحسون"]),
  mv("redeploy", "planned", GNA, ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
 "ap2": [
  mv("advance", "reported", LNA, ["أجدابيا"], ["ميناء السدرة", "راس لانوف"]),
  mv("withdraw", "denied", None, ["حقل زلطن"], []),
  mv("shipment", "denied", None, [], ["ميناء راس لانوف"]),
  mv("deploy", "planned", None, [], ["ميناء الزويتينة"]),
  mv("mobilise", "conditional", LNA, [], ["راس لانوف", "بن جواد"]),
 ],
 "ap3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", [], ["منفذ السلوم"]),
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "ap4": [
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["طرابلس"], ["الزاوية"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراته"], ["طرابلس"]),
  mv("withdraw", "reported", "Zintan forces", ["مطار طرابلس الدولي"], ["زنتان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("deploy", "planned", GNA, [], ["مطار طرابلس الدولي"]),
 ],
 "ap5": [
  mv("shipment", "reported", None, ["مصراتة"], ["ميناء بنغازي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء بنغازي"]),
  mv("redeploy", "planned", LNA, ["بنغازي"], ["الكفرة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
 ],
}

NOTES = {
 "ap1": ("Al Jazeera Net analysis (الجزيرة نت): the Abu Qurayn-Sirte line six years after the 2020 ceasefire; Tripoli byline. "
         "History told as fact = reported: LNA advance Al Jufra->Tripoli via Gharyan (April 2019, «عملية طوفان الكرامة») and LNA "
         "withdrawal Tarhuna->Sirte and Al Jufra (2020). LNA reinforcement to Buwairat al-Hassoun denied («مفبركة»); planned GNA "
         "(Chief of Staff) redeploy Misrata->Abu Qurayn («ستعيد نشر»); conditional advance of «كتائب مصراتة» (Misrata forces) towards "
         "Sirte (إذا). Not movements: Cairo's «red line», the Hodeidah comparison, the analyst's hypothetical «لو قرر حفتر التقدم نحو "
         "طرابلس», the condition «إذا تحركت قوات حفتر باتجاه أبوقرين», the generic «تتنقل مجموعات مسلحة بين بني وليد والشويرف», "
         "daily flights Misrata-Benghazi, the 5+5 delegation's visit to Sirte, the mayor's call to remove armed formations, "
         "«سلاح لم يغادر مواقعه». Tripoli as byline and as the Chief of Staff's seat is not a movement place."),
 "ap2": ("Carnegie Sada (صدى) analysis: the Oil Crescent and deterrence. History = reported: LNA («الجيش الوطني») advance "
         "Ajdabiya->Es Sider port and Ras Lanuf (Sept 2016, «عملية البرق الخاطف»). Denied: Petroleum Facilities Guard withdrawal "
         "from the Zelten field (null) and a Russian-flagged cargo ship unloading weapons at Ras Lanuf port (shipment, null). "
         "Planned: PFG company at Zueitina port («يعتزم»; null). Conditional: LNA («اللواء 128») mobilisation in Ras Lanuf and Bin "
         "Jawad (إذا; Misrata and Sirte only in the condition). Not movements: the generic threat «أي تحرك نحو الهلال النفطي سيقابَل», "
         "the hypothetical «لو سيطرت أي قوة على ميناء السدرة», the Kirkuk 2017 comparison (out-of-scope foreign war), the generic "
         "«تتنقل الكتائب الليبية عادةً بين الموانئ والحقول», a tanker loading at Es Sider for Italy, foreign workers evacuated from "
         "Ras Lanuf airport, Tunis as the author's residence."),
 "ap3": ("Emirates Policy Center (مركز الإمارات للسياسات) situation assessment: Egypt's western border. History = reported: "
         "Egyptian armoured units Mersa Matruh->Sidi Barrani (2020). Planned: Egyptian border-guard unit at the Sallum land port "
         "(يعتزم; the Western Desert is purpose). Denied: Egyptian military cargo flights to Al Khadim base (airlift; Benghazi is a "
         "locator). Conditional: an Egyptian official's «ستتحرك نحو سرت والجفرة إذا…» (advance). Not movements: the 2020 threat of "
         "«تدخل مباشر» (no place), the speech venue Sidi Barrani air base, the «حسم 2020» exercise near the border, the Centre's own "
         "scenario «تدفع فيه القاهرة بقوات إلى بنغازي», the condition «إذا تجاوزت أي قوة خط التماس», «عاصفة الحزم» in Yemen, "
         "Egyptian workers crossing Amsaad towards Tobruk, Egyptian relief convoys to Derna after Storm Daniel."),
 "ap4": ("Alwasat (بوابة الوسط) column: Tripoli entered and left. History = reported: rebel brigades Zintan->Tripoli via Zawiya "
         "(Aug 2011, Zintan forces); fighters from Misrata (variant مصراته) landing by sea in Tripoli (naval_landing, Misrata forces); "
         "Qaqaa and Sawaiq brigades («الزنتانية») withdrawing Tripoli International Airport->Zintan (للزنتان, 2014). Denied: Zintan "
         "Military Council mobilisation in Al Aziziya. Planned: GNA (Defence Ministry) deployment around Tripoli International "
         "Airport. Not movements: the quoted «رتل يتجه إلى العاصمة», refugees crossing the border with Tunisia at Ras Ajdir, the "
         "generic «تخرج الأرتال من المدن نحو العاصمة ثم تعود», the Lebanese Tripoli comparison, passengers landing at Mitiga, the "
         "hypothetical «لو دخل رتل جديد العاصمة غداً»."),
 "ap5": ("Independent Arabia (اندبندنت عربية) analysis: Saddam Haftar and Ankara, eastern Libya. History = reported: three boats with "
         "ammunition Misrata->Benghazi port (spring 2015; shipment, null) and LNA cargo planes Benina base->Al Jufra Air Base (April "
         "2019; the offensive on «طرابلس الغرب» is only a time reference). Denied: «إنزال قوات تركية» at Benghazi port (Turkish armed "
         "forces). Planned: LNA «اللواء 106» Benghazi->Kufra (the border with Sudan = purpose). Conditional: LNA airlift Benina "
         "base->Kufra airport (إذا; Darfur only in the condition). Not movements: the Turkish warship's friendly port call, "
         "commercial flights Benghazi-Istanbul, Sudanese families settled in Kufra, Red Crescent aid trucks Ajdabiya (variant "
         "اجدابيا)->Kufra, the analyst's hypothetical «لو قرر صدام نقل ثقل الجيش جنوباً», the generic «الجيوش… تتحرك… من حقل السرير "
         "إلى حقل مسلة»."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 3  # distinct statuses in every record
SAMPLE_MIN_STATUS = 4  # each status at least this often over the sample
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
