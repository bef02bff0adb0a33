# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                          # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "rebiana_mun": ("district", "LY", 24.23300, 21.98300, "Rebiana municipality"),          # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "uweinat_mt": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                          # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                # G
 "se_libya_adj": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),            # G* (row جنوب شرق ليبيا)
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "sarir_refinery": ("oilfield", "LY", 27.66240, 22.50860, "Sarir refinery"),             # G* (row حقل السرير)
 # Libya: the road north and the coast
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Port of Benghazi"),            # G* (city row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                # G* (city row)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                 # G (row البردي)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # Sudan
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                   # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                             # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),             # G
 "debba": ("town", "SD", 18.05, 30.95, "Ad Debba"),                                      # K
 "atrun": ("village", "SD", 18.18, 26.60, "Bir al-Atrun (Al Atrun oasis)"),              # K
 "wadi_howar": ("region", "SD", 17.25, 26.00, "Wadi Howar"),                             # K
 "border_sd_ly": ("region", "SD", 21.00, 25.30, "Sudan-Libya border (Sudanese side)"),   # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                     # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),                 # G* (town row أدري)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                      # G
 # Egypt
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                 # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),         # G
 "asyut": ("city", "EG", 27.18096, 31.18368, "Asyut"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                   # G
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),               # G
 "abu_simbel": ("town", "EG", 22.34, 31.61, "Abu Simbel"),                               # K
 "argeen": ("crossing", "EG", 22.02, 31.22, "Argeen (Arqin) land port"),                 # K
 "darb": ("region", "EG", 23.50, 30.00, "Darb al-Arbaeen"),                              # K
 "western_desert": ("region", "EG", 25.50, 28.50, "Western Desert (Egypt)"),             # K
 # elsewhere
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                            # G
}

LNA, SAG, CAG, EGA = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "dy1": ["راديو دبنقا", "سوق ليبيا", "الآبار المالحة", "سبل السلام", "قوات الدعم السريع",
         "القوة المشتركة لحركات دارفور المسلحة", "السوداني"],
 "dy2": ["اليوم السابع", "العناصر الخارجة عن القانون", "محمد الكفراوي", "المصرية", "الليبية", "سودانية"],
 "dy3": ["بي بي سي نيوز عربي", "سالم الأوجلي", "اللواء طارق بن زياد", "شارع طرابلس", "اليونانية", "السودانيين"],
 "dy4": ["أصوات مغاربية", "محمد إدريس ديبي", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "الجيش التشادي",
         "تشاديين"],
 "dy5": ["سودان تريبيون", "القوة المشتركة لحركات دارفور المسلحة", "قوات الدعم السريع", "قوات سبل السلام",
         "كامل إدريس", "الليبية"],
}

PHEN = {
 "dy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "dy2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "dy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "dy4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "dy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "dy1": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", LNA, [], ["المثلث الحدودي"]),
  mv("mobilise", "reported", SAG, ["مليط"], ["المالحة"]),
  mv("advance", "conditional", SAG, [], ["وادي هور"]),
  mv("advance", "denied", SAG, [], ["الكفرة"], ["الحدود مع ليبيا"]),
 ],
 "dy2": [
  mv("reinforce", "reported", EGA, ["الخارجة"], ["شرق العوينات"]),
  mv("airlift", "planned", EGA, ["أسيوط"], ["مطار شرق العوينات"]),
  mv("deploy", "conditional", EGA, [], ["درب الأربعين", "أبو سمبل"]),
  mv("advance", "denied", EGA, [], ["جبل العوينات", "الكفرة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "dy3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["الكفرة"]),
  mv("redeploy", "reported", LNA, ["اجدابيا"], ["جالو", "أوجلة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", LNA, ["تازربو"], []),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("naval_landing", "denied", LNA, [], ["البردي"]),
 ],
 "dy4": [
  mv("redeploy", "reported", None, ["فادا"], ["أونيانغا كبير"]),
  mv("withdraw", "reported", CAG, ["كوري بوغودي"], ["الحدود الليبية التشادية"]),
  mv("mobilise", "conditional", None, [], ["أونيانغا كبير"]),
  mv("shipment", "reported", LNA, ["تازربو"], ["ربيانة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["ربيانة"]),
  mv("advance", "denied", CAG, [], ["ربيانة"]),
 ],
 "dy5": [
  mv("advance", "reported", SAG, ["الدبة"], ["العطرون"]),
  mv("withdraw", "reported", SAG, ["العطرون"], ["المثلث الحدودي"]),
  mv("shipment", "planned", None, ["دنقلا"], ["الدبة"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "denied", None, ["مطار الكفرة"], ["نيالا"]),
 ],
}

NOTES = {
 "dy1": "Radio Dabanga (Kufra/Amsterdam): migrants dying on the North Darfur-Kufra route; Subul al-Salam (LNA) patrols "
        "Kufra->Maaten al-Sarra air base (reported) and a planned post in the border triangle; RSF massing in Al Malha "
        "from Mellit (reported mobilise); the Darfur joint force's conditional advance on Wadi Howar («إذا»); the RSF "
        "denial of crossing the border towards Kufra. Migrants' journeys and refugee arrivals are not movements.",
 "dy2": "Youm7 (New Valley): Egyptian border-guard reinforcement Kharga->East Oweinat (reported), a planned airlift "
        "Asyut->East Oweinat airport, joint patrols along Darb al-Arbaeen to Abu Simbel «في حال» (conditional), a denied "
        "entry into Jebel Uweinat/towards Kufra, and an expert's flashback of an LNA company Kufra->the triangle "
        "(reported). Migrants heading to Asyut/Cairo, the Argeen crossing and the injured taken to Aswan are not moves.",
 "dy3": "BBC News Arabic (Kufra): feature on the Kufra hub; LNA units Benghazi->Kufra (deploy) and a battalion "
        "Ajdabiya->the Jalu and Awjila gates (redeploy), a planned Benina->Kufra airport airlift, a conditional "
        "pull-out from Tazirbu («لن ... إلا إذا»), marines landed Benghazi port->Tobruk port and a denied landing at "
        "Bardia. Trucks of migrants and boats Tobruk->Crete are not movements.",
 "dy4": "Maghreb Voices (N'Djamena): the Adre-Abeche-Amdjarass-Ennedi-Kufra route; the Chadian army Fada->Ounianga "
        "Kebir (redeploy, actor null) and its conditional massing there; FACT rebels pulling back from Kouri Bougoudi "
        "to the Libya-Chad border; an LNA fuel/ammunition shipment Tazirbu->Rebiana (reported), a planned company "
        "Kufra->Rebiana («البلدة نفسها») and the Rebiana mayor's denial of Chadian gunmen entering («الواحة»).",
 "dy5": "Sudan Tribune (Port Sudan): the Darfur joint force advances Ad Debba->Al Atrun, the RSF pulls back to the "
        "border triangle, a planned army supply convoy Dongola->Ad Debba (actor null), the LNA's conditional "
        "reinforcement Kufra->the Sudan border («إذا») and its denial of cargo flights Kufra airport->Nyala "
        "(operator unnamed, actor null). Migrants reaching Kufra from North Darfur are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dy1", "dy2", "dy3", "dy4", "dy5")
