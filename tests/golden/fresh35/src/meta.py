# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Libyan places used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 # ak1 Algeria (El Khabar)
 "border_dz_side": ("region", "DZ", 28.5, 9.7, "Algeria-Libya border (Algerian side)"), # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                                  # G
 "debdeb_commune": ("district", "DZ", 29.9675, 9.42389, "Debdeb commune"),              # G* (town point)
 "inamenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),                             # G (gazetteer عين أميناس)
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "bbm": ("town", "DZ", 21.325, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "touggourt": ("city", "DZ", 33.11083, 6.07, "Touggourt"),                              # G
 "bod": ("town", "DZ", 28.15, 6.81667, "Bordj Omar Driss"),                             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # ak2 Niger (ActuNiger)
 "border_ne_side": ("region", "NE", 22.5, 13.7, "Niger-Libya border (Nigerien side)"),  # K
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (gazetteer أغاديس)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez region"),              # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "dirkou": ("town", "NE", 18.9687, 12.8687, "Dirkou"),                                  # G
 "dirkou_airport": ("airport", "NE", 18.9687, 12.8687, "Dirkou Airport"),               # G
 "kawar": ("region", "NE", 18.9, 12.9, "Kawar"),                                        # G (gazetteer كوار)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "toummo_ne": ("crossing", "NE", 22.65, 14.2, "Toummo border post (Nigerien side)"),    # G* (LY crossing row)
 "toummo_ly": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "djado": ("region", "NE", 20.983, 12.333, "Djado"),                                    # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 # ak3 Chad (Alwihda Info)
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G (gazetteer نجامينا)
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                             # G
 "faya_airport": ("airport", "TD", 17.9171, 19.1111, "Faya-Largeau Airport"),           # G* (gazetteer مطار فايا لارجو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35, 16.983, "Bardai"),                                     # K (gazetteer بردي -> Bardia LY only)
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                    # G
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                   # G
 "ummalaranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                     # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "border_td_sd": ("region", "TD", 15.25834, 22.8325, "Chad-Sudan border (Chadian side)"),  # G* (gazetteer الحدود التشادية السودانية row)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "abeche": ("city", "TD", 13.82916, 20.8324, "Abeche"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # ak4 Sudan (Sudan Tribune)
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle (Jebel Uweinat)"),  # G* (مثلث العوينات row)
 "malha": ("town", "SD", 15.13, 26.17, "Malha"),                                        # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),                                   # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "north_darfur": ("district", "SD", 15.8958, 25.49583, "North Darfur"),                 # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "tawila": ("town", "SD", 13.51, 24.86, "Tawila"),                                      # K
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),       # G* (Adre town row)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 # ak5 Tunisia (Mosaique FM)
 "wazin": ("town", "LY", 31.942, 10.66532, "Wazin"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.975, 10.683, "Dehiba border crossing (Tunisian side)"),  # G* (LY crossing row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "borjkhadra": ("village", "TN", 30.25442, 9.555, "Borj El Khadra"),                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "rasjdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),              # G
}

TRAPS = {
 "ak1": ["الخبر", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "التدرج", "درجة", "التراب الليبي",
         "علي الغدامسي", "حرس الحدود"],
 "ak2": ["أكتو نيجر", "القوات المسلحة النيجرية", "درع كاوار", "المنطقة الدفاعية الثانية", "شركة مناجم آير",
         "السفارة الليبية", "عبد السلام الغاتي", "السلطات الليبية"],
 "ak3": ["الوحدة إنفو", "الجيش الوطني التشادي", "جبهة الوفاق من أجل التغيير في تشاد", "القوات الجوية التشادية",
         "المعارضة التشادية", "اللاجئين السودانيين", "الزوار", "عبد الله الزواري"],
 "ak4": ["سودان تربيون", "مسافات طويلة", "القوات المسلحة السودانية", "حركة تحرير السودان", "كتيبة سبل السلام",
         "اللاجئين السودانيين", "حكومة الوحدة الوطنية الليبية", "سوق ليبيا"],
 "ak5": ["موزاييك أف أم", "حسان المدنيني", "المدنيني", "الجيش التونسي", "الهلال الأحمر التونسي", "عام الرمادة",
         "الاتحاد الرياضي ببن قردان", "مستقبل قابس"],
}

