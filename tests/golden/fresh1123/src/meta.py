# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities outside the Sahara
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "medina": ("city", "SA", 24.46861, 39.61417, "Medina"),                                # G* (row مدينه, written المدينة المنورة)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (written الجزائر العاصمة)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),    # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "watiya_base": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint_airport": ("airport", "LY", 27.24010, 14.65630, "Tamanhint Airport"),       # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area)"),               # G* (row هون; tests/golden/README.md: الجفرة as an area = district, point near Hun)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # Algeria
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tamanrasset_airport": ("airport", "DZ", 22.8114, 5.4508, "Tamanrasset Aguenar Airport"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (row kind village; a town of some 20,000)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                          # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G
 "border_dz_ly": ("region", "DZ", 24.7, 9.9, "Algeria-Libya border (Algeria side)"),    # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا; written أنجمينا in qqh4)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا, written فادا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "tibesti_dist": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G
 "tibesti_r": ("region", "TD", 20.30159, 16.62370, "Tibesti (massif)"),                 # G* (province row, used for the area)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي, written كوري بوغودي)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem Province"),                     # G
 "border_td_ly": ("region", "TD", 21.9, 17.2, "Chad-Libya border (Chad side)"),         # K
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_dist": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                # G (row أغاديس, written إقليم أغاديز)
 "base201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row ماداما, written قاعدة ماداما)
 "border_ne_ly": ("region", "NE", 22.3, 13.5, "Niger-Libya border (Niger side)"),       # K
}

TRAPS = {
 "qqh1": ["الطيران العربي", "الخطوط الجوية الليبية", "الليبية", "الخطوط الأفريقية", "الجزائرية",
          "الخطوط الجوية الجزائرية", "فلايت رادار 24", "صقر الصحراء", "الفيلق الأفريقي الروسي",
          "الجيش الوطني الليبي"],
 "qqh2": ["بوابة إفريقيا الاقتصادية", "الليبية", "شركة البريقة لتسويق النفط", "كتيبة سبل السلام",
          "حكومة الوحدة الوطنية", "خالد الزنتاني"],
 "qqh3": ["اليوم الجديد", "طيران الطاسيلي", "الليبية", "الليبي", "ليبية", "جزائرية", "الناحية العسكرية الرابعة",
          "الجيش الوطني الشعبي"],
 "qqh4": ["شاري لوغون ميديا", "الخطوط الجوية التشادية", "الخطوط التشادية", "جبهة التناوب والوفاق في تشاد",
          "إدريس ديبي إتنو", "برنامج الأغذية العالمي", "المدينة"],
 "qqh5": ["الراي", "النيجرية", "الجيش النيجري", "الخطوط الجوية التركية", "الجزائرية", "الهلال الأحمر الكويتي",
          "الفيلق الأفريقي الروسي", "الليبية", "روسية"],
}

