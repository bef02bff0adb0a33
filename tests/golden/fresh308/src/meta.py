# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "border_dz_side": ("region", "DZ", 26.00000, 9.80000, "Algerian side of the border with Libya"),  # K
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                       # K
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (Jufra air base point, near Hun/Waddan)
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, country DZ)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                          # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 # Jufra and Sirte
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_port": ("crossing", "LY", 31.21000, 16.60000, "Port of Sirte"),                  # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # east and south-east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05000, "Port of Benghazi"),            # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G (row قاعدة بنينا الجوية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),          # G* (town row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (gazetteer kind village; kept as town)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
}

LNA = "Libyan National Army"


def M(kind, status, actor, origins, destinations, via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "kx1": ["غرفة عمليات المنطقة الجنوبية", "طارق بن زياد", "مسعود الفزاني", "مبالغات", "السودانية"],
    "kx2": ["سالم الهوني", "غرفة عمليات سرت الجفرة", "مرهون", "المجلس العسكري مصراتة"],
    "kx3": ["الجيش الليبي", "ليبيا الأحرار"],
    "kx4": ["الدعم السريع", "السودانيين"],
    "kx5": ["الفيلق الأفريقي", "التشاديين", "حامد المرزوقي", "لا أدري", "ليبيا الحدث", "انحسرت"],
}

PHEN = {
    "kx1": ["clitics", "multiword", "person_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
            "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_oil", "coverage_neighbours"],
    "kx2": ["clitics", "multiword", "person_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
            "coverage_bases"],
    "kx3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "border_phrase", "vague_area",
            "ambiguity_country_capital", "ambiguity_tripoli", "town_vs_district", "coverage_crossings", "coverage_oil",
            "coverage_neighbours", "countries"],
    "kx4": ["clitics", "multiword", "operation_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
            "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
    "kx5": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "common_word_trap", "media_trap",
            "nisba", "ambiguity_idri", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_neighbours",
            "countries"],
}

MOVES = {
    "kx1": [
        M("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
        M("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
        M("reinforce", "planned", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
        M("withdraw", "denied", LNA, ["مرزق"], ["القطرون"]),
        M("redeploy", "conditional", LNA, ["قاعدة براك الجوية"], ["إدري"]),
        M("deploy", "reported", LNA, ["أوباري"], ["غات", "منفذ إيسين"], ["العوينات"]),
    ],
    "kx2": [
        M("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
        M("redeploy", "reported", LNA, ["هون"], ["ودان"]),
        M("redeploy", "reported", LNA, ["هون"], ["سوكنة"]),
        M("redeploy", "planned", LNA, ["الجفرة"], ["سرت"]),
        M("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
        M("advance", "conditional", LNA, ["سرت"], ["الوشكة"]),
        M("mobilise", "denied", "Misrata forces", [], ["أبوقرين"]),
    ],
    "kx3": [
        M("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
        M("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
        M("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
        M("withdraw", "denied", "Algerian army", ["الحدود مع ليبيا"], ["إليزي"]),
        M("reinforce", "reported", LNA, ["اوباري"], ["غات"]),
        M("deploy", "reported", LNA, [], ["منفذ إيسين"]),
        M("reinforce", "conditional", LNA, [], ["حقل الشرارة"]),
    ],
    "kx4": [
        M("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
        M("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
        M("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو"]),
        M("deploy", "conditional", LNA, ["الكفرة"], ["تازربو"]),
        M("redeploy", "reported", LNA, ["تازربو"], ["قاعدة معطن السارة"]),
        M("redeploy", "reported", LNA, ["ربيانة"], ["قاعدة معطن السارة"]),
        M("mobilise", "denied", "Sudanese armed groups", [], ["الحدود مع السودان"]),
    ],
    "kx5": [
        M("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
        M("withdraw", "denied", "Russian forces", ["براك"], []),
        M("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تمسة"]),
        M("advance", "conditional", LNA, [], ["أم الأرانب"]),
        M("deploy", "planned", LNA, ["هون"], ["سرت"]),
        M("reinforce", "reported", LNA, ["الجفرة"], ["قاعدة القرضابية"]),
        M("naval_landing", "denied", "Turkish armed forces", [], ["ميناء سرت"]),
        M("shipment", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
    ],
}

NOTES = {
    "kx1": ("Weekly digest by city (Al-Tadamun, Sabha), six numbered items: this week's LNA reinforcement "
            "Tamanhint air base→Sabha and last week's first wave from «القاعدة نفسها» (two moves, both reported); a "
            "planned company Sabha→Ubari via Al-Ghurayfa (the Sharara field is only the road's purpose); a denied "
            "pull-out Murzuq→Al Qatrun («مبالغات»); a conditional Brak air base→Idri move (لن…إلا إذا); last week's "
            "announced column now arrived in Ghat from Ubari via Al-Awaynat (one move, reported, second destination the "
            "Isayen crossing); Kufra/Sirte item with no move and Sudanese families from Darfur (civilian)."),
    "kx2": ("Numbered weekly bulletin (Al-Masar, Hun) on Jufra and Sirte: an Il-76 air bridge Benina base→Jufra air "
            "base (two flights, one movement); a company Hun→Waddan this week and a similar one Hun→Sokna last week "
            "(two redeploys); a planned rotation battalion Jufra→Sirte (its return «إلى قاعدتها» has no named place); a "
            "landing ship Benghazi port→Sirte port; a conditional advance from west of Sirte to Al-Washka (إذا); "
            "Misrata's denied build-up at Abu Qurayn (Tripoli only as chain of command); a Sokna road item with no move."),
    "kx3": ("Algerian round-up (Ennahar, Illizi), dashed items: Algerian army reinforcements Illizi→Djanet this week "
            "and a first wave on 18 March (two moves); a planned airlift Tamanrasset→Djanet airport; a denied pull-back "
            "from the border with Libya (Algerian side) to Illizi; on the Libyan side a second LNA company Ubari→Ghat, "
            "the first company deployed near the Isayen crossing last week, and a conditional reinforcement of the "
            "Sharara field (في حال). Benghazi locates the LNA command; Algiers/Algeria/Tripoli are not movement places."),
    "kx4": ("Kufra weekly (Al Mashhad), six numbered items: the third Subul al-Salam patrol Kufra→Jebel Uweinat (the "
            "two earlier ones are not told, not annotated); a planned airlift Benina base→Kufra airport; an ammunition "
            "and fuel convoy Ajdabiya→Kufra via Jalu; a conditional company Kufra→Tazirbu (إذا); an LNA "
            "company Tazirbu→Maaten al-Sarra base and last week's similar move Rebiana→the same base (retold in item 6); "
            "the RSF denying a build-up on the border with Sudan. Kuwait's medicine and the refugees are not moves."),
    "kx5": ("Elaph's weekly tour (Benghazi), bulleted: a Russian Il-76 Brak air base→Niger (the month's first flight is "
            "not told) and the embassy's denial of a Russian pull-out from Brak; Chadian gunmen pulling back Umm "
            "al-Aranib→Tmassah (second week running, one movement) and the LNA's conditional entry into Umm al-Aranib; a "
            "planned engineer unit Hun→Sirte; last week's announced battalion now at Gardabiya base from Jufra "
            "(reported); a denied Turkish landing at Sirte port; an LNA fuel/ammunition convoy Tamanhint base→Sabha; "
            "the humanitarian convoy Benghazi→Kufra is not a movement of forces."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kx1", "kx2", "kx3", "kx4", "kx5")
