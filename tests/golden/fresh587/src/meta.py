# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G (row برقة, matched by الشرق الليبي)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah"),                                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna_port": ("crossing", "LY", 32.770, 22.645, "Port of Derna"),                     # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 # vq1 Benghazi's districts (Al-Quds Al-Arabi)
 "sabri": ("district", "LY", 32.11486, 20.06859, "As Sabri (Benghazi)"),                # G* (row الصابري, town)
 "sidihussein": ("district", "LY", 32.11486, 20.06859, "Sidi Hussein (Benghazi)"),      # G* (row سيدي حسين, town)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "buatni": ("district", "LY", 32.11486, 20.06859, "Bu Atni (Benghazi)"),                # G* (row بوعطني, town)
 "qaryunis": ("district", "LY", 32.11486, 20.06859, "Qar Yunis (Benghazi)"),            # G* (row قاريونس, town)
 "laithi": ("district", "LY", 32.11486, 20.06859, "Al Laithi (Benghazi)"),              # G* (row الليثي, town)
 "qawarsha": ("district", "LY", 32.11486, 20.06859, "Al Guwarsha (Benghazi)"),          # G* (row القوارشة, town)
 "benghazi_port": ("crossing", "LY", 32.105, 20.052, "Port of Benghazi"),               # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # vq2 Derna after the flood (Al-Anba)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "bilad": ("district", "LY", 32.767, 22.638, "Al Bilad (Derna)"),                       # K
 "jubaila": ("district", "LY", 32.76704, 22.63669, "Al Jubaila (Derna)"),               # G* (row الجبيلة, town)
 "wadi_derna": ("region", "LY", 32.755, 22.625, "Wadi Derna"),                          # K
 "maghar": ("district", "LY", 32.76704, 22.63669, "Al Maghar (Derna)"),                 # G* (row المغار, town)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 # vq3 Al-Bayda, Shahat and Al-Marj (Akhbar Al Khaleej)
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar district"),  # G
 "jabal_akhdar_region": ("region", "LY", 32.60, 21.80, "Green Mountain (Jabal al Akhdar)"),  # K
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                 # G
 "gernada": ("town", "LY", 32.73174, 21.90350, "Qirnadah"),                             # G
 "shahat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),          # G* (town row)
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 # vq4 Egyptian units across the border (Al-Wafd)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port (Amsaad-Sallum crossing)"),  # G* (row منفذ امساعد, country EG)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية, near Hun/Waddan)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 # vq5 Tobruk and the Gulf of Bomba (Sada El Balad)
 "bomba": ("town", "LY", 32.33000, 23.12000, "Bomba"),                                  # G (row البمبة; names include بومبة)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "border_ly": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "vq1": ["القدس العربي", "اللواء طارق بن زياد", "شارع عمر المختار", "صندوق التنمية وإعادة إعمار ليبيا", "الطبرقي",
         "عملية الكرامة", "اللبناني", "الجيش الوطني"],
 "vq2": ["الأنباء", "الجيش الوطني", "الدرناوي", "الهلال الأحمر الكويتي", "تشهدها البلاد", "الروسية"],
 "vq3": ["أخبار الخليج", "الجيش الوطني", "الأسلحة البيضاء", "عبد الكريم الإدريسي", "جامعة عمر المختار"],
 "vq4": ["الوفد", "هندسية مصرية", "القوات المسلحة المصرية", "جمال عبد الناصر", "المتحدث العسكري المصري", "الجزائري", "المياه الليبية"],
 "vq5": ["صدى البلد", "الجيش الوطني", "ابن عوف", "حصن الشرق", "أحمد إدريس العبيدي", "اليونانية",
         "السواحل الليبية"],
}

