# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 # Sabha and the Fezzan as a whole
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 # jn1 Wadi al-Shati
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),          # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "qotta": ("town", "LY", 27.48390, 13.79163, "Quttah"),                                     # K (GeoNames 2213184)
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                      # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97000, "Tobruk port"),                      # K
 # jn2 Ubari, Germa, Sharara
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                      # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 # jn3 Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G (row منفذ إيسين)
 "border_dz_ly": ("region", "LY", 24.90000, 10.30000, "Libya-Algeria border near Ghat (Libyan side)"),  # K
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                        # G (row جبل أكاكوس)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                               # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (row kind village)
 "border_ly_dzside": ("region", "DZ", 24.70000, 9.90000, "Algeria-Libya border east of Djanet (Algerian side)"),  # K
 # jn4 Murzuq, Umm al-Aranib, Tmassah
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                               # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                  # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                       # G
 "border_td": ("region", "LY", 23.00000, 16.50000, "Libya-Chad border (Libyan side, west)"),  # K
 # jn5 Al-Qatrun, Tajarhi, Al-Wigh, Toummo
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "benghazi_port": ("crossing", "LY", 32.11000, 20.05300, "Benghazi port"),                  # K
 "triangle": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),      # G* (row المثلث الحدودي مع النيجر وتشاد)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
}

TRAPS = {
 "jn1": ["بوابة إفريقيا الإخبارية", "بوابة إفريقيا", "الوطني الليبي", "غرفة عمليات تحرير الجنوب", "علي السبهاوي",
         "الفيلق الإفريقي", "ما ادري"],
 "jn2": ["فواصل", "لواء طارق بن زياد المعزز", "محمد الإدريسي", "حرس المنشآت النفطية", "المؤسسة الوطنية للنفط",
         "شركة أكاكوس للعمليات النفطية", "قوة حماية الجنوب", "تشادية ونيجرية"],
 "jn3": ["سبوتنيك", "الكتيبة 116 مشاة", "عيسى الغاتي", "الجيش الجزائري"],
 "jn4": ["فسانيا", "الوطني الليبي", "مسلحون تشاديون", "غدوة الصبح", "تشادية معارضة", "كتيبة شهداء أم الأرانب", "حرس المنشآت النفطية"],
 "jn5": ["قناة ليبيا المسار", "معارضين تشاديين", "عمر القطروني", "الدعم المالي", "المجلس الاجتماعي لقبائل التبو"],
}

PHEN = {
 "jn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "jn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_oil"],
 "jn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "jn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
 "jn5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "jn1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك", "قطة"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["سبها"]),
  mv("deploy", "planned", None, [], ["براك", "قيرة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], []),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", None, [], ["إدري"]),
 ],
 "jn2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("redeploy", "planned", LNA, ["اوباري"], ["حقل الشرارة"]),
  mv("deploy", "conditional", None, [], ["جرمة"]),
  mv("advance", "denied", None, ["مرزق"], ["أوباري"]),
  mv("withdraw", "reported", "Foreign fighters", ["حقل الشرارة"], ["مثلث السلفادور"]),
 ],
 "jn3": [
  mv("airlift", "reported", LNA, ["مطار سبها"], ["مطار غات"]),
  mv("reinforce", "reported", LNA, [], ["منفذ إيسين", "الحدود مع الجزائر"]),
  mv("advance", "conditional", LNA, [], ["أكاكوس"]),
  mv("deploy", "planned", None, [], ["البركات"]),
  mv("reinforce", "denied", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "jn4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["ام الارانب"], ["الحدود مع تشاد"]),
  mv("advance", "conditional", LNA, [], ["تمسه"]),
  mv("shipment", "reported", LNA, [], ["أم الأرانب"]),
  mv("mobilise", "denied", None, [], ["تراغن"]),
  mv("deploy", "planned", LNA, [], ["حقل الفيل"]),
 ],
 "jn5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الويغ"]),
  mv("deploy", "reported", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("withdraw", "reported", LNA, ["منفذ التوم"], ["القطرون"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء بنغازي"]),
  mv("deploy", "planned", None, [], ["قطرون", "تجرهي"]),
  mv("advance", "denied", "Chadian armed groups", ["النيجر"], ["تجرهي"]),
  mv("mobilise", "conditional", None, [], ["القطرون"]),
 ],
}

NOTES = {
 "jn1": ("Wadi al-Shati from Sabha (Afrigate News style): LNA reinforcement Tamanhint air base→Idri via Brak and Qotta, a "
         "flashback redeploy Idri→Sabha, a planned municipal-guard deployment to Brak and Qirah markets, a denied Russian "
         "pull-out from Brak air base, a Russian landing at Tobruk port with trucks on to the base, and a conditional tribal "
         "mobilisation in Idri; traps ما ادري, علي السبهاوي; الشاطئ alone = Wadi al-Shati."),
 "jn2": ("Ubari and Germa from Sabha (Fawasel style): Tariq bin Ziyad column Sabha→Ubari via Germa and Al-Ghurayfa, a "
         "planned company Ubari→Sharara field, a conditional municipal-guard deployment at Germa, a denied Tebu move "
         "Murzuq→Ubari and foreign gunmen pulling out from the Sharara field towards the Salvador triangle; traps محمد "
         "الإدريسي, شركة أكاكوس; Idri only as the end of a road (not a movement place)."),
 "jn3": ("Ghat from Sabha (Sputnik Arabic style): an LNA airlift Sabha airport→Ghat airport, the same unit on to the Isayen "
         "crossing and the Algerian border, a conditional advance into the Akakus, a planned municipal-guard deployment in "
         "Al-Barakat and Algeria's denied reinforcement Djanet→the border with Libya (quoted from the Algiers press); trap "
         "عيسى الغاتي; the road to Al-Awaynat is a locator."),
 "jn4": ("Murzuq and Umm al-Aranib from Sabha (Fasania style): LNA reinforcement Sabha→Murzuq via Ghuddwa, a Chadian "
         "opposition group pulling out of Umm al-Aranib towards the Chad border, a conditional advance on Tmassah, an "
         "ammunition/fuel shipment to Umm al-Aranib, a denied Tebu build-up in Traghen and a planned company for the El "
         "Feel field; traps غدوة الصبح, كتيبة شهداء أم الأرانب; Tunis and Tripoli only as venue/seat."),
 "jn5": ("Al-Qatrun and Tajarhi from Sabha (Libya Al-Masar style): an LNA airlift Benina air base→Al-Wigh air base, a "
         "company Al-Wigh→Toummo crossing, a flashback pull-back Toummo→Al-Qatrun, a denied Russian landing at Benghazi "
         "port, a planned municipal checkpoint line Qatrun–Tajarhi, a denied Chadian rebel column Niger→Tajarhi and a "
         "conditional mobilisation in Al-Qatrun; traps عمر القطروني, الدعم المالي, قناة ليبيا المسار."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jn1", "jn2", "jn3", "jn4", "jn5")
