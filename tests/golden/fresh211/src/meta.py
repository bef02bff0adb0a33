# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and cities used as datelines, speakers or seats
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row spelled أغاديس)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # he1 Algerian side of the Ghat-Djanet border
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "border_dz_side": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 # Fezzan: Ubari, Ghat, Sharara
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G* (row الجنوب الغربي)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # he3 Wadi al-Shati, Brak, Idri, Hamada
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # he4 the Niger border
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row spelled ماداما)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 # he5 Murzuq
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq_sha": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

LNA, ALG = "Libyan National Army", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "he1": ["وكالة الأنباء الجزائرية", "طيران الطاسيلي", "الجيش الوطني الشعبي", "السعيد شنقريحة", "الليبية"],
 "he2": ["شينخوا", "الجيش الوطني الليبي", "خليفة حفتر", "سالم الأوباري", "شركة أكاكوس للعمليات النفطية",
         "الشرارة الأولى"],
 "he3": ["وكالة أنباء الشرق الأوسط", "القيادة العامة للجيش الوطني الليبي", "إدريس الفيتوري", "مفتاح البراكي", "المصرية",
         "حكومة الوحدة الوطنية"],
 "he4": ["سبوتنيك", "الجيش الوطني الليبي", "علي القطروني", "وزارة الدفاع الروسية"],
 "he5": ["فواصل", "إدريس بوبكر", "غرفة عمليات الجنوب الغربي", "شركة مليتة للنفط والغاز", "تشادية",
         "الكتيبة 177", "المؤسسة الوطنية للنفط"],
}

PHEN = {
 "he1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "he2": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "he3": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "countries"],
 "he4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "he5": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "countries"],
}

MOVES = {
 "he1": [
  mv("deploy", "reported", ALG, ["إليزي"], ["جانت", "معبر تين الكوم"]),
  mv("airlift", "reported", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("mobilise", "reported", ALG, [], ["ولاية إليزي"]),
  mv("redeploy", "planned", ALG, ["عين أمناس"], ["جانت"]),
  mv("reinforce", "conditional", ALG, [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", ALG, [], ["غات", "العوينات"]),
 ],
 "he2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("mobilise", "reported", LNA, [], ["سبها"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["العوينات"]),
  mv("reinforce", "conditional", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "denied", LNA, ["أوباري"], []),
 ],
 "he3": [
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", LNA, ["سبها"], ["إدري"]),
  mv("redeploy", "planned", LNA, ["إدري"], ["الحمادة الحمراء"]),
  mv("advance", "conditional", LNA, [], ["الشويرف"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "he4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("deploy", "reported", LNA, ["قطرون"], ["منفذ التوم"]),
  mv("shipment", "reported", LNA, ["مرزق"], ["القطرون"]),
  mv("redeploy", "planned", LNA, ["تجرهي"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["مادما"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة"], ["النيجر"]),
 ],
 "he5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تراغن"], ["الحدود مع تشاد"]),
  mv("deploy", "planned", LNA, [], ["تمسة", "زويلة"]),
  mv("deploy", "conditional", LNA, ["مرزق"], ["حقل الفيل"]),
  mv("advance", "denied", LNA, ["مرزق"], ["أم الأرانب"]),
 ],
}

NOTES = {
 "he1": "APS (Algiers) wire copy of an Algerian MoD communiqué: «تمّ نشر» units Illizi→Djanet/the Tin Alkoum crossing "
        "(the force named later in the sentence), «أُرسلت» helicopters Tamanrasset→Djanet airport, a planned «سيُعاد "
        "تموضع» In Amenas→Djanet, a conditional «سيتم الدفع» to the border with Libya, a denied «لم يتم تحريك» towards "
        "Ghat/Al-Awaynat; Tassili Airlines flights and the Ouargla exercise are not moves.",
 "he2": "Xinhua (Tripoli) on the LNA in Ubari and Ghat: «تمّ الدفع» Sabha→Ubari via Germa (the LNA named at the end of "
        "the sentence), «جرى نقل … جواً» Tamanhint air base→Ghat airport, a planned «سيُعاد تموضع» Sharara field→"
        "Al-Awaynat, a conditional «سيتم إرسال» Ubari→Ghat and a denied pull-out from Ubari (colonel Salem al-Obari is a "
        "trap).",
 "he3": "MENA (Benghazi) on an LNA communiqué: «جرى الدفع» Brak air base→Idri, an airlift Benina→«القاعدة» (= Brak "
        "air base), a planned «سيُعاد نشر» Idri→Hamada al-Hamra, a conditional «لن يتم تحريك … إلا إذا» towards Ash "
        "Shwayrif and a denied pull-out Brak air base→Sabha; Idris al-Fituri and Muftah al-Braki are traps.",
 "he4": "Sputnik Arabic (Sabha) on the Niger border: «تمّ الدفع» Sabha→Al Qatrun via Umm al-Aranib, «أُرسلت» Qatrun→"
        "Toummo crossing, a planned «يُعاد تموضع» Tajarhi→Al Wigh base, Niger's conditional «قد يُدفع بها» Dirkou→"
        "Madama, and Moscow's denied «لم يُنقل» airlift Jufra base→Niger.",
 "he5": "Fawasel (Murzuq): «جرى الدفع» Sabha→Murzuq (the LNA battalion named later), a reported Chadian pull-out "
        "«رُصد انسحاب» Traghen→the Chad border, a planned «سيتم نشر» in Tmassah and Zuwaila, a conditional «سيُدفع» "
        "Murzuq→El Feel field and a denied «لم يتم تحريك» Murzuq→Umm al-Aranib.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("he1", "he2", "he3", "he4", "he5")
