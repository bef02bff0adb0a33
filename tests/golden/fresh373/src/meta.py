# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G* (row جبل أكاكوس)
 "tassili": ("region", "DZ", 25.5, 8.5, "Tassili n'Ajjer"),                              # K
 "border_dz": ("region", "LY", 24.7, 10.1, "Libya-Algeria border near Ghat"),            # K
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 # districts
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 # cities and towns, Libya
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                             # G (row spelled البركات)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # bases, airports, crossings, oil fields
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G* (row قاعدة بنينا الجوية)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G* (row قاعدة الجفرة الجوية)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 # neighbours
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row spelled أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G (row spelled ربات)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (Tobruk city row)
}

LNA, RU, DZ, TD = "Libyan National Army", "Russian forces", "Algerian army", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nk1": ["بلغات عدة", "الشرارة الأولى", "إبراهيم الغاتي", "غرفة عمليات الجنوب الغربي", "الجزائرية"],
 "nk2": ["الفيلق الأفريقي", "الليبيون", "المعارضة التشادية", "السفارة الروسية", "روسيا اليوم", "سالم البراكي"],
 "nk3": ["الجيش الجزائري", "طيران الطاسيلي", "الشروق", "وحدات جزائرية"],
 "nk4": ["مليتة للنفط والغاز", "الإيطاليين", "تشاديين", "الفيل في الغرفة", "أحمد الإدريسي", "أكاكوس للعمليات النفطية"],
 "nk5": ["باحث مغربي", "عبد الرحمن القطروني", "المعارضة التشادية", "إذاعة فرنسا الدولية", "حرس الحدود الليبي", "شأناً ليبياً",
         "الجيش النيجري", "المسلحون التشاديون", "الدعم المالي", "مصلحة مغربية"],
}

PHEN = {
 "nk1": ["clitics", "multiword", "coverage_bases", "coverage_oil", "coverage_crossings", "person_trap",
         "operation_trap", "common_word_trap", "nisba", "vague_area", "coverage_neighbours"],
 "nk2": ["clitics", "multiword", "coverage_bases", "coverage_crossings", "media_trap", "person_trap",
         "operation_trap", "nisba", "vague_area", "countries", "ambiguity_tripoli", "town_vs_district", "ambiguity_idri"],
 "nk3": ["clitics", "spelling", "multiword", "border_phrase", "countries", "coverage_neighbours",
         "coverage_crossings", "media_trap", "nisba", "town_vs_district", "ambiguity_tripoli",
         "ambiguity_country_capital"],
 "nk4": ["clitics", "multiword", "coverage_oil", "common_word_trap", "person_trap", "nisba", "vague_area",
         "countries", "ambiguity_idri"],
 "nk5": ["clitics", "spelling", "multiword", "border_phrase", "countries", "coverage_neighbours",
         "coverage_crossings", "coverage_bases", "person_trap", "media_trap", "common_word_trap", "nisba",
         "vague_area", "ambiguity_country_capital"],
}

