# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),            # G* (district row, as region)
 # ck1 Benghazi
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),           # G* (city row)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri (Benghazi)"),                    # G
 "kish": ("town", "LY", 32.11486, 20.06859, "Al Kish (Benghazi)"),                      # G
 "qaryunis": ("town", "LY", 32.11486, 20.06859, "Qar Yunis (Benghazi)"),                # G
 "sidi_hussein": ("town", "LY", 32.112, 20.075, "Sidi Hussein (Benghazi)"),             # K
 "laithi": ("town", "LY", 32.090, 20.098, "Al Laithi (Benghazi)"),                      # K
 "buhdeima": ("town", "LY", 32.097, 20.090, "Bu Hdeima (Benghazi)"),                    # K
 "hawari": ("town", "LY", 32.035, 20.110, "Al Hawari (Benghazi)"),                      # K
 "buatni": ("town", "LY", 32.080, 20.140, "Bu Atni (Benghazi)"),                        # K
 "guwarsha": ("town", "LY", 32.070, 20.020, "Al Guwarsha (Benghazi)"),                  # K
 "ganfouda": ("town", "LY", 32.040, 19.975, "Ganfouda (Benghazi)"),                     # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),          # G
 # ck2 Derna
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "derna_port": ("crossing", "LY", 32.76704, 22.63669, "Port of Derna"),                 # G* (city row)
 "bab_tobruk": ("town", "LY", 32.762, 22.652, "Bab Tobruk (Derna)"),                    # K
 "karsa": ("village", "LY", 32.795, 22.520, "Karsa"),                                   # K
 "shiha": ("town", "LY", 32.757, 22.615, "Shiha (Derna)"),                              # K
 "sahel_sharqi": ("town", "LY", 32.770, 22.660, "As Sahel ash Sharqi (Derna)"),         # K
 "fataih": ("town", "LY", 32.735, 22.700, "Al Fataih (Derna)"),                         # K
 "maghar": ("town", "LY", 32.766, 22.648, "Al Maghar (Derna)"),                         # K
 "jubaila": ("town", "LY", 32.762, 22.640, "Al Jubaila (Derna)"),                       # K
 "wadi_derna": ("region", "LY", 32.760, 22.630, "Wadi Derna"),                          # K
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 # ck3 Ajdabiya
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),              # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ck4 Al Marj
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),            # G* (town row)
 "jardas": ("town", "LY", 32.30337, 20.98615, "Jardas al Abid"),                        # G
 "bayada": ("town", "LY", 32.56501, 21.25415, "Al Bayyadah"),                           # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 # ck5 Tobruk
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G
 "border_eg_side": ("region", "EG", 31.30, 25.30, "Egypt-Libya border (Egyptian side)"),    # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "ck1": ["العين الإخبارية", "الليبي", "ما ادري"],
 "ck2": ["قوة حماية درنة", "سالم الإدريسي", "الليبي"],
 "ck3": ["بوابة إفريقيا الإخبارية", "عادل المغربي", "كتيبة شهداء الزويتينة"],
 "ck4": ["المتوسط", "الهرج والمرج", "غرفة عمليات الجبل الأخضر", "الشرق الأوسط", "روسية"],
 "ck5": ["الليبى", "عقيلة صالح", "المصرية", "تحت القبة", "ليبية"],
}

