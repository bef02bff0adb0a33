# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals and cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                     # G* (district row, as region)
 # Tobruk and the Libyan border strip
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (Tobruk city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق, kind base)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed (Amsaad) border crossing"),  # G
 "emsaed_mun": ("district", "LY", 31.60968, 25.04999, "Emsaed municipality"),              # G* (town row)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                   # G (row بردية)
 "bardia_port": ("crossing", "LY", 31.75601, 25.08530, "Port of Bardia"),                  # G* (town row)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "border_ly": ("region", "LY", 31.0, 24.85, "Libya-Egypt border (Libyan side)"),           # K
 # Egyptian side
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 "sallum_plateau": ("region", "EG", 31.52, 25.12, "Sallum plateau"),                       # K
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                            # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G (row مطروح)
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),            # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "siwa_airport": ("airport", "EG", 29.3459, 25.5060, "Siwa Oasis North Airport"),          # K
 "qara": ("town", "EG", 29.61, 26.49, "Qara (Qaret Umm al-Sughayyir)"),                    # K
 "sand_sea": ("region", "EG", 27.0, 25.2, "Great Sand Sea"),                               # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),         # G* (row غرب مصر)
 "naguib": ("base", "EG", 30.82, 29.33, "Mohamed Naguib Military Base"),                   # G
 "cairo_west": ("base", "EG", 30.1165, 30.9154, "Cairo West Air Base"),                    # K
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),          # K
}

TRAPS = {
 "dr1": ["مصراوي", "المنطقة الغربية العسكرية", "القاهرة الإخبارية", "الليبية"],
 "dr2": ["الشروق", "الأسلحة البيضاء", "المنطقة الغربية العسكرية", "عمر السيوي", "الواحات", "الجيش الوطني الليبي",
         "الليبية"],
 "dr3": ["قورينا", "طارق بن زياد المعزز", "الزاوية السنوسية", "الملك إدريس السنوسي", "المنطقة العسكرية طبرق",
         "عملية الكرامة"],
 "dr4": ["القبس", "صدام حفتر", "الجيش الوطني الليبي", "ليبيا الحدث", "عماد الطرابلسي", "الليبية"],
 "dr5": ["الوطن", "مساعد وزير الداخلية", "المنطقة العسكرية طبرق", "ما ادري"],
}

PHEN = {
 "dr1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "dr2": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "dr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "dr4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "dr5": ["spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"
MOVES = {
 "dr1": [
  mv("reinforce", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("airlift", "reported", EG, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("deploy", "planned", EG, [], ["سيوة"]),
  mv("advance", "conditional", EG, ["السلوم"], ["منفذ امساعد"]),
  mv("withdraw", "denied", EG, ["سيوة"], ["مرسى مطروح"]),
 ],
 "dr2": [
  mv("shipment", "reported", None, ["الجغبوب"], ["سيوة"], ["بحر الرمال الأعظم"]),
  mv("deploy", "reported", EG, ["مرسى مطروح"], ["قارة أم الصغير"]),
  mv("airlift", "planned", EG, ["قاعدة محمد نجيب العسكرية"], ["مطار سيوة"]),
  mv("redeploy", "conditional", EG, ["سيدي براني"], ["سيوة"]),
  mv("mobilise", "denied", LNA, [], ["الجغبوب"]),
 ],
 "dr3": [
  mv("reinforce", "reported", LNA, ["البيضاء"], ["إمساعد", "منفذ امساعد", "الحدود مع مصر"], ["درنة", "طبرق"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء البردي"]),
  mv("deploy", "planned", LNA, ["طبرق"], ["الجغبوب"]),
  mv("airlift", "conditional", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], []),
 ],
 "dr4": [
  mv("deploy", "planned", EG, [], ["السلوم", "سيوة"]),
  mv("deploy", "planned", LNA, ["طبرق"], ["امساعد", "الجغبوب"]),
  mv("mobilise", "reported", LNA, ["بنغازي", "المرج"], ["طبرق", "ميناء الحريقة"]),
  mv("shipment", "conditional", EG, [], ["قاعدة جمال عبد الناصر الجوية"], ["منفذ السلوم البري"]),
  mv("naval_landing", "denied", EG, ["الإسكندرية"], ["ميناء طبرق"]),
 ],
 "dr5": [
  mv("shipment", "reported", None, ["طبرق"], ["الإسكندرية"], ["منفذ امساعد", "منفذ السلوم البري"]),
  mv("redeploy", "reported", EG, ["سيدي براني"], ["هضبة السلوم"]),
  mv("advance", "conditional", EG, ["مرسى مطروح"], ["منفذ السلوم البري"]),
  mv("withdraw", "planned", LNA, ["امساعد"], ["طبرق"]),
  mv("mobilise", "denied", LNA, [], ["البردي"]),
 ],
}

NOTES = {
 "dr1": ("Masrawy, Cairo: Egyptian reinforcement Mohamed Naguib base→Sallum via Marsa Matruh and Sidi Barrani "
         "(the border phrase only locates Sallum), a C-130 airlift Cairo West→Marsa Matruh airport, a planned "
         "border-guard deployment in Siwa, a conditional advance Sallum→the Emsaed crossing («لن…إلا إذا»), and a "
         "denied pull-out Siwa→Marsa Matruh; Tobruk (parliament) and Jaghbub (smugglers' origin) are not movement "
         "places; Matruh Governorate is the district."),
 "dr2": ("Al-Shorouk, Marsa Matruh: a smuggled arms shipment Jaghbub→Siwa via the Great Sand Sea (no owner named: "
         "actor null), border patrols Marsa Matruh→Qara, a planned drone-unit airlift Mohamed Naguib→Siwa airport, "
         "a conditional battalion move Sidi Barrani→Siwa («إذا») and the LNA's denied massing at Jaghbub (the border "
         "phrase is a distance reference). Traps: the outlet الشروق, الأسلحة البيضاء, الواحات, a Siwi sheikh."),
 "dr3": ("Quryna, Tobruk: LNA reinforcements Al Bayda→Emsaed/the Emsaed crossing/the border via Derna and Tobruk, a "
         "landing ship Tobruk naval base→Bardia port, a planned company Tobruk→Jaghbub, a conditional airlift "
         "Gamal Abdel Nasser air base→Jaghbub («في حال») and a denied pull-out from the Emsaed crossing. Hariga, "
         "Tripoli, Tunis and the Jebel Akhdar are locators/venues; King Idris and the Senussi zawiya are traps."),
 "dr4": ("Al-Qabas, Cairo: planned joint patrols (Egyptian border guards along the Sallum–Siwa strip; LNA units "
         "Tobruk→Emsaed/Jaghbub), a reported LNA massing Benghazi/Al Marj→Tobruk and Marsa al-Hariga, a conditional "
         "Egyptian equipment shipment via the Sallum land port to Gamal Abdel Nasser air base and a denied Egyptian "
         "landing Alexandria→Tobruk port. Algiers (venue) vs Algeria (country); Imad Trabelsi is a person trap."),
 "dr5": ("El Watan, Sallum: an ammunition truck Tobruk→Alexandria via the Emsaed crossing and the Sallum land port "
         "(seized there; actor null), Egyptian border guards redeployed Sidi Barrani→the Sallum plateau, a "
         "conditional rapid-force advance Marsa Matruh→the Sallum land port («إذا»), a planned LNA pull-back "
         "Emsaed→Tobruk and a denied LNA massing at Bardia (the border phrase is a distance reference)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dr1", "dr2", "dr3", "dr4", "dr5")
