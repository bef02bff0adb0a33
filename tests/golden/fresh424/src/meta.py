# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 # vague areas and border regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),   # G* (row الحدود الليبية النيجرية)
 "border_dz_ly": ("region", "DZ", 25.0, 9.85, "Algeria-Libya border (Algerian side, opposite Ghat)"),  # K
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                             # G* (Jufra air base row, as the area)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                # G (district row)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 # Fezzan towns
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 # bases, airports, oil fields, crossings, ports
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "benghazi_port": ("crossing", "LY", 32.106, 20.053, "Port of Benghazi"),                 # K
 "tobruk_port": ("crossing", "LY", 32.073, 23.977, "Port of Tobruk"),                     # K
 # other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                  # G
}

LNA = "Libyan National Army"


def M(kind, status, actor, origins, destinations, via):
    return {"kind": kind, "status": status, "actor": actor, "origins": origins,
            "destinations": destinations, "via": via}


TRAPS = {
 "pj1": ["الجيش الوطني الليبي", "شارع طرابلس", "وكالة الأنباء الألمانية", "د ب أ", "إبراهيم الأوباري", "مالي",
         "روسية"],
 "pj2": ["الجيش الوطني الليبي", "قنا", "وكالة الأنباء القطرية", "غرفة عمليات الجنوب الغربي", "الإدريسي",
         "تشاديين", "ليبية"],
 "pj3": ["الجيش الوطني الليبي", "سبوتنيك", "موسى الغاتي", "الشرارة الأولى", "الجزائرية", "الجزائري", "ليبية"],
 "pj4": ["النهار", "درع تاسيلي", "جزائري", "الليبية", "الجانب الليبي", "التشادية"],
 "pj5": ["المشهد", "الجيش الوطني الليبي", "فرج المرزوقي", "ما ادري", "محمد الطرابلسي", "التشادية", "روسية"],
}

PHEN = {
 "pj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "pj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "pj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries", "vague_area"],
 "pj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries", "vague_area"],
 "pj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases",
         "coverage_crossings", "vague_area"],
}

MOVES = {
 "pj1": [
  M("reinforce", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["سبها"], []),
  M("deploy", "planned", LNA, ["سبها"], ["اوباري"], ["الغريفة"]),
  M("mobilise", "reported", None, [], ["أوباري"], []),
  M("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"], []),
  M("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"], []),
 ],
 "pj2": [
  M("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"], []),
  M("shipment", "planned", LNA, ["بنغازي"], ["سبها"], ["الجفرة"]),
  M("redeploy", "reported", LNA, ["حقل الشرارة"], ["حقل الفيل"], []),
  M("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"], []),
  M("advance", "conditional", LNA, ["القطرون"], ["الحدود مع النيجر"], []),
 ],
 "pj3": [
  M("airlift", "reported", LNA, ["مطار سبها"], ["مطار غات"], []),
  M("deploy", "reported", LNA, ["أوباري"], ["العوينات"], []),
  M("withdraw", "planned", None, ["حقل الشرارة"], ["اوباري"], []),
  M("advance", "denied", "Algerian army", ["جانت"], ["غات"], []),
  M("redeploy", "conditional", LNA, ["غات"], ["منفذ إيسين"], []),
 ],
 "pj4": [
  M("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"], []),
  M("deploy", "planned", LNA, ["غات"], ["منفذ إيسين"], []),
  M("withdraw", "conditional", "Algerian army", ["الحدود مع ليبيا"], [], []),
  M("shipment", "denied", None, ["النيجر"], ["قطرون"], ["منفذ التوم"]),
  M("mobilise", "reported", "Chadian armed groups", ["تشاد"], ["تجرهي"], []),
 ],
 "pj5": [
  M("advance", "reported", LNA, ["سبها"], ["مرزوق"], ["تراغن"]),
  M("withdraw", "reported", "Chadian armed groups", ["مرزوق"], ["منفذ التوم"], ["أم الأرانب"]),
  M("reinforce", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["براك"], []),
  M("redeploy", "conditional", LNA, ["ادري"], ["براك"], []),
  M("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"], []),
 ],
}

NOTES = {
 "pj1": "dpa-style wire dispatches over three days with their own datelines (Tripoli, Sabha, Benghazi): a reported LNA "
        "reinforcement Tamanhint air base (spelled تمنهنط)→Sabha, a planned company Sabha→Ubari (spelled اوباري) via "
        "Al-Ghurayfa, a Tuareg «نفير» massing in Ubari (no canonical actor), a conditional air bridge Benina air "
        "base→Brak air base («إذا تدهور») and a denied Russian pull-out Brak air base→Jufra («مفبركة»). Datelines, "
        "the speaker's Benghazi, «شارع طرابلس» in Sabha and the closing background (Tripoli, Benghazi) are not "
        "movement places; the headline repeats the reinforcement and the planned Ubari deployment.",
 "pj2": "QNA-style «/قنا/» dispatches: an LNA landing ship unloads a battalion from Tobruk at Benghazi port "
        "(reported), a planned fuel-and-ammunition convoy Benghazi→Sabha via Jufra (shipment), a Petroleum "
        "Facilities Guard redeployment Sharara field→El Feel field (reported), a denied Chadian build-up in Umm "
        "al-Aranib («في البلدة») and a conditional LNA advance Al Qatrun→the Niger border («إذا ثبت»). The officer "
        "«الإدريسي» and the meeting with Idri's notables are not moves; «لتموين الوحدات المنتشرة في فزان» is a purpose.",
 "pj3": "Sputnik-style «عاجل:» lines from Ghat: a reported airlift Sabha airport→Ghat airport (headline and the body's "
        "«مطار المدينة» are one move), a reported deployment Ubari→Al-Awaynat, a planned pull-back of local armed "
        "groups Sharara field→Ubari under a truce, Algeria's denied advance Djanet→Ghat (the statement issued in "
        "Algiers) and a conditional LNA redeployment Ghat→Isayen crossing («في حال»). «الشرارة الأولى» is a "
        "common-word trap.",
 "pj4": "Ennahar-style live ticker with times from Algiers: an Algerian reinforcement Illizi→Djanet (reported), a "
        "planned LNA company Ghat→Isayen crossing, a conditional Algerian withdrawal from the border with Libya "
        "(«لن تنسحب … إلا إذا»), a denied arms shipment Niger→Al Qatrun (written «للقطرون») via the Toummo crossing "
        "and Chadian rebels massing near Tajarhi from Chad (reported). «قبالة مدينة غات» in the operation line is a "
        "locator, not a move.",
 "pj5": "Al Mashhad-style minute-by-minute coverage: an LNA advance Sabha→Murzuq (spelled مرزوق) via Traghen "
        "(headline and the 08:45 entry retell it), Chadian rebels pulling back from the town to the Toummo crossing "
        "via Umm al-Aranib (reported), a planned reinforcement Tamanhint air base→Brak, a conditional redeployment "
        "Idri (spelled ادري)→Brak («إذا تجددت») and a denied Russian landing at Tobruk port from Tartus. «ما ادري» "
        "is the colloquial trap; the GNU in Tripoli and the analyst's line are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pj1", "pj2", "pj3", "pj4", "pj5")
