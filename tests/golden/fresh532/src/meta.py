# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # datelines and foreign cities
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 # west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92, 12.12, "Port of Zuwara"),                     # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # south
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # centre and east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.985, "Port of Tobruk"),                   # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # Egypt
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
}

TRAPS = {
 "tn1": ["الدستور", "شارع بنغازي", "إذاعة فزان", "ليبيا الحدث", "الجيش الوطني الليبي", "الليبية", "حسن الطرابلسي", "ما ادري"],
 "tn2": ["الوفد", "ليبيا الأحرار", "مفتاح الزليتني", "بوابة الوسط", "طارق بن زياد", "جبهة التغيير والوفاق في تشاد",
         "الجيش المصري", "مصري", "منطقة طبرق العسكرية", "جامعة عمر المختار", "الليبية", "الليبي"],
 "tn3": ["سبوتنيك", "التركية", "السفير التركي", "السوريين", "ذا تايمز", "البريطانية", "الفيلق الإفريقي", "الروسية"],
 "tn4": ["المتوسط", "هذه الزاوية الأسبوعية", "الجانب التونسي", "سبل السلام", "السودانيين", "الهلال الأحمر الليبي", "شارع طرابلس"],
 "tn5": ["الأنباء", "المجلس العسكري مصراتة", "الإذاعة الجزائرية", "الجيش الجزائري", "الجيش الوطني الليبي", "الليبية", "عجز مالي"],
}

PHEN = {
 "tn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district",
         "border_phrase", "coverage_bases", "coverage_oil", "countries"],
 "tn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "tn3": ["multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "tn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_crossings", "countries"],
 "tn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "tn1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["العوينات"]),
  mv("reinforce", "denied", "Libyan National Army", ["سبها"], ["اوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["الكفرة"]),
 ],
 "tn2": [
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("redeploy", "reported", "Libyan National Army", ["إدري"], ["القطرون"], ["سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["أم الأرانب"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "planned", "Egyptian army", [], ["سيدي براني"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
 ],
 "tn3": [
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الوطية الجوية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["سوريا"], ["معسكر التكبالي"]),
  mv("shipment", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "conditional", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["سرت"]),
 ],
 "tn4": [
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["معبر رأس اجدير", "الحدود مع تونس"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "denied", None, [], ["صبراتة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["العوينات"], ["الحدود مع السودان"]),
  mv("shipment", "planned", "Libyan National Army", ["أجدابيا"], ["تازربو"], ["جالو"]),
  mv("redeploy", "conditional", "Libyan National Army", ["درنة"], ["مرتوبة"]),
 ],
 "tn5": [
  mv("withdraw", "reported", "GNA forces", ["جنزور"], ["الماية"]),
  mv("mobilise", "denied", "Misrata forces", [], ["الدافنية"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["ميناء السدرة", "راس لانوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["الجفرة"]),
 ],
}

NOTES = {
 "tn1": "Jordanian daily's weekly Libya digest (west/south/east, one source per paragraph): a reported GNA deploy "
        "Tripoli→Gharyan via Al-Aziziyah, a planned company Gharyan→Al-Asabaa, a reported Tuareg pull-out Sharara field→"
        "Al-Awaynat (actor not canonical: null), a denied LNA reinforcement Sabha→Ubari (spelled اوباري), a conditional "
        "(«إذا») LNA battalion Benina air base→Kufra (the Sudan border only locates the raids); no-move paragraphs in Zawiya "
        "(market on شارع بنغازي), Murzuq (town + بلدية مرزق) and Tobruk (parliament); Amman dateline; traps «ما ادري», "
        "the officer «حسن الطرابلسي», «إذاعة فزان».",
 "tn2": "Egyptian paper's weekly file in bullet items: a reported Misrata advance Misrata→Abu Qurayn via Tawergha (origin "
        "by anaphora «من المدينة»), a reported LNA redeploy Idri→Qatrun via Sabha (Wadi al-Shati locates Idri; Toummo and "
        "the Niger border are locators), a denied Chadian rebel advance Chad→Umm al-Aranib, a reported Egyptian reinforcement "
        "Marsa Matruh→Sallum, a planned Egyptian deploy to Sidi Barrani (no origin written), a conditional («متى») LNA "
        "pull-back Jaghbub→Tobruk; no-move items in Zliten and Al Bayda; metonymic Cairo and N'Djamena are not movement "
        "places.",
 "tn3": "Russian agency's weekly bullets: a reported Turkish A400M airlift Kayseri→Al-Watiya air base, a denied airlift of "
        "Syrian mercenaries Syria→Tekbali camp (Tripoli is a locator), a planned Africa Corps equipment shipment Jufra air "
        "base→Maaten al-Sarra (the Chad border is a locator), a conditional («إذا») Russian landing at Tobruk port from "
        "Tartus, a planned LNA battalion Benghazi→Sirte (origin by anaphora «من المدينة»); a no-move item in Misrata; "
        "Moscow dateline and metonym.",
 "tn4": "Libyan site's weekly security column: a reported GNA Interior deploy Zuwara→Ras Ajdir crossing and the Tunisian "
        "border, a reported naval landing Tripoli→Zuwara port, a denied mobilisation in Sabratha (anaphora «داخل "
        "المدينة»; Al-Ajaylat is only the alleged target), a reported Sudanese pull-out Jebel Uweinat→the Sudan border, a "
        "planned LNA fuel/ammunition shipment Ajdabiya→Tazirbu via Jalu, a conditional («في حال») LNA redeploy Derna→"
        "Martuba; non-moves: the Zawiya refinery, a Red Crescent aid convoy Benghazi→Kufra, a smuggling truck seized in "
        "Tobruk bound for Benghazi, Tripoli Street in Benghazi, tourists from Egypt and Tunisia in Shahhat; trap «هذه "
        "الزاوية الأسبوعية».",
 "tn5": "Kuwaiti paper's weekly digest datelined Tunis: a reported SSA pull-back Janzour→Al-Maya, a denied Misrata "
        "mobilisation at Dafniya (Misrata is a locator), a reported Algerian reinforcement Illizi→Djanet (Ghat is a "
        "locator), a planned LNA company Ubari→Ghat (anaphora «المدينة»; the mayor's بلدية غات is the district), a "
        "conditional («إذا») LNA deploy to Es Sider and Ras Lanuf, a denied LNA pull-out Sirte→Jufra; no-move items: "
        "Mitiga flights to Istanbul, a vaccination drive in Ajdabiya; trap «عجز مالي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tn1", "tn2", "tn3", "tn4", "tn5")