PHEN = {
 "ak1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "ak2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ak3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ak4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "ak5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ak1": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس", "الحدود مع ليبيا"], ["حاسي مسعود"]),
  mv("mobilise", "reported", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", ["تقرت"], ["برج عمر إدريس"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "ak2": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ماداما", "قاعدة ماداما", "الحدود مع ليبيا"], ["ديركو"]),
  mv("airlift", "planned", None, ["نيامي"], ["مطار ديركو"]),
  mv("deploy", "conditional", None, ["بيلما"], ["معبر تومو"]),
  mv("deploy", "reported", "Libyan National Army", [], ["منفذ التوم"]),
  mv("withdraw", "denied", None, ["ماداما"], ["ديركو"]),
 ],
 "ak3": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["زوار", "بردي"]),
  mv("advance", "conditional", "Chadian armed groups", ["جنوب ليبيا"], ["تيبستي"]),
  mv("airlift", "planned", None, ["انجمينا"], ["مطار فايا"]),
  mv("redeploy", "denied", "Chadian armed groups", ["أم الأرانب"], ["الحدود الليبية التشادية"]),
  mv("redeploy", "reported", None, ["أدري"], ["فايا لارجو"]),
 ],
 "ak4": [
  mv("reinforce", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"]),
  mv("advance", "reported", None, ["الدبة"], ["المالحة"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الدبة"]),
  mv("airlift", "planned", None, ["بورتسودان"], ["دنقلا"]),
  mv("shipment", "denied", "Libyan National Army", [], ["المثلث الحدودي"], ["الكفرة"]),
 ],
 "ak5": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("withdraw", "reported", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
}

NOTES = {
 "ak1": ("El Khabar (الخبر, Algeria): the People's National Army (الجيش الوطني الشعبي) reinforces the Libyan border; Ouargla "
         "dateline, Algerian month names (فيفري، جانفي). Reported Algerian reinforcement sent by the 4th Military Region "
         "command in Ouargla (origin) to Debdeb and In Amenas (variant عين أمناس; gazetteer عين أميناس) via Hassi Messaoud "
         "(headline «تعزز مواقعها على الحدود مع ليبيا» = same move, so the Algerian-side border region is a destination); "
         "reported LNA («قوات حفتر») mobilisation in Derj coming from Ash Shwayrif (Ghadames is only a distance reference "
         "there); planned Algerian redeploy of anti-smuggling detachments Bordj Badji Mokhtar->Debdeb («ستلتحق»); "
         "conditional Algerian reinforcement Touggourt->Bordj Omar Driss («إذا ما تواصل التصعيد»); Algerian incursion towards "
         "Ghadames denied («نفى … جملة وتفصيلا»). Not movements: the regional commander's inspection visit to the "
         "Tiguentourine gas plant near In Amenas, barter caravans Debdeb-Ghadames, 14 migrants arrested, families leaving "
         "Ghadames for Tripoli, the Dbeibah government in Tripoli (speaker). Traps: الخبر (media = common word), التدرج and "
         "درجة (contain درج = Derj), علي الغدامسي (person containing غدامس), التراب الليبي, force names."),
 "ak2": ("ActuNiger (أكتو نيجر, Niger, francophone style in Arabic): Nigerien armed forces (no canonical actor -> null) "
         "towards Madama; Niamey dateline «(أكتو نيجر)». Reported Nigerien reinforcement Agadez (variant أغاديز) -> Madama "
         "base via Dirkou (headline «نحو ماداما على الحدود مع ليبيا» = same move; Nigerien-side border region); planned "
         "Nigerien airlift of special forces Niamey->Dirkou airport («ستنقل»; Kawar is only the purpose); conditional "
         "deployment of the Bilma garrison at the Toummo post («إذا ثبت»); reported LNA deployment at the facing Libyan "
         "post منفذ التوم; Nigerien withdrawal Madama->Dirkou denied by the Defence Ministry («الشائعات المغرضة»). Not "
         "movements: 300 migrants deported by Libya from Al Qatrun arriving in Dirkou and to be taken to Agadez by IOM, salt "
         "caravans Bilma-Agadez, gold miners flocking to the Djado plateau (جادو = Djado, not Jadu in Libya), the interior "
         "minister's visit to Arlit and his meeting in Niamey. Traps: أكتو نيجر, «درع كاوار» (operation containing كاوار), "
         "شركة مناجم آير, عبد السلام الغاتي (person containing غات), القوات المسلحة النيجرية (nisba containing النيجر)."),
 "ak3": ("Alwihda Info (الوحدة إنفو, Chad): Chadian army (no canonical actor -> null) in Tibesti and the FACT rebels "
         "(Chadian armed groups) in southern Libya; N'Djamena dateline in the Chadian spelling انجمينا. Reported Chadian "
         "reinforcement Faya-Largeau->Zouar and Bardai (بردي = Bardai, not Bardia; headline = same move; منطقة تيبستي only "
         "locates them); conditional FACT advance from southern Libya (headline «تلوّح بالعودة من جنوب ليبيا») to Tibesti "
         "(«إذا لم تفرج انجمينا»; N'Djamena in the condition is not a movement place); planned Chadian airlift N'Djamena->"
         "Faya airport («من المنتظر»); FACT relocation Umm al-Aranib->the Libya-Chad border denied by the LNA (actor = the "
         "group that would move); reported Chadian redeploy of two battalions Adre (أدري = Adre, not Idri)->Faya-Largeau. Not "
         "movements: FACT using Umm al-Aranib as a rear base (no movement), Sudanese refugees fleeing Geneina into Adre, "
         "Libyan goods trucks on the Kufra-Amdjarass road, the trade minister's visit to Abeche, the analyst's remark on "
         "Fezzan. Traps: الزوار (common word containing زوار), عبد الله الزواري (person containing زوار), FACT's name "
         "containing تشاد, nisbas التشادية/السودانيين."),
 "ak4": ("Sudan Tribune (سودان تربيون): RSF vs the army around the Libya-Egypt-Sudan border triangle; Port Sudan dateline. "
         "Reported RSF (Sudanese armed groups) reinforcement Mellit->the border triangle (headline = same move); reported "
         "advance of the Sudanese armed forces and the joint force (SAF-led -> null) Ad Dabbah->Malha (headline = same move; "
         "Northern State and North Darfur only locate the towns); conditional RSF advance on Ad Dabbah («ما لم تنسحب … من "
         "المالحة»: Malha is in the condition); planned SAF airlift Port Sudan->Dongola («من المقرر»; «شريطة عدم ذكر اسمه» is "
         "not a condition); LNA (General Command in Benghazi = speaker) shipment of weapons and fuel via Kufra to the "
         "triangle denied («عارية عن الصحة»). Not movements: 4,000 displaced from El Fasher to Tawila, a WFP convoy through "
         "the Adre crossing to Geneina, Sudanese refugees arriving in Kufra, the Libyan GNU delegation visiting Port Sudan, "
         "fuel prices at سوق ليبيا in Omdurman. Traps: سودان تربيون, مسافات طويلة (common word = Tawila), حركة تحرير "
         "السودان, القوات المسلحة السودانية, سوق ليبيا (market containing ليبيا)."),
 "ak5": ("Mosaique FM (موزاييك أف أم, Tunisia): clashes in Wazin and the Tunisian army at Dehiba; Tataouine dateline, "
         "«18 جانفي». Reported Tunisian army reinforcement Remada->Dehiba (headline «تعزيزات عسكرية بالذهيبة» = same move); "
         "reported withdrawal of a GNA (Dbeibah government's chief of staff) force from the Wazin crossing to Nalut; planned "
         "Tunisian deployment Tataouine->Borj El Khadra («ستتحول … لتتمركز»); conditional Tunisian reinforcement "
         "Medenine->Ben Gardane and the Ras Jedir crossing («في حال»); Tunisian army entering Wazin denied («لا صحة لذلك»). "
         "Not movements: closure of the Dehiba crossing, 40 Libyan families crossing to Tataouine for treatment, the "
         "Tataouine governor's visit with the Tunisian Red Crescent (aid), Ben Gardane traders' fears («إذا طال غلق المعابر» "
         "is a condition without a movement). Traps: المدنيني (spokesman's nisba containing مدنين), عام الرمادة (idiom "
         "containing رمادة), الاتحاد الرياضي ببن قردان and مستقبل قابس (football clubs), nisbas التونسي."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 300)  # words per record
MOVEMENT_COUNT = (3, 5)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 3  # distinct statuses in every record
SAMPLE_MIN_STATUS = 4  # each status at least this often over the sample
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
