# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # Sabha and Tamanhint
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),        # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (city row)
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "tamanhint": ("town", "LY", 27.24, 14.66, "Tamanhint"),                                 # K
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G
 # rest of Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                  # K
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city row)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 # abroad
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                       # G
 "abdullah_base": ("base", "KW", 29.24, 47.97, "Abdullah Al-Mubarak Air Base"),          # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                # G* (Boufarik town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_dz": ("region", "DZ", 24.90, 9.95, "Algerian side of the border with Libya"),   # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
}

LNA, RU, SYR, SUD, DZA = "Libyan National Army", "Russian forces", "Syrian mercenaries", "Sudanese armed groups", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "qd1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "غرفة عمليات المنطقة العسكرية سبها", "شارع طرابلس",
            "الخطوط الجوية الأفريقية", "القطروني", "سودانيين"],
    "qd2": ["سبوتنيك", "الفيلق الأفريقي", "وزارة الدفاع الروسية", "إيفان غرين", "الدعم المالي", "الجديد", "ليبية"],
    "qd3": ["الراي", "الهلال الأحمر الكويتي", "إدريس المقرحي", "الجيش الوطني الليبي", "القوة الجوية الكويتية",
            "السودانيين", "الجديد", "كويتية"],
    "qd4": ["النهار", "الجيش الوطني الشعبي", "خليفة حفتر", "الناحية العسكرية الرابعة", "ليبية", "جزائرية",
            "جزائريين"],
    "qd5": ["الأخبار", "الفيلق الأفريقي", "الجيش السوري", "سوريين", "إدريس بوشعالة", "الجيش الوطني الليبي",
            "الأمن العام اللبناني", "المستحقات المالية", "سودانية"],
}

PHEN = {
    "qd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
            "vague_area", "town_vs_district", "coverage_bases"],
    "qd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
            "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
    "qd3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "countries"],
    "qd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
            "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
    "qd5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
            "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "qd1": [
        mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها الدولي"]),
        mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["المنشية", "قلعة سبها"]),
        mv("shipment", "reported", LNA, ["الجفرة"], ["تمنهنت"]),
        mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
        mv("airlift", "denied", SUD, ["الكفرة"], ["قاعدة تمنهنت"]),
        mv("withdraw", "conditional", LNA, ["مطار سبها الدولي"], ["تمنهنت"]),
    ],
    "qd2": [
        mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة تمنهنط الجوية"], ["قاعدة الجفرة"]),
        mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
        mv("airlift", "planned", RU, ["تمنهنط"], ["نيامي", "باماكو"]),
        mv("redeploy", "conditional", RU, ["قاعدة براك الجوية"], ["تمنهنط"]),
        mv("deploy", "denied", RU, [], ["مطار سبها الدولي"]),
    ],
    "qd3": [
        mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار سبها الدولي"]),
        mv("shipment", "reported", LNA, ["هون"], ["قاعدة تمنهنت الجوية"]),
        mv("advance", "planned", LNA, ["سبها"], ["أم الأرانب"]),
        mv("mobilise", "conditional", LNA, [], ["تمنهنت"]),
        mv("airlift", "denied", None, ["قاعدة عبدالله المبارك الجوية"], ["ليبيا"]),
    ],
    "qd4": [
        mv("airlift", "denied", DZA, [], ["مطار سبها الدولي"]),
        mv("reinforce", "reported", DZA, ["إليزي"], ["الحدود مع ليبيا"], ["جانت"]),
        mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
        mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
        mv("mobilise", "conditional", DZA, [], ["عين أمناس"]),
    ],
    "qd5": [
        mv("airlift", "reported", SYR, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
        mv("redeploy", "planned", SYR, ["تمنهنت"], ["قاعدة براك الجوية", "حقل الشرارة"]),
        mv("withdraw", "reported", SUD, ["قاعدة تمنهنت"], ["الحدود مع السودان"], ["الكفرة"]),
        mv("naval_landing", "denied", SYR, [], ["ميناء بنغازي"]),
        mv("advance", "conditional", LNA, ["براك"], ["إدري"]),
    ],
}

NOTES = {
    "qd1": "Afrigate News (Sabha), 14 Apr 2026: an LNA Il-76 Benina air base→Sabha airport with a battalion, a company "
           "Tamanhint air base→Al-Manshiya/Sabha castle, a supply convoy Jufra→Tamanhint (shipment), a planned Jufra air "
           "base→Sabha airport air bridge, a denied Sudanese flight Kufra→Tamanhint base and a conditional return "
           "airport→Tamanhint. Not moves: a chartered cargo plane with medicines from Benghazi, Afriqiyah civil flights "
           "Mitiga–Sabha. Traps: the outlet, the Sabha military-zone operations room, Tripoli Street, the airline, a "
           "colonel surnamed القطروني.",
    "qd2": "Sputnik Arabic (Moscow), 2 May 2026: Russian Il-76s Al Khadim→Tamanhint air base via the Jufra base, an "
           "earlier landing at Tobruk port, planned weekly flights Tamanhint→Niamey/Bamako, a conditional Brak air "
           "base→Tamanhint move and a denied deployment at Sabha airport. Not moves: the Toummo road «instead of» "
           "the flights. Spelling تمنهنط; traps الدعم المالي (Mali), المدرج الجديد, the Africa Corps, the ship name.",
    "qd3": "Al-Rai (Kuwait), 9 Mar 2026: a Kuwaiti C-130 with aid at Sabha airport (not a move; nor its return to "
           "Kuwait, nor the refugees), an LNA company Tamanhint air base→Sabha airport, LNA ammunition trucks "
           "Hun→Tamanhint base, a planned advance Sabha→Umm al-Aranib, a conditional massing at Tamanhint and the "
           "Kuwaiti MoD's denial that the plane carried military experts to Libya. Kuwait city (dateline) vs country; "
           "Idri vs إدريس.",
    "qd4": "Ennahar (Algiers), 27 Apr 2026: Algeria denies landing troops at Sabha airport (its Boufarik plane carried "
           "aid, not a move), an Algerian reinforcement Illizi→the border with Libya via Djanet, an LNA airlift "
           "Tamanhint air base→Ghat airport with a planned deployment at the Isayen crossing, and a conditional "
           "Algerian massing at In Amenas (spelled عين أمناس). Algiers (dateline) vs Algeria; Illizi town vs province.",
    "qd5": "Al-Akhbar (Beirut), 22 May 2026: Syrian fighters flown Jufra air base→Tamanhint base, a planned move "
           "Tamanhint→Brak air base/Sharara field, Sudanese groups pulling out of the base towards the Sudan border "
           "via Kufra, a denied landing at Benghazi port and a conditional LNA advance Brak→Idri. Tripoli (Lebanon) vs "
           "Tripoli (Libya); Idri vs إدريس; المستحقات المالية.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qd1", "qd2", "qd3", "qd4", "qd5")
BAR_IN_TEXT = True  # the datelines have a literal "|" («سبها - بوابة إفريقيا الإخبارية | الثلاثاء …»)
