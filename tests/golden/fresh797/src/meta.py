# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                 # G
 # cities used as datelines / speakers
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Niger's north
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (also under the spelling أغاديز)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G* (row district:NE-1 أغاديس)
 "ab201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                      # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (written قاعدة ماداما and ماداما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما; بلما is one of its names)
 "fachi": ("town", "NE", 18.09793, 11.58591, "Fachi"),                                  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row أسامكا)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Ténéré desert"),                       # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "border_ne_ly": ("region", "NE", 22.3, 13.9, "Niger-Libya border (Nigerien side)"),    # K
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Nigerien side)"),  # G* (row الحدود النيجرية الجزائرية)
 "agadem": ("oilfield", "NE", 16.0, 13.2, "Agadem oil block"),                          # K
 # Libya's south and the border
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم; G* for معبر تومو)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (row district:LY-MQ مرزق)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 # the Russian supply line
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.980, "Port of Tobruk"),                   # K
 "novorossiysk": ("city", "RU", 44.73188, 37.76176, "Novorossiysk"),                    # G
}

TRAPS = {
 "qds1": ["القدس العربي", "الجيش النيجري", "الجديد", "درع تينيري", "مختار بيلماوي", "الجانب الليبي"],
 "qds2": ["مونت كارلو الدولية", "حرس الحدود الليبي", "إدريس الزوي", "فيلق أفريقيا", "الجيش الوطني الليبي",
          "إعلان طرابلس"],
 "qds3": ["فرانس 24", "الجيش النيجري", "فيلق أفريقيا", "دعم مالي", "تحالف دول الساحل"],
 "qds4": ["الجريدة", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "الجيش النيجري"],
 "qds5": ["عُمان", "فيلق أفريقيا", "فصيل تشادي", "محمد إدريس ديبي", "السلطات النيجرية",
          "رئيس الوزراء النيجري"],
}

PHEN = {
 "qds1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qds2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qds3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qds4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qds5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qds1": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو"], ["صحراء تينيري"]),
  mv("redeploy", "planned", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("advance", "conditional", None, ["ماداما"], ["معبر تومو"]),
  mv("withdraw", "denied", None, ["بلما"]),
 ],
 "qds2": [
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("advance", "planned", None, ["قاعدة ماداما"], ["مثلث السلفادور"]),
  mv("airlift", "conditional", "Russian forces", ["نيامي"], ["القاعدة الجوية 201"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة الويغ"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qds3": [
  mv("deploy", "reported", None, ["أغاديز"], ["بيلما"], ["فاشي"]),
  mv("redeploy", "planned", None, ["أرليت"], ["أساماكا"]),
  mv("withdraw", "conditional", None, ["ديركو"], ["أغاديز"]),
  mv("airlift", "denied", "Russian forces", ["القاعدة الجوية 201"], ["مطار ديركو"]),
 ],
 "qds4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "conditional", None, ["ديركو"], ["جادو"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الويغ"], ["ماداما"]),
 ],
 "qds5": [
  mv("naval_landing", "reported", "Russian forces", ["نوفوروسيسك"], ["ميناء طبرق"]),
  mv("shipment", "planned", "Russian forces", ["طبرق"], ["أغاديس"], ["سبها", "منفذ التوم"]),
  mv("mobilise", "conditional", None, [], ["ديركو"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["مثلث السلفادور"]),
 ],
}

NOTES = {
 "qds1": "Al-Quds Al-Arabi from Niamey: a Nigerien reinforcement Agadez→Dirkou across the Ténéré (Agadez is also the "
         "speaker's town later), a planned company Dirkou→Madama base via Séguédine, a conditional advance Madama→the "
         "Toummo crossing (the border with Libya only locates the crossing), and a denied pull-out of the Bilma garrison; "
         "Al Qatrun is only where smugglers come from; Niamey is the dateline. Nigerien army = actor null.",
 "qds2": "Monte Carlo Doualiya from Paris: LNA border guards Al Qatrun→the Toummo crossing via Tajarhi (Madama only the "
         "smugglers' destination, the border with Niger only locates the crossing), a planned Nigerien advance Madama "
         "base→the Salvador triangle (Niamey = seat of the authorities), a conditional Russian airlift Niamey→Air Base "
         "201 (Agadez only locates the base), the LNA's denied pull-out from Al Wigh base, and a planned Russian ship "
         "landing at Tobruk port; Algiers, Tripoli, Niger, Chad and Algeria are only the meeting and the declaration.",
 "qds3": "France 24 from Agadez (spelled أغاديز): the army escort Agadez→Bilma via Fachi, a planned battalion "
         "Arlit→Assamaka (the border with Algeria only for deported migrants), a conditional return of special forces "
         "Dirkou→Agadez (the border with Libya is in the condition), and a denied Russian airlift Air Base 201→Dirkou "
         "airport; Niamey, Moscow, Paris, Mali, Burkina Faso are speakers/background. Nigerien army = actor null.",
 "qds4": "Al-Jarida with a Tripoli dateline: the LNA's Tariq bin Ziyad brigade (trap) Sabha→Al Qatrun via Murzuq (the "
         "border with Niger is the stated aim, not a destination), a planned company at the Toummo crossing (no origin "
         "written), a conditional Nigerien advance Dirkou→the Djado mines (Chad only in the condition), and a denied LNA "
         "ammunition shipment Al Wigh base→Madama. جادو is Djado (Niger) twice and Jadu (Libya) once; the movement "
         "surface means Djado. Sharara is guarded without movement; Tripoli (Lebanon) is a smuggler's home town.",
 "qds5": "Oman daily (wire) from Niamey: a Russian ship Novorossiysk→Tobruk port, a planned overland shipment "
         "Tobruk→Agadez via Sabha and the Toummo crossing (Air Base 201 only where trainers already are), a "
         "conditional Nigerien massing in Dirkou (the Salvador triangle is in the condition there) and the Chadian "
         "CCMSR's denied massing in the Salvador triangle; Agadem field, Benin, Algeria, Moscow and Paris are "
         "background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qds1", "qds2", "qds3", "qds4", "qds5")
