# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also variant مصراته)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                   # G
 # aw1 Al-Qaryat / Al-Hamada
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "qaryat": ("town", "LY", 30.393, 13.592, "Al Qaryat"),                                 # K
 "qaryat_mun": ("district", "LY", 30.393, 13.592, "Al Qaryat municipality"),            # K (same point)
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                       # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                          # G
 "benina_base": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                    # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # aw2 Chad border
 "south_libya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                   # G
 "umm_aranib": ("town", "LY", 26.13386, 14.7372, "Umm al Aranib"),                      # G (both spellings)
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G* (gazetteer spelling نجامينا)
 "wour": ("village", "TD", 21.3667, 15.9833, "Wour"),                                   # G
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                    # G
 "border_td_ly": ("region", "TD", 22.3, 16.5, "Chad-Libya border (Chadian side)"),      # K
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                             # G
 "faya_airport": ("airport", "TD", 17.9171, 19.1111, "Faya Largeau Airport"),           # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tmassah": ("village", "LY", 26.4, 15.78333, "Tmassah"),                               # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "wigh_base": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                     # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town point)
 # aw3 Misrata / Bani Walid
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "bw_airport": ("airport", "LY", 31.7392, 13.954, "Bani Walid Airport"),                # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town point)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "south_tripoli": ("region", "LY", 32.75, 13.19, "Southern Tripoli"),                   # K
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 # aw4 Derna
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("base", "LY", 32.7695, 22.6455, "Port of Derna"),                       # K (kind: see README)
 "wadi_derna": ("region", "LY", 32.735, 22.6, "Wadi Derna"),                            # K
 "tobruk_nb": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 "matruh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                           # G
 "border_eg_ly": ("region", "EG", 30.0, 25.3, "Egypt-Libya border (Egyptian side)"),    # K
 "abraq": ("town", "LY", 32.78991, 22.0005, "Al Abraq"),                                # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benina_airport": ("airport", "LY", 32.0968, 20.2695, "Benina International Airport"), # G
 # aw5 Ubari
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (both spellings)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town point)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),                                      # G
 "el_feel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                      # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر, city)
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "aw1": ["العربي الجديد", "المجلس العسكري الزنتان", "قوات الزنتان", "اتفاق جنيف", "خط أنابيب الحمادة",
         "إدريس المبروك", "أدري"],
 "aw2": ["الجزيرة نت", "جبهة الوفاق من أجل التغيير في تشاد", "قوة حماية الجنوب", "عبد الله المرزقي",
         "الجيش التشادي", "الهلال الأحمر الليبي", "مالي"],
 "aw3": ["عين ليبيا", "المجلس العسكري مصراتة", "محمد الزليتني", "شارع طرابلس", "الأهلي بنغازي", "سرت", "زلة",
         "الخمسة"],
 "aw4": ["سكاي نيوز عربية", "ليبيا الحدث", "لجنة إعادة إعمار درنة", "الجيش الوطني الليبي", "الراية البيضاء", "مصر للطيران",
         "الأراضي المصرية", "اللبنانية"],
 "aw5": ["الأناضول", "اللواء طارق بن زياد", "كتيبة المغاوير", "وزارة الدفاع الجزائرية", "صفحات ليبية",
         "اتفاق الدوحة", "أدري"],
}