MOVES = {
 "nk1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["الغريفة", "جرمة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["غات"], ["العوينات"]),
  mv("mobilise", "reported", LNA, [], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("reinforce", "conditional", LNA, ["أوباري"], ["حقل الشرارة"]),
 ],
 "nk2": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", RU, ["قاعدة الجفرة"], ["براك"], ["سوكنة"]),
  mv("withdraw", "denied", RU, ["براك"], ["النيجر"], ["منفذ التوم"]),
  mv("deploy", "planned", RU, [], ["قاعدة تمنهنت"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
  mv("redeploy", "conditional", LNA, ["براك"], ["إدري"]),
 ],
 "nk3": [
  mv("reinforce", "reported", DZ, ["إليزي"], ["جانت"]),
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("advance", "denied", DZ, [], ["البركت"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع الجزائر"]),
  mv("reinforce", "conditional", DZ, ["تمنراست"], ["جانت"]),
 ],
 "nk4": [
  mv("deploy", "reported", LNA, ["براك"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("shipment", "reported", LNA, ["سبها"], ["حقل الفيل"]),
  mv("mobilise", "denied", TD, [], ["حقل الفيل"]),
  mv("deploy", "planned", LNA, ["سبها"], ["مرزق"]),
  mv("withdraw", "conditional", LNA, ["أوباري"], ["براك"]),
 ],
 "nk5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["غدوة", "تراغن"]),
  mv("advance", "reported", LNA, ["تراغن"], ["أم الأرانب"]),
  mv("withdraw", "reported", TD, ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", LNA, ["قاعدة الويغ"], ["القطرون"]),
  mv("deploy", "planned", LNA, [], ["معبر التوم"]),
  mv("reinforce", "conditional", None, ["أغاديز"], ["قاعدة ماداما"]),
 ],
}

NOTES = {
 "nk1": "Raseef22-style analysis recounting six months on the Sabha–Ubari–Ghat road: a November LNA column Tamanhint air "
        "base→Ubari via Al-Ghurayfa and Germa (reported), a January Il-76 airlift Benina→Ghat airport (reported), a March "
        "rumour of a pull-out Ghat→Al-Awaynat denied by the battalion, the LNA's admitted massing of 200 men in Ubari "
        "(reported mobilise), a company planned for the Isayen crossing in June and "
        "a reinforcement Ubari→Sharara field conditional on a new shutdown («إذا»). Traps: «بلغات», «الشرارة الأولى», «الغاتي», "
        "an operations room named after the south-west.",
 "nk2": "Al-Modon-style op-ed on the Russian presence: a November Russian landing ship Tartus→Tobruk port (reported), "
        "December Il-76s Al Khadim→Brak air base (anaphora «القاعدة الواقعة "
        "شمالي سبها»), a February Russian truck convoy with air-defence systems Jufra air base→Brak via Sokna (shipment), an "
        "April rumour of a Russian pull-out Brak→Niger via Toummo denied by the embassy in Tripoli, a planned Russian unit at "
        "Tamanhint air base, a second landing ship expected at «الميناء الشرقي نفسه» = Tobruk port (planned) and Brigade 128's conditional move Brak→Idri («لن…إلا إذا»). Moscow/Tripoli/Wadi al-Shati are "
        "not movement places.",
 "nk3": "Noon Post-style analysis of Ghat and the Algerian border: an Algerian reinforcement Illizi→Djanet (reported), an LNA "
        "company Ubari→Ghat via Al-Awaynat (reported), an Algerian incursion into Al-Barkat (spelled البركت) denied by the "
        "MoD in Algiers (الجزائر is the city there, the country elsewhere), LNA patrols planned for the border with Algeria after Eid al-Adha, and an Algerian reinforcement "
        "Tamanrasset→Djanet that experts expect only «إذا» infiltration recurs. Tassili, Akakus and Isayen are locators.",
 "nk4": "Al-Manassa-style piece on the Sharara and El Feel fields: a Brigade 128 column Brak→Sharara field via Ubari "
        "(reported), a company redeployed Sharara→El Feel (reported), LNA fuel and ammunition trucks Sabha→«الحقل الجديد» = "
        "El Feel (shipment), a Chadian massing at El Feel denied by the PFG, a "
        "planned battalion Sabha→Murzuq in mid-June and Brigade 128's conditional return Ubari→Brak («بمجرد»). Traps: «الفيل "
        "في الغرفة», the Mellitah and Akakus operating companies, the engineer «الإدريسي».",
 "nk5": "Hespress-style op-ed by a Moroccan researcher on the Libya–Niger border: an LNA reinforcement Sabha→Al Qatrun via "
        "Ghuddwa and Traghen (reported), an LNA advance Traghen→Umm al-Aranib (reported), Chadian rebels' pull-out Umm al-Aranib→the border with Niger (reported), RFI's claim "
        "of an LNA evacuation Al Wigh air base→Al Qatrun denied from Benghazi, a border-guard battalion planned for the Toummo "
        "crossing and a Nigerien move Agadez→Madama base conditional on the rebels approaching («إذا»; actor null).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nk1", "nk2", "nk3", "nk4", "nk5")
