# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and coastal cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (city row الجزائر)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.117, 20.052, "Port of Benghazi"),               # K
 "sirte_port": ("crossing", "LY", 31.21, 16.59, "Port of Sirte"),                       # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # Sabha and the Sabha–Murzuq road
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),          # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # Wadi al-Shati, Wadi al-Hayat, Ghat
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # vague areas
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 # Algeria
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G* (row إن قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_ly": ("region", "DZ", 25.3, 9.85, "Algeria-Libya border (Algerian side)"),  # K
}

LNA = "Libyan National Army"
ALG = "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "rb1": ["الشرق الأوسط", "الجيش الوطني الليبي", "مسعود الطرابلسي"],
    "rb2": ["بوابة أفريقيا الإخبارية", "منطقة سبها العسكرية", "يتحل غدوة"],
    "rb3": ["بركة القطروني", "تشاديين", "عملية تطهير الجنوب الغربي"],
    "rb4": ["ليبيا الحدث", "الجيش الليبي", "الجزائري", "الليبية"],
    "rb5": ["الجيش الليبي", "الجيش الوطني الليبي", "الإدريسي", "الشرارة الأولى", "الليبية"],
}

PHEN = {
    "rb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
            "ambiguity_country_capital", "vague_area", "coverage_bases", "countries"],
    "rb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
            "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
    "rb3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
            "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
    "rb4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
            "border_phrase", "coverage_neighbours", "countries"],
    "rb5": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_idri", "vague_area",
            "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "rb1": [
        # Tebu groups «دفعت بتعزيزات من مرزق والقطرون إلى أطراف تراغن»
        mv("reinforce", "reported", None, ["مرزق", "القطرون"], ["تراغن"]),
        # LNA company from Tamanhint «على الطريق بين تراغن ومرزق» (buffer zone: both ends)
        mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["تراغن", "مرزق"]),
        # Awlad Suleiman column Sabha→Traghen via Ghuddwa, denied by the tribe's elder
        mv("advance", "denied", None, ["سبها"], ["تراغن"], ["غدوة"]),
        # truce: both sides' gunmen out of Traghen's surroundings «شريطة …»
        mv("withdraw", "conditional", None, ["تراغن"], []),
        # «تعتزم نشر كتيبة مشاة إضافية داخل مرزق»
        mv("deploy", "planned", LNA, [], ["مرزق"]),
    ],
    "rb2": [
        # two cargo planes Benina→Tamanhint (headline «قاعدة تمنهنت» = same move)
        mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
        # Brigade 128 battalion «أعاد تموضع … من إدري … إلى تراغن، مروراً بسبها وغدوة»
        mv("redeploy", "reported", LNA, ["إدري"], ["تراغن"], ["سبها", "غدوة"]),
        # supply convoy (fuel, ammunition, food) «ستسيّر … من سبها إلى مرزوق»
        mv("shipment", "planned", LNA, ["سبها"], ["مرزوق"]),
        # rumoured pull-back Traghen→Sabha denied by the area commander
        mv("withdraw", "denied", LNA, ["تراغن"], ["سبها"]),
        # «لن تدخل المدينة إلا إذا …» (المدينة = مرزق)
        mv("deploy", "conditional", LNA, [], ["مرزق"]),
    ],
    "rb3": [
        # Awlad Suleiman «النفير العام» in Sabha, gunmen gathered in Al-Manshiya
        mv("mobilise", "reported", None, [], ["سبها", "المنشية"]),
        # Tebu reinforcements to Murzuq from Al Qatrun and Umm al-Aranib
        mv("reinforce", "reported", None, ["القطرون", "أم الأرانب"], ["مرزق"]),
        # Chadian fighters across the Niger border via Toummo to join the Tebu in Murzuq — denied
        mv("reinforce", "denied", "Chadian armed groups", [], ["مرزق"], ["الحدود مع النيجر", "منفذ التوم"]),
        # landing ship: infantry battalion Benghazi port→Sirte port
        mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
        # the same battalion on by road to Sabha
        mv("reinforce", "reported", LNA, ["ميناء سرت"], ["سبها"]),
        # oil-guard company for El Feel «تعتزم»
        mv("deploy", "planned", LNA, [], ["حقل الفيل"]),
        # threat «بالزحف من سبها إلى تراقن إذا لم يُفتح الطريق»
        mv("advance", "conditional", None, ["سبها"], ["تراقن"]),
    ],
    "rb4": [
        # Algerian 4th military region: Illizi→Djanet and the border with Libya
        mv("reinforce", "reported", ALG, ["إليزي"], ["جانت", "الحدود مع ليبيا"]),
        # border guards «ينتظر أن تعيد … تموضعها من عين قزام إلى جانت»
        mv("redeploy", "planned", ALG, ["عين قزام"], ["جانت"]),
        # «ستدفع … من تمنراست إلى جانت في حال امتدت المواجهات» (Ubari/Ghat are the condition)
        mv("reinforce", "conditional", ALG, ["تمنراست"], ["جانت"]),
        # Haftar's forces Traghen→the outskirts of Murzuq
        mv("advance", "reported", LNA, ["تراغن"], ["مرزق"]),
        # fuel and ammunition trucks Sabha→Traghen
        mv("shipment", "reported", LNA, ["سبها"], ["تراغن"]),
        # Tebu council denies massing fighters in Umm al-Aranib
        mv("mobilise", "denied", None, [], ["أم الأرانب"]),
    ],
    "rb5": [
        # new LNA reinforcements Brak air base→Traghen via Sabha
        mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["تراغن"], ["سبها"]),
        # rumoured pull-out Al Wigh base→Al Qatrun, denied by the spokesman
        mv("withdraw", "denied", LNA, ["قاعدة الويغ"], ["القطرون"]),
        # air bridge within 48 hours Benina→Sabha airport
        mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
        # landing ship due at Sirte port from Benghazi next week
        mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
        # Tebu elders ready to pull their gunmen Traghen→Murzuq «شريطة …»
        mv("withdraw", "conditional", None, ["تراغن"], ["مرزق"]),
    ],
}

