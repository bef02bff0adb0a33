# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or for a spelling variant (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # capitals and cities
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (also for أنجمينا/انجمينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                               # G (metonymic, cq3)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (العاصمة تونس)
 # Borkou, Tibesti, Ennedi (Chad)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G (also فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),          # G
 "faya_base": ("base", "TD", 17.91710, 19.11110, "Faya-Largeau military base"),          # G* (airport row)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G* (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti Province"),             # G* (region row, as district)
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),                    # G (row بوركو)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                      # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),        # G* (town row)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G* (row أونيانقا كبير)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                     # G* (row تيني)
 "tine_crossing": ("crossing", "TD", 15.02528, 22.80222, "Tine border crossing"),        # G* (row تيني)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),        # G* (row أدري, town)
 "border_td_side": ("region", "TD", 22.3, 17.0, "Chad-Libya border (Chadian side)"),     # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border"),              # G* (row الحدود التشادية السودانية)
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 # Libya
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G (جنوب ليبيا / الجنوب الليبي)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),              # G* (district row الكفرة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "benghazi_port": ("crossing", "LY", 32.112, 20.050, "Port of Benghazi"),                # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),         # G* (town row)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
}

TRAPS = {
 "cq1": ["الوكالة التشادية للصحافة والنشر", "عملية درع تيبستي", "محمد إدريس ديبي إتنو",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الزوار", "السلطات الليبية"],
 "cq2": ["سودان تربيون", "قوات الدعم السريع", "الجيش الوطني الليبي", "لا أدري", "الحكومة السودانية",
         "الجيش التشادي"],
 "cq3": ["الفيلق الأفريقي", "الجنود الفرنسيين", "الباحث التشادي"],
 "cq4": ["شينخوا", "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي", "إدريس ديبي إتنو", "الحكومة التشادية"],
 "cq5": ["الإذاعة الوطنية التشادية", "تلفزيون تشاد"],
}

PHEN = {
 "cq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "cq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cq3": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "cq5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


CHAD_REBELS = "Chadian armed groups"
LNA = "Libyan National Army"
RU = "Russian forces"

MOVES = {
 "cq1": [
  mv("airlift", "reported", None, ["أنجمينا"], ["مطار فايا لارجو"]),
  mv("reinforce", "reported", None, ["فايا"], ["زوار"]),
  mv("withdraw", "reported", CHAD_REBELS, ["زوار"], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", None, [], ["وور", "برداي"]),
  mv("advance", "conditional", None, [], ["كوري بوغودي"]),
  mv("withdraw", "denied", None, ["أوزو"], []),
 ],
 "cq2": [
  mv("deploy", "reported", None, ["أبشي"], ["معبر الطينة", "الحدود مع السودان"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["أونيانغا كبير"]),
  mv("airlift", "denied", None, [], ["مطار أم جرس"]),
  mv("reinforce", "planned", LNA, ["الكفرة", "حقل السرير"], ["قاعدة معطن السارة"]),
  mv("mobilise", "conditional", LNA, [], ["الحدود الليبية السودانية"]),
 ],
 "cq3": [
  mv("withdraw", "reported", None, ["قاعدة فايا"], ["فرنسا"]),
  mv("naval_landing", "reported", RU, [], ["قاعدة طبرق البحرية"]),
  mv("shipment", "reported", RU, ["قاعدة طبرق البحرية"], ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("naval_landing", "denied", RU, [], ["ميناء بنغازي"]),
  mv("deploy", "denied", RU, [], ["شمال تشاد"]),
  mv("redeploy", "planned", None, ["أبشي"], ["فايا"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
 "cq4": [
  mv("mobilise", "reported", None, [], ["زوار", "وور"]),
  mv("advance", "reported", CHAD_REBELS, ["أم الأرانب"], ["الحدود التشادية"], ["القطرون"]),
  mv("reinforce", "denied", CHAD_REBELS, [], ["كوري بوغودي"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["منفذ التوم"]),
  mv("advance", "reported", CHAD_REBELS, ["جنوب ليبيا"], ["شمال تشاد"]),
 ],
 "cq5": [
  mv("redeploy", "reported", None, ["زوار"], ["برداي"]),
  mv("airlift", "planned", None, ["انجمينا"], ["برداي"]),
  mv("withdraw", "denied", None, ["كوري بوغودي"], []),
  mv("withdraw", "reported", CHAD_REBELS, ["أوزو"], ["ليبيا"]),
  mv("mobilise", "conditional", CHAD_REBELS, [], ["زواركي"]),
 ],
}

NOTES = {
 "cq1": "ATPE-style Chadian state agency (N'Djamena): an airlift N'Djamena→Faya-Largeau airport and a Faya→Zouar "
        "reinforcement (headline retells both), CCMSR rebels pulling back from Zouar to the Libyan border, a planned "
        "deployment to Wour and Bardai, a conditional advance on Kouri Bougoudi and a denied pull-out from Aozou. "
        "Chadian army = null actor; traps: the agency, «عملية درع تيبستي», the president's name (إدريس), «الزوار».",
 "cq2": "Sudan Tribune-style report (Amdjarass): a Chadian battalion Abeche→Tine crossing and the Sudan border, an RSF "
        "supply convoy Kufra→Darfur via Ounianga Kebir, a denied cargo-plane landing at Amdjarass airport (no owner "
        "named: null), a planned LNA reinforcement Kufra/Sarir→Maaten al-Sarra and a conditional LNA build-up on the "
        "Libya–Sudan border. Adré crossing vs «لا أدري»; Kufra town vs Kufra municipality.",
 "cq3": "DW Arabic-style feature (Faya-Largeau): the French pull-out from Faya base in 2024 (flashback, reported), a "
        "Russian landing at Tobruk naval base and a convoy to Maaten al-Sarra via Kufra, a denied second landing at "
        "Benghazi port, a denied Russian deployment in northern Chad, a planned Abeche→Faya redeployment («إلى هنا» = "
        "Faya) and a conditional move to the Libyan border. Presence at Sharara and the Libya→Niger «corridor» are not "
        "movements; the question headline is not a movement.",
 "cq4": "Xinhua-style wire (N'Djamena): Chadian army massing in Zouar and Wour, a FACT column Umm al-Aranib→the Chad "
        "border via Al Qatrun, a claimed FACT reinforcement of Kouri Bougoudi then denied by FACT (one movement, "
        "denied), a planned LNA Sabha→Al Qatrun move, a conditional LNA pursuit to Toummo and the 2021 FACT offensive "
        "(flashback, reported). Algeria (host country), Tripoli, Al Qatrun town vs municipality.",
 "cq5": "Radio Tchad Arabic-style bulletin (Bardai): units redeployed Zouar→Bardai, a planned N'Djamena→Bardai supply "
        "flight, a denied army pull-out from Kouri Bougoudi, rebels pulling back from near Aozou towards Libya "
        "(reported) and a conditional mobilisation in Zouarke. «والي تيبستي» = the province (district).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cq1", "cq2", "cq3", "cq4", "cq5")
