# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # cities and capitals outside the south-west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (city row الجزائر)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                 # G
 # historical regions («إقليمي طرابلس وبرقة», kl3, kl4)
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                   # G (row إقليم طرابلس)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                         # G
 # Sabha and around (kl1, kl3, kl5, kl2, kl4)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),        # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                         # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                        # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "tamanhint_town": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                      # G* (base row as the town)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 # Ubari, Ghat and the Algerian border (kl2)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),                # G (district row غات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_dz": ("region", "LY", 25.0, 10.12, "Libya-Algeria border (near Ghat)"),         # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "southwest": ("region", "LY", 26.0, 12.0, "South-western Libya"),                       # K
 # Murzuq, Umm al-Aranib, Tmassah (kl3)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 # Brak and Wadi al-Shati (kl4)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # Al Qatrun and the Niger border (kl5)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TD = "Libyan National Army", "GNA forces", "Chadian armed groups"

TRAPS = {
 "kl1": ["فسانيا", "اللواء طارق بن زياد", "سالم الفزاني", "الفزاني", "شارع جمال عبد الناصر", "مبالغات"],
 "kl2": ["بوابة إفريقيا الإخبارية", "درع الجنوب الغربي", "شركة أكاكوس للعمليات النفطية", "بالحجارة",
         "مهرجان غات الدولي للسياحة"],
 "kl3": ["المسار", "مصريين", "تشادية"],
 "kl4": ["ليبيا الخبر", "إدريس الحضيري", "الحضيري"],
 "kl5": ["التناصح", "صالح القطروني", "القطروني", "التشادية", "إدريس أبوبكر"],
}

PHEN = {
 "kl1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "coverage_bases", "vague_area"],
 "kl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "coverage_oil",
         "coverage_crossings", "border_phrase", "countries", "ambiguity_country_capital", "vague_area",
         "town_vs_district"],
 "kl3": ["clitics", "spelling", "media_trap", "nisba", "border_phrase", "countries", "coverage_neighbours",
         "coverage_oil", "town_vs_district", "vague_area", "ambiguity_tripoli"],
 "kl4": ["clitics", "multiword", "media_trap", "person_trap", "ambiguity_idri", "ambiguity_tripoli", "vague_area", "coverage_bases", "countries",
         "coverage_neighbours", "town_vs_district"],
 "kl5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "coverage_bases",
         "coverage_crossings", "countries", "coverage_neighbours", "vague_area"],
}

