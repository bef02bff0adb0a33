# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 # qkl1 Russian navy, Africa Corps, Nigerien army (Tasnim)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G* (row ميناء الحريقة)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne": ("region", "NE", 22.7, 13.9, "Niger-Libya border (Nigerien side)"),      # K
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 # qkl2 Turkish navy and air force (Mawazin News)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G (row ميناء مصراتة)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qkl3 EU operation Irini, Lebanon (Lebanon Debate)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "toulon": ("city", "FR", 43.12442, 5.92836, "Toulon"),                                 # G* (row تولون)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G* (row آتن)
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                              # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 # qkl4 Egyptian navy and air force (Dot Masr)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 # qkl5 US Sixth Fleet, AFRICOM, Flintlock, Chadian army (Akhbaar 24)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),        # G* (row kind airport)
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qkl1": ["الفيلق الأفريقي", "تسنيم", "الأميرال غريغوروفيتش", "روسيا اليوم", "محمد الطبرقي", "سرت أنباء",
          "الروسية", "السوري", "النيجري", "الليبية"],
 "qkl2": ["موازين نيوز", "الأناضول", "قيادة مجموعة المهام التركية في ليبيا", "تي آر تي عربي", "الأشهر الخمسة",
          "عادل إدريس", "التركية", "ليبية", "الليبي"],
 "qkl3": ["إيريني", "ليبانون ديبايت", "جورج طرابلسي", "بروفانس", "الأوروبية", "يونانية", "إيطالية", "الليبية",
          "لبنانية"],
 "qkl4": ["دوت مصر", "أنور السادات", "تحيا مصر", "القاهرة الإخبارية", "سمير إدريس", "المصرية", "المصري",
          "الليبية", "مصرية", "الليبي"],
 "qkl5": ["ماونت ويتني", "أخبار 24", "علي الطرابلسي", "فلينتلوك 2026", "القيادة الأمريكية لأفريقيا", "البيت الأبيض", "تشادية", "التشادي",
          "الإيطالية", "الليبي"],
}

PHEN = {
 "qkl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qkl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_crossings", "countries"],
 "qkl4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkl1": [
  mv("deploy", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الخادم"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["نيامي"], ["قاعدة براك الجوية"]),
  mv("advance", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
  mv("reinforce", "denied", "Russian forces", [], ["قاعدة القرضابية"]),
 ],
 "qkl2": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء مصراته"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["الخمس"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "Turkish armed forces", ["ميناء مصراته"], ["الجزائر العاصمة"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["مصراته"]),
  mv("withdraw", "denied", "Turkish armed forces", ["طرابلس"]),
 ],
 "qkl3": [
  mv("shipment", "reported", None, [], ["ميناء بنغازي"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"]),
  mv("deploy", "reported", None, ["طولون"], ["درنة"]),
  mv("redeploy", "planned", None, ["شرق ليبيا"], ["زوارة", "صبراتة"]),
  mv("withdraw", "conditional", None, [], ["خليج سودا"]),
 ],
 "qkl4": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء بنغازي"]),
  mv("naval_landing", "planned", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("redeploy", "reported", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("mobilise", "denied", "Egyptian army", [], ["السلوم"]),
 ],
 "qkl5": [
  mv("deploy", "reported", None, ["تونس العاصمة"], ["ميناء طرابلس"]),
  mv("airlift", "reported", "Chadian army", ["انجامينا"], ["مطار القرضابية"]),
  mv("airlift", "planned", None, ["قاعدة سيغونيلا"], ["سرت"]),
  mv("deploy", "conditional", None, [], ["راس لانوف"]),
  mv("mobilise", "denied", None, [], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "qkl1": "Russian navy and Africa Corps reported by an Iranian agency from Moscow (dateline only): a frigate and a "
         "landing ship Tartus→Tobruk port, the landing ship's armour sent overland from the port (anaphora 'في "
         "الميناء') to Al-Khadim (Al-Marj only a location reference), a planned Il-76 airlift Al-Jufra air base→Niamey "
         "via Brak air base, a reported Nigerien advance Dirkou→Madama (the border with Libya only a distance "
         "reference), a conditional transfer of ships Tartus→Tobruk (Damascus only the party to the condition) and a "
         "denied reinforcement of Gardabya base south of Sirte ('سرت أنباء' = rumours spread, trap); Hariga terminal "
         "and eastern Libya are background.",
 "qkl2": "Turkish navy and air force reported by an Iraqi site from Ankara: a naval group Aksaz naval base→Misrata "
         "port (spelled مصراته), a training landing near Al-Khums (its municipality closed the beach: district beside "
         "city), an A400M airlift Erkilet air base→Al-Watiya, a planned departure Misrata port→Algiers (written "
         "'الجزائر العاصمة'; the country 'الجزائر' is background), a conditional reinforcement of Misrata and a denied "
         "withdrawal of advisers from Tripoli; the amphibious ship and the agency are both 'الأناضول' (trap), 'الأشهر "
         "الخمسة' contains الخمس, and a Libyan analyst is named Idris.",
 "qkl3": "EU operation Irini and a Lebanese angle reported by a Beirut site: an intercepted cargo ship bound for "
         "Benghazi port (reported shipment, no actor), Lebanese security sources deny armour was shipped from the "
         "port of Tripoli in Lebanon (anaphora 'من المرفأ'; Tripoli LB also as the city where grain was unloaded, "
         "Tripoli LY as seat of the GNU, a Lebanese surname Trabulsi), a French frigate Toulon (spelled طولون)→off "
         "Derna, a planned redeploy of one ship from eastern Libya to off Zuwara and Sabratha, and Athens "
         "threatening to pull its frigate back to Souda Bay if the EU does not act (conditional withdraw); Rome "
         "(Irini HQ), Crete and eastern Libya in the condition are not movement places.",
 "qkl4": "Egyptian navy and air force reported by an Egyptian site from Cairo: the frigate 'تحيا مصر' (trap "
         "containing مصر) Ras el-Tin naval base→Benghazi port, a planned marine landing from the helicopter carrier "
         "'أنور السادات' lying off Marsa Matruh onto the Sidi Barrani coast, a Rafale squadron Almaza air base→Marsa "
         "Matruh airport, a conditional advance Siwa→Jaghbub and a denied massing of tanks in Sallum (the border "
         "with Libya only a reference); 'القاهرة الإخبارية' is a TV channel, an analyst is named Idris.",
 "qkl5": "US Sixth Fleet and the Flintlock exercise reported by a Saudi site from Washington: the command ship (named "
         "after a mountain) Tunis→Tripoli port, a Chadian army contingent airlifted N'Djamena (spelled انجامينا)→"
         "Gardabya airport, a planned C-17 airlift Sigonella→Sirte (Sirte municipality beside the city), a conditional "
         "destroyer deployment off Ras Lanuf (the Oil Crescent only the condition) and a denied massing of drones at "
         "Al-Watiya; the spokesman's surname contains طرابلس, 'البيت الأبيض' contains الأبيض, Tunisia (country) "
         "is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkl1", "qkl2", "qkl3", "qkl4", "qkl5")
