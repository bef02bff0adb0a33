# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                     # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                       # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                  # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                              # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),                 # G* (city row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                      # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                     # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),               # G* (row مطار طبرق)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),            # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                     # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                        # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                       # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                    # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                          # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                         # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                                   # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                         # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                        # G* (district row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),                # G* (row برقة)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                      # G (row بردية)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed (Musaid)"),                             # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                                 # G
 "border_ly_eg": ("region", "LY", 29.40000, 24.85000, "Libya-Egypt border (Libyan side, south of Jaghbub)"),  # K
 # Kufra and the Sudan border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                        # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                   # G* (town row)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                               # G* (Kufra row, names_ar has الجوف)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                     # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                    # G (row تازربو)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                          # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                             # G
 "uweinat_mt": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                         # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),       # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 "border_sd_ly": ("region", "SD", 20.80000, 25.20000, "Sudan-Libya border (Sudanese side)"),  # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                     # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                      # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                        # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                              # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                                # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                  # G (row مطروح, district)
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Marsa Matruh Airport"),             # K
 "najaylah": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                               # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),                # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                          # G
 "barrani_base": ("base", "EG", 31.61166, 25.92539, "Sidi Barrani Air Base"),                 # G* (town row)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port (Egyptian side)"),  # G* (row منفذ امساعد, country EG)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                          # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),            # G* (row غرب مصر)
 "border_eg_ly": ("region", "EG", 30.50000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "safaga": ("crossing", "EG", 26.73330, 33.93330, "Port of Safaga"),                          # K
 # elsewhere
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                        # G
}

TRAPS = {
 "bz1": ["المرصد", "ليبيا الحدث", "المنطقة العسكرية طبرق", "الطرابلسي", "عربات الدفع الرباعي البيضاء", "ما ادري",
         "الجانب المصري"],
 "bz2": ["مصراوي", "الاتجاه الاستراتيجي الغربي", "المنطقة الغربية العسكرية", "اللواء محمد نجيب", "القاهرة الإخبارية",
         "الأراضي المصرية", "الأراضي الليبية"],
 "bz3": ["سودان تريبيون", "الجيش الليبي", "كتيبة سبل السلام", "الدعم السريع", "جوف الصحراء", "ما ادري", "سوداني",
         "الأراضي الليبية"],
 "bz4": ["إرم نيوز", "مساعد مدير المنفذ", "محمد بن علي السنوسي", "الملك إدريس السنوسي", "الأراضي المصرية",
         "الأراضي الليبية", "الجانب المصري"],
 "bz5": ["رأي اليوم", "برقة 2026", "عمر المختار", "جمال عبد الناصر", "مساعد لرئيس أركان", "الكتائب الطرابلسية",
         "الاحتلال الإيطالي"],
}

PHEN = {
 "bz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "bz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "bz4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "bz5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases"],
}

LNA, EGA = "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bz1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["طبرق", "ميناء الحريقة", "قاعدة جمال عبد الناصر الجوية"],
     ["البيضاء", "درنة"]),
  mv("deploy", "reported", LNA, ["عين الغزالة"], ["خليج البمبة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["طبرق"]),
  mv("mobilise", "conditional", LNA, ["الجبل الأخضر"], ["البردي", "امساعد"]),
 ],
 "bz2": [
  mv("reinforce", "reported", EGA, ["قاعدة محمد نجيب العسكرية"], ["سيدي براني", "السلوم", "منفذ السلوم البري"],
     ["مرسى مطروح", "النجيلة"]),
  mv("shipment", "reported", EGA, ["الإسكندرية"], ["قاعدة سيدى براني الجوية"]),
  mv("airlift", "planned", EGA, ["مطار مرسى مطروح"], ["سيوة"]),
  mv("deploy", "conditional", EGA, [], ["السلوم", "سيوة"]),
  mv("advance", "denied", EGA, [], ["امساعد", "طبرق"]),
 ],
 "bz3": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("redeploy", "planned", LNA, ["تازيربو"], ["ربيانة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "bz4": [
  mv("deploy", "reported", LNA, ["طبرق"], ["إمساعد"]),
  mv("reinforce", "reported", LNA, ["البردية"], ["الجغبوب"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع مصر"]),
  mv("redeploy", "reported", EGA, ["السلوم"], ["سيوة"]),
  mv("shipment", "denied", None, ["مصر"], ["الجغبوب"], ["سيوة"]),
  mv("withdraw", "conditional", LNA, ["امساعد"], ["طبرق"]),
 ],
 "bz5": [
  mv("naval_landing", "planned", EGA, ["الإسكندرية"], ["خليج البمبة"]),
  mv("redeploy", "reported", LNA, ["درنة"], ["البيضاء", "شحات"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["مطار الأبرق"]),
  mv("deploy", "denied", EGA, [], ["مطار طبرق"]),
  mv("mobilise", "conditional", LNA, [], ["المرج", "القبة"]),
 ],
}

NOTES = {
 "bz1": "Al-Marsad, Tobruk: LNA reinforcement Benghazi->Tobruk (Hariga, Gamal Abdel Nasser base) via Al Bayda and Derna; "
        "a company Ain al-Ghazala->Gulf of Bomba; planned landing ship Benghazi port->Tobruk naval base; denied "
        "withdrawal Derna->Tobruk; conditional mobilisation from the Jebel Akhdar at Bardia and Musaid. Traps: the "
        "Tobruk military zone, a spokesman named al-Tarabulsi, white 4x4s (البيضاء), «ما ادري», Libya Al-Hadath.",
 "bz2": "Masrawy, Marsa Matruh: Egyptian reinforcement Mohamed Naguib base->Sidi Barrani/Sallum/Sallum land port via "
        "Marsa Matruh and An-Najaylah; ammunition trucks Alexandria->Sidi Barrani air base (سيدى spelling); planned "
        "airlift Matruh airport->Siwa; conditional deployment Sallum-Siwa; denied crossing towards Musaid and Tobruk. "
        "Returning Egyptian workers and trade trucks (Benghazi, Tobruk, Libya) are not movements.",
 "bz3": "Sudan Tribune, Kufra: LNA column Kufra->Jebel Uweinat near the triangle; planned Tazirbu->Rebiana; airlift "
        "Benina->Kufra airport; RSF advance Al Malha->the Libyan border denied; conditional reinforcement Kufra->the "
        "Sudan border. Stalled trade convoys Kufra->North Darfur/Chad and a company staying at Sarir are not movements.",
 "bz4": "Erem News, Tobruk: pilgrims through Musaid to Safaga and Jeddah (not a movement); LNA border guards "
        "Tobruk->إمساعد; reinforcement Al-Bardiya->Jaghbub; planned posts on the Egyptian border; Egyptian border guards "
        "Sallum->Siwa; denied arms shipment Egypt->Jaghbub via Siwa; conditional return Musaid->Tobruk after Hajj. "
        "Returning Egyptian workers to Marsa Matruh are not movements.",
 "bz5": "Rai al-Youm, London: planned Egyptian amphibious landing Alexandria->Gulf of Bomba; LNA redeployment "
        "Derna->Al Bayda/Shahhat; airlift Al Khadim->Al Abraq airport; denied Egyptian deployment at Tobruk airport; "
        "conditional mobilisation at Al Marj and Al Qubbah (Tunis as the JMC venue). Traps: «برقة 2026», Omar "
        "al-Mukhtar, the Mistral «جمال عبد الناصر», الكتائب الطرابلسية.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bz1", "bz2", "bz3", "bz4", "bz5")
