# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # the Libyan side of the eastern border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.077, 23.975, "Port of Tobruk"),                   # K
 "tobruk_navalbase": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),           # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan district"),                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed (Musaid)"),                       # G (written مساعد)
 "emsaed_mun": ("district", "LY", 31.60968, 25.04999, "Emsaed municipality"),           # G* (town row)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G (row برقة, found by الشرق الليبي)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G (row برقة, found by شرق ليبيا)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 # the Egyptian side
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.563, 25.158, "Port of Sallum"),                   # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Oasis North Airport"),         # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),            # G* (row غرب مصر)
 "border_eg_s": ("region", "EG", 29.30, 25.10, "Egypt-Libya border (Egyptian side, west of Siwa)"),  # K
 "border_eg_n": ("region", "EG", 31.40, 25.12, "Egypt-Libya border (Egyptian side, south of Sallum)"),  # K
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "eo_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),       # G
 # further afield
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "djibouti": ("country", "DJ", 11.82060, 42.49622, "Djibouti"),                         # G
}

TRAPS = {
 "zq1": ["بوابة الوفد", "المنطقة العسكرية الغربية", "غير مطروح", "مصرية", "الليبية"],
 "zq2": ["الشرق الأوسط", "الجيش الوطني الليبي", "لواء طارق بن زياد", "الملك إدريس السنوسي", "سودانيين"],
 "zq3": ["القدس العربي", "فرج الطبرقي", "سالم بوإدريس", "ليبيا الحدث", "الجيش الوطني الليبي", "الجانب المصري"],
 "zq4": ["صدى البلد", "مساعد محافظ", "حسم 2026", "المنطقة الغربية العسكرية", "الجيش المصري", "العمالة المصرية",
         "الجيش الوطني الليبي"],
 "zq5": ["الجريدة", "قوات الدعم السريع", "كتيبة سبل السلام", "مساعد رئيس الأركان", "الجيش الوطني الليبي",
         "السفير الليبي", "الجانب المصري"],
}

PHEN = {
 "zq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "zq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "zq5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "vague_area", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"
MOVES = {
 "zq1": [
  mv("reinforce", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("mobilise", "reported", EG, [], ["سيدى براني"]),
  mv("airlift", "planned", EG, ["مطار مرسى مطروح"], ["مطار سيوة"]),
  mv("withdraw", "conditional", EG, ["سيوة"]),
  mv("advance", "denied", EG, [], ["الجغبوب"]),
 ],
 "zq2": [
  mv("reinforce", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("shipment", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("deploy", "planned", LNA, ["أجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["الكفرة"], ["أجدابيا"]),
 ],
 "zq3": [
  mv("deploy", "reported", LNA, ["طبرق"], ["منفذ امساعد"], ["كمبوت", "البردي"]),
  mv("redeploy", "planned", LNA, ["درنة"], ["طبرق"]),
  mv("naval_landing", "planned", LNA, ["قاعدة طبرق البحرية"], ["البردي"]),
  mv("deploy", "conditional", LNA, [], ["الجغبوب"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طبرق"]),
 ],
 "zq4": [
  mv("reinforce", "reported", EG, ["سيدي براني"], ["السلوم"]),
  mv("naval_landing", "reported", EG, ["الإسكندرية"], ["ميناء السلوم"]),
  mv("mobilise", "denied", EG, [], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", EG, ["مرسى مطروح"], ["السلوم"]),
  mv("reinforce", "conditional", LNA, ["طبرق"], ["منفذ مساعد"]),
 ],
 "zq5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"]),
  mv("airlift", "planned", EG, ["أسوان"], ["مطار شرق العوينات"]),
 ],
}

NOTES = {
 "zq1": "Al-Wafd from Marsa Matruh: Egyptian reinforcements Mohamed Naguib base→Siwa via Marsa Matruh (the dateline "
        "Matruh is not a movement place; Matruh governorate only the source's office); air-defence batteries placed "
        "around Sidi Barrani (Egyptian spelling سيدى); a planned Chinook lift Matruh airport→Siwa airport; a "
        "conditional pull-out from Siwa 'only when the Libyan east settles' (the east is the condition); a denied "
        "Egyptian incursion to the outskirts of Jaghbub (Jaghbub earlier only a distance reference from Siwa). The "
        "border with Libya, the Western Desert, Sallum and Jebel Uweinat are locators only.",
 "zq2": "Asharq Al-Awsat from Benghazi: LNA reinforcements Gamal Abdel Nasser air base→Jaghbub (Tobruk only locates "
        "the base; the border with Egypt locates the oasis); a planned battalion Ajdabiya→Sarir field via Jalu "
        "(Hariga port in Tobruk only the pipeline's end); a conditional airlift Benina→Kufra airport if Sudanese "
        "gunmen are seen near the triangle (condition places); a denied pull-out Kufra→Ajdabiya. King Idris "
        "(person trap), Butnan district beside Tobruk, Rajma/Tripoli/Cairo background.",
 "zq3": "Al-Quds Al-Arabi from London: an LNA column Tobruk→the Emsaed crossing via Kambut and Bardia; a planned "
        "battalion Derna→Tobruk; a conditional company to Jaghbub; a denied shipment (a Djibouti-flagged cargo "
        "ship, no force named) from the port of Tripoli in northern Lebanon to Tobruk port. Sallum is only a "
        "trade partner, the Libyan capital Tripoli only a government seat, Hariga only a site guarded.",
 "zq4": "Sada El Balad from Sallum: an Egyptian mechanised battalion Sidi Barrani→Sallum; a denied massing of 200 "
        "armoured vehicles on the border with Libya; a planned signals company Marsa Matruh→Sallum for the 'Hasm "
        "2026' exercise (operation trap); an LNA conditional reinforcement Tobruk→the Musaid crossing. Lorries "
        "queueing for Musaid and workers returning from Benghazi and Ajdabiya are civilian flows, not movements; "
        "'مساعد محافظ' (assistant governor) is a common-word trap beside the town مساعد.",
 "zq5": "Al-Jarida (Cairo dateline): an LNA force Kufra→Jebel Uweinat (the three countries only locate it); a "
        "conditional LNA advance Kufra→the border with Sudan; the RSF's denied advance North Darfur→Kufra; a "
        "planned Egyptian airlift Aswan→Sharq El Owainat airport. An Egyptian military delegation's trip to Tobruk "
        "via the Emsaed crossing is a visit, not a force movement. Kuwait is the city (the minister's venue) "
        "and then the country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zq1", "zq2", "zq3", "zq4", "zq5")
