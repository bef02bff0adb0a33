# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G (row روسيا البيضاء)
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G* (row قاعدة الخادم)
 "jabal": ("region", "LY", 32.65, 21.65, "Green Mountain (Jabal al Akhdar)"),           # K
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G (row أبولونيا)
 # xt1 rotation between Benghazi and Al-Marj (Asharq Al-Awsat)
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "east_ly": ("region", "LY", 30.5, 21.5, "Eastern Libya"),                              # K
 # xt2 Al-Bayda, Shahhat and Al-Abraq (Al-Quds Al-Arabi)
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "gernada": ("town", "LY", 32.73174, 21.90350, "Gernada"),                              # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "jabal_dist": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar district"),   # G
 # xt3 Derna's approaches and the Egyptian border (Al-Wafd)
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "LY", 31.40, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 # xt4 Al-Khadim, Benina and the Kufra rotation (Al-Anba)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # xt5 the LNA navy, Susa and the Lebanese ship (Akhbar Al-Khaleej)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "susa_port": ("crossing", "LY", 32.89702, 21.96583, "Port of Susa"),                   # G* (town row أبولونيا)
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "port_tripoli_lb": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),     # G
 "eastcoast": ("region", "LY", 32.85, 21.50, "Eastern coast of Libya"),                 # K
}

TRAPS = {
 "xt1": ["الشرق الأوسط", "الجيش الوطني الليبي", "فرج الطرابلسي", "طارق بن زياد", "غرفة عمليات الكرامة",
         "سرايا الدفاع عن بنغازي"],
 "xt2": ["القدس العربي", "طارق بن زياد", "الأسلحة البيضاء", "إدريس الشحاتي", "جامعة عمر المختار"],
 "xt3": ["الوفد", "الجيش الليبى", "الجيش الوطنى الليبى", "مفتاح الطبرقى", "إدريس المغربى", "مجلس شورى مجاهدى درنة", "الجيش المصرى",
         "مصرى"],
 "xt4": ["الأنباء", "روسية", "سودانيين", "الفيلق الإفريقي", "الروسي", "فاغنر", "التركية", "سودانية",
         "قوات الدعم السريع", "المالي"],
 "xt5": ["اللبنانية", "أخبار الخليج", "الجيش الوطني الليبي", "درع برقة", "ناصر البنغازي"],
}

PHEN = {
 "xt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases"],
 "xt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "xt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xt4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "xt5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "xt1": [
  mv("redeploy", "reported", LNA, ["الرجمة"], ["المرج"], ["الأبيار"]),
  mv("withdraw", "reported", LNA, ["المرج"], ["الجفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "denied", LNA, ["سلوق"]),
  mv("advance", "conditional", LNA, ["بنغازي"], ["درنة"]),
 ],
 "xt2": [
  mv("deploy", "reported", LNA, ["البيضاء"], ["شحات", "مطار الابرق"]),
  mv("redeploy", "planned", LNA, ["قرنادة"], ["رأس الهلال"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الخادم الجوية"], ["البيضاء"]),
  mv("withdraw", "denied", LNA, ["قصر ليبيا"], ["المرج"]),
 ],
 "xt3": [
  mv("advance", "reported", LNA, ["مرتوبة"], ["الفتائح"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["أم الرزم"]),
  mv("mobilise", "denied", LNA, [], ["القبة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "xt4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["قاعدة الخادم"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم الجوية"], ["باماكو"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["قاعدة بنينا الجوية"]),
  mv("redeploy", "planned", LNA, ["المرج"], ["الكفرة"]),
  mv("airlift", "denied", "Sudanese armed groups", ["الكفرة"], ["المرج"]),
 ],
 "xt5": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سوسة"]),
  mv("withdraw", "conditional", LNA, [], ["قاعدة طبرق البحرية"]),
  mv("mobilise", "reported", LNA, [], ["توكرة"]),
  mv("shipment", "denied", LNA, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "xt1": "LNA rotation: two battalions of the 106th Brigade Al-Rajma→Al-Marj via Al-Abyar (Benghazi only locates "
        "Al-Rajma), the 128th's units Al-Marj→Al-Jufra, a planned Saiqa airlift Benina air base→Al-Abraq airport "
        "(Al-Bayda only a distance reference), the Saiqa's denied pull-out from Suluq (Benghazi a locator there), a "
        "conditional advance Benghazi→Derna by a Tariq bin Ziyad battalion; Tripoli and Cairo only as governments, "
        "Tripoli inside the commander's family name (trap), Benghazi inside 'Benghazi Defence Brigades' (trap).",
 "xt2": "Tariq bin Ziyad units Al-Bayda→Shahhat and around Al-Abraq airport (spelt الابرق); Susa only the road a "
        "checkpoint stands on; a planned company Gernada→Ras al-Hilal (Derna only the road's direction); a conditional "
        "reinforcement Al-Khadim air base→Al-Bayda; the 302nd Saiqa's denied pull-out Qasr Libya→Al-Marj. Al-Bayda "
        "also inside 'bladed weapons' (trap); Idri and Shahhat inside the councillor's name (trap).",
 "xt3": "Egyptian spelling (بنغازى، فى، الليبى). Battalion 276 advances Martuba→Al-Fataih (Derna '7 km' only a "
        "distance reference); Bab Tobruk closed (no movement); a planned battalion Tobruk→Umm ar-Rizam (the Derna–"
        "Tobruk road is purpose); a denied massing of 70 vehicles in Al-Qubba (Idri and Morocco inside the "
        "spokesman's name, trap); a conditional Egyptian reinforcement to Sallum "
        "(the border with Egypt is the condition; Cairo the speaker's city; the Amsaad crossing is civilian traffic).",
 "xt4": "Russian Il-76s Hmeimim→Al-Khadim air base (Al-Marj '60 km' only a distance reference; Syria locates the "
        "base), an LNA fuel convoy Marsa al-Hariga→Al-Khadim base (Tobruk only locates the terminal), a Belarus-registered plane Al-Khadim→Bamako (Belarus is only the registration; Mali locates Bamako), "
        "a Turkish training team's conditional deployment to Benina air base (Ankara only the other party), a planned "
        "LNA battalion Al-Marj→Kufra, and a denied airlift of RSF fighters Kufra→Al-Marj (the Sudan border a locator).",
 "xt5": "The landing ship lands marines at Benghazi port from Tobruk naval base (Marsa al-Hariga beside it only a "
        "locator), a planned marine landing Benghazi port→Susa port, a "
        "conditional return of the boats to Tobruk naval base (no origin written), units massing in Tocra, and a denied "
        "arms ship from Tripoli port in northern Lebanon to Benghazi port; the Green Mountain coast is only the "
        "exercise area, Shahhat only a distance reference, Egypt and Jordan only the observers' countries at a past "
        "exercise, Ras al-Hilal only its residents' complaint (no movement), Tripoli (Libya) the government's seat.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xt1", "xt2", "xt3", "xt4", "xt5")
