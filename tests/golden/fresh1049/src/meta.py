# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Murzuq district (Libya)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq Municipality"),           # G* (town row, kind district)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G (district:LY-MQ; شعبية مرزق is a listed variant)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G (also written ام الارانب)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun Municipality"),        # G* (town row, kind district)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم; معبر التوم is a listed variant)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                            # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 # rest of Libya
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_ly": ("region", "TD", 21.3, 19.0, "Chad-Libya border (Chad side)"),         # K
 # Niger and Nigeria
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G (row ماداما; قاعدة ماداما is a listed variant)
 "border_ne_ly": ("region", "NE", 22.4, 13.6, "Niger-Libya border (Niger side)"),       # K
 "abuja": ("city", "NG", 9.05785, 7.49508, "Abuja"),                                    # G (row آبوجا; أبوجا is a listed variant)
}

TRAPS = {
 "qnl1": ["فزان 24", "المرزقاوي", "اللواء 128 معزز", "الشمالي", "قوة حماية الجنوب", "المعارضة التشادية"],
 "qnl2": ["ملف الجنوب", "ليبيا الفضائية", "الكتيبة 166", "آدم التوم", "عيسى القطروني", "مجلس أعيان التبو",
          "حرس الحدود", "التشاديون", "جبهة الوفاق من أجل التغيير في تشاد"],
 "qnl3": ["غرفة عمليات الجنوب", "ارفع صوتك", "السبهاوي", "اللواء طارق بن زياد", "سودانيين",
          "الهلال الأحمر الليبي"],
 "qnl4": ["انجمينا الجديدة", "الليبية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش الوطني الليبي",
          "جبهة الوفاق من أجل التغيير في تشاد", "إدريس ديبي إتنو"],
 "qnl5": ["نيجريين", "صوت نيجيريا", "الساحل اليوم", "الجيش النيجري", "الليبية", "تشادية", "الدعم المالي", "نيجري", "الليبي",
          "الجديد", "ليبيون", "الشمالية"],
}

PHEN = {
 "qnl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district"],
 "qnl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qnl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qnl5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qnl1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "conditional", None, ["مرزق"], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["ام الارانب"], ["مرزق"]),
  mv("redeploy", "planned", LNA, ["مرزق"], ["تراغن"]),
 ],
 "qnl2": [
  mv("deploy", "reported", LNA, ["القطرون"], ["معبر التوم"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("withdraw", "denied", LNA, ["القطرون"], ["سبها"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["تجرهي"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تجرهي"], ["كوري بوقودي"]),
 ],
 "qnl3": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("deploy", "reported", LNA, ["سبها"], ["أم الأرانب"]),
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["تمسة"]),
  mv("deploy", "planned", LNA, ["تمسة"], ["الواو الكبير"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["زويلة"]),
 ],
 "qnl4": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["وور", "الحدود مع ليبيا"]),
  mv("advance", "conditional", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب", "تجرهي"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["أوزو"]),
 ],
 "qnl5": [
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("withdraw", "reported", "Chadian armed groups", ["المثلث الحدودي"], ["تيبستي"]),
  mv("deploy", "conditional", "Nigerien army", ["بيلما"], ["جادو"]),
  mv("advance", "denied", "Nigerien army", [], ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "planned", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "qnl1": "Libyan south site (Fezzan 24) Q&A with the mayor of Murzuq: LNA Brigade 128 reinforcements Sabha→Murzuq via "
         "Ghuddwa, the local Tebu-Arab-Tuareg force's conditional pull-back from Murzuq's gates to its camp in Umm "
         "al-Aranib (only if the army takes over every post; actor null), a denied entry of Chadian opposition gunmen "
         "Umm al-Aranib (written ام الارانب)→Murzuq and a planned company Murzuq→Traghen; displaced families returning "
         "by municipal bus from Ubari and Sabha (civilian), Tripoli as a government that promises money, the 2019 "
         "background and the mayor's name المرزقاوي (holds مرزق) are not movements or movement places.",
 "qnl2": "Libyan TV talk-show transcript (Libya Al-Fadaiya, programme «ملف الجنوب», Benghazi studio): an LNA company "
         "Al Qatrun→Toummo crossing (written معبر التوم), ammunition-and-fuel trucks Sabha→Al Qatrun, a denied "
         "pull-out Al Qatrun→Sabha (soldiers on leave in civilian clothes are not a move), a planned cargo flight "
         "Tamanhint base→Al Wigh base, a conditional advance Al Qatrun→Tajarhi and Chadian FACT gunmen withdrawn from "
         "near Tajarhi to Kouri Bougoudi (reported by a Tebu notable); trade trucks from Niger and the gunmen's "
         "presence near Tajarhi since autumn are not moves; the guest آدم التوم holds التوم.",
 "qnl3": "Pan-Arab news site (Irfaa Sawtak) on a press conference in Sabha by the LNA southern operations room: four "
         "cargo flights Jufra air base→Sabha airport, the same force by road Sabha→Umm al-Aranib, a denied arrival "
         "of Sudanese gunmen Kufra→Tmassah, a planned company Tmassah→Wau al-Kabir and a conditional reinforcement "
         "Brak air base→Zuwaylah; the smugglers' route towards Chad, the Red Crescent medical convoy to Tmassah "
         "without escort, the local force staying in place and Murzuq's 2019–2021 battles are not movements.",
 "qnl4": "Chadian Arabic paper (N'Djamena Al-Djadida) interview with the army commander at Zouar: reinforcements "
         "Faya-Largeau→Zouar, two companies of them planned for Wour and the border with Libya (Chad side), a "
         "conditional advance Zouar→Kouri Bougoudi (only if attacked; gold miners there), CCMSR rebels massing around "
         "Umm al-Aranib and Tajarhi, and the CCMSR's denial of a crossing Al Qatrun→Aozou; miners from Sudan and Niger "
         "(civilian), N'Djamena and Benghazi as commands, the April 2021 FACT offensive from southern Libya "
         "(background) and «لن يعودوا إلى تشاد بالسلاح» are not movements.",
 "qnl5": "International radio in Arabic (Voice of Nigeria, Abuja): Nigerien army reinforcements Dirkou→Madama base "
         "(«إلى القاعدة»), a Chadian armed group withdrawing from the Libya-Niger-Chad border triangle to Tibesti, a "
         "conditional Nigerien unit Bilma→Djado (Niger's Djado, not Libyan Jadu), the Qatrun mayor's denial that "
         "Nigerien soldiers crossed the Toummo crossing towards Al Qatrun (via) and a planned LNA company Al Wigh base→"
         "Toummo crossing; trucks and migrants Agadez→Dirkou→Libya (civilian), Niamey as the deciding command, "
         "«الدعم المالي» (Mali) and «الجديد» (Al Jadid) are not places or moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnl1", "qnl2", "qnl3", "qnl4", "qnl5")
