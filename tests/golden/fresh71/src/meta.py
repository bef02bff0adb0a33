# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # the two Tripolis
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G (also «طرابلس الغرب»)
 "tripoli_port": ("crossing", "LY", 32.8990, 13.1850, "Port of Tripoli (Libya)"),       # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "lb_port": ("crossing", "LB", 34.4575, 35.8195, "Port of Tripoli (Lebanon)"),         # K
 "tabbaneh": ("district", "LB", 34.4445, 35.8435, "Bab al-Tabbaneh"),                   # K
 "jabal_mohsen": ("district", "LB", 34.4475, 35.8480, "Jabal Mohsen"),                  # K
 "akkar": ("district", "LB", 34.5428, 36.0797, "Akkar"),                                # K
 # west and coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "triangle_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # Fezzan
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G* (district row غات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_ly": ("region", "DZ", 26.3, 9.75, "Algerian side of the border with Libya"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس)
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),    # G* (row منفذ إيسين, country DZ)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G
 # Kufra, the Uweinat triangle
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat area"),                 # G* (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                # G* (row مثلث العوينات)
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # Chad and Darfur
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),       # G* (Adré town row)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                    # G* (row تيني)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chadian side of the border with Sudan"),  # G* (row الحدود التشادية السودانية)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
}

TRAPS = {
 "bu1": ["اللبناني", "الليبية", "القيادة العامة للجيش الوطني الليبي", "«لطف الله 2»"],
 "bu2": ["الناحية العسكرية الرابعة", "قوات حفتر", "الجزائرية", "كتيبة طارق بن زياد", "الجيش الوطني الشعبي",
         "جزائري"],
 "bu3": ["فسانيا", "العقيد سالم المرزقي", "غرفة عمليات الجنوب"],
 "bu4": ["التشادي", "تشادي", "دارفور 24", "الدارفورية", "لا أدري", "كتيبة سبل السلام", "الجيش الوطني الليبي",
         "قوات الدعم السريع"],
 "bu5": ["ليبيا أوبزرفر", "كتيبة نالوت", "العقيد مختار الغدامسي", "حجر الزاوية", "المدرجة", "الجيش الجزائري"],
}

PHEN = {
 "bu1": ["ambiguity_tripoli", "spelling", "clitics", "multiword", "nisba", "countries", "vague_area",
         "coverage_bases", "coverage_crossings", "operation_trap"],
 "bu2": ["ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries", "clitics", "spelling", "multiword", "nisba", "operation_trap",
         "person_trap", "vague_area"],
 "bu3": ["town_vs_district", "coverage_bases", "ambiguity_idri", "spelling", "multiword", "clitics",
         "person_trap", "media_trap", "operation_trap"],
 "bu4": ["ambiguity_idri", "coverage_neighbours", "countries", "border_phrase", "coverage_crossings",
         "coverage_oil", "vague_area", "media_trap", "common_word_trap", "operation_trap", "nisba",
         "multiword", "clitics"],
 "bu5": ["ambiguity_tripoli", "ambiguity_country_capital", "common_word_trap", "media_trap", "person_trap",
         "operation_trap", "coverage_oil", "coverage_neighbours", "countries", "vague_area", "nisba", "clitics",
         "multiword"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "bu1": [
  mv("shipment", "planned", None, ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("deploy", "reported", None, [], ["مرفأ طرابلس", "باب التبانة", "جبل محسن"]),
  mv("shipment", "denied", None, ["مصراتة"], ["طرابلس"]),
  mv("deploy", "reported", GNA, ["الزاوية", "زوارة"], ["الشويرف"]),
  mv("naval_landing", "reported", GNA, ["مصراتة"], ["ميناء طرابلس"]),
  mv("naval_landing", "planned", GNA, ["مصراتة"], ["ميناء طرابلس"]),
  mv("mobilise", "reported", LNA, [], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("shipment", "reported", None, ["ليبيا"], ["مرفأ طرابلس"]),
 ],
 "bu2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت", "عين أمناس", "معبر تين الكوم"]),
  mv("reinforce", "reported", LNA, ["أوباري"], ["العوينات"]),
  mv("redeploy", "planned", LNA, ["العوينات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
  mv("reinforce", "conditional", "Algerian army", [], ["إليزي"]),
 ],
 "bu3": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("reinforce", "reported", LNA, ["براك"], ["سبها", "مطار سبها"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["مرزق", "القطرون"]),
  mv("withdraw", "denied", LNA, ["قطرون"], []),
  mv("reinforce", "conditional", LNA, ["الجفرة"], ["مرزق"]),
 ],
 "bu4": [
  mv("reinforce", "reported", None, ["أبشي"], ["أدري"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["إدري"], ["شمال دارفور"], ["الكفرة", "العوينات"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["ليبيا"], ["الجنينة"], ["أدري"]),
  mv("airlift", "planned", None, [], ["الطينة"]),
  mv("reinforce", "conditional", None, [], ["الحدود مع السودان"]),
 ],
 "bu5": [
  mv("reinforce", "reported", GNA, ["الزاوية", "صبراتة"], ["غدامس"], ["نالوت", "سيناون", "درج"]),
  mv("deploy", "planned", GNA, [], ["درج", "سيناون"]),
  mv("deploy", "denied", GNA, ["زوارة"], ["غدامس"]),
  mv("deploy", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("withdraw", "reported", None, ["غدامس"], ["الحمادة الحمراء"]),
 ],
}

NOTES = {
 "bu1": "Two Tripolis in one Lebanese article: the Lebanese port and city (dateline, denied container, 2012 flashback) "
        "and the Libyan capital («طرابلس الغرب», «طرابلس الليبية», its port for two GNA sea moves from Misrata); "
        "Lebanese army deployment (actor null), GNA columns Zawiya/Zuwara→Ash Shwayrif, LNA massing at Brak air base "
        "and its conditional advance.",
 "bu2": "الجزائر as dateline city, as country («الجزائر لم ولن تتدخل», «بين الجزائر وليبيا») and as «الجزائر العاصمة»; "
        "Algerian reinforcements Ouargla→Djanet/In Amenas/Tin Alkoum, LNA Ubari→Al-Awaynat (the Ghat-area town) and "
        "a planned move to Isayen, a denied Algerian incursion towards Ghat, a conditional move to Illizi province.",
 "bu3": "Town, district and base: Brak vs Brak air base, Al Jufra air base vs Al Jufra (district), Sabha vs بلدية "
        "سبها vs مطار سبها, Murzuq vs شعبية مرزق (and the officer المرزقي), القطرون vs قطرون; airlift, "
        "reinforcement, planned redeploy, denied withdrawal, conditional reinforcement.",
 "bu4": "Adré (Chad) vs Idri (Wadi al-Shati) and the colloquial «لا أدري»; العوينات as the Uweinat triangle area and "
        "as the Ghat-area town, جبل العوينات; Chadian army (null actor) to Adré, Darfuri fighters Idri→North Darfur "
        "via Kufra and Uweinat, Subul al-Salam patrols, a denied RSF build-up, planned airlift, conditional move.",
 "bu5": "Zawiya/Zuwara confusion (list of origins, Zuwara's denial «الخلط وقع بين الزاوية وزوارة»), الزاوية in "
        "«حجر الزاوية», Nalut as dateline/town and inside «كتيبة نالوت», the officer الغدامسي; GNA units to "
        "Ghadames via Nalut, Sinawen and Derj, planned battalion move, conditional Algerian move to Debdeb, smugglers "
        "withdrawing towards Hamada al-Hamra.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bu1", "bu2", "bu3", "bu4", "bu5")
