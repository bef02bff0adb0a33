# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # Libya: Ghat district and Wadi al-Hayat
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G (also written سَرْدَلَس)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                  # G (row district:LY-GT)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Libya: Sabha, Wadi al-Shati, Murzuq and the far south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "tmassah": ("town", "LY", 26.40000, 15.78333, "Tmassah"),                              # G (row kind village)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "tripoint_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "uweinat_jebel": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                # G* (row مثلث العوينات)
 # Libya: north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 # Chad
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti Mountains"),                  # G (row تيبستي, written جبال تيبستي)
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "aouzou_strip": ("region", "TD", 22.0, 18.0, "Aouzou Strip"),                          # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "border_td_ly": ("region", "TD", 22.8, 17.0, "Chad-Libya border (Chad side)"),         # K
 "border_td_ne": ("region", "TD", 18.29873, 15.71166, "Chad-Niger border (Chad side)"),  # G* (row الحدود التشادية النيجرية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "qqn1": ["قناة ليبيا الأحرار", "وكالة الأنباء الجزائرية", "الجيش الجزائري", "الجيش الوطني الليبي",
          "عملية فرض القانون", "الكتيبة 612", "الإيطاليون", "الفرنسية", "ليبية", "الليبي"],
 "qqn2": ["كتيبة شهداء تمسة", "الكتيبة 177 مشاة", "المنطقة العسكرية سبها", "الجيش الوطني الليبي",
          "إدريس امحمد الصغير", "فسانيا", "الجيش النيجري"],
 "qqn3": ["سالم عبد القادر الفزاني", "الفزاني", "عمر المختار", "كتيبة حماية حقل الشرارة",
          "غرفة عمليات الجنوب الغربي", "المنطقة العسكرية غات", "ليبيا الحدث", "التشاديين", "الفيلق الأفريقي",
          "الروسي", "نيجرية", "الجيش النيجري"],
 "qqn4": ["الجيش الوطني الليبي", "الكتيبة 612", "وزارة الدفاع الجزائرية", "رئاسة الأركان الجزائرية", "الجزائري",
          "ليبية", "العثماني", "الإيطالي", "الفرنسية"],
 "qqn5": ["الزوار", "جبهة إنقاذ تيبستي", "هيئة الأركان التشادية", "الجيش التشادي", "التشادي", "الليبي",
          "الفرنسيون"],
}

PHEN = {
 "qqn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qqn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qqn4": ["clitics", "multiword", "operation_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqn5": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qqn1": [
  mv("advance", "reported", LNA, ["أوباري"], ["العوينات"]),
  mv("redeploy", "reported", LNA, ["العوينات"], ["مطار غات"]),
  mv("deploy", "planned", LNA, ["سبها"], ["العوينات"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["أوباري"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
 ],
 "qqn2": [
  mv("redeploy", "reported", LNA, ["براك"], ["تمسة"]),
  mv("deploy", "reported", LNA, [], ["قاعدة الويغ", "القطرون"]),
  mv("redeploy", "planned", LNA, ["تمسة"], ["قاعدة براك الجوية"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", LNA, ["قاعدة الويغ"], ["أم الأرانب"]),
  mv("mobilise", "reported", "Nigerien army", [], ["ماداما"]),
 ],
 "qqn3": [
  mv("advance", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, [], ["قاعدة الويغ"]),
  mv("advance", "conditional", LNA, [], ["مثلث السلفادور"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
  mv("redeploy", "reported", "Nigerien army", ["أرليت"], ["ديركو"]),
 ],
 "qqn4": [
  mv("advance", "reported", LNA, ["العوينات"], ["غات", "مطار غات"]),
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "conditional", LNA, ["مطار غات"], []),
  mv("reinforce", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
 ],
 "qqn5": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("redeploy", "planned", "Chadian army", ["زوار"], ["برداي"]),
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["مطار فايا لارجو"]),
  mv("reinforce", "conditional", "Chadian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["وور"]),
 ],
}

NOTES = {
 "qqn1": "Arabic Wikipedia-style town entry on Al-Awaynat (Serdeles) in Ghat district with a hatnote for Jebel "
         "Uweinat (Libya/Egypt/Sudan) and a 'recent events' section: the LNA's 2019 entry Ubari→Al-Awaynat (history), "
         "an LNA company Al-Awaynat→Ghat airport, a planned engineering unit Sabha→Al-Awaynat, the LNA's denied "
         "withdrawal Al-Awaynat→Ubari and the Algerian army's conditional reinforcement of Djanet; the medicine convoy "
         "from Tripoli (civilian), patrols up to the Isayen crossing, Agadez on the old caravan route, Tripoli as a "
         "rejecting government and the see-also list are not movements or movement places.",
 "qqn2": "Marefa-style entry on an invented LNA brigade named after Tmassah (كتيبة شهداء تمسة, trap): founded in Brak "
         "(no move), HQ in Brak air base (no move), reported redeployment Brak→Tmassah (2017), companies sent to Al-Wigh "
         "base and Qatrun (2019), control of Umm al-Aranib (no move), a planned move Tmassah→Brak air base, a "
         "conditional reinforcement of the border with Niger (Toummo crossing only in the condition), a denied "
         "withdrawal Al-Wigh base→Umm al-Aranib and the Nigerien army massing at Madama; Idri beside the person "
         "إدريس امحمد الصغير (holds إدري), Murzuq (ambush) and Murzuq district are background.",
 "qqn3": "Moqatel-style profile of an invented LNA commander whose nisba الفزاني holds فزان: his posts (Tamanhint base, "
         "Ubari, Germa; personal postings, not movements), a 2019 column Sabha→Sharara field via Ubari, a 2020 airlift "
         "Jufra air base→Sabha airport, a planned deployment to Al-Wigh base (the tripoint with Niger and Algeria is the "
         "purpose, not a destination), a conditional advance to the Salvador triangle, a denied Russian airlift Brak "
         "air base→Al-Wigh base and a Nigerien battalion Arlit→Dirkou; Sabha (birthplace), Tripoli (college), Cairo "
         "(course) and Fezzan are background; unit names holding حقل الشرارة, غات and الجنوب الغربي are traps.",
 "qqn4": "Mawdoo3-style entry on Ghat with a contents list and a 2026 section: the LNA's 2019 entry Al-Awaynat→Ghat and "
         "Ghat airport, LNA reinforcements Ubari→Ghat, the LNA's conditional pull-out from Ghat airport, a planned "
         "Algerian reinforcement Illizi→Djanet and Algeria's denied crossing Djanet→Ghat; the commercial truck convoy "
         "through the Isayen crossing to Djanet is civilian, and the clash near the crossing, Agadez/Tripoli (caravans), "
         "Al-Barakat, Fezzan and the distance references are not movement places.",
 "qqn5": "Arab Encyclopedia-style signed entry on Zouar (Chad), where زوار is also the word 'visitors' (trap الزوار) and "
         "sits inside the gold places زوارة (Zuwara, Libya) and زواركي (Zouarké): a 2018 Chadian army deployment "
         "Faya-Largeau→Zouar, a planned battalion Zouar→Bardai (the road to Aozou is its purpose), a reported military "
         "airlift N'Djamena→Faya-Largeau airport, a conditional reinforcement of the border with Libya (Kouri Bougoudi "
         "only in the condition) and a Chadian rebel front's denied crossing Qatrun→Wour; caravan trade with Qatrun, "
         "the gold-mine attacks and the road to the border with Niger are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqn1", "qqn2", "qqn3", "qqn4", "qqn5")
