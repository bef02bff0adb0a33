# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # border phrases and vague areas
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 # cities and capitals outside the south-west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.0755, 23.9765, "Tobruk port"),                    # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # bases and airports
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 # Sabha and its neighbourhoods (gazetteer rows on the city point, Al Jadid its own)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid"),                               # G
 "sukra": ("town", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                          # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                  # G
 # Wadi al-Hayat / Ubari / Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # Murzuq and the road south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq_shabiya": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),           # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
}

LNA, CHAD, RUS, DZA = "Libyan National Army", "Chadian armed groups", "Russian forces", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "mx1": ["بوابة إفريقيا الإخبارية", "مصطفى السبهاوي", "شارع طرابلس", "الموعد الجديد"],
 "mx2": ["ليبيا الحدث", "إدريس الطاهر", "لا ادري", "تشاديين", "الهلال الأحمر الليبي"],
 "mx3": ["ليبيا أوبزرفر", "وزارة الدفاع الجزائرية", "الجيش الجزائري", "الخطوط الجوية الليبية", "خالد الطرابلسي",
         "اللغات"],
 "mx4": ["التضامن", "تشاديين", "غرفة عمليات الجنوب الغربي", "مسعود المرزوقي"],
 "mx5": ["قورينا الجديدة", "كتيبة شهداء براك", "إدريس بوبكر", "الوجود الروسي", "الفيلق الأفريقي"],
}

PHEN = {
 "mx1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases"],
 "mx2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "mx3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "mx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "mx5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "mx1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "مطار سبها"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["الطيوري"], ["براك"]),
  mv("deploy", "conditional", LNA, [], ["المنشية", "الجديد"]),
 ],
 "mx2": [
  mv("deploy", "reported", LNA, ["سبها"], ["اوباري"], ["جرمة", "الغريفة"]),
  mv("mobilise", "planned", LNA, [], ["العوينات"]),
  mv("withdraw", "conditional", LNA, ["اوباري"], []),
  mv("shipment", "reported", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("advance", "denied", CHAD, ["الحدود مع النيجر"], ["اوباري"]),
 ],
 "mx3": [
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("deploy", "reported", LNA, [], ["منفذ إيسين", "الحدود مع الجزائر"]),
  mv("advance", "conditional", LNA, [], ["العوينات"]),
  mv("reinforce", "planned", DZA, [], ["جانت"]),
  mv("withdraw", "denied", LNA, ["غات"], ["أوباري"]),
 ],
 "mx4": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزوق"], ["غدوة"]),
  mv("redeploy", "planned", LNA, [], ["تراغن"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزوق"]),
  mv("mobilise", "denied", CHAD, [], ["أم الأرانب"]),
  mv("advance", "conditional", LNA, [], ["منفذ التوم"]),
 ],
 "mx5": [
  mv("airlift", "reported", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "planned", RUS, [], ["طبرق"]),
  mv("withdraw", "denied", RUS, ["قاعدة براك الجوية"], ["النيجر"]),
  mv("redeploy", "planned", LNA, ["براك"], ["إدري"]),
  mv("advance", "conditional", LNA, [], ["حقل الشرارة"]),
 ],
}

NOTES = {
 "mx1": "Sabha daily (Afrigate style): reported LNA reinforcement Tamanhint air base→Sabha/Sabha airport; planned "
        "Il-76 airlift Benina air base→Sabha airport («في المطار نفسه»); denied pull-out Al-Tayouri→Brak; conditional "
        "deployment to Al-Manshiya and Al-Jadid («إذا تجددت»). A civilian fuel convoy from Tripoli and patients sent "
        "to Tunis are not movements; Benghazi locates Benina.",
 "mx2": "Ubari daily (Libya Al-Hadath style): reported Brigade 128 column Sabha→Ubari via Germa and Al-Ghurayfa; "
        "planned massing at Al-Awaynat («تعتزم حشد»); conditional withdrawal from Ubari («لن يغادر … إلا إذا»); "
        "reported ammunition trucks Sabha→Sharara field; denied entry of Chadian gunmen from the Niger border. The "
        "Ubari–Ghat and Sabha–Ubari roads and the medicine from Tripoli are not movement places.",
 "mx3": "Ghat daily (Libya Observer style): reported LNA border-guard airlift Tamanhint air base→Ghat airport, then "
        "a reported deployment to the Isayen crossing and the Algerian border (no origin written); conditional "
        "advance to Al-Awaynat («في حال»); planned Algerian reinforcement of Djanet («ستُنقل»); denied pull-out "
        "Ghat→Ubari. Algiers is the venue of the statement; civil flights Ghat–Tripoli are not movements.",
 "mx4": "Murzuq daily (Al-Tadamun style): reported LNA deployment Sabha→Murzuq via Ghuddwa; planned move to Traghan "
        "(Umm al-Aranib and Al-Qatrun are only the road's purpose); reported ammunition/fuel trucks Tamanhint air "
        "base→Murzuq; denied Chadian massing near Umm al-Aranib; conditional advance to the Toummo crossing (the "
        "border phrase only locates it). Returnees and patients from Niger are not movements.",
 "mx5": "Brak daily (Quryna al-Jadida style): reported Russian Il-76s Jufra air base→Brak air base; reported Russian "
        "landing ship Tartus→Tobruk port and a planned second one at Tobruk; denied Africa Corps pull-out Brak air "
        "base→Niger; planned LNA battalion Brak→Idri; conditional advance to the Sharara field. «الوجود الروسي في "
        "براك» is presence; the seedlings for Brak and Idri are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mx1", "mx2", "mx3", "mx4", "mx5")
