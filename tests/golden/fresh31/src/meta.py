# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                              # G
 "greece": ("country", "GR", 39.0717, 21.9517, "Greece"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # ag1 Murzuq
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),          # G* (town row)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "ghuddua": ("town", "LY", 26.43, 14.28, "Ghuddua"),                                    # K
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                            # G
 "tmassah": ("village", "LY", 26.4, 15.78333, "Tmassah"),                               # G
 "waw": ("village", "LY", 25.35, 16.72, "Wau al-Kabir"),                                # G* (row spelled الواو الكبير)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border (Libyan side)"), # G* (الحدود الليبية النيجرية row)
 # ag2 Algeria
 "border_dz_ly": ("region", "DZ", 26.0, 9.7, "Algeria-Libya border (Algerian side)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                   # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.2928, 9.45244, "Djanet Inedbirene Airport"),   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi_town": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                            # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.8652, "Illizi Province"),                 # G
 "tinalkoum": ("crossing", "DZ", 24.78, 10.05, "Tin Alkoum border crossing"),           # K
 "tassili": ("region", "DZ", 25.5, 8.5, "Tassili n'Ajjer"),                             # K
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                         # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row spelled إن قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (الحدود الجزائرية النيجرية row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
 # ag3 Nafusa
 "jabal_gharbi": ("region", "LY", 30.3338, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "qawalish": ("town", "LY", 31.99972, 12.63, "Al-Qawalish"),                            # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziya"),                            # G
 "kikla": ("town", "LY", 32.08333, 12.7, "Kikla"),                                      # G
 "rujban": ("town", "LY", 31.95, 12.16667, "Ar Rujban"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "asabia": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 # ag4 Tripoli east
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli (Garabulli)"),      # G
 "souq_juma": ("town", "LY", 32.883, 13.233, "Souq al Juma"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                   # G* (row spelled قصر خيار)
 "khoms_naval": ("base", "LY", 32.64861, 14.26191, "Al Khums naval base"),              # K (Khums city point)
 "ain_zara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # ag5 shipments
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (برقة row)
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G* (row قاعدة بنينا الجوية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "ras_hilal": ("village", "LY", 32.88, 22.17, "Ras al-Hilal"),                          # K
 "crete": ("region", "GR", 35.30919, 24.4671, "Crete"),                                 # G
 "damascus": ("city", "SY", 33.5102, 36.29128, "Damascus"),                             # G
}

TRAPS = {
 "ag1": ["قوة حماية مرزق", "الجيش الليبي", "العين الإخبارية", "الكتيبة 77 مشاة", "الهلال الأحمر الليبي",
         "محمد القطروني", "الاتفاق الجديد", "السلطات النيجرية"],
 "ag2": ["الشروق أونلاين", "الشروق", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "وزارة الدفاع الوطني",
         "الكتيبة 160 مشاة", "قوات حفتر", "السلطات الجزائرية", "طيران الطاسيلي", "موسى الجانتي"],
 "ag3": ["المجلس العسكري الزنتان", "كتيبة درع الجبل", "درع الجبل", "إرم نيوز", "عمر الزنتاني", "جرائم الحرابة",
         "سالم اليفرني", "القبائل الزنتانية", "حكومة الوحدة الوطنية"],
 "ag4": ["كتيبة الساحل الشرقي", "جهاز الإسناد الأمني", "الأسلحة المتوسطة", "اندبندنت عربية", "اللواء 188 مشاة",
         "سالم الزليتني", "السفارة التركية", "الدول الخمس", "فرج الخمسي"],
 "ag5": ["إيريني", "بي بي سي", "خليفة حفتر", "الهلال الأحمر", "السلطات اليونانية", "وزارة الدفاع التركية",
         "حكومة الوحدة الوطنية", "فرقاطة يونانية"],
}

PHEN = {
 "ag1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "ag2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ag3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area"],
 "ag4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases"],
 "ag5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ag1": [
  M("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة", "تراغن"]),
  M("redeploy", "planned", LNA, ["زويلة"], ["تمسة", "واو الكبير"]),
  M("advance", "conditional", None, [], ["تراغن"]),
  M("withdraw", "denied", LNA, ["مرزق"], ["سبها"]),
 ],
 "ag2": [
  M("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت", "مطار جانت", "الحدود مع ليبيا"], ["إليزي"]),
  M("deploy", "planned", "Algerian army", [], ["معبر تين الكوم", "الطاسيلي"]),
  M("reinforce", "conditional", "Algerian army", ["تمنراست"], ["عين قزام"]),
  M("advance", "denied", "Algerian army", [], ["غات"]),
  M("deploy", "reported", LNA, [], ["غات", "منفذ إيسين"]),
 ],
 "ag3": [
  M("mobilise", "reported", "Zintan forces", [], ["الرياينة"]),
  M("deploy", "reported", GNA, ["طرابلس"], ["يفرن"], ["العزيزية"]),
  M("advance", "conditional", "Zintan forces", ["الرياينة"], ["القواليش", "ككلة"]),
  M("deploy", "planned", GNA, [], ["الرياينة", "يفرن"]),
  M("withdraw", "denied", GNA, ["ككلة"], ["غريان"]),
 ],
 "ag4": [
  M("advance", "reported", "Misrata forces", ["مصراتة"], ["القره بوللي"], ["زليتن", "الخمس"]),
  M("deploy", "reported", GNA, [], ["تاجورا"]),
  M("advance", "conditional", "Misrata forces", ["القره بوللي"], ["تاجوراء"]),
  M("withdraw", "planned", GNA, ["تاجوراء"], ["قصر الأخيار"]),
  M("redeploy", "denied", "Turkish armed forces", ["قاعدة الخمس البحرية"], ["تاجوراء"]),
 ],
 "ag5": [
  M("shipment", "reported", None, ["اللاذقية"], ["بنغازي"], ["طرابلس"]),
  M("airlift", "denied", "Russian forces", ["سوريا"], ["قاعدة بنينا"]),
  M("redeploy", "reported", LNA, ["طبرق"], ["درنة"]),
  M("naval_landing", "planned", "Turkish armed forces", [], ["الخمس"]),
  M("deploy", "conditional", None, [], ["طبرق", "رأس الهلال"]),
 ],
}

NOTES = {
 "ag1": "Al-Ain News (العين الإخبارية): clashes in Murzuq; Sabha dateline with «بتوقيت أبوظبي». Reported LNA (القيادة العامة, «الكتيبة 77 مشاة») reinforcement Sabha->Murzuq via Ghuddua and Traghen (headline = same move); planned LNA redeploy Zuwaylah->Tmassah and Waw al-Kabir (variant واو الكبير) («ستتحرك»; Niger and Qatrun are only the smugglers' route = purpose); conditional advance of «قوة حماية مرزق» (local force, no canonical side -> null) towards Traghen (إذا; the road to Sabha it would cut is not a destination); LNA withdrawal Murzuq->Sabha denied («مجرد دعاية»). Not movements: the Red Crescent aid convoy (Sabha branch), families displaced to Ubari and Wadi Utbah, the Murzuq mayor's appeal, Nigerien request for coordination on the border. Traps: قوة حماية مرزق (force containing مرزق), محمد القطروني (person containing القطرون), الاتفاق الجديد (common word = Al Jadid), العين الإخبارية (media containing العين), السلطات النيجرية (nisba containing النيجر).",
 "ag2": "Echorouk (الشروق أونلاين): Algerian army reinforces the south-eastern border; Algiers dateline (الجزائر = the capital). Reported Algerian-army reinforcement Ouargla->Djanet and Djanet airport via Illizi (town), headline adds «على الحدود مع ليبيا» (Algerian side) as destination; planned airborne company at the Tin Alkoum crossing and observation posts along the Tassili plateau («تعتزم»); conditional reinforcement Tamanrasset->In Guezzam (spelled عين قزام; «في حال», the border with Niger is in the condition); Algerian incursion towards Ghat denied by the Defence Ministry; reported LNA («الكتيبة 160 مشاة» التابعة لقوات حفتر) deployment in Ghat and the Isayen crossing. Not movements: Tassili Airlines flights Algiers-Djanet, the barter caravan to Ghat launched by the wali of Illizi (wilaya = district), deportations of migrants to Niger via In Guezzam. Traps: الشروق (media = 'sunrise'), طيران الطاسيلي (airline containing الطاسيلي), موسى الجانتي (person containing جانت), السلطات الجزائرية (nisba containing الجزائر).",
 "ag3": "Erem News (إرم نيوز): tension in the Nafusa mountains after a killing at a checkpoint near Al-Qawalish. Reported Zintan mobilisation in Ar Rayayinah («المجلس العسكري الزنتان»; headline = same move); reported GNA («كتيبة درع الجبل», Chief of Staff) deployment Tripoli->Yafran via Al Aziziya (headline = same move); conditional Zintan advance Ar Rayayinah->Al-Qawalish and Kikla (إذا); planned GNA separation units between Ar Rayayinah and Yafran («ستنشر»); GNA withdrawal Kikla->Gharyan denied. Not movements: notables from Nalut and Kabaw visiting Yafran, transport suspended on the Gharyan-Yafran road, fuel trucks bound for Zintan (للزنتان -> زنتان) stuck at Al Asabi'ah, Rujban and Jadu notables (coordination). Traps: المجلس العسكري الزنتان (body containing الزنتان), درع الجبل (force), عمر الزنتاني / سالم اليفرني (persons containing الزنتان / يفرن), جرائم الحرابة (common word = Al Harabah), القبائل الزنتانية (nisba), إرم نيوز (media).",
 "ag4": "Independent Arabia (اندبندنت عربية): clashes in Tajoura east of Tripoli. Reported advance of Misrata columns Misrata->Garabulli (القره بوللي) via Zliten and Khoms (sub-headline = same move); reported GNA («اللواء 188 مشاة», Chief of Staff) deployment to Tajoura (variant تاجورا); conditional Misrata advance Garabulli->Tajoura («لن تدخل … إلا إذا»); planned withdrawal of «كتيبة الساحل الشرقي» (nominally under the Defence Ministry -> GNA) from Tajoura to its camp in Qasr al-Akhyar (اتفاق ينص على أن تنسحب); Turkish move Khoms naval base->Tajoura denied by the Turkish embassy in Tripoli (sub-headline «وأنقرة تنفي» = the same denial; Ankara is the speaker, not a movement place). Not movements: families displaced to Souq al-Juma and Ain Zara, civil flights diverted to Misrata airport, the analyst's quote. Traps: الأسلحة المتوسطة (common word 'medium'), الدول الخمس (common word containing الخمس), سالم الزليتني / فرج الخمسي (persons containing زليتن / الخمس), كتيبة الساحل الشرقي, جهاز الإسناد الأمني (bodies), اندبندنت عربية (media).",
 "ag5": "BBC Arabic (بي بي سي نيوز عربي): EU operation Irini intercepts a ship bound for Benghazi. Reported shipment (ship, actor null) Latakia->Benghazi via Tripoli (Lebanon, «طرابلس اللبنانية»; headline = same shipment); Russian cargo planes Syria->Benina base denied by the LNA; reported LNA naval redeploy Tobruk->Derna (four boats); planned Turkish marine landing at Khoms («ستنفذ … إنزالاً»); conditional EU deployment of extra ships off Tobruk and Ras al-Hilal (إذا; EU not canonical -> null). Not movements: the migrant boat Tobruk->Crete, Greek returns of migrants to Libya, civilian flights Benghazi-Damascus, Russia/Turkey competition. Traps: إيريني (operation), بي بي سي (media), خليفة حفتر (person), الهلال الأحمر (common word containing الهلال, next to رأس الهلال), السلطات اليونانية (nisba containing اليونان).",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
