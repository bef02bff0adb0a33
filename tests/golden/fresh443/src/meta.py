# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                             # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G (country row, not Kuwait City)
 # Libya, east
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.76704, 22.63669, "Port of Derna"),                 # G* (city row)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05500, "Port of Benghazi"),           # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G (row خليج البمبة)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_ly_eg": ("region", "LY", 31.55000, 24.95000, "Libya-Egypt border (Libyan side, coast)"),  # K
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "east_ly": ("region", "LY", 32.00000, 21.50000, "Eastern Libya"),                      # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "alex_gov": ("district", "EG", 30.85401, 29.75536, "Alexandria Governorate"),          # G (district row اسكندرية)
 "alex_port": ("crossing", "EG", 31.18500, 29.87500, "Port of Alexandria"),             # K
 "anfushi": ("town", "EG", 31.20500, 29.87800, "Anfushi (Alexandria)"),                 # K
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "borg_arab": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab Airport"),            # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "july3": ("base", "EG", 31.40000, 26.75000, "3 July Naval Base (Gargoub)"),            # K
 "gargoub": ("town", "EG", 31.40000, 26.75000, "Gargoub"),                              # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Marsa Matruh Airport"),       # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.45000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "north_coast": ("region", "EG", 30.95000, 28.80000, "Egypt's North Coast"),            # K
 # Greece and others
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (row آتن)
 "piraeus": ("city", "GR", 37.94203, 23.64619, "Piraeus"),                              # G
 "piraeus_port": ("crossing", "GR", 37.94203, 23.64619, "Port of Piraeus"),             # G* (city row)
 "salamis_base": ("base", "GR", 37.96427, 23.49649, "Salamis Naval Base"),              # G* (row سالاميس, town)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "south_crete": ("region", "GR", 35.00000, 24.80000, "South of Crete"),                 # K
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda"),                                  # G (row خليج سودا)
 "souda_base": ("base", "GR", 35.48717, 24.07344, "Souda Bay Naval Base"),              # G* (row خليج سودا)
 "heraklion": ("city", "GR", 35.32787, 25.14341, "Heraklion"),                          # G
 "heraklion_airport": ("airport", "GR", 35.33970, 25.18030, "Heraklion International Airport"),  # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                              # G
 "tripoli_gr": ("city", "GR", 37.50890, 22.37940, "Tripoli (Greece)"),                  # K
 "peloponnese": ("region", "GR", 37.50000, 22.20000, "Peloponnese"),                    # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qc1": ["الشروق", "تحيا مصر", "جمال عبد الناصر", "ذات الصواري", "محمود السلومي", "المنطقة الغربية العسكرية"],
 "qc2": ["يورونيوز", "بسارا", "سبيتسي", "خيوس", "عملية «إيريني»"],
 "qc3": ["القاهرة 24", "سالاميس", "ليسفوس", "ميدوزا-15"],
 "qc4": ["ليبيا الحدث", "الطرابلسي", "عبد السلام الإدريسي", "الهرج والمرج"],
 "qc5": ["سبوتنيك", "عملية «إيريني»", "الجيش الوطني الليبي", "نيكوس كريتيكوس", "الأضواء البيضاء", "لا أدري"],
}

PHEN = {
 "qc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qc2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_crossings", "countries"],
 "qc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qc4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"