PHEN = {
 "ck1": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area",
         "coverage_bases", "coverage_crossings"],
 "ck2": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_crossings"],
 "ck3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "ck4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases"],
 "ck5": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ck1": [
  mv("deploy", "reported", LNA, [], ["الصابري", "سيدي حسين", "الليثي"]),
  mv("redeploy", "reported", LNA, ["الصابري"], ["قاريونس"]),
  mv("deploy", "planned", LNA, [], ["الهواري", "بوعطني"]),
  mv("reinforce", "reported", LNA, ["قاعدة بنينا الجوية"], ["الكيش", "بوهديمة"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["مطار بنينا"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("withdraw", "denied", LNA, ["سيدي حسين"], ["الرجمة"]),
  mv("reinforce", "conditional", LNA, [], ["القوارشة", "قنفودة"]),
 ],
 "ck2": [
  mv("deploy", "reported", LNA, [], ["باب طبرق", "كرسة"]),
  mv("redeploy", "reported", LNA, ["البيضاء"], ["شيحا", "الساحل الشرقي"]),
  mv("withdraw", "reported", LNA, ["شيحا", "الساحل الشرقي"], ["الفتائح"]),
  mv("mobilise", "denied", LNA, [], ["الجبيلة"]),
  mv("advance", "denied", LNA, ["الفتائح"], ["المغار"]),
  mv("withdraw", "conditional", LNA, ["باب طبرق", "كرسة"], []),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء درنة"]),
 ],
 "ck3": [
  mv("redeploy", "reported", LNA, ["ميناء الزويتينة"], ["اجدابيا"]),
  mv("redeploy", "reported", LNA, ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("redeploy", "planned", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["اجدابيا"], ["سلوق"]),
  mv("advance", "denied", LNA, ["اجدابيا"], ["سرت"]),
  mv("deploy", "conditional", LNA, ["اجدابيا"], ["الكفرة", "الحدود مع السودان"]),
 ],
 "ck4": [
  mv("deploy", "reported", LNA, [], ["المرج", "جردس العبيد", "البياضة"]),
  mv("redeploy", "reported", LNA, ["المرج"], ["الأبيار"]),
  mv("redeploy", "reported", LNA, ["الأبيار", "توكرة"], ["المرج"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["المرج"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الخادم"], ["المرج"]),
  mv("airlift", "planned", LNA, ["قاعدة الخادم"], ["مطار الأبرق"]),
  mv("mobilise", "conditional", None, [], ["البياضة"]),
 ],
 "ck5": [
  mv("redeploy", "reported", LNA, ["ميناء الحريقة"], ["طبرق"]),
  mv("redeploy", "reported", LNA, ["كمبوت"], ["ميناء الحريقة"]),
  mv("airlift", "reported", LNA, ["بنغازى"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], ["طبرق"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع مصر"]),
  mv("reinforce", "planned", "Egyptian army", [], ["السلوم", "الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "ck1": "Benghazi (Al Ain News): LNA units into the Sabri, Sidi Hussein and Laithi neighbourhoods under a curfew; "
        "a sector swap Sabri->Qar Yunis; Tariq Bin Ziyad planned at the Hawari and Bu Atni entrances; a column "
        "Benina base->Kish/Bu Hdeima; an Al Khadim->Benina airport flight; a landing at Benghazi port from Tobruk; "
        "a denied pull-back Sidi Hussein->Al Rajma; a conditional reinforcement of Guwarsha and Ganfouda. "
        "Traps: the outlet «العين الإخبارية», «ما ادري», the nisba الليبي.",
 "ck2": "Derna (Arabi Post): a company to Bab Tobruk and checkpoints at Karsa; a brigade from Al Bayda takes the "
        "Shiha and Eastern Coast sectors while the Derna Protection Force pulls back to Al Fataih; curfew in "
        "Al Maghar and along Wadi Derna; denied massing in Al Jubaila and a denied move Fataih->Maghar; "
        "«لن تنسحب ... إلا بعد» conditional withdrawal; a planned sea move Benghazi->Derna port. "
        "Traps: «قوة حماية درنة», the officer «سالم الإدريسي».",
 "ck3": "Ajdabiya (Afrigate News): curfew after an assassination; a swap between the 302nd battalion "
        "(Zueitina port->Ajdabiya gates) and the Zueitina Martyrs battalion (city->port); a planned relief of "
        "Brega port from Benghazi; ammunition trucks Benghazi->Ajdabiya via Suluq; a denied column towards Sirte; "
        "a conditional move to Kufra and the Sudan border. Tunis (5+5 meeting) is the city. "
        "Traps: the outlet, the victim «عادل المغربي», «كتيبة شهداء الزويتينة».",
 "ck4": "Al Marj (Almutawaset): patrols at the gates and in Jardas al Abid and Al Bayyadah after a tribal clash; "
        "a sector swap Marj->Abyar and Abyar/Tocra->Marj with trucks from Benghazi; a denied Russian entry from "
        "Al Khadim; a planned Khadim->Abraq airport airlift; a tribal conditional «سيحشدون ... إذا» (actor null). "
        "Traps: «الهرج والمرج», the outlets «المتوسط» and «الشرق الأوسط», «غرفة عمليات الجبل الأخضر».",
 "ck5": "Tobruk (Youm7, Egyptian orthography بنغازى/الليبى/فى): a battalion from Marsa al-Hariga to the city "
        "gates, its relief from Kambut, a Benghazi->Gamal Abdel Nasser base flight, a denied pull-out from Amsaad, "
        "a conditional company on the border with Egypt, a planned Egyptian reinforcement of Sallum and the "
        "border. Aqila Saleh's trip from Al Qubbah is not a movement; «تحت القبة» is a trap; Egypt/Algeria/Tunisia "
        "are countries and الجزائر العاصمة is Algiers.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ck1", "ck2", "ck3", "ck4", "ck5")
