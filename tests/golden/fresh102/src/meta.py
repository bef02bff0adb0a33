# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # capitals and cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (row مصراتة; written مصراته)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 # cz1 Ghadames and the Algerian side
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G (row الدبداب; also written دبداب)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس; written عين أمناس)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G (row إليزي; written اليزي)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G (also written غدّامس)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "ghadames_apt": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "border_dzside": ("region", "DZ", 29.3, 9.5, "Algeria-Libya border (Algerian side)"),   # K
 # cz2 Ubari, Ghat, Sharara
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (written أوباري، اوباري، أباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G (row حقل الشرارة; written الشراره)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G (row جرمة; written جرمه)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G (row إدري; also written ادري)
 # cz3 Qatrun, Murzuq, Tajarhi
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G (also written قطرون)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G (row مرزق; also written مرزوق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G (district row مرزق)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G (row قاعدة تمنهنت; also written تمنهنط)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),                # K
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 # cz4 Tmassah
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G (row تمسة; also written تمسه، تمسّة)
 "tmassah_mun": ("district", "LY", 26.40000, 15.78333, "Tmassah municipality"),          # G* (village row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G (written ام الارانب)
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                           # G
 "border_ly_td": ("region", "LY", 23.2, 16.6, "Libya-Chad border (Libyan side, west)"),  # K
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                                # G (also written زويله)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmad)"),     # K
 # cz5 Sabha, Wadi al-Shati
 "sabha_apt": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
}

LNA, GNA, ALG = "Libyan National Army", "GNA forces", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "cz1": ["الجزائري", "الليبية", "وكالة الأنباء الجزائرية", "عبد الرحمن الغدامسي", "درجة"],
 "cz2": ["ليبيا بانوراما", "الليبي", "سالم الأوباري", "محمد الطرابلسي", "اللغات", "ما ادري"],
 "cz3": ["الجيش الوطني الليبي", "درع الصحراء", "مرزوق الفرجاني", "التشادية", "النيجرية", "الليبية"],
 "cz4": ["الجيش الوطني الليبي", "قوة حماية فزان", "الدعم المالي", "التشادية", "تشاديين"],
 "cz5": ["المنطقة العسكرية سبها", "شارع طرابلس", "الإدريسي", "ليبيا الأحرار", "ما ادري"],
}

PHEN = {
 "cz1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "cz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cz3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cz4": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "countries"],
 "cz5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
}

MOVES = {
 "cz1": [
  mv("reinforce", "reported", ALG, ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["غدامس"], ["نالوت", "سيناون", "درج"]),
  mv("airlift", "planned", GNA, ["طرابلس"], ["مطار غدامس"]),
  mv("advance", "denied", ALG, [], ["غدّامس"]),
  mv("deploy", "conditional", ALG, [], ["الحدود مع ليبيا"]),
 ],
 "cz2": [
  mv("redeploy", "reported", LNA, ["حقل الشراره"], ["أوباري"]),
  mv("mobilise", "reported", LNA, [], ["جرمه"]),
  mv("deploy", "planned", LNA, [], ["غات"], ["العوينات"]),
  mv("advance", "denied", "Foreign fighters", ["منفذ إيسين"], ["أباري"]),
  mv("reinforce", "conditional", LNA, ["ادري"], ["أباري"]),
 ],
 "cz3": [
  mv("advance", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["قطرون"], ["تراغن"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("advance", "conditional", LNA, [], ["تجرهي"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("withdraw", "denied", LNA, ["مرزوق"], []),
 ],
 "cz4": [
  mv("deploy", "reported", LNA, ["سبها"], ["تمسه", "ام الارانب"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تمسة"], ["الواو الكبير", "الحدود مع تشاد"]),
  mv("shipment", "planned", LNA, ["سبها"], ["زويله"]),
  mv("redeploy", "conditional", LNA, ["قاعدة الويغ"], ["تمسه"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراته"]),
 ],
 "cz5": [
  mv("airlift", "reported", LNA, ["مطار سبها"], ["حقل الفيل"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  mv("reinforce", "planned", LNA, ["إدري"], ["تمسّة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["قاعدة تمنهنت"]),
  mv("shipment", "conditional", LNA, ["سبها"], ["براك"]),
 ],
}

NOTES = {
 "cz1": "Ghadames spelled غدامس/لغدامس/وغدامس/غدّامس, Debdeb as الدبداب and دبداب, اليزي and عين أمناس without the "
        "gazetteer's hamza/ya; Algerian reinforcement In Amenas→Debdeb, GNA column Tripoli→Ghadames via Nalut, Sinawen "
        "and Derj, planned airlift to Ghadames airport (origin «من العاصمة» = Tripoli), denied Algerian incursion near "
        "غدّامس, conditional deployment on the border with Libya (Algerian side); Algiers dateline vs Algeria the country.",
 "cz2": "Ubari spelled اوباري (dateline), أوباري, وبأوباري, أباري; الشراره and جرمه with ha; لغات (for Ghat) beside the trap "
        "اللغات; ادري (Idri) beside the trap «ما ادري». Redeploy Sharara→Ubari, mobilisation at Germa, planned move to Ghat "
        "via Al Awaynat, denied advance of foreign gunmen from the Isayen crossing to Ubari, conditional reinforcement "
        "Idri→Ubari.",
 "cz3": "Egyptian outlet spelling مرزوق beside مرزق and شعبية مرزق, قطرون beside القطرون, تمنهنط for Tamanhint; person "
        "trap مرزوق الفرجاني. LNA advance Tamanhint base→Qatrun via Traghen, airlift Benina→Tamanhint, naval landing "
        "Tobruk→Benghazi port, conditional advance on Tajarhi, planned deployment at Toummo, denied withdrawal from Murzuq.",
 "cz4": "Tmassah spelled تمسه/تمسة (and بلدية تمسة), ام الارانب without hamzas, زويله beside زويلة, قطرون, مصراته. LNA "
        "deployment Sabha→Tmassah/Umm al-Aranib, Chadian withdrawal from Tmassah towards Wau al-Kabir and the Chad "
        "border, planned fuel/ammunition shipment Sabha→Zawila, conditional redeploy Al Wigh base→Tmassah, denied Turkish "
        "landing at Misrata port.",
 "cz5": "Sabha with clitics (لسبها، بسبها) and as the trap المنطقة العسكرية سبها, تمسّة with shadda, إدري beside the traps الإدريسي and «ما ادري», "
        "and the street شارع طرابلس as a trap. Airlift Sabha airport→El Feel, redeploy "
        "Brak air base→Sabha, planned reinforcement Idri→Tmassah, denied Sudanese build-up at Tamanhint base, conditional "
        "ammunition shipment Sabha→Brak.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cz1", "cz2", "cz3", "cz4", "cz5")
