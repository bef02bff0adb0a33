# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # hs1 Nafusa mountains and the Tunisian border (Elaph)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "kabaw_mun": ("district", "LY", 31.84724, 11.33055, "Kabaw municipality"),             # G* (town row)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin_x": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),     # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "rihaibat": ("town", "LY", 31.84637, 11.84360, "Ar-Rahaibat"),                         # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn": ("region", "TN", 32.02, 10.62, "Tunisia-Libya border (Tunisian side, near Dehiba)"),  # K
 # hs2 Fezzan, the El Feel field (France 24)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 # hs3 Tobruk, Al-Jaghbub and the Egyptian border (Youm7)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.75, 24.90, "Libya-Egypt border (Libyan side, near Al Jaghbub)"),  # K
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "amsaad_x": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),   # G
 # hs4 the oil crescent (Sputnik Arabic)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "abuqurain": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # hs5 Tripoli's eastern side and the coast road (Al-Mayadeen)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "khums_port": ("crossing", "LY", 32.6560, 14.2760, "Al Khums port"),                   # K
}

TRAPS = {
 "hs1": ["مختار الزنتاني", "شارع طرابلس", "الجانب التونسي", "الجيش التونسي"],
 "hs2": ["الفيلق الأفريقي", "فرانس 24", "الجيش الوطني الليبي", "شركة مليتة للنفط والغاز", "الإيطالية", "الروسي",
         "علي الإدريسي"],
 "hs3": ["الجيش الوطني الليبي", "ليبيا الحدث", "المنطقة العسكرية طبرق", "سالم الطبرقي", "الجيش المصري",
         "حرس الحدود المصرية"],
 "hs4": ["المجلس العسكري مصراتة", "سبوتنيك", "الجيش الوطني الليبي", "سرت شائعات", "شركة الواحة للنفط"],
 "hs5": ["الميادين نت", "محمد التاجوري", "قوة حماية طرابلس", "تركية", "الساعات الخمس", "لا أدري"],
}

PHEN = {
 "hs1": ["clitics", "multiword", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "hs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "hs3": ["multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "hs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "hs5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"

MOVES = {
 "hs1": [
  mv("deploy", "reported", ZIN, ["الزنتان"], ["كاباو"], ["جادو", "الرحيبات"]),
  mv("redeploy", "planned", ZIN, ["كاباو"], ["تيجي"]),
  mv("reinforce", "reported", GNA, ["نالوت"], ["منفذ وازن"]),
  mv("withdraw", "denied", GNA, ["منفذ وازن"], ["تيجي"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
 ],
 "hs2": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الفيل"], ["مرزق"]),
  mv("shipment", "reported", LNA, ["سبها"], ["حقل الفيل"]),
  mv("withdraw", "reported", None, ["حقل الفيل"], ["اوباري"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة تمنهنت الجوية"], ["حقل الفيل"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
 ],
 "hs3": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("reinforce", "planned", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("reinforce", "denied", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("mobilise", "denied", "Egyptian army", [], ["سيدي براني"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["سيوة"]),
 ],
 "hs4": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["ميناء السدرة"], ["البريقة", "راس لانوف"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء السدرة"]),
  mv("redeploy", "reported", LNA, ["بن جواد"], ["النوفلية"]),
  mv("reinforce", "planned", LNA, ["قاعدة الجفرة الجوية"], ["ميناء السدرة"]),
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["ميناء السدرة"]),
  mv("mobilise", "denied", MIS, [], ["أبوقرين"]),
  mv("advance", "conditional", MIS, [], ["سرت"]),
 ],
 "hs5": [
  mv("deploy", "reported", MIS, ["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس", "القره بوللي"]),
  mv("withdraw", "reported", None, ["تاجوراء"], ["سوق الجمعة"]),
  mv("redeploy", "denied", GNA, ["مطار معيتيقة"], ["تاجوراء"]),
  mv("reinforce", "conditional", MIS, [], ["تاجوراء"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["تركيا"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "hs1": "Elaph, Nalut: Zintan column Zintan→Kabaw via Jadu and Ar-Rahaibat (then «المدينة»، «البلدة»، «منها»); planned "
        "Kabaw→Tiji; GNA company Nalut→Wazin crossing («المنفذ»، «إليه»); denied pull-out from the crossing to Tiji; "
        "Tunisian army to Dehiba «إذا». Traps: a Zintani officer, a Tripoli street in Kabaw, Tunisian nisbas.",
 "hs2": "France 24, Sabha: LNA column Tamanhint air base→El Feel field via Murzuq («القاعدة»، «المدينة»، «الحقل»); "
        "fuel/ammunition trucks Sabha→the field («هناك»); oil guards' pull-back field→Ubari (اوباري, actor null); planned Benina→Tamanhint airlift («القاعدة التي انطلق منها الرتل»); denied Africa "
        "Corps move base→field; conditional advance on Umm al Aranib. Traps: الفيلق الأفريقي, a Mellitah company.",
 "hs3": "Youm7: LNA reinforcement Tobruk→Al-Jaghbub («المدينة»، «الواحة»); airlift Benina→Gamal Abdel Nasser air "
        "base and planned onward move base→Jaghbub («منها إلى الواحة»); Egypt's denied Matruh→Sallum reinforcement "
        "and Sidi Barrani build-up («هناك»); conditional Egyptian reinforcement at Siwa. Amsaad crossing traffic is civilian.",
 "hs4": "Sputnik Arabic, Benghazi: LNA reinforcement Ajdabiya→Es Sider port via Brega and Ras Lanuf («الميناء») and a "
        "marine landing from Benghazi; an "
        "artillery battalion Bin Jawad→Nofaliya («البلدة»، «فيها»); planned company Jufra air base→the port and an "
        "air-defence system already brought from «القاعدة نفسها»; Misrata's denied massing at Abu Qurayn and "
        "conditional move on Sirte («لن…إلا إذا»).",
 "hs5": "Al-Mayadeen, Tripoli: Misrata force Misrata→Tajura via Zliten, Al-Khums and Garabulli («المدينة»، «العاصمة»); "
        "a local armed group pulls out of Tajura to Souq al-Jumaa (actor null); Radaa's denied move Mitiga→Tajura "
        "(«هناك»); conditional Misrata reinforcement; planned Turkish landing ship with marines Turkey→Al-Khums port.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hs1", "hs2", "hs3", "hs4", "hs5")