MOVES = {
 "qc1": [
  mv("redeploy", "reported", EG, ["قاعدة رأس التين البحرية"], ["قاعدة 3 يوليو البحرية"]),
  mv("airlift", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["مطار مرسى مطروح"]),
  mv("deploy", "planned", EG, [], ["السلوم"]),
  mv("advance", "conditional", EG, [], ["طبرق"], ["منفذ السلوم البري"]),
  mv("naval_landing", "denied", EG, [], ["درنة"]),
 ],
 "qc2": [
  mv("redeploy", "reported", None, ["قاعدة سالاميس البحرية"], ["قاعدة سودا البحرية"]),
  mv("mobilise", "reported", None, [], ["هيراكليون"]),
  mv("deploy", "planned", None, [], ["غافدوس", "بنغازي"]),
  mv("naval_landing", "conditional", None, [], ["ميناء بنغازي"]),
  mv("advance", "denied", None, [], ["طبرق"]),
 ],
 "qc3": [
  mv("deploy", "reported", None, ["خليج سودا"], ["قاعدة رأس التين البحرية"]),
  mv("airlift", "reported", EG, ["مطار برج العرب"], ["مطار هيراكليون"]),
  mv("naval_landing", "planned", EG, [], ["العلمين"]),
  mv("redeploy", "conditional", EG, [], ["قاعدة 3 يوليو"]),
  mv("withdraw", "denied", None, ["الاسكندرية"], ["كريت"]),
 ],
 "qc4": [
  mv("reinforce", "reported", LNA, ["ميناء بنغازي"], ["ميناء الحريقة"]),
  mv("withdraw", "conditional", LNA, ["ميناء الحريقة"], ["بنغازي"]),
  mv("shipment", "reported", None, ["ميناء الإسكندرية"], ["ميناء طبرق"]),
  mv("mobilise", "planned", LNA, [], ["خليج بومبة"]),
  mv("airlift", "denied", EG, [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qc5": [
  mv("withdraw", "reported", None, ["درنة"], ["قاعدة سودا"]),
  mv("deploy", "reported", LNA, [], ["ميناء درنة"]),
  mv("shipment", "planned", None, ["ميناء بيرايوس"], ["ميناء بنغازي"]),
  mv("airlift", "conditional", None, ["أثينا"], ["مطار بنينا"]),
  mv("reinforce", "denied", LNA, ["البيضاء"], ["درنه"]),
 ],
}

NOTES = {
 "qc1": "Al-Shorouk (Cairo) style: an Egyptian naval group Ras El Tin base (Alexandria)→3 July base (Gargoub, Matruh), "
        "an airlift Mohamed Naguib base→Marsa Matruh airport, a planned move to the waters off Sallum, an expert's "
        "conditional land advance via the Sallum land port towards Tobruk, and a denied landing at Derna (headline "
        "repeats it). Ship names «تحيا مصر» and «جمال عبد الناصر», the expert «السلومي» (contains السلوم), the exercise "
        "«ذات الصواري» and «المنطقة الغربية العسكرية» are traps; Cairo (dateline, metonymy) and the governor of Matruh "
        "are not movement places.",
 "qc2": "Euronews Arabic (Athens) style: a Greek frigate Salamis naval base→Souda naval base, a marine battalion "
        "massed in Heraklion, a planned deployment south of Gavdos and off Benghazi, a conditional evacuation landing "
        "at Benghazi port, and a denied approach to Tobruk reported by Turkish media. Two Tripolis: the GNU's Tripoli "
        "(Libya) and Tripoli in the Peloponnese, where the minister spoke (venue, not a movement place). Ship names that "
        "are islands (بسارا، سبيتسي، خيوس) and operation Irini are traps; Greek forces have no canonical actor (null).",
 "qc3": "Cairo 24 (Alexandria) style: Greek ships Souda→Ras El Tin base for the Medusa exercise, an Egyptian airlift "
        "Borg El Arab airport→Heraklion airport, a planned joint landing on the El Alamein beaches, a conditional "
        "move of the Egyptian ships to the 3 July base, and a denied early withdrawal of a Greek frigate Alexandria→Crete. "
        "الاسكندرية without hamza next to محافظة الإسكندرية; the ships «سالاميس» and «ليسفوس» and the outlet «القاهرة 24» "
        "are traps; Kuwait is the country.",
 "qc4": "Libya Al-Hadath (Tobruk) style: LNA naval reinforcements Benghazi port→Hariga terminal with a conditional "
        "withdrawal back to Benghazi, an Egyptian cargo ship's patrol boats Alexandria port→Tobruk port, a planned LNA "
        "massing in the Gulf of Bomba, and a denied Egyptian cargo-plane landing at Gamal Abdel Nasser air base. "
        "Purpose places (Derna to the Egyptian border, Crete) are not movement places. Traps: the officer «الطرابلسي», "
        "the analyst «الإدريسي», the idiom «الهرج والمرج» and the outlet «ليبيا الحدث».",
 "qc5": "Sputnik Arabic (Benghazi) style: a Greek frigate leaves the waters off Derna for Souda base, LNA coast-guard "
        "boats deployed at Derna port (tankers bound for Hariga are not a movement), a planned patrol-boat shipment "
        "Piraeus port→Benghazi port, a conditional Greek airlift Athens→Benina airport, and a denied LNA reinforcement "
        "Al Bayda→Derna (درنه/درنة both written). Traps: «كريتيكوس», «الأضواء البيضاء», «لا أدري», operation Irini, "
        "«الجيش الوطني الليبي»; تونس العاصمة is Tunis (city).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qc1", "qc2", "qc3", "qc4", "qc5")