MOVES = {
 "kl1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "مطار سبها"]),
  mv("deploy", "reported", None, [], ["المنشية", "الطيوري", "حجارة"]),
  mv("deploy", "planned", None, ["سبها"], ["سمنو"]),
  mv("redeploy", "conditional", None, [], ["القرضة"]),
  mv("withdraw", "denied", LNA, ["سبها"], ["قاعدة براك الجوية"]),
 ],
 "kl2": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("deploy", "planned", LNA, [], ["غات"], ["العوينات"]),
  mv("redeploy", "reported", None, ["أوباري"], ["حقل الشرارة"]),
  mv("deploy", "conditional", None, [], ["حقل الفيل"]),
  mv("withdraw", "denied", None, ["اوباري"], ["العوينات"]),
 ],
 "kl3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أم الأرانب"]),
  mv("advance", "reported", LNA, ["أم الارانب"], ["تمسة"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع النيجر"]),
  mv("shipment", "planned", LNA, ["سبها"], ["أم الأرانب"]),
  mv("mobilise", "reported", None, [], ["أم الأرانب"]),
  mv("advance", "denied", TD, ["تمسه"], ["زويلة"]),
  mv("deploy", "planned", None, ["سبها"], ["مرزق"]),
 ],
 "kl4": [
  mv("reinforce", "reported", LNA, ["براك"], ["إدري"]),
  mv("withdraw", "conditional", LNA, ["إدري"], []),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", LNA, [], ["براك", "الشويرف"]),
  mv("deploy", "denied", GNA, ["طرابلس"], ["الشويرف"]),
 ],
 "kl5": [
  mv("deploy", "denied", GNA, ["طرابلس"], ["القطرون"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("deploy", "reported", LNA, ["قطرون"], ["منفذ التوم"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", LNA, ["منفذ التوم"], ["القطرون"]),
  mv("mobilise", "reported", None, [], ["القطرون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار الويغ"]),
 ],
}

NOTES = {
 "kl1": "Fasania (Sabha daily), Eid security plan in Sabha: an LNA company Tamanhint air base→Sabha/Sabha airport "
        "(reported reinforce), police patrols in Al-Manshiya, Al-Tayouri and Hajara (reported deploy), a police force "
        "Sabha→Samnu next Thursday (planned), police to Al-Qurda «إذا تجددت الاشتباكات» (conditional redeploy), a "
        "rumoured pull-out Sabha→Brak air base (denied); the pilgrims' flight Sabha airport→Jeddah is civilian; the "
        "road to Sabha castle is a locator; «مبالغات» contains غات.",
 "kl2": "Afrigate News, Ubari: an LNA battalion column Sabha→Ubari via Germa and Al-Ghurayfa (reported deploy), a "
        "company to Ghat via Al-Awaynat next week (planned, no origin written), a Petroleum Facilities Guard force "
        "stationed in Ubari moved to the Sharara field (reported redeploy), a second PFG unit to El Feel «في حال تكرار "
        "إغلاق الصمامات» (conditional), the Tuareg auxiliary force's pull-out اوباري→Al-Awaynat denied by the mayor; "
        "vegetable trucks from Wadi al-Hayat, the Ghat delegation to Algiers, festival visitors and the border as a "
        "locator are not movements; «درع الجنوب الغربي» (plan name) and «بالحجارة» are traps.",
 "kl3": "Al-Masar TV, Murzuq: LNA reinforcements Sabha→Umm al-Aranib (reported), patrols Umm al-Aranib→Tmassah "
        "(reported advance), «ستواصل التقدم حتى الحدود مع النيجر إذا ثبت» (conditional), a supply-and-ammunition "
        "shipment Sabha→Umm al-Aranib within two days (planned), the elders' «النفير» at Umm al-Aranib (reported "
        "mobilise, local force, actor null), Chadian gunmen Tmassah→Zuwaylah (denied), a police force Sabha→Murzuq "
        "next Sunday for exams (planned); fuel queues in Murzuq and Traghen and the Sabha depot are not movements; "
        "«إقليمي طرابلس وبرقة» are the historical regions.",
 "kl4": "Libya Alkhabar, Brak al-Shati: an LNA Brigade 128 company Brak→Idri (reported reinforce), «لن تنسحب من إدري "
        "إلا بعد» (conditional withdraw), an Ilyushin Jufra air base→Brak air base with ammunition (reported airlift), "
        "border guards on the Brak–Ash Shwayrif road from next Sunday (planned; both ends as destinations), a GNU force "
        "Tripoli→Ash Shwayrif (denied); smugglers from Niger and the fuel convoy from Sabha are civilian; the council "
        "member «إدريس الحضيري» is a trap containing إدري; «طرابلس وبرقة» in the activists' line is the region "
        "Tripolitania, while the GNU force's origin طرابلس is the city.",
 "kl5": "Al-Tanasuh TV, Tripoli: the GNU Interior Ministry denies sending a force Tripoli→Al-Qatrun (denied), LNA "
        "reinforcements Sabha→Al-Qatrun (reported), border-guard patrols قطرون→Toummo crossing via Al Wigh base "
        "(reported deploy), «لن يعودوا إلى القطرون إلا بعد تأمين المنفذ» (conditional withdraw Toummo→Al-Qatrun), "
        "young men gathering at Al-Qatrun's southern gate (reported mobilise, null), trucks with fuel and ammunition "
        "Sabha→Al-Qatrun (reported shipment), a planned airlift Tamanhint air base→Al Wigh airport; the military "
        "vehicles seen passing Tajarhi (no force, no direction) and the goods from Sabha are not movements; the "
        "activist «صالح القطروني» and the officer «إدريس أبوبكر» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kl1", "kl2", "kl3", "kl4", "kl5")
