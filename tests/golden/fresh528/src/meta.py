# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and border regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),   # G* (row الحدود الليبية النيجرية)
 # vague areas
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # districts
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G (also the short form الشاطئ)
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README convention)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (Brak town row)
 # Wadi al-Shati towns
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "aqar": ("town", "LY", 27.56, 14.05, "Aqar"),                                          # K (±20 km)
 "wanzarik": ("town", "LY", 27.52, 13.80, "Wanzarik"),                                  # K (±30 km)
 "mahruqa": ("town", "LY", 27.50, 13.50, "Al Mahruqah"),                                # K (±30 km)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # Sabha and Tamanhint
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("village", "LY", 27.23, 14.62, "Tamanhint"),                             # K (±10 km, next to the base)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 # elsewhere in Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K (±3 km)
 "sirte_port": ("crossing", "LY", 31.212, 16.575, "Port of Sirte"),                     # K (±5 km)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
    "tj1": ["إرم نيوز", "الجيش الليبي", "للجيش الوطني الليبي", "كتيبة شهداء الوادي", "العقيد ميلاد البراكي", "أقارب"],
    "tj2": ["سبوتنيك", "ليبي", "منطقة سبها العسكرية", "اللواء إدريس العوامي", "تشاديين"],
    "tj3": ["بوابة أفريقيا الإخبارية", "الجيش الوطني الليبي", "السيارات المحروقة", "الرائد سالم المحروق", "الأقارب"],
    "tj4": ["يورونيوز", "حكومة الوحدة الوطنية", "للجيش الوطني الليبي", "الأرض المحروقة"],
    "tj5": ["فسانيا", "سرية شباب تمنهنت", "للجيش الوطني الليبي", "النقيب إدريس الحضيري", "شارع طرابلس"],
}

PHEN = {
    "tj1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
            "vague_area", "town_vs_district", "coverage_bases"],
    "tj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
            "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil",
            "coverage_crossings", "coverage_neighbours", "countries"],
    "tj3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "town_vs_district",
            "coverage_bases"],
    "tj4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
            "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
            "coverage_crossings", "coverage_neighbours", "countries"],
    "tj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
            "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
            "coverage_neighbours", "countries"],
}

MOVES = {
    "tj1": [
        mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["براك الشاطئ"], ["قيرة"]),
        mv("withdraw", "reported", None, ["براك الشاطئ"], ["أقار"]),
        mv("deploy", "planned", LNA, [], ["إدري", "ونزريك"]),
        mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["سبها"]),
        mv("advance", "conditional", LNA, ["براك"], ["ونزريك"]),
    ],
    "tj2": [
        mv("redeploy", "reported", LNA, ["براك الشاطئ"], ["إدري"], ["ونزريك", "المحروقة"]),
        mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
        mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
        mv("deploy", "planned", LNA, ["إدري"], ["الحمادة الحمراء", "حقل الحمادة"]),
        mv("advance", "denied", "Chadian armed groups", ["منفذ التوم"], ["ونزريك"]),
        mv("advance", "conditional", LNA, ["إدري"], ["المحروقة"]),
    ],
    "tj3": [
        mv("withdraw", "reported", None, ["أقار"], ["ونزريك"]),
        mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["أقار"]),
        mv("reinforce", "planned", LNA, ["قاعدة الجفرة الجوية"], ["براك"]),
        mv("shipment", "reported", LNA, ["سبها"], ["قاعدة براك الجوية"]),
        mv("mobilise", "denied", None, ["ونزريك"], ["أقار"]),
        mv("advance", "conditional", LNA, ["أقار"], ["ونزريك"]),
    ],
    "tj4": [
        mv("deploy", "planned", "GNA forces", ["غريان"], ["الشويرف"]),
        mv("reinforce", "reported", LNA, ["سبها"], ["براك الشاطئ"]),
        mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
        mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
        mv("advance", "denied", LNA, ["براك"], ["الشويرف"]),
        mv("withdraw", "conditional", None, ["أدري"], []),
    ],
    "tj5": [
        mv("withdraw", "reported", None, ["قاعدة تمنهنت الجوية"], ["تمنهنت"]),
        mv("deploy", "reported", LNA, ["سبها"], ["تمنهنت"]),
        mv("shipment", "reported", LNA, ["مطار سبها"], ["قاعدة تمنهنت الجوية"]),
        mv("redeploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة براك الجوية"]),
        mv("redeploy", "planned", LNA, ["الجفرة"], ["قاعدة تمنهنت الجوية"]),
        mv("reinforce", "conditional", LNA, ["سبها"], ["تمنهنت"]),
        mv("mobilise", "denied", None, ["تمنهنت"], ["سبها"]),
    ],
}

NOTES = {
    "tj1": ("Erem News style, Sabha dateline: an LNA battalion takes over Brak al-Shati's gates (Tamanhint air base→Brak "
            "via Qirah) while a local group pulls back to Aqar; a planned company for Idri and Wanzarik, a denied "
            "Brak air base→Sabha pull-out and a conditional Brak→Wanzarik advance. Traps: the officer «البراكي», "
            "«أقارب» (contains Aqar), the Hamada as the road's extent (not a destination), Sabha as distance reference."),
    "tj2": ("Sputnik Arabic style, Benghazi dateline: an LNA redeploy Brak al-Shati→Idri via Wanzarik and Al-Mahruqa, a "
            "Benina→Tamanhint (spelled تمنهنط) cargo flight, a landing ship Benghazi port→Sirte port, a planned "
            "company Idri→the Hamada and the Hamada field, a denied Chadian advance Toummo→Wanzarik and a "
            "conditional Idri→Al-Mahruqa advance. Traps: «إدريس» (contains Idri), «منطقة سبها العسكرية», «تشاديين»."),
    "tj3": ("Afrigate News style, Brak al-Shati dateline: a local group leaves the Aqar gate for Wanzarik and an LNA "
            "company from Brak air base takes it; planned reinforcements Jufra air base→Brak, an ammunition/fuel "
            "convoy Sabha→Brak air base, a denied Wanzarik mobilisation near Aqar and a conditional Aqar→Wanzarik "
            "advance. Traps: «السيارات المحروقة», «الرائد سالم المحروق», «الأقارب»."),
    "tj4": ("Euronews Arabic style, Tripoli dateline: a planned GNU force Gharyan→Ash Shwayrif, an LNA reinforcement "
            "Sabha→Brak al-Shati, LNA Il-76s Jufra air base→Brak air base, a planned sea move Benghazi port→Sirte "
            "port, a denied LNA advance Brak→Ash Shwayrif and a conditional pull-out of a local group from Idri "
            "(spelled أدري). Traps: «الأرض المحروقة»; Sharara, Algeria and Fezzan are not movement places."),
    "tj5": ("Fasania style, Sabha dateline: a local group leaves the Tamanhint air base perimeter for the village, an "
            "LNA company Sabha→Tamanhint, a fuel/ammunition convoy Sabha airport→Tamanhint air base, a planned "
            "rotation (Tamanhint air base→Brak air base, Jufra→Tamanhint air base), a conditional Sabha→Tamanhint "
            "reinforcement and a denied Tamanhint→Sabha mobilisation. Traps: «سرية شباب تمنهنت», «إدريس», "
            "«شارع طرابلس»; Toummo and the Niger border are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tj1", "tj2", "tj3", "tj4", "tj5")
