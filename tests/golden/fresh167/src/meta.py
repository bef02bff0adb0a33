# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, Egyptian side)
 # regions and borders
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                         # G* (row برقة, Cyrenaica)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "border_eg_ly": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                     # G* (district row, as region)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                          # G
 # Tobruk and the border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                     # G* (city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                      # G (row منفذ امساعد)
 # Derna and the Jebel Akhdar
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),                # G* (city row)
 "derna_port": ("crossing", "LY", 32.76704, 22.63669, "Derna port"),                       # G* (city row)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                       # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                                 # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),             # G* (city row)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq airport"),               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                 # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                          # G (row أبولونيا)
 # Al Marj and Benghazi
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),               # G* (town row)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G (row قاعدة الخادم)
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                     # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.1030, 20.0530, "Benghazi port"),                   # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G* (town row)
}

LNA, EGY, RUS = "Libyan National Army", "Egyptian army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "fm1": ["القيادة العامة للجيش الوطني الليبي", "قناة القاهرة الإخبارية", "مساعد وزير الداخلية", "الأراضي الليبية", "الجيش المصري"],
 "fm2": ["الميادين", "الجيش المصري", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "مجلس شورى مجاهدي درنة",
         "اللبنانية", "الشركات المصرية"],
 "fm3": ["الوطني الليبي", "الأسلحة البيضاء", "عمر الإدريسي", "جامعة عمر المختار", "غرينتش"],
 "fm4": ["القيادة العامة للجيش الوطني الليبي", "قناة ليبيا الحدث", "الفيلق الإفريقي", "لا أدري", "طائرات ليبية"],
 "fm5": ["سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "عماد الطرابلسي", "الجيش الجزائري", "وكالة الأنباء الليبية",
         "عملية الكرامة"],
}

PHEN = {
 "fm1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours"],
 "fm3": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "fm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_crossings"],
 "fm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "countries"],
}

MOVES = {
 "fm1": [
  mv("reinforce", "reported", LNA, ["المرج"], ["طبرق", "ميناء الحريقة"], ["درنة"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", LNA, [], ["الجغبوب"]),
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["السلوم", "منفذ السلوم"]),
  mv("advance", "denied", EGY, [], ["طبرق"], ["منفذ إمساعد"]),
 ],
 "fm2": [
  mv("deploy", "reported", LNA, ["طبرق"], ["درنة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("redeploy", "conditional", LNA, ["ميناء درنة"], ["رأس الهلال"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["مرتوبة"]),
  mv("mobilise", "planned", LNA, [], ["القبة"]),
 ],
 "fm3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("redeploy", "planned", LNA, ["مطار الأبرق"], ["سوسة"]),
  mv("withdraw", "reported", LNA, ["شحات"], ["البيضاء"]),
  mv("advance", "conditional", LNA, [], ["وادي الكوف"]),
  mv("shipment", "denied", None, ["ميناء طبرق"], ["البيضاء"], ["درنة", "القبة"]),
 ],
 "fm4": [
  mv("redeploy", "reported", LNA, ["المرج"], ["الابيار"]),
  mv("mobilise", "reported", LNA, [], ["مرج"]),
  mv("withdraw", "conditional", LNA, ["المرج"], ["بنغازي"]),
  mv("shipment", "planned", LNA, ["ميناء بنغازي"], ["المرج"]),
  mv("airlift", "denied", RUS, [], ["قاعدة الخادم الجوية"]),
 ],
 "fm5": [
  mv("deploy", "reported", LNA, [], ["ميناء بنغازي", "بنغازي"]),
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["الكفرة"]),
  mv("reinforce", "conditional", LNA, [], ["اجدابيا", "ميناء الزويتينة"]),
  mv("shipment", "denied", None, ["تركيا"], [], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "fm1": "Youm7-style report from Tobruk and the Egyptian border with a «تصحيح» note: the LNA column's origin is corrected "
        "from Benina air base to Al Marj (gold origin المرج; Benina stays a gold place but no movement place); LNA "
        "reinforcement Al Marj→Tobruk/Hariga port via Derna, a planned Benghazi→Gamal Abdel Nasser air base airlift, a "
        "conditional deployment to Al Jaghbub, an Egyptian reinforcement Marsa Matruh→Sallum/the Sallum crossing, and a "
        "denied Egyptian advance through the Amsaad crossing towards Tobruk. «مساعد وزير الداخلية» is a title, not Amsaad.",
 "fm2": "Al-Mayadeen-style report from Derna whose «تصحيح» changes the force: the engineering unit Tobruk→Derna is the "
        "LNA's engineering corps, not the Egyptian army (actor LNA); LNA marines landed at Derna port from Benghazi port, "
        "their conditional move from the port to Ras al Hilal, a denied pull-out Derna→Martuba and a planned build-up in "
        "Al Qubbah. The 2023 aid ship from Lebanese Tripoli and Egyptian companies' equipment via the Sallum crossing are "
        "not force moves.",
 "fm3": "CNN Arabic-style report from Al Bayda whose «تحديث» changes a status: the ammunition trucks Tobruk port→Al Bayda "
        "via Derna and Al Qubbah, reported in the body, are denied in the update (status denied, no owner named, actor "
        "null); LNA airlift Benina→Al Abraq airport, a planned move airport→Susah, a pull-back Shahhat→Al Bayda and a "
        "conditional advance on Wadi al-Kuf. Traps: «الأسلحة البيضاء», «بتوقيت غرينتش», «عمر الإدريسي».",
 "fm4": "Elaph-style report from Al Marj whose «تصحيح» changes a destination: the infantry battalion went Al Marj→Al Abyar "
        "(errata spelling الابيار), not Tocra (Tocra stays a gold place, no movement place); an LNA build-up at Al Marj "
        "(«لل+مرج»), its conditional return Al Marj→Benghazi, a planned armour shipment Benghazi port→Al Marj and a denied "
        "Russian (Africa Corps) airlift to Al Khadim air base.",
 "fm5": "Sputnik Arabic-style report from Benghazi whose «تحديث» changes a status: the landing ship Tobruk port→Benghazi "
        "port, planned in the body, docked and landed troops (status reported); LNA deployment around Benghazi port and "
        "the city's entrances, a planned Benina→Kufra airlift, a conditional reinforcement of Ajdabiya and Zueitina port, "
        "and a denied arms shipment from Turkey through Benghazi port (actor null). The delegation's visit to Algeria is "
        "not a force move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fm1", "fm2", "fm3", "fm4", "fm5")
