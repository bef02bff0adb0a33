# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # capitals and foreign places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 # Benghazi and its surroundings
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.1000, 20.0500, "Benghazi port"),                # K
 "majouri": ("town", "LY", 32.11486, 20.06859, "Al Majouri (Benghazi)"),                # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benina_town": ("town", "LY", 32.0833, 20.2667, "Benina"),                             # K
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "daryana": ("town", "LY", 32.34751, 20.30933, "Daryanah"),                             # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah (Tocra)"),                         # G
 "tocra_mun": ("district", "LY", 32.53414, 20.57911, "Tocra municipality"),             # G* (town row)
 "tolmeita": ("town", "LY", 32.709, 20.947, "Tolmeita (Ptolemais)"),                    # K
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),            # G* (town row)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),            # G* (district row, as region)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 # south of Benghazi, Ajdabiya and the oil crescent
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil port"),          # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Brega port"),                    # G* (town row)
 "uqaylah": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # the south
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "eo1": ["إيلاف", "الوطني الليبي", "عملية الكرامة", "شارع دبي", "فرج المرجاوي"],
    "eo2": ["الميادين", "الوطني الليبي", "سودانية", "كتيبة سبل السلام", "الجيش السوداني",
            "قوات الدعم السريع", "ما ادري", "الرملة"],
    "eo3": ["الجيش الليبى", "الوطنى الليبى", "اليوم السابع", "الأسلحة البيضاء", "مصرية"],
    "eo4": ["القبس", "الوطني الليبي", "الإدريسي", "سرت شائعات", "عملية طوفان الكرامة", "عقيلة صالح",
            "الليبيين"],
    "eo5": ["الشروق", "خليفة حفتر", "عبد المجيد تبون", "أحمد عطاف", "مصادر ليبية"],
}

PHEN = {
    "eo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings"],
    "eo2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri", "vague_area",
            "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
    "eo3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
            "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
    "eo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
            "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "town_vs_district",
            "coverage_oil", "countries"],
    "eo5": ["clitics", "multiword", "media_trap", "common_word_trap", "person_trap", "nisba", "ambiguity_tripoli",
            "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "eo1": [
        mv("redeploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["المرج"]),
        mv("redeploy", "reported", LNA, ["توكرة"], ["قمينس"], ["بنغازي"]),
        mv("shipment", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
        mv("redeploy", "planned", LNA, ["قمينس"], ["اجدابيا"]),
        mv("withdraw", "denied", LNA, ["أجدابيا"], ["بنغازي"]),
        mv("reinforce", "conditional", LNA, ["الرجمة"], ["سلوق"]),
    ],
    "eo2": [
        mv("withdraw", "reported", LNA, ["الكفرة"], ["بنغازي"], ["جالو", "أجدابيا"]),
        mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
        mv("deploy", "planned", LNA, [], ["تازربو", "ربيانة"]),
        mv("withdraw", "denied", LNA, ["حقل السرير"], ["جالو"]),
        mv("advance", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
    ],
    "eo3": [
        mv("deploy", "reported", LNA, ["بنغازى"], ["توكرة", "طلميثة"], ["دريانة"]),
        mv("naval_landing", "reported", LNA, ["ميناء بنغازى"], ["توكرة"]),
        mv("mobilise", "planned", LNA, [], ["المرج"]),
        mv("redeploy", "denied", LNA, ["منفذ امساعد"], ["توكرة"]),
        mv("shipment", "conditional", LNA, ["قاعدة الخادم"], ["توكرة"]),
    ],
    "eo4": [
        mv("withdraw", "reported", LNA, ["إدري"], ["إجدابيا"], ["سبها", "الجفرة"]),
        mv("redeploy", "reported", LNA, ["قمينس"], ["ميناء الزويتينة"]),
        mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
        mv("mobilise", "denied", LNA, [], ["البريقة", "العقيلة"]),
        mv("deploy", "conditional", LNA, [], ["سبها"]),
    ],
    "eo5": [
        mv("redeploy", "reported", LNA, ["الرجمة"], ["المرج"]),
        mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["قاعدة الخادم"]),
        mv("airlift", "planned", LNA, ["الخادم"], ["تمنهنت"]),
        mv("reinforce", "denied", LNA, ["سبها"], ["غات", "الحدود مع الجزائر"]),
        mv("advance", "conditional", LNA, [], ["غدامس"]),
    ],
}

NOTES = {
    "eo1": ("Elaph-style report from Benghazi on an LNA reshuffle: infantry Benina air base→Al-Marj and artillery "
            "Tocra→Qaminis via Benghazi (reported), an ammunition shipment Tobruk→Benghazi port (reported), a tank "
            "company Qaminis→Ajdabiya (planned, «ستنتقل»), a denied pull-back Ajdabiya→Benghazi and a conditional "
            "reinforcement Al-Rajma→Suluq («إذا تجددت»). Headline moves are the body's. Tripoli/Sirte (JMC venue), "
            "Dubai Street, the colonel «المرجاوي» and «عملية الكرامة» are not movement places."),
    "eo2": ("Al-Mayadeen-style report: a battalion returns Kufra→Benghazi via Jalu and Ajdabiya (reported withdraw), "
            "an Il-76 replacement company Benina air base→Kufra airport (reported airlift), a second company for "
            "Tazirbu and Rebiana (planned, «على أن تلحق … لتنتشر», no origin written), a denied pull-out Sarir "
            "field→Jalu and a conditional advance Kufra→the Sudan border («إذا رُصد»); Jebel Uweinat only locates the "
            "gunmen, Darfur is the refugees' origin (civilian), «ما ادري» and «الميادين القريبة» are traps."),
    "eo3": ("Youm7-style copy in Egyptian spelling (بنغازى، فى، الليبى): an LNA battalion Benghazi→Tocra/Tolmeita via "
            "Daryana (reported deploy; Tocra also spelled طوكرة), a naval landing Benghazi port→Tocra beach (reported, "
            "«شاطئ المدينة» = Tocra), three companies to be massed in Al-Marj (planned mobilise; the Jebel Akhdar is "
            "purpose), a denied Amsaad crossing→Tocra redeploy and a conditional shipment Al-Khadim→Tocra («فى حال»). "
            "Migrants' destinations (Greece, Italy, Crete) and the Cairo meeting are not movements."),
    "eo4": ("Al-Qabas-style report datelined Cairo: a battalion returns Idri→Ajdabiya via Sabha and Al-Jufra "
            "(reported withdraw; headline «من وادي الشاطئ» is the same move), a company Qaminis→Zueitina port "
            "(reported redeploy), a landing ship Benghazi port→Brega port (planned, «من المقرر»), a denied massing in "
            "Brega and El Agheila, and a conditional return of a company to Sabha («إذا تجددت», no origin written). "
            "Traps: the commander «الإدريسي», «سرت شائعات», «عقيلة صالح», «عملية طوفان الكرامة»; Kuwait is the country."),
    "eo5": ("Echorouk-style report: Brigade 73 Al-Rajma→Al-Marj (reported redeploy), a battalion flown back Tamanhint "
            "air base→Al-Khadim air base (reported airlift) and a replacement to be flown Al-Khadim→Tamanhint (planned), "
            "a denied reinforcement Sabha→Ghat/the Algerian border (headline + body = one move) and a conditional "
            "advance on Ghadames («لن … إلا إذا»). «مع الشروق» (at sunrise) and the outlet are traps; Algiers vs Algeria; "
            "Tripoli only in a quote."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("eo1", "eo2", "eo3", "eo4", "eo5")
