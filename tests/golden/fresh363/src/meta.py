# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 # cities and towns used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                         # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05300, "Port of Benghazi"),              # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 # na1 Egyptian border (El Watan)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "border_eg": ("region", "EG", 30.80000, 25.30000, "Egyptian side of the border with Libya"),  # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                            # G
 "cairo_west": ("base", "EG", 30.11640, 30.91530, "Cairo West Air Base"),                  # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),         # G* (row غرب مصر)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                   # G
 "heliopolis": ("district", "EG", 30.08800, 31.33000, "Heliopolis (Misr al-Jadida), Cairo"),  # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
 # na2 Es Sider / oil guards (Al-Riyadh)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                 # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),        # G (row راس لانوف)
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                              # G* (oilfield row, kind town)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                              # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G* (town row)
 # na3 LNA brigades (Al-Manassa)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),          # G* (city row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                    # G
 # na4 Sirte/Jufra, Russians, Lebanese port (Al-Akhbar)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "tripoli_lb_port": ("crossing", "LB", 34.46000, 35.82500, "Port of Tripoli (Lebanon)"),   # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 # na5 weekly round-up (Hespress)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "border_ly_eg": ("region", "LY", 30.80000, 24.70000, "Libyan side of the border with Egypt"),  # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G
 "border_lyeg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),                # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                               # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),          # G* (town row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (city row)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
}

TRAPS = {
 "na1": ["«الوطن»", "القاهرة الإخبارية", "حسم 2020", "المنطقة الغربية العسكرية", "عقيلة صالح", "المصري", "المصرية",
         "الليبي", "الليبية"],
 "na2": ["«الرياض»", "القوة القاهرة", "الإدريسي", "محمد الطرابلسي", "البرق الخاطف", "خام برنت", "الليبي"],
 "na3": ["«المنصة»", "سرت أنباء", "محمد السرتي", "عملية الكرامة", "كتيبة طارق بن زياد"],
 "na4": ["«الأخبار»", "الفيلق الأفريقي", "لا ادري", "هون مصدر", "غرفة عمليات تحرير سرت والجفرة", "المصري", "اللبنانية",
         "الروسي", "الروس"],
 "na5": ["هسبريس", "ليبيا الحدث", "سالم الناظوري", "المغربية", "الليبي", "ليبي - ليبي"],
}

PHEN = {
 "na1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "na2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
 "na3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "town_vs_district", "coverage_bases"],
 "na4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "na5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, EGY = "Libyan National Army", "Egyptian army"
MOVES = {
 "na1": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("airlift", "planned", EGY, ["قاعدة غرب القاهرة الجوية"], ["سيوة"]),
  mv("advance", "denied", EGY, [], ["طبرق"], ["منفذ امساعد"]),
  mv("deploy", "conditional", EGY, [], ["سرت", "الجفرة"]),
  mv("redeploy", "reported", LNA, ["كمبوت"], ["البردي"]),
 ],
 "na2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["ميناء السدرة"], ["أجدابيا", "البريقة"]),
  mv("withdraw", "denied", LNA, ["ميناء راس لانوف"]),
  mv("redeploy", "conditional", LNA, ["السدرة"], ["بن جواد"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("shipment", "reported", LNA, ["البريقة"], ["رأس لانوف"]),
 ],
 "na3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", LNA, [], ["أجدابيا"]),
  mv("redeploy", "planned", LNA, ["الجفرة"], ["سرت"], ["ودان"]),
  mv("withdraw", "denied", LNA, ["قاعدة القرضابية"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
 ],
 "na4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("deploy", "planned", LNA, [], ["هون", "ودان"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "na5": [
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء مرسى البريقة"]),
  mv("reinforce", "denied", EGY, ["سيوة"], ["الجغبوب"]),
  mv("mobilise", "planned", LNA, [], ["الجغبوب"]),
  mv("shipment", "reported", LNA, ["أجدابيا"], ["حقل السرير"]),
  mv("withdraw", "conditional", "Foreign fighters", ["سرت", "قاعدة الجفرة"]),
 ],
}

NOTES = {
 "na1": ("Egyptian outlet (El Watan, Cairo): Egyptian reinforcement Mohamed Naguib base->Sallum via Marsa Matruh and Sidi "
         "Barrani (reported), planned C-130 airlift Cairo West->Siwa, denied crossing via Amsaad towards Tobruk, "
         "conditional move to Sirte/Jufra (red line), LNA redeploy Kambut->Bardia reported by Al-Qahera News; the "
         "headline border phrase, Cairo dateline, Heliopolis and the Matruh governor are not movement places"),
 "na2": ("Saudi outlet (Al-Riyadh, Benghazi): guards shut Es Sider; LNA battalion Benghazi->Es Sider via Ajdabiya and "
         "Brega (reported deploy), the LNA-aligned guards' denied pull-out from Ras Lanuf port, their conditional "
         "redeploy Es Sider->Bin Jawad, a planned marine landing Benghazi port->Zueitina port, a fuel/ammunition "
         "convoy Brega->Ras Lanuf; NOC in Tripoli, person al-Trabelsi, «القوة القاهرة» are traps or non-movement"),
 "na3": ("Libyan outlet (Al-Manassa, Benghazi): Il-76 airlift Benina->Jufra air base, LNA massing in Ajdabiya, planned "
         "battalion Jufra->Sirte via Waddan, denied pull-out from Gardabiya base (rumour «سرت أنباء»), conditional "
         "advance on Al-Washka «لن ... إلا إذا»; Buwairat al-Hassoun, Tripoli and Abu Qurayn are locators"),
 "na4": ("Lebanese outlet (Al-Akhbar, Beirut): Russian Il-76s Al Khadim->Jufra air base (reported), Misrata battalions "
         "Al-Washka->Abu Qurayn (reported withdraw), Misrata's conditional mobilisation in Abu Qurayn, planned LNA air "
         "defence company for Hun and Waddan, denied armoured-vehicle shipment from the port of Tripoli (Lebanon) to "
         "Benghazi port; Libyan Tripoli, Beirut, Moscow, Al Marj are not movement places"),
 "na5": ("Moroccan outlet (Hespress, Rabat): weekly round-up — LNA marine landing Tobruk port->Marsa al-Brega port, "
         "Egypt's denied reinforcement Siwa->Al Jaghbub, planned LNA massing in Al Jaghbub, a military supply convoy "
         "Ajdabiya->Sarir field, the 5+5 conditional withdrawal of foreign fighters from Sirte and Jufra base; "
         "Tunis (meeting venue), Rabat, Bouznika, Cairo are not movement places"),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("na1", "na2", "na3", "na4", "na5")
BAR_IN_TEXT = True  # na4 has a literal "|" in «الأخبار» | تقرير: no "|" residue test
