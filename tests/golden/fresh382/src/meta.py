# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 # capitals and cities outside the routes
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G* (city row نجامينا)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                   # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 # nt1 Sabha - Ghat
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (row الحدود الليبية الجزائرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 # nt2 Kufra - Darfur
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "tina": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                    # K
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G* (row جنوب شرق ليبيا)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                              # K
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                             # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                             # G
 "border_td_sd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),               # G* (row الحدود السودانية التشادية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),              # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 # nt3 Al Qatrun - Madama - Agadez
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "madama_base": ("base", "NE", 21.95000, 13.65000, "Madama military base"),               # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                # G
 "sahara": ("region", "LY", 24.0, 13.0, "Sahara"),                                        # K (representative point)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),               # G
 "border_ne_ly": ("region", "NE", 22.40, 14.00, "Niger-Libya border (Niger side)"),       # K
 # nt4 the gold road to Kouri Bougoudi
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 # nt5 the Russian corridor
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                     # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                             # G* (Hun town row, as the area)
}

LNA, SAG, CAG, RUS = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Russian forces"


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nt1": ["الحاج علي الغاتي", "مبالغات", "الطرابلسي", "اللواء طارق بن زياد", "ليبيا الأحرار", "الجزائري"],
 "nt2": ["المياه المالحة", "القوة المشتركة لحركات دارفور", "سودان تربيون", "سودانيون", "كولومبيين"],
 "nt3": ["الدعم المالي", "جبهة الوفاق من أجل التغيير في تشاد", "إذاعة فرنسا الدولية", "النيجري", "الليبي"],
 "nt4": ["محمد إدريس ديبي", "تلفزيون تشاد", "المعارضة التشادية", "الجيش التشادي", "بلدة ليبية"],
 "nt5": ["الفيلق الأفريقي", "عماد الطرابلسي", "الروسي"],
}

PHEN = {
 "nt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "nt2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "nt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nt4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "nt5": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "nt1": [
  M("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["غات"], ["أوباري", "العوينات"]),
  M("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  M("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  M("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  M("withdraw", "denied", LNA, ["حقل الشرارة"]),
 ],
 "nt2": [
  M("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["جبل العوينات", "وادي هور"]),
  M("withdraw", "reported", SAG, ["كرب التوم"], ["الطينة"]),
  M("advance", "conditional", SAG, [], ["كرب التوم"]),
  M("redeploy", "planned", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  M("naval_landing", "denied", "Foreign fighters", [], ["ميناء بنغازي"]),
 ],
 "nt3": [
  M("shipment", "reported", CAG, ["القطرون"], ["سيغيدين"], ["منفذ التوم"]),
  M("reinforce", "reported", None, ["أغاديس"], ["قاعدة ماداما"], ["ديركو"]),
  M("airlift", "conditional", None, ["نيامي"], ["مطار ديركو"]),
  M("withdraw", "denied", None, ["قاعدة ماداما"]),
  M("deploy", "planned", LNA, ["سبها"], ["القطرون", "منفذ التوم"]),
 ],
 "nt4": [
  M("mobilise", "reported", CAG, [], ["كوري بوغودي"]),
  M("advance", "planned", None, ["زوار"], ["كوري بوغودي"]),
  M("redeploy", "reported", LNA, ["أم الأرانب"], ["القطرون"]),
  M("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
  M("mobilise", "denied", CAG, [], ["أم الأرانب"]),
 ],
 "nt5": [
  M("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  M("reinforce", "reported", RUS, ["طبرق"], ["قاعدة براك الجوية"], ["الجفرة"]),
  M("airlift", "planned", RUS, ["قاعدة براك الجوية"], ["نيامي"]),
  M("withdraw", "conditional", RUS, ["براك"], ["الجفرة"]),
  M("deploy", "denied", RUS, [], ["الكفرة"]),
 ],
}

NOTES = {
 "nt1": ("Daraj-style investigation of the Sabha-Ghat road: LNA (Tariq bin Ziyad) reinforcement Tamanhint air base->"
         "Ghat via Ubari and Al-Awaynat (reported), a cargo plane Benina air base->Ghat airport (reported), a planned "
         "company at the Isayen crossing, an Algerian reinforcement Illizi->Djanet «إذا» (conditional) and a denied "
         "pull-out from the Sharara field; fuel and migrant convoys, the smugglers' detour via Idri and the headline "
         "are not movements."),
 "nt2": ("Radio Dabanga-style investigation of the Kufra-Darfur road: an RSF-escorted fuel/ammunition convoy Kufra->"
         "Al Malha via Jebel Uweinat and Wadi Howar (shipment, reported), the Joint Force's pull-out Karb al-Tom->Tina "
         "(reported) and its return «إذا» (conditional advance), a planned Subul al-Salam company Kufra («من المدينة»)"
         "->Maaten al-Sarra air base and a denied landing of Colombian fighters at Benghazi port; the border phrase "
         "after «لضبط» is a purpose, fuel bought near Sarir and the headline are not movements."),
 "nt3": ("Noon Post-style investigation of the Al-Qatrun-Madama-Agadez axis: a FACT-escorted arms convoy Al-Qatrun->"
         "Seguedine via the Toummo crossing (shipment, reported), a Nigerien reinforcement Agadez->Madama base via "
         "Dirkou (reported), a Niamey->Dirkou airport airlift «إذا» (conditional), a denied pull-out from Madama base "
         "and a planned LNA border battalion Sabha->Al-Qatrun/the Toummo crossing; the habitual 4x4 traffic, the salt "
         "caravans and the headline are not movements."),
 "nt4": ("Raseef22-style long read on the gold road Murzuq/Umm al-Aranib->Kouri Bougoudi: CCMSR massing at Kouri "
         "Bougoudi (mobilise, reported), the Chadian army's planned advance Zouar->«المنطقة» (Kouri Bougoudi), an LNA "
         "battalion Umm al-Aranib->Al-Qatrun (redeploy, reported), its deployment on the border with Chad «إذا» "
         "(conditional) and the CCMSR's denied massing at Umm al-Aranib; fuel trucks, escorts for pay and young men "
         "going to the mines are habitual/civilian, not movements."),
 "nt5": ("BBC Arabic-style investigation of a Russian corridor: a landing at Tobruk port (naval_landing, reported), "
         "trucks Tobruk->Brak air base via Al-Jufra (reinforce, reported), planned Il-76 flights Brak air base->Niamey, "
         "a conditional pull-back Brak->Al-Jufra and Moscow's denial of trainers sent to Kufra; the Sabha-Al-Qatrun "
         "«ممر روسي» towards Madama, the old route via Syria and Algeria's closed airspace are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nt1", "nt2", "nt3", "nt4", "nt5")
BAR_IN_TEXT = True  # nt1's headline has a literal "|" («تحقيق |»)
