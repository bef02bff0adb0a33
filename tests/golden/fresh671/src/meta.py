# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "liberia": ("country", "LR", 6.45514, -9.68410, "Liberia"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, oilfield)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                            # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (area point between Hun and Waddan)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 # yw1 Es Sider blockade lifted, coast-road redeployment (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 # yw2 Zueitina, Brega and the Al-Wahat sit-in (Al-Jarida)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa el Brega port"),               # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # yw3 the 5+5 pull-back from Sirte (Al-Ayyam)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # yw4 Russian Africa Corps in Jufra, Zella fields (Shafaq News)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 # yw5 the coast road from Tobruk, Egypt watching (Vetogate)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "border_eg": ("region", "LY", 31.45, 25.00, "Libya-Egypt border (Libyan side, coast)"),  # K
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
}

TRAPS = {
 "yw1": ["القدس العربي", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "قبيلة المغاربة", "سرت شائعات",
         "سرايا الدفاع عن بنغازي", "الخزانة الليبية", "الخام الليبي"],
 "yw2": ["الجريدة", "الجيش الوطني الليبي", "شركة سرت للنفط", "اللبنانية", "حركة تحرير السودان", "الأراضي الليبية"],
 "yw3": ["الأيام", "الجيش الوطني الليبي", "عبد السلام الطرابلسي", "الكتائب المصراتية", "ليبيا الأحرار"],
 "yw4": ["شفق نيوز", "الفيلق الأفريقي", "الجيش الوطني الليبي", "السفارة الروسية", "زلة لسان", "أحمد إدريس",
         "الباحث الليبي"],
 "yw5": ["فيتو", "الجيش الوطني الليبي", "اللواء 106 مجحفل", "السفينة «طبرق»", "المنطقة الغربية العسكرية",
         "الجيش المصري", "الدولة المصرية", "الأراضي المصرية", "الملك إدريس السنوسي", "قبيلة المغاربة"],
}

PHEN = {
 "yw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "yw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "yw3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "yw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "yw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "yw1": [
  mv("redeploy", "reported", LNA, ["قاعدة القرضابية"], ["راس لانوف"], ["هراوة", "بن جواد"]),
  mv("deploy", "reported", LNA, [], ["النوفلية"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["راس لانوف"]),
  mv("deploy", "planned", LNA, [], ["ميناء السدرة"]),
  mv("withdraw", "conditional", LNA, ["راس لانوف"], ["بنغازي"]),
  mv("withdraw", "denied", LNA, ["ميناء الزويتينة"]),
 ],
 "yw2": [
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["اجدابيا"]),
  mv("deploy", "denied", LNA, [], ["حقل النافورة"]),
  mv("advance", "conditional", LNA, ["اجدابيا"], ["أوجلة", "جالو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["حقل السرير"]),
 ],
 "yw3": [
  mv("withdraw", "reported", LNA, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "GNA forces", ["مصراته"], ["أبوقرين"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["دمشق"], ["مطار القرضابية"]),
 ],
 "yw4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "planned", "Russian forces", [], ["رأس لانوف"], ["زلة", "مرادة"]),
  mv("mobilise", "reported", LNA, [], ["هون"]),
  mv("deploy", "conditional", LNA, ["هون"], ["زلة"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
 ],
 "yw5": [
  mv("redeploy", "reported", LNA, ["طبرق"], ["اجدابيا"], ["درنة", "بنغازي"]),
  mv("naval_landing", "planned", LNA, ["ميناء الحريقة"], ["ميناء البريقة"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
 ],
}

NOTES = {
 "yw1": "Tribal blockade of Es Sider lifted; LNA column Gardabiya base→Ras Lanuf via Harawa and Bin Jawad (Sirte only "
        "locates the base), patrols deployed in Nofaliya, a planned company inside Es Sider port, a conditional return "
        "Ras Lanuf→Benghazi barracks, and the PFG (under the General Command) denying a pull-out from Zueitina port. "
        "London is the dateline, Tripoli the seat of the NOC; 'سرت شائعات' (rumours spread) and 'سرايا الدفاع عن بنغازي' "
        "are traps; the Es Sider/Zueitina span of the Gulf of Sirte is background.",
 "yw2": "LNA reinforcements Ajdabiya→Zueitina port, a denied deployment into the Nafoora field, a conditional advance "
        "Ajdabiya→Awjila and Jalu, a planned airlift Benina air base→Brega airport, and the SLM-Minawi's denied dispatch of "
        "fighters Kufra→Sarir field (the border with Sudan only a distance reference). Ajdabiya dateline, Awjila as the "
        "locator of the fields, Brega refinery/municipality, a Liberian-flagged gas tanker bound for Tripoli (Lebanon) "
        "and Kuwait (city, then country) are not movement places.",
 "yw3": "5+5 pull-back: LNA heavy artillery Sirte→Jufra air base (reported), two GNA battalions planned Misrata→Abu "
        "Qurayn, Misrata brigades' conditional advance Al-Washka→Sirte (Buwairat al-Hassoun only in the condition), and "
        "a denied flight of Syrian mercenaries Damascus→Gardabiya airport. Tunis (city, venue) vs Tunisia (country, host); "
        "Tripoli as seat of the chief of staff beside the person trap الطرابلسي; the coast road Misrata–Sirte is not a move.",
 "yw4": "Russian Africa Corps: Il-76 airlift Hmeimim→Jufra air base (Hun/Waddan and Syria locators), a planned transfer "
        "to Ras Lanuf via Zella and Marada (no origin written), a conditional LNA deployment Hun→Zella, and a denied "
        "Russian pull-out Gardabiya→Jufra base. 'زلة لسان' (slip of the tongue) is a trap beside the town Zella; 'أحمد "
        "إدريس' holds إدري; Moscow, Washington, Benghazi (dateline and metaphor), Libya, Syria and Waddan–Sirte road are "
        "no movement places.",
 "yw5": "LNA brigade redeployed Tobruk→Ajdabiya via Derna and Benghazi (the Tobruk–Brega road extent is not a move), a "
        "planned sea transfer of marines Hariga port→Brega port (the ship named «طبرق» is a trap), a conditional Egyptian "
        "reinforcement Marsa Matruh→Sallum, and a denied Egyptian convoy through the Emsaed crossing toward Tobruk. The "
        "battalion that stays near the border with Egypt is no movement; Cairo (dateline, metonym), the Sirte–Jufra red "
        "line, eastern Libya, the Sirte basin and Es Sider are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yw1", "yw2", "yw3", "yw4", "yw5")