NOTES = {
    "rb1": "Asharq Al-Awsat-style report datelined Cairo (speaker/dateline, not a movement place): Tebu reinforcements "
           "Murzuq/Al Qatrun→Traghen, an LNA buffer company Tamanhint air base→the Traghen–Murzuq road (both ends), a "
           "denied Awlad Suleiman column Sabha→Traghen via Ghuddwa, the elders' conditional pull-back from Traghen and a "
           "planned battalion for Murzuq; Tripoli (Presidential Council) vs the person al-Trabelsi; Algiers city.",
    "rb2": "Afrigate News-style Sabha report: a Benina→Tamanhint airlift, Brigade 128's redeploy Idri→Traghen via Sabha "
           "and Ghuddwa, a planned supply convoy Sabha→Murzuq (spelled مرزوق), a denied pull-back Traghen→Sabha and a "
           "conditional entry into Murzuq («لن … إلا إذا»); Idri gold, colloquial «غدوة» (tomorrow) vs the town Ghuddwa.",
    "rb3": "Al-Arab-style piece datelined «طرابلس (ليبيا)»: Awlad Suleiman mobilisation in Sabha/Al-Manshiya, Tebu "
           "reinforcements Al Qatrun/Umm al-Aranib→Murzuq, a denied Chadian reinforcement via the Niger border and the "
           "Toummo crossing, a landing Benghazi port→Sirte port and the battalion on to Sabha, a planned El Feel company "
           "and a conditional advance Sabha→Traghen (spelled تراقن).",
    "rb4": "Ennahar-style Algerian report: an Algerian reinforcement Illizi→Djanet/the border with Libya, a planned "
           "redeploy In Guezzam (عين قزام)→Djanet, a conditional Tamanrasset→Djanet move (Ubari/Ghat only in the "
           "condition), the LNA's advance Traghen→Murzuq, a fuel/ammunition convoy Sabha→Traghen and a denied Tebu "
           "massing in Umm al-Aranib; Ouargla is the HQ locator; Algiers city vs Algeria country.",
    "rb5": "Sada El Balad-style Egyptian report: an LNA reinforcement Brak air base→Traghen via Sabha, a denied pull-out "
           "Al Wigh base→Al Qatrun, a planned Benina→Sabha airport airlift, a planned landing Benghazi→Sirte port and "
           "the Tebu's conditional pull-back Traghen→Murzuq (the Awlad Suleiman pull-back is only the condition); "
           "traps «الشرارة الأولى» (spark) and the spokesman al-Idrisi.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rb1", "rb2", "rb3", "rb4", "rb5")
