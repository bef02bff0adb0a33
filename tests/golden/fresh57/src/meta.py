# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 # bg1 LNA air bridge to Maaten al-Sarra (south-east)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة)
 "maaten_t": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra"),                      # G (same row, headline short form)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G (row قاعدة الخادم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                     # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),              # G* (district row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                          # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "tri_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 # bg2 Egyptian army on the western border
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                            # G
 "sallum_port": ("crossing", "EG", 31.55371, 25.15793, "Port of Sallum"),                # G* (town row السلوم)
 "sallum_cross": ("crossing", "EG", 31.60968, 25.04999, "Sallum land crossing"),         # G* (row منفذ امساعد, country EG)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),        # G* (row مطار طبرق, HLGN)
 "border_eg": ("region", "EG", 29.50000, 25.10000, "Egypt-Libya border (Egyptian side)"), # K
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),     # G
 # bg3 Tunisian army at El Borma
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "borma": ("oilfield", "TN", 31.69000, 9.20000, "El Borma oil field"),                   # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                               # G
 "sidi_ahmed": ("base", "TN", 37.24540, 9.79140, "Bizerte-Sidi Ahmed Air Base"),         # K
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                # G
 "djerba_ap": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),            # K
 "border_tn_dz": ("region", "TN", 31.70000, 9.10000, "Tunisia-Algeria border (near El Borma)"),  # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "tri_ly_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 # bg4 Algerian army at Djanet / In Amenas, Ghat
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "djanet_ap": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),         # G
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                              # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),                # G* (district row)
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                       # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, country DZ)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس)
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "border_dz_ly": ("region", "DZ", 24.90000, 9.95000, "Algeria-Libya border (Algerian side near Ghat)"),  # K
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 # bg5 Russian air bridge through Libya to Niger
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (Jufra base/airport point, near Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "niamey_ap": ("airport", "NE", 13.48150, 2.18360, "Niamey Diori Hamani Airport"),       # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت, spelling تمنهنط)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G (row قاعدة القرضابية)
 "gardabiya_short": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G (same row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (Tobruk city / naval base row)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (row أجدابيا, spelling اجدابيا)
 "border_ne_ly": ("region", "NE", 22.00000, 13.50000, "Niger-Libya border (Nigerien side)"),  # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
}

TRAPS = {
 "bg1": ["النهار العربي", "ليبيا الحدث", "عملية تأمين الجنوب الشرقي", "الليبي", "سودانيين"],
 "bg2": ["اليوم السابع", "الاتجاه الاستراتيجي الغربي", "الواحات", "حاملة المروحيات «جمال عبد الناصر»",
         "القاهرة الإخبارية", "سمير الإدريسي", "مصر للطيران", "ليبية", "مصرية"],
 "bg3": ["الصباح", "إذاعة تطاوين", "نهج طرابلس", "تركية", "الليبية"],
 "bg4": ["الخبر", "الفيلق الأفريقي", "إبراهيم الغاتي", "المنطقة العسكرية سبها", "الجانب الليبي", "الليبية", "الروسي"],
 "bg5": ["عربي 21", "الفيلق الأفريقي", "البنيان المرصوص", "المالي", "جلال الطرابلسي", "روسية", "السورية",
         "الليبي"],
}

PHEN = {
 "bg1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "bg2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bg3": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "bg4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bg1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة معطن السارة الجوية"], ["مطار الكفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة الخادم الجوية"], ["قاعدة معطن السارة الجوية"]),
  mv("advance", "conditional", LNA, ["قاعدة معطن السارة الجوية"], ["الحدود مع السودان"]),
  mv("withdraw", "reported", LNA, ["تازربو"], ["الكفرة"]),
  mv("airlift", "denied", "Sudanese armed groups", [], ["مطار الكفرة"]),
 ],
 "bg2": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("redeploy", "reported", "Egyptian army", ["العلمين"], ["سيوة"]),
  mv("naval_landing", "planned", "Egyptian army", [], ["ميناء السلوم"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["منفذ السلوم"]),
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "bg3": [
  mv("airlift", "reported", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["حقل البرمة"], ["مطار جربة جرجيس"]),
  mv("shipment", "reported", "Tunisian army", ["مدنين"], ["حقل البرمة"], ["تطاوين"]),
  mv("withdraw", "planned", "Tunisian army", ["حقل البرمة"], ["بنزرت"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"], ["مطار جربة جرجيس"]),
  mv("mobilise", "conditional", GNA, [], ["غدامس"]),
 ],
 "bg4": [
  mv("airlift", "reported", "Algerian army", ["بوفاريك"], ["مطار جانت"], ["ورقلة"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["الحدود مع ليبيا", "معبر تين الكوم"]),
  mv("reinforce", "planned", "Algerian army", ["ورقلة"], ["عين أمناس"]),
  mv("airlift", "denied", "Russian forces", ["بنغازي"], ["مطار غات"]),
  mv("mobilise", "conditional", LNA, [], ["إدري", "وادي الشاطئ"]),
 ],
 "bg5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"], ["قاعدة تمنهنط"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "planned", "Russian forces", ["طبرق"], ["الجفرة"], ["اجدابيا"]),
  mv("deploy", "denied", "Russian forces", [], ["ديركو"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["سرت"]),
 ],
}

NOTES = {
 "bg1": "LNA air bridge Benina→Maaten al-Sarra with a refuelling stop at Kufra airport (via), a planned second wave "
        "from Al Khadim, a conditional advance to the Sudan border, a ground withdrawal Tazirbu→Kufra, and a denied "
        "landing of Sudanese fighters at Kufra airport. Not movements: a drone shot down over Al Hawwari, a drone "
        "strike near the border triangle, reconnaissance flights, civil flights and a medical flight to Benghazi.",
 "bg2": "Egyptian army: C-130s from Mohamed Naguib base to Siwa stopping at Marsa Matruh (via), an air-defence "
        "battalion redeployed from El Alamein, a planned landing from the Mistral at Sallum port, a conditional "
        "reinforcement of the Sallum land crossing, a denied landing at Gamal Abdel Nasser air base. Not movements: "
        "reconnaissance flights, relief/ambulance flights to Tobruk, closed airspace over El Alamein, EgyptAir to Benina.",
 "bg3": "Tunisian army: special forces flown Sidi Ahmed (Bizerte)→Djerba-Zarzis airport then by helicopter to El Borma "
        "(one airlift, via the airport), an ammunition convoy Medenine→Tataouine→El Borma (shipment), a planned return "
        "to Bizerte; denied Turkish cargo planes stopping at Djerba on the way to Al-Watiya; conditional GNA "
        "mobilisation in Ghadames. Not movements: reconnaissance, closed airspace, a medical flight from Tripoli, a "
        "drone shot down near Nalut.",
 "bg4": "Algerian army air bridge Boufarik→Djanet airport with a stop at Ouargla, ground deployment from Djanet to the "
        "border and the Tin Alkoum crossing, a planned column Ouargla→In Amenas; a flight-tracked cargo plane "
        "Benghazi→Ghat airport (unknown cargo: no movement by itself) claimed to carry Russian Africa Corps fighters "
        "and denied by Ghat municipality = one denied airlift; conditional LNA mobilisation in Idri and Wadi al-Shati. "
        "Not movements: a drone shot down, the strike on the Ubari runway, a visit to Ouargla, civil flights.",
 "bg5": "Russian forces: Il-76s from Al Jufra base to Niamey airport stopping at Tamanhint (via), a redeployment "
        "Brak base→Jufra, a naval landing at Tobruk port from Tartus, a planned road shipment Tobruk→Jufra via "
        "Ajdabiya, a denied deployment at Dirkou; a conditional Misrata advance on Sirte. Not movements: the drone "
        "strike on the Gardabiya runway (air base named only as a strike site), flight frequency statistics.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bg1", "bg2", "bg3", "bg4", "bg5")
