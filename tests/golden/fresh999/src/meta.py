# Gold metadata for fresh999 (qlm1-qlm5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F); K = own knowledge / representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "djibouti": ("country", "DJ", 11.82060, 42.49622, "Djibouti"),                         # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kyrgyzstan": ("country", "KG", 41.22464, 75.06898, "Kyrgyzstan"),                     # G (row قيرغزستان)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # qlm1 Turkish flights (Al-Hal Net)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 # qlm2 Russian moves on imagery (Levant News)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qlm3 ship trackers (Al-Mawqea Post)
 "jebel_ali": ("crossing", "AE", 25.01130, 55.06120, "Port of Jebel Ali"),              # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                # G
 "bab_mandab": ("region", "YE", 12.58, 43.33, "Bab el-Mandeb strait"),                  # K
 "suez": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row, kind crossing)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # qlm4 Kufra, Darfur and Chad (Nas News)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qlm5 Algeria, Niger and the south-west (Algérie Patriotique)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # G* (town row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qlm1": ["الحل نت", "المرصد السوري لحقوق الإنسان", "الجيش الوطني السوري", "عمر الطرابلسي", "يفتح الباب",
          "التركية", "سوريين"],
 "qlm2": ["ليفانت نيوز", "الفيلق الأفريقي", "القيادة العامة للجيش الوطني الليبي", "عطل في الخادم", "إدريس السبهاوي",
          "الروسية", "ليبية"],
 "qlm3": ["الموقع بوست", "عملية إيريني", "عجمان ستار", "ساراتوف", "ماجد العدني", "المرسى الخارجي",
          "الليبية", "اللبنانية", "التركية", "الروسية"],
 "qlm4": ["ناس نيوز", "الدعم السريع", "سبل السلام", "القيادة العامة للجيش الوطني الليبي", "عادل الفاشري", "السوداني",
          "التشادي"],
 "qlm5": ["الجزائر باتريوتيك", "الجيش الوطني الشعبي", "طاسيلي 2026", "محور الجنوب الغربي", "إدريس الغاتي",
          "بثلاث لغات", "الجيش الوطني الليبي", "النيجري", "الفرنسية", "جزائرية", "الليبية"],
}

PHEN = {
 "qlm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "countries"],
 "qlm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "coverage_bases", "coverage_oil", "countries"],
 "qlm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qlm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qlm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlm1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["عفرين"], ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["مصراتة"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["قاعدة معيتيقة"]),
 ],
 "qlm2": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["سوكنة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("airlift", "planned", "Russian forces", ["براك"], ["نيامي"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["الجفرة"]),
  mv("withdraw", "conditional", "Russian forces", ["حميميم"], ["طبرق"]),
 ],
 "qlm3": [
  mv("shipment", "reported", "Libyan National Army", ["ميناء جبل علي"], ["ميناء بنغازي"],
     ["جيبوتي", "باب المندب", "قناة السويس"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("shipment", "denied", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["الخمس"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["ميناء السدرة"]),
 ],
 "qlm4": [
  mv("airlift", "reported", None, ["مطار بنينا"], ["أم جرس"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("deploy", "planned", "Sudanese army", ["دنقلا"], ["كرب التوم"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["أم جرس"]),
 ],
 "qlm5": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("airlift", "reported", "Nigerien army", ["نيامي"], ["ديركو"], ["أغاديز"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"], ["منفذ إيسين"]),
  mv("mobilise", "conditional", "Libyan National Army", ["سبها"], ["الحدود مع الجزائر"]),
 ],
}

NOTES = {
 "qlm1": "Flight-tracker write-up (Al-Hal Net): three Turkish A400M flights Erkilet air base (on the edge of Kayseri, "
         "only a locator)→Al-Watiya, one of them on to Misrata airport, a denied airlift of Syrian fighters from Afrin "
         "via Gaziantep airport to Mitiga airport (Ankara the denier), a planned air-defence battery Al-Watiya→Misrata "
         "and an analyst's conditional drone reinforcement of Mitiga base; Tripoli appears only as the seat of the "
         "government and inside the analyst's name 'الطرابلسي'; 'يفتح الباب' is not the Syrian town of Al-Bab.",
 "qlm2": "Satellite-imagery write-up (Levant News, London): a hedged Russian convoy Jufra air base→Brak air base via "
         "Sokna (Sabha only a locator), Il-76s Hmeimim→Al-Khadim (Benghazi a locator; 'عطل في الخادم' is a server "
         "fault), a planned airlift Brak→Niamey, the LNA's denial of a pull-out Gardabya→Al-Jufra (Sirte a locator) and "
         "an analyst's conditional pull-out Hmeimim→Tobruk (Damascus only the talks); Sharara field is background.",
 "qlm3": "Ship-tracker write-up (Al-Mawqea Post): a cargo ship Jebel Ali→Benghazi port via Djibouti (the city; the "
         "flag is the country), Bab el-Mandeb and the Suez Canal for the LNA, a Russian landing ship Tartus→Tobruk naval "
         "base, a denied Turkish ammunition shipment Mersin port→Misrata port, a planned Turkish marine landing Aksaz→"
         "Al-Khums and the LNA's conditional deployment off Es Sider (Misrata only the condition); Aden is the analyst's "
         "town, Tripoli in Lebanon the ship's earlier call, Tripoli (Libya) the denier in the headline.",
 "qlm4": "Open-source investigation (Nas News, Baghdad): cargo flights Benina airport→Amdjarass via Kufra airport "
         "(no force named), RSF vehicles massing near Al-Malha and a column advancing to the Uweinat border triangle, a "
         "planned Sudanese-army brigade Dongola→Karb al-Tom, the LNA's denial of fighters Kufra→the Sudanese border, "
         "and Chad's conditional reinforcement Faya-Largeau→Amdjarass; Benghazi, N'Djamena and the Kufra "
         "municipality are speakers, El Fasher background (also inside 'الفاشري').",
 "qlm5": "Satellite and flight-tracker report (Algérie Patriotique, Algiers): Algerian reinforcements Tamanrasset→"
         "Djanet (Djanet province only the area), Nigerien C-130s Niamey→Dirkou via Agadez, a planned Nigerien company "
         "Dirkou→Madama (the Salvador triangle only the smuggling routes), a denied Algerian crossing Djanet→Ghat via "
         "the Isayen crossing, and the LNA's conditional massing Sabha→the border with Algeria ('محور الجنوب الغربي' "
         "and 'طاسيلي 2026' are names; Ghat also inside 'الغاتي' and 'لغات').",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlm1", "qlm2", "qlm3", "qlm4", "qlm5")
