# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk_port": ("crossing", "LY", 32.07, 23.98, "Port of Tobruk"),                     # K
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_dz_side": ("region", "DZ", 24.90, 9.95, "Algeria-Libya border (Algerian side, opposite Ghat)"),  # K
 # Sabha and around (fn1, also fn2-fn4)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                       # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row, as the village)
 # Ubari and the west of the Fezzan (fn2, fn5)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 # Wadi al-Shati (fn3)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (Brak town row)
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # Murzuq (fn4)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 # Ghat and the Algerian side (fn5)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),               # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G* (row البركات; written البركت)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "fn1": ["شارع طرابلس", "ما ادري", "فسانيا", "عبد الرحيم السبهاوي", "السبهاوي", "العام الجديد"],
 "fn2": ["طارق بن زياد", "فواصل", "شركة أكاكوس للعمليات النفطية", "محمد الأوباري", "تشاديين", "طارقي"],
 "fn3": ["العرب", "محمد البراكي", "روسية", "ما ادري"],
 "fn4": ["بي بي سي نيوز عربي", "بي بي سي", "تشاديين", "قوة حماية الجنوب", "علي المرزقي"],
 "fn5": ["الشروق", "خليفة حفتر", "الطاهر الغاتي", "الجزائري", "الجزائرية", "الجزائريين", "الليبية", "ليبية",
         "الجيش الوطني الشعبي"],
}

PHEN = {
 "fn1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "coverage_bases", "vague_area",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri"],
 "fn2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_oil",
         "coverage_bases"],
 "fn3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "town_vs_district", "countries"],
 "fn4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "countries", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "town_vs_district"],
 "fn5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "countries", "coverage_crossings", "coverage_neighbours",
         "town_vs_district"],
}

MOVES = {
 "fn1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "الطيوري"]),
  mv("withdraw", "reported", None, ["الطيوري"], ["سمنو"]),
  mv("mobilise", "reported", None, [], ["سمنو"]),
  mv("deploy", "planned", LNA, [], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["سبها"], ["أوباري"]),
  mv("advance", "conditional", LNA, ["الطيوري"], ["سمنو"]),
 ],
 "fn2": [
  mv("withdraw", "reported", LNA, ["أوباري"], ["قاعدة تمنهنت"], ["الغريفة", "جرمة"]),
  mv("redeploy", "reported", None, ["أوباري"], ["حقل الشرارة"]),
  mv("shipment", "reported", None, ["سبها"], ["حقل الشرارة"]),
  mv("deploy", "planned", LNA, ["سبها"], ["أوباري"]),
  mv("advance", "denied", "Chadian armed groups", ["العوينات"], ["أوباري"]),
  mv("redeploy", "conditional", LNA, ["تمنهنت"], ["أوباري"]),
 ],
 "fn3": [
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "planned", LNA, ["سبها"], ["براك"]),
  mv("withdraw", "denied", LNA, ["براك"], ["الجفرة"]),
  mv("deploy", "conditional", LNA, ["قاعدة براك الجوية"], ["قيرة"]),
 ],
 "fn4": [
  mv("redeploy", "reported", LNA, ["مرزق"], ["تراغن"]),
  mv("shipment", "reported", LNA, ["سبها"], ["تراغن"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["منفذ التوم"]),
  mv("deploy", "planned", LNA, ["سبها"], ["مرزق"]),
  mv("mobilise", "denied", None, [], ["القطرون"]),
  mv("advance", "conditional", LNA, ["تراغن"], ["أم الأرانب"]),
 ],
 "fn5": [
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("airlift", "reported", LNA, ["بنغازي"], ["مطار غات"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "fn1": ("Fasania-style local report from Sabha with residents' dialect quotes («جاو»، «هلبا»، «توا»، «راهم»، «مشوا»، "
         "«باش»، «ماعادش»، «يبوا»، «كان» = if): LNA reinforcement Tamanhint air base→Sabha/Al-Tayouri (reported), local "
         "gunmen Al-Tayouri→Samnu (reported withdraw) and massing in Samnu (reported mobilise), a company for Sabha "
         "airport (planned), a denied pull-out Sabha→Ubari, an advance Al-Tayouri→Samnu «إذا» (conditional). Dialect "
         "quotes retell the same moves; Tripoli/Tunis are flight destinations, not movement places. Traps: «شارع "
         "طرابلس», «ما ادري», the outlet «فسانيا», the spokesman «السبهاوي», «العام الجديد»."),
 "fn2": ("Fawasel-style Ubari report: a Tariq bin Ziyad battalion leaves Ubari for Tamanhint air base via Al-Ghurayfa "
         "and Germa (reported withdraw), oil-guard units Ubari→Sharara field (reported redeploy, actor null), "
         "ammunition trucks Sabha→the field (reported shipment, destination via the anaphor «إليه»), a joint force "
         "Sabha→Ubari (planned), Chadian fighters Al-Awaynat→Ubari denied («ماجاش حد مالعوينات»), the battalion's "
         "return Tamanhint→Ubari «في حال» (conditional). Road name «طريق سبها–اوباري» and the speaker «مصدر عسكري في "
         "سبها» are gold places but not movement places."),
 "fn3": ("Al-Arab (London)-style feature on Wadi al-Shati: LNA infantry Brak air base→Idri (reported reinforce), a "
         "cargo plane Jufra air base→Brak air base said to carry Russians (reported airlift, destination via the "
         "anaphor «القاعدة»), Russian landing ships at Tobruk port (reported naval landing) and another ship due "
         "there next month (planned naval landing), a company Sabha→Brak (planned), a denied pull-out Brak→Jufra "
         "(«ماحد مشى من براك»), units Brak air base→Qirah «إذا» (conditional). Traps: «العرب», «محمد البراكي», «ما ادري»."),
 "fn4": ("BBC Arabic-style reportage from Murzuq: an LNA force Murzuq→Traghen (reported redeploy; the dialect «من "
         "مرزوق» retells it), ammunition trucks Sabha→Traghen (reported shipment), Chadian gunmen Umm al-Aranib→the "
         "Toummo crossing on the Niger border (reported withdraw; the border phrase is a locator), a company "
         "Sabha→Murzuq (planned), massing of gunmen in Al Qatrun denied («ماحد تحشد في قطرون»), the Traghen force to "
         "Umm al-Aranib «إذا» (conditional). «نحو القطرون» and «للتوجه إلى مرزق» are purposes, not destinations."),
 "fn5": ("Echorouk-style Algerian report on Ghat: an LNA convoy Ubari→Ghat via Al-Awaynat (reported deploy), a cargo "
         "plane Benghazi→Ghat airport (reported airlift), Algerian units Illizi→Djanet (reported reinforce), a company "
         "at the Isayen crossing (planned), a denied Algerian patrol to Al-Barkat («ماجاوش للبركت»), border guards "
         "Djanet→the border with Libya «إذا» (conditional). Dateline الجزائر = Algiers; «قبالة غات» is a locator."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fn1", "fn2", "fn3", "fn4", "fn5")