PHEN = {
 "qqh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qqh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases"],
 "qqh3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qqh4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qqh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqh1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("airlift", "denied", "Foreign fighters", ["مطار سبها"], ["قاعدة الويغ"]),
  mv("airlift", "conditional", "Algerian army", ["تمنراست"], ["مطار جانت"]),
 ],
 "qqh2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("reinforce", "conditional", "GNA forces", [], ["مطار معيتيقة"]),
  mv("shipment", "denied", None, ["إسطنبول"], ["قاعدة الوطية"]),
 ],
 "qqh3": [
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("reinforce", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", "Algerian army", ["جانت"], ["مطار غات"]),
  mv("mobilise", "reported", "Algerian army", [], ["عين أميناس"]),
 ],
 "qqh4": [
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["فايا لارجو"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار", "برداي"]),
  mv("advance", "conditional", "Chadian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["تبستي"]),
 ],
 "qqh5": [
  mv("airlift", "reported", "Nigerien army", ["نيامي"], ["أغاديس"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار ديركو"]),
  mv("redeploy", "planned", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("advance", "conditional", "Nigerien army", ["قاعدة ماداما"], ["الحدود مع ليبيا"]),
  mv("withdraw", "reported", "Nigerien army", ["بيلما"], ["ديركو"]),
 ],
}

NOTES = {
 "qqh1": "Aviation magazine (Arab Aviation, ACAO, Rabat) on a Libyan NOTAM closing the airspace over Sabha, Ubari and "
         "Ghat: Il-76 cargo flights Jufra air base→Brak air base tracked on Flightradar24 and attributed to the Russian "
         "Africa Corps (reported), a planned LNA infantry airlift Benina air base→Ghat airport, the LNA's denial of "
         "foreign fighters flown Sabha airport→Al Wigh base, and a conditional Algerian airlift Tamanrasset→Djanet "
         "airport («لن يتردد ... إذا»); the NOTAM's list of towns, cancelled Libyan Airlines flights Mitiga→Sabha, an "
         "Afriqiyah flight diverted to Tamanhint airport, pilgrims back from Jeddah, Air Algérie to Djanet, the "
         "Tunis–N'Djamena reroute, Moscow's silence and Ghat airport's 2021 reopening are not movements.",
 "qqh2": "Libyan economic site (Afrigate Economy, Tripoli) on airlines' losses from the southern closure: LNA C-130s "
         "Benina air base→Kufra airport with Subul al-Salam troops and ammunition (reported), a planned LNA armoured "
         "company Jufra air base→Tamanhint base, the GNU defence ministry's conditional reinforcement of Mitiga airport "
         "(«لن تدفع ... إلا إذا») and its denial of a cargo plane with drones and ammunition Istanbul→Al Watiya base (shipment, actor null); flights "
         "diverted to Misrata airport, dates cargo Al Jufra→Istanbul, Brega company fuel trucks Benghazi→Kufra airport "
         "(civilian, a tanker shot at near Tazirbu) and travel agencies in Sabha and Ubari are not movements.",
 "qqh3": "Algerian daily (El-Youm El-Djadid, Djanet): Tassili Airlines tourists Algiers→Djanet airport (civilian), two "
         "Il-76 Tamanrasset airport→Djanet airport landing special forces (reported airlift, destination = «المدرج "
         "ذاته» = Djanet airport), a planned infantry battalion Illizi→Djanet, a conditional advance Djanet→the border "
         "with Libya (Algeria side; Isayen crossing only in the condition), the ministry's denial of a military plane "
         "Djanet→Ghat airport, border guards massing around In Amenas (reported mobilise); pilgrims Illizi wilaya→Medina, a civil-protection ambulance flight Djanet→Ouargla and "
         "the 2011 refugees from Libya are not movements.",
 "qqh4": "Chadian site (Charilogone Media, Faya-Largeau): Chadian Airlines suspends N'Djamena (written أنجمينا)→Faya "
         "airport flights under a NOTAM over Tibesti province, four military transports N'Djamena→Faya-Largeau "
         "(reported airlift), part of the troops to go by road Faya→Zouar and Bardai (planned deploy), the army's "
         "conditional approach to the border with Libya (Chad side; Kouri Bougoudi only in the condition), FACT's "
         "denied move Umm al-Aranib→Tibesti; a WFP medicine flight Abeche→Fada (written فادا), the traders' road from "
         "Abeche and the 2021 death of Idriss Deby in Kanem are not movements.",
 "qqh5": "Kuwaiti TV site (Al Rai TV, wire-based, Kuwait dateline) on Niger's NOTAM over the Agadez region (written "
         "إقليم أغاديز, city أغاديس): a Nigerien army battalion flown Niamey→Agadez (reported), satellite images of "
         "Il-76s at Dirkou airport said to carry Africa Corps troops from Jufra air base, denied by the Russian embassy "
         "(one denied airlift), a planned company Dirkou→Madama base, its conditional advance to the border with Libya "
         "(Niger side; Toummo crossing only in the condition) and an army platoon's withdrawal Bilma→Dirkou; the "
         "Turkish Airlines Istanbul–Niamey reroute, the Kuwaiti Red Crescent plane to Agadez, Air Base 201 under "
         "Nigerien control since 2024 and the Niamey–Tripoli tension are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqh1", "qqh2", "qqh3", "qqh4", "qqh5")
