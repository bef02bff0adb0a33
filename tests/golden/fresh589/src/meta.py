# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country or written in another spelling (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس; vs2 writes أغاديز)
 "agadez_dist": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                # G* (district row أغاديس)
 "ab201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201 (Agadez)"),             # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                       # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G (not Jadu, LY)
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                             # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "border_ne_ly": ("region", "NE", 22.45, 13.75, "Niger-Libya border (Niger side)"),     # K
 # Libyan south and the border
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم; vs1 writes منفذ تومو)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),   # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),    # G* (row الحدود الليبية التشادية)
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; also الجنوب الليبي, جنوبي ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Libyan north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk_port": ("crossing", "LY", 32.070, 23.975, "Port of Tobruk"),                   # K
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي; vs4 writes كوري بوغودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 # Algeria, Sudan, Egypt, Lebanon
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "vs1": ["مونت كارلو الدولية", "تيلي ساحل", "النيجرية", "الجيش الفرنسي", "الفيلق الأفريقي", "الروسي"],
 "vs2": ["فرانس 24", "الفيلق الأفريقي", "الروسي", "درع تينيري", "آير إنفو", "الوضع المالي"],
 "vs3": ["طارق بن زياد", "القدس العربي", "الجيش الوطني الليبي", "القطروني", "الهلال الأحمر", "الجيش اللبناني",
         "اللبنانية", "الليبية"],
 "vs4": ["التشادية", "الشرق الأوسط", "الجيش التشادي", "التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "الجيش الوطني الليبي", "الزوار", "محمد إدريس ديبي", "النيجرية"],
 "vs5": ["دارفورية", "النيلين", "حركة تحرير السودان", "السودانيين", "آدم إدريس", "الجيش الجزائري", "الساحل"],
}

PHEN = {
 "vs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vs3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "vs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "vs5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vs1": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو"], ["صحراء تينيري"]),
  mv("airlift", "reported", None, ["نيامي"], ["مطار ديركو"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", None, [], ["قاعدة ماداما"]),
  mv("withdraw", "denied", None, ["سيغيدين"]),
  mv("advance", "conditional", None, [], ["ممر السلفادور"]),
 ],
 "vs2": [
  mv("airlift", "reported", "Russian forces", ["القاعدة الجوية 201"], ["مطار ديركو"]),
  mv("shipment", "reported", None, ["أغاديز"], ["ديركو"]),
  mv("deploy", "planned", None, [], ["شيرفا"]),
  mv("deploy", "denied", None, [], ["جادو"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["بيلما"]),
 ],
 "vs3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["تجرهي"]),
  mv("deploy", "denied", "GNA forces", ["مصراتة"], ["حقل الفيل"]),
 ],
 "vs4": [
  mv("redeploy", "reported", "Chadian armed groups", ["كوري بوغودي"], ["جادو"], ["منفذ التوم", "ممر السلفادور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["منفذ التوم"]),
  mv("withdraw", "denied", "Chadian armed groups", ["تيبستي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الويغ"]),
  mv("advance", "conditional", None, ["زوار"], ["كوري بوغودي"]),
 ],
 "vs5": [
  mv("redeploy", "reported", "Sudanese armed groups", ["أم الأرانب"], ["شيرفا"], ["منفذ التوم"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["القطرون"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["أرليت"]),
  mv("redeploy", "planned", None, ["ديركو"], ["شيرفا"], ["سيغيدين"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["إن قزام"]),
 ],
}

NOTES = {
 "vs1": "MCD from Niamey: a Nigerien army column Agadez→Dirkou across the Ténéré, a C-130 Niamey→Dirkou airport, a "
        "Russian landing at Tobruk port, a planned company to Madama base (no origin written), the denied pull-out from "
        "Séguédine and a conditional advance to the Salvador pass (Southern Libya only the condition; the border with "
        "Libya only a distance reference). Truck drivers to Al Qatrun, gold miners at Djado, migrants to the Toummo "
        "crossing and Algeria's expulsions to Assamaka are not force movements. Nigerien army = actor null.",
 "vs2": "France 24 from Agadez: migrants' trucks Agadez→Sabha via Dirkou, Séguédine and Toummo, gunmen near Bilma and "
        "gold miners back from Chirfa are not forces; Africa Corps helicopters Air Base 201→Dirkou airport; an army "
        "fuel-and-ammunition convoy Agadez→Dirkou; a planned company to Chirfa (Djado only locates the site); the denied "
        "sending of soldiers to Djado; a conditional move Dirkou→Bilma. Nigerien army = actor null.",
 "vs3": "Al-Quds Al-Arabi from Tripoli: an LNA column Sabha→Al Qatrun via Umm al-Aranib; fuel and ammunition trucks "
        "from Tamanhint base to 'the town' (= Al Qatrun); a planned company Al Wigh base→Toummo crossing; the LNA's "
        "denial of a Russian landing at Tobruk port; a conditional reinforcement to Tajarhi (Niger and Chad only in the "
        "condition); the GNA's denied force Misrata→El Feel field. The border with Niger is a distance reference; "
        "miners heading to the Salvador pass and Kouri Bougoudi, migrants via Toummo and the Lebanese Tripoli network "
        "are not forces.",
 "vs4": "Asharq Al-Awsat from Cairo: Chadian rebels Kouri Bougoudi→Djado via the Toummo area and the Salvador pass "
        "(some vehicles stopped there), 40 more massed near Toummo, the CCMSR's denied pull-out from Tibesti, a planned "
        "LNA airlift Benina→Al Wigh base (Toummo and the border with Chad only bound the area to be watched), and the "
        "Chadian army's conditional advance Zouar→Kouri Bougoudi (actor null). Benghazi and Tripoli are speakers' "
        "places; the border triangle, Libya and Niger in the last paragraph are background.",
 "vs5": "Alnilin from Port Sudan: Sudanese fighters Umm al-Aranib→Chirfa via Toummo (Djado locates Chirfa), 100 more "
        "massing in Al Qatrun, the faction's denial of reaching Arlit, a planned Nigerien battalion Dirkou→Chirfa via "
        "Séguédine (actor null), and a conditional Algerian reinforcement Tamanrasset→In Guezzam (the border with Niger "
        "only in the condition; Algiers the statement's place). Miners via Kufra, traders Kufra–Sabha and the Sharara "
        "field in the background are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vs1", "vs2", "vs3", "vs4", "vs5")