PHEN = {
 "vq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "vq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "vq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
 "vq4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "vq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "vq1": [
  mv("deploy", "reported", LNA, ["الرجمة"], ["الصابري", "سيدي حسين"], ["بوعطني"]),
  mv("redeploy", "planned", LNA, ["قاريونس"], ["الليثي"]),
  mv("reinforce", "conditional", LNA, ["قاعدة بنينا"], ["القوارشة"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["بنغازي"]),
 ],
 "vq2": [
  mv("deploy", "reported", LNA, ["المرج"], ["درنة"], ["البيضاء", "القبة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الأبرق"]),
  mv("withdraw", "conditional", LNA, ["درنة"], ["المرج"]),
  mv("redeploy", "denied", "Wagner Group", ["قاعدة الخادم"], ["مرتوبة"]),
 ],
 "vq3": [
  mv("reinforce", "reported", LNA, ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("shipment", "planned", LNA, ["توكرة"], ["قرنادة"]),
  mv("advance", "conditional", LNA, ["البيضاء"], ["شحات"]),
  mv("mobilise", "denied", LNA, [], ["مسة"]),
 ],
 "vq4": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ السلوم", "طبرق"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء درنة"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار طبرق"]),
  mv("withdraw", "conditional", "Egyptian army", ["درنة"], ["السلوم"]),
  mv("advance", "denied", "Egyptian army", ["السلوم"], ["الجغبوب"]),
 ],
 "vq5": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["بومبة"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["البردي"]),
  mv("mobilise", "conditional", LNA, [], ["التميمي"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
}

NOTES = {
 "vq1": "Benghazi's districts: LNA armour Al-Rajma→Sabri and Sidi Hussein via Bu Atni (reported), a planned company "
        "Qar Yunis→Al-Laithi, a conditional reinforcement Benina base→Al-Guwarsha ('لن ... إلا إذا'), and a denied "
        "battalion pull-out Derna→Benghazi; Derna's second mention, Tripoli (seat of the GNU), the Benghazi port and "
        "the civilian cargo ship from Tripoli port (Lebanon) are not movement places.",
 "vq2": "Derna after the flood: an LNA engineering battalion Al-Marj→Derna via Al-Bayda and Al-Qubba (reported), a "
        "planned military cargo airlift Benina base→Al-Abraq airport, its conditional return Derna→Al-Marj ('لن تغادر "
        "... إلا بعد'), and a denied Wagner transfer Al-Khadim base→Martuba ('25 km south-east of Derna' is a distance "
        "reference). Kuwait City (dateline), Kuwait's aid airlift to Benghazi and the Red Crescent repairs in Shahat "
        "and Susa are not armed-force movements.",
 "vq3": "Al-Bayda and Shahat: an LNA mechanised battalion Al-Marj→Al-Bayda via Qasr Libya (reported), a planned "
        "ammunition/fuel convoy Tocra→Gernada camp, a conditional advance Al-Bayda→Shahat ('لن تتقدم ... إلا إذا'), and "
        "a denied massing of 70 vehicles in Massah ('west of Al-Bayda' is a locator). Families displaced to Susa are "
        "civilians; the dateline Al-Bayda (Libya) is not a movement place.",
 "vq4": "Al-Wafd: an Egyptian engineering convoy Marsa Matruh→Derna via the Sallum land port and Tobruk (reported), "
        "the helicopter carrier landing teams at Derna port from Alexandria (reported), a planned C-130 airlift "
        "Mohamed Naguib base→Tobruk airport, a conditional return Derna→Sallum ('بمجرد'), and a denied armoured advance "
        "Sallum→Jaghbub. The border, Sirte/Jufra (red line), the oil crescent, Algiers, the neighbours, the Libya-Egypt "
        "border and Siwa (smuggling seizures) are not movement places.",
 "vq5": "Tobruk: an LNA marine landing Tobruk naval base→Bomba (reported), a fuel-tanker shipment Marsa al-Hariga→Gamal "
        "Abdel Nasser air base (reported), a planned company Tobruk→Bardia ('25 km from the border with Egypt' is a "
        "distance reference), a conditional massing of a brigade in Al-Tamimi (Sudan only in the condition), and a "
        "denied Russian airlift Hmeimim→Gamal Abdel Nasser base (Syria only locates Hmeimim). Crete, Tripoli (Lebanon) "
        "and Tripoli (GNU seat) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vq1", "vq2", "vq3", "vq4", "vq5")