PHEN = {
 "aw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases"],
 "aw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "aw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "aw4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "aw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA, MIS, ZIN, CHAD = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces", "Chadian armed groups"


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "aw1": [
  M("advance", "conditional", ZIN, ["الرياينة"], ["القريات", "الشويرف"]),
  M("reinforce", "denied", LNA, ["إدري"], ["القريات"], ["الحمادة الحمراء"]),
  M("withdraw", "denied", LNA, ["القريات"]),
  M("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  M("mobilise", "reported", ZIN, [], ["الرياينة", "بئر الغنم"]),
  M("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["الشويرف"]),
  M("deploy", "planned", GNA, ["غريان"], ["القريات"]),
 ],
 "aw2": [
  M("withdraw", "denied", CHAD, ["وور"], ["الحدود مع ليبيا"]),
  M("reinforce", "reported", None, ["فايا لارجو"], ["زوار", "وور"]),
  M("airlift", "denied", None, ["انجمينا"], ["مطار فايا لارجو"]),
  M("mobilise", "reported", None, [], ["ام الارانب", "تمسة"]),
  M("advance", "denied", CHAD, ["الحدود مع النيجر"], ["أم الأرانب"]),
  M("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  M("advance", "conditional", CHAD, [], ["زوار"]),
 ],
 "aw3": [
  M("advance", "conditional", MIS, [], ["بني وليد"]),
  M("mobilise", "reported", MIS, ["مصراته"], ["الهيشة"]),
  M("airlift", "denied", LNA, ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
  M("withdraw", "reported", "Wagner Group", ["جنوب طرابلس"], ["بني وليد"]),
  M("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  M("deploy", "planned", GNA, ["ترهونة"], ["مطار بني وليد"]),
  M("redeploy", "planned", MIS, ["أبوقرين"], ["الهيشة"]),
  M("deploy", "denied", MIS, [], ["زليتن"]),
  M("withdraw", "conditional", MIS, ["الهيشة"], ["مصراتة"]),
 ],
 "aw4": [
  M("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  M("redeploy", "reported", LNA, ["مرتوبة"], ["درنة"]),
  M("advance", "conditional", LNA, [], ["وادي درنة"]),
  M("reinforce", "conditional", LNA, ["بنغازي"], ["درنة"]),
  M("naval_landing", "denied", "Egyptian army", ["مرسى مطروح"], ["ميناء درنة"]),
  M("shipment", "denied", GNA, ["مصراتة"], ["درنة"]),
  M("deploy", "planned", LNA, ["الأبرق"], ["القبة"]),
 ],
 "aw5": [
  M("reinforce", "conditional", None, ["غات", "العوينات"], ["اوباري"]),
  M("withdraw", "conditional", None, ["اوباري"], ["مرزق"]),
  M("deploy", "reported", LNA, ["سبها"], ["اوباري"], ["جرمة"]),
  M("deploy", "reported", CHAD, [], ["حقل الفيل"]),
  M("shipment", "reported", LNA, ["قاعدة تمنهنت"], ["اوباري"]),
  M("reinforce", "planned", LNA, ["براك"], ["العوينات"]),
  M("deploy", "denied", LNA, [], ["حقل الشرارة"]),
  M("advance", "denied", "Algerian army", [], ["غات"], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "aw1": "Al-Araby Al-Jadeed (العربي الجديد; `طرابلس ــ العربي الجديد`, «قوات حفتر»): Zintan ultimatum over Al-Qaryat. "
        "Conditional Zintan advance Ar Rayayinah->Al-Qaryat and Ash-Shwayrif («أمهل ... وإلا فإن قواته المتمركزة في الرياينة "
        "ستتقدم»; the demanded LNA withdrawal is not a movement); LNA («اللواء 128 معزز») reinforcement Idri->Al-Qaryat via the "
        "Hamada al-Hamra reported by local sources and denied by the brigade («عارية عن الصحة»; headline «ينفي وصول تعزيزات» = "
        "same); LNA refusal «لن تنسحب منها» = withdrawal denied; unconfirmed airlift Benina Air Base->Brak Air Base («أنباء غير "
        "مؤكدة ... لم يتسن», reported); Zintan mobilisation in Ar Rayayinah and Bir al-Ghanam; LNA threat «لوّح بإرسال تعزيزات» "
        "Al Jufra Air Base->Ash-Shwayrif «إذا ما» (conditional; Al-Qaryat in the condition is not a movement place); planned GNA "
        "neutral force Gharyan->Al-Qaryat («تعتزم»). Not movements: denied arrest of two soldiers near Zintan, EU threat of "
        "sanctions, the 5+5 meeting in Tunis, schools «رهن بعودة الهدوء», Wadi al-Shati and Benghazi as locators.",
 "aw2": "Al Jazeera Net (الجزيرة نت; `انجمينا- الجزيرة نت`): Chad accuses rebels based in southern Libya. Chadian armed groups "
        "(CCMSR) withdrawal Wour->the border with Libya claimed by the Chadian army and denied by the group («كذّبت ... شائعات»); "
        "Chadian army (null) reinforcement Faya-Largeau->Zouar and Wour; Chadian army airlift N'Djamena->Faya airport announced "
        "then cancelled («إلغاء», denied); Tebu «قوة حماية الجنوب» (null) mobilisation in Umm al-Aranib (`ام الارانب`) and Tmassah "
        "(videos, «لم تتمكن ... من التحقق», reported); Chadian fighters entering Umm al-Aranib from the border with Niger denied "
        "by the LNA («فنّدت»; headline = same); planned LNA airlift Tamanhint->Al Wigh base («تستعد»; Toummo = purpose); "
        "conditional rebel advance towards Zouar («لوّح ... في حال»). Not movements: the denied meeting in Sabha, the activist's "
        "«لا نية للتحرك», miners arriving in Al Qatrun and Murzuq, Al Qatrun's request for «دعم مالي».",
 "aw3": "Ain Libya (عين ليبيا; `طرابلس - عين ليبيا | الأحد 12 أبريل 2026`): Misrata threatens Bani Walid over five abducted "
        "traders. Conditional Misrata advance on Bani Walid («هدد بالزحف ... ما لم»; headline = same); Misrata mobilisation "
        "from Misrata (`مصراته`) in Al-Hisha; LNA cargo plane Al Jufra Air Base->Bani Walid airport denied by the municipality "
        "(«فنّدت»; the verb «وسرت» is a trap); history (reported): Wagner withdrawal southern Tripoli->Bani Walid and airlift "
        "Bani Walid airport->Al Jufra Air Base (2020); planned GNA «الكتيبة 30 مشاة» Tarhuna->Bani Walid airport («ستبدأ»); "
        "Misrata column Abu Qurayn->Al-Hisha postponed («أرجأ ... إلى حين», planned); Misrata deployment in Zliten denied "
        "(«محض افتراء»); conditional return Al-Hisha->Misrata («متى ما»). Not movements: the traders' abduction on the Misrata-Bani Walid road, Warfalla's denial of the "
        "detention and its condition («مشترطاً»), the protest in «شارع طرابلس», the postponed Al-Ahly Benghazi match.",
 "aw4": "Sky News Arabia (سكاي نيوز عربية; `أبوظبي - سكاي نيوز عربية`): LNA naval landing Tobruk naval base->Derna port "
        "(headline = same); LNA «اللواء 106 مجحفل» redeploy Martuba->Derna; ultimatum to gunmen in Wadi Derna («أمهلت ... وإلا "
        "فإن قواتنا ستقتحم»: conditional advance); conditional reinforcement Benghazi->Derna («بشرط»); Egyptian landing Marsa "
        "Matruh->Derna port denied («أكاذيب مغرضة»; the Egyptian army securing the border «من داخل الأراضي المصرية» is not a "
        "movement); GNA ammunition shipment Misrata->Derna alleged by the LNA and denied («كذّبته»); planned LNA company Al "
        "Abraq->Al Qubbah postponed («كان من المقرر ... تأجيل», planned). Not movements: migrants' boat from Tripoli (Lebanon) "
        "towards Italy off Tobruk, the chief of staff's inspection visit to Derna, «لجنة إعادة إعمار درنة», the tanker leaving Marsa al-Hariga, EgyptAir flights Cairo-Benina.",
 "aw5": "Anadolu (الأناضول; `طرابلس/ الأناضول`, `08.05.2026`): Tuareg-Tebu tension in Ubari. Tuareg «كتيبة المغاوير» (null) "
        "ultimatum: conditional reinforcement Ghat and Al-Awaynat->Ubari («وإلا فإنها ستستقدم»); Tebu force (null) conditional "
        "withdrawal Ubari->Murzuq («شريطة أن»; the Tuareg withdrawal in the condition is not annotated); LNA «اللواء طارق بن "
        "زياد» deployment Sabha->Ubari via Germa (witnesses); unconfirmed Chadian fighters near El Feel field (reported); LNA "
        "ammunition trucks Tamanhint->Ubari (shipment); planned LNA reinforcement Brak->Al-Awaynat («يُتوقع أن»); LNA company "
        "for the Sharara field announced then called off («تتراجع عن القرار», denied); Algerian incursion towards Ghat via the "
        "Isayen crossing denied by the Algerian ministry. Not movements: families displaced to Germa and Idri, the Red Crescent "
        "convoy from Sabha, the Doha agreement, Algiers as the statement's venue.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (6, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
