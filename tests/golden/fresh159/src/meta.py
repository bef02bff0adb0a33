# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 # fe1 Youm7 roundup (east and south-east)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "cairo_airport": ("airport", "EG", 30.1219, 31.4056, "Cairo International Airport"),      # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                     # G* (district row)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 # fe2 Echorouk (Algerian side, Ghadames)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),           # G* (town row)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (Debdeb town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "border_ly_dzside": ("region", "DZ", 28.5, 9.7, "Algeria-Libya border (Algerian side)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G (gazetteer kind village)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 # fe3 Asharq Business (economy)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G (row قاعدة تمنهنت)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega port"),              # G* (Brega town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "misrata_port": ("crossing", "LY", 32.356, 15.214, "Misrata port (Qasr Ahmad)"),          # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 # fe4 Mosaique FM (Ras Jedir, southern Tunisia)
 "rasjdir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing (Tunisian post)"),  # G* (row منفذ رأس جدير, country TN)
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "border_ly_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "tunis_airport": ("airport", "TN", 36.851, 10.227, "Tunis-Carthage International Airport"),  # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K (GeoNames value quoted in fresh51's README)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 # fe5 Afrigate News (Fezzan and Jufra)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                    # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                     # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),              # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shati"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
}

TRAPS = {
 "fe1": ["الأهلي بنغازي", "الأهلي طرابلس", "الدوري الليبي الممتاز", "معاذ الإدريسي", "الدقائق الخمس", "دارنس",
         "خليج سرت", "الخطوط الجوية الليبية", "الجيش الوطني الليبي", "ليبيا الأحرار"],
 "fe2": ["محمد الغدامسي", "الوفد الجزائري", "الخطوط الجوية الجزائرية", "السوق الليبية", "صفحات ليبية",
         "الأراضي الليبية"],
 "fe3": ["العجز المالي", "السفينة التركية", "اللبنانية", "المنشآت النفطية"],
 "fe4": ["الخطوط التونسية", "البنزين الليبي", "الجانب الليبي", "المنطقة العسكرية الساحل الغربي",
         "وكالة تونس إفريقيا للأنباء"],
 "fe5": ["بوابة أفريقيا الإخبارية", "عبد السلام الهوني", "الهلال الأحمر الليبي", "شركة مليتة", "الفيلق الأفريقي",
         "لا أدري", "مجموعات تشادية"],
}

PHEN = {
 "fe1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fe2": ["clitics", "multiword", "person_trap", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "fe3": ["clitics", "spelling", "multiword", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_oil", "countries"],
 "fe4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "fe5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "fe1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["تازربو"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], []),
 ],
 "fe2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["عين أميناس"]),
  mv("mobilise", "conditional", "Algerian army", [], ["إليزي"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["غدامس"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "fe3": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["اوباري"]),
  mv("withdraw", "conditional", LNA, ["ميناء السدرة"], ["راس لانوف"]),
  mv("shipment", "planned", LNA, ["ميناء البريقة"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراته"]),
 ],
 "fe4": [
  mv("redeploy", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("reinforce", "planned", "Tunisian army", [], ["الذهيبة"]),
  mv("naval_landing", "reported", GNA, ["طرابلس"], ["ميناء زوارة"]),
  mv("advance", "conditional", None, ["زوارة"], ["رأس اجدير"]),
  mv("shipment", "denied", None, [], ["ليبيا"], ["معبر الذهيبة"]),
 ],
 "fe5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", LNA, ["براك"], ["إدري"]),
  mv("deploy", "conditional", LNA, ["سبها"], ["غات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
}

NOTES = {
 "fe1": "Youm7-style 24-hour roundup (Cairo): a football match (clubs named after Benghazi/Tripoli/Derna/Sirte, a scorer "
        "named al-Idrisi, «الدقائق الخمس»), civil flights Benina–Cairo, weather over the Jebel Akhdar and Kufra; real moves: "
        "an LNA reinforcement Benghazi→Kufra via Ajdabiya (reported), a planned Benina air base→Kufra airport airlift, a "
        "conditional company for Tazirbu, a denied pull-out from the Amsaad crossing. The visiting team's return to "
        "Tripoli, the airline flights and the units «المنتشرة على الحدود مع السودان» are not movement places.",
 "fe2": "Echorouk-style Algerian roundup (Illizi): the Ghadames festival (Algerian troupe entering via the Debdeb crossing), "
        "trucks of goods, a new Algiers–Tripoli air route; real moves: an Algerian reinforcement Ouargla→Debdeb via In "
        "Amenas (reported), a conditional Algerian build-up in Illizi, a planned GNA force Nalut→Ghadames («في محيط "
        "المدينة» = Ghadames), a denied Algerian incursion towards Ghadames.",
 "fe3": "Asharq Business-style economy roundup (Tripoli): oil output, exports to Italy/Spain, a civilian fuel convoy "
        "Misrata→Sabha via Ash Shwayrif, the Tripoli International Fair, cement from Tripoli (Lebanon); real moves: an LNA "
        "company Tamanhint air base→Sharara field via Ubari (reported), a conditional LNA pull-back Es Sider port→Ras "
        "Lanuf, a planned LNA fuel shipment Brega port→Jufra air base, a denied Turkish landing at Misrata port.",
 "fe4": "Mosaique FM-style transport roundup (Tunis): Ras Jedir reopened, louages Sfax–Tripoli, smuggled fuel prices in "
        "Ben Gardane, Tunisair flights Tunis-Carthage–Benina and Djerba–Misrata; real moves: a Tunisian army redeploy "
        "Medenine→Ben Gardane (reported), a planned Tunisian reinforcement for Dehiba, a GNA force landed at Zuwara port "
        "from Tripoli (reported), a conditional advance of Zuwara armed groups on Ras Ajdir, a denied arms shipment to "
        "Libya via the Dehiba crossing.",
 "fe5": "Afrigate-style weekly Fezzan roundup (Sabha): the Hun autumn festival, a Red Crescent food convoy Misrata→Murzuq, "
        "floods in Ghat/Al Awaynat, staff flights to El Feel suspended, Buraq Air Sabha–Mitiga, date prices; real moves: a "
        "Russian (Africa Corps) airlift Al Khadim base→Brak air base (reported), a planned LNA redeploy Brak→Idri, a "
        "conditional LNA engineers' move Sabha→Ghat, a denied Chadian build-up at Umm al-Aranib.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fe1", "fe2", "fe3", "fe4", "fe5")
