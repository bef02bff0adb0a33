# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 # gi1 Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_refinery": ("oilfield", "LY", 32.78000, 12.70500, "Zawiya Refinery"),           # K
 "zawiya_port": ("oilfield", "LY", 32.79000, 12.70000, "Zawiya oil terminal"),           # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                 # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G (row on the Tripoli point)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 # gi2 Ubari
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_airport": ("airport", "LY", 26.56700, 12.82300, "Ubari Airport"),                # K
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 # gi3 Murzuq
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 # gi4 Kufra
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                # G* (row جنوب شرق ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                          # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 # gi5 Bani Walid and the Nafusa mountains
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bani_walid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                             # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                  # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "gi1": [
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية", "جودائم"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("withdraw", "conditional", None, ["جودائم"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء الزاوية"]),
  mv("deploy", "planned", GNA, [], ["صرمان"]),
 ],
 "gi2": [
  mv("withdraw", "reported", None, ["اوباري"], ["العوينات"]),
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار أوباري"]),
  mv("withdraw", "conditional", None, [], ["مرزق"]),
  mv("mobilise", "denied", None, [], ["إدري"]),
 ],
 "gi3": [
  mv("withdraw", "reported", None, ["مرزق"], ["أم الأرانب"]),
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("shipment", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
  mv("reinforce", "denied", "Chadian armed groups", ["النيجر"], ["أم الأرانب"], ["منفذ التوم"]),
 ],
 "gi4": [
  mv("withdraw", "reported", None, ["الكفرة"], ["ربيانة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["الهواري"]),
  mv("mobilise", "conditional", None, [], ["الكفرة"]),
  mv("shipment", "denied", "Sudanese armed groups", [], ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "gi5": [
  mv("withdraw", "reported", GNA, ["بنى وليد"], ["ترهونة"]),
  mv("advance", "conditional", GNA, [], ["بني وليد"]),
  mv("withdraw", "reported", "Zintan forces", ["الأصابعة"], ["الزنتان"], ["ككلة"]),
  mv("deploy", "planned", GNA, ["غريان"], ["الأصابعة"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["مزدة"]),
 ],
}

TRAPS = {
 "gi1": ["الليبية", "مفتاح الطرابلسي", "من هذه الزاوية", "قناة ليبيا الأحرار"],
 "gi2": ["قورينا", "كتيبة طارق بن زياد", "القوات المسلحة العربية الليبية"],
 "gi3": ["قوة حماية الجنوب", "التباوية", "الجيش الوطني الليبي", "عبد الحكيم الإدريسي", "التشادية"],
 "gi4": ["الجيش الليبي", "الزوية", "ليبية", "مالي", "قوات الدعم السريع", "السودانية", "السودانيين"],
 "gi5": ["ورفلة", "عبد الرحمن الزنتاني", "قوة حماية طرابلس"],
}

PHEN = {
 "gi1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "gi3": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gi4": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
 "gi5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "countries"],
}

NOTES = {
 "gi1": "Euronews Arabic, Tripoli dateline: elders' deal in Zawiya — one group's pull-back refinery→Al-Harsha, a GNA "
        "neutral force Tripoli→Zawiya/the refinery/Judaim via Janzour and Al-Maya, marines landed from Abu Sitta at the "
        "Zawiya oil port, the Judaim group's conditional withdrawal («لن يغادروا … إلا إذا»), Misrata's denied landing "
        "(«عارٍ عن الصحة») and a planned second phase to Surman; Ras Ajdir/the Tunisian border and Tunis are not movement places.",
 "gi2": "Quryna, Ubari dateline: Tuareg fighters اوباري→Al-Awaynat, an LNA battalion Sabha→Ubari via Germa and "
        "Al-Ghurayfa, a PFG company Sharara→Ubari (redeploy), a planned airlift Tamanhint air base→Ubari airport, the Tebu "
        "return to Murzuq «شريطة» (conditional, no origin written) and a denied mobilisation in Idri (Wadi al-Shati is a "
        "locator); Algiers, Algeria and the Algerian border are not movement places.",
 "gi3": "BBC Arabic, Murzuq dateline: the South Protection Force Murzuq→Umm al-Aranib, an LNA battalion Sabha→Murzuq via "
        "Ghuddwa, a planned ammunition/fuel shipment Tamanhint air base→Murzuq, an LNA advance on Umm al-Aranib «إذا» "
        "(«نحو البلدة» resolved) and a Chadian faction's denied reinforcement from Niger via Toummo; the Niger border "
        "phrase is background presence, not a move.",
 "gi4": "Al-Shorouk (Egypt): Tebu fighters Kufra→Rebiana, an LNA airlift Benina air base→Kufra airport, a planned Subul "
        "al-Salam redeploy Kufra→Al-Hawwari, a conditional Zuwayya mobilisation in Kufra and the RSF's denied arms shipment "
        "to Kufra via the border triangle; Ajdabiya/Jalu (mediators' origin), Benghazi (locator) and Cairo/Egypt/Libya/Sudan "
        "are not movement places.",
 "gi5": "CNN Arabic, Tripoli dateline: the 444 Brigade بنى وليد→Tarhuna, its conditional return to Bani Walid, Zintan "
        "fighters Al-Asabaa→Zintan via Kikla, a planned interior-ministry neutral force Gharyan→Al-Asabaa and the Zintan "
        "military council's denied reinforcement to Mizda («من المدينة» = Zintan); Gharyan/Yafran as speakers, the "
        "Bani Walid municipality and UNSMIL's Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gi1", "gi2", "gi3", "gi4", "gi5")
