# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                         # G
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                    # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                    # G (row spelled أغاديس)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                    # G
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                      # G
 "assamaka": ("town", "NE", 19.35, 5.79, "Assamaka"),                                      # K
 "tenere": ("region", "NE", 18.6, 10.5, "Ténéré"),                                         # K
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                   # G (row spelled كوار)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                   # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                     # G (row spelled بيلما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                          # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                   # G (not Jadu, LY)
 "chirfa": ("village", "NE", 20.933, 12.350, "Chirfa"),                                    # K
 "nguigmi": ("town", "NE", 14.2532, 13.1108, "N'Guigmi"),                                  # K
 "agadem": ("oilfield", "NE", 16.83, 13.28, "Agadem oil block"),                           # K
 "border_ne_ly": ("region", "NE", 22.4, 13.9, "Niger-Libya border (Niger side)"),          # K
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G (row spelled إن قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G (row spelled كوري بوقودي)
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G (row منفذ التوم)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (city / naval base point)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"), # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # Russia
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
}

TRAPS = {
 "dh1": ["إرم نيوز", "جبهة التحرير", "محمود صلاح", "النيجري", "روسياً", "المنطقة العسكرية الثانية"],
 "dh2": ["الفيلق الإفريقي", "تيلي ساحل", "نيويورك تايمز", "RT", "أورانو", "إيفان غرين", "تحالف الساحل", "النيجري",
         "الليبي"],
 "dh3": ["الأخبار", "الجبهة الوطنية للتحرير", "سيدي محمد ولد إدريس", "الدعم المالي", "التشادي", "النيجري",
         "الموريتاني", "المنطقة العسكرية الثانية"],
 "dh4": ["الخبر", "الناحية العسكرية السادسة", "الجيش الوطني الشعبي", "الجبهة الوطنية للتحرير", "المسيّرة المالية",
         "الدعم المالي", "النيجري", "جزائرية"],
 "dh5": ["ليبيا الحدث", "طارق بن زياد", "محمد القطروني", "ما ادري", "التشاديين", "القيادة العامة"],
}

PHEN = {
 "dh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "dh2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "dh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "dh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "dh5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "dh1": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ديركو"], ["تينيري"]),
  mv("airlift", "reported", "Russian forces", ["نيامي"], ["مطار ديركو"]),
  mv("redeploy", "planned", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("withdraw", "denied", None, ["جادو"], ["ليبيا"]),
  mv("advance", "conditional", None, [], ["بيلما"]),
 ],
 "dh2": [
  mv("airlift", "reported", "Russian forces", [], ["أغاديس"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["أغاديس"], ["أرليت"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "denied", "Russian forces", ["طبرق"], ["قاعدة ماداما"], ["القطرون", "منفذ التوم"]),
  mv("deploy", "conditional", "Russian forces", [], ["جادو"]),
 ],
 "dh3": [
  mv("mobilise", "reported", None, [], ["ديركو", "بلما"]),
  mv("advance", "planned", None, [], ["سيغيدين", "شيرفا"]),
  mv("withdraw", "reported", "Chadian armed groups", ["جادو"], ["كوري بوغودي"]),
  mv("redeploy", "reported", None, ["نغيغمي"], ["حقل أغاديم"]),
  mv("advance", "denied", None, ["ليبيا"], ["حقل أغاديم"]),
  mv("deploy", "conditional", None, [], ["جادو"]),
 ],
 "dh4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("reinforce", "reported", None, [], ["أرليت", "أسماكا"]),
  mv("withdraw", "denied", "Algerian army", ["عين قزام"], ["تمنراست"]),
  mv("airlift", "planned", "Algerian army", ["ورقلة"], ["تمنراست"]),
  mv("deploy", "conditional", "Algerian army", [], ["المثلث الحدودي"]),
 ],
 "dh5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("advance", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["سبها"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["المثلث الحدودي مع النيجر وتشاد"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", ["ميناء طبرق"], ["النيجر"], ["الجنوب الليبي"]),
 ],
}

NOTES = {
 "dh1": ("Erem News wire from Niamey: a Nigerien army reinforcement Agadez→Dirkou across the Ténéré (Dirkou already has a "
         "battalion), Russian instructors flown Niamey→Dirkou airport, a planned Dirkou→Madama base transfer (the border "
         "phrase and Toummo are locator/purpose only), the FPL's denied pull-out Djado→Libya and its conditional advance on "
         "Bilma (إذا); Djado (NE) written جادو like Libya's Jadu; Agadez town vs إقليم أغاديز; dateline Niamey, Tripoli "
         "only as a meeting venue."),
 "dh2": ("RT from Moscow: an Africa Corps airlift to Agadez with a refuelling stop at Jufra air base (via, no origin "
         "written), a planned Agadez→Arlit transfer of instructors, an earlier landing at Tobruk port (reported), a denied "
         "heavy-weapons run Tobruk→Madama base via Al Qatrun and Toummo, and a conditional deployment to Djado (في حال); "
         "Moscow and Niamey as metonyms are not movement places; شمالي النيجر is one region; الجزائر العاصمة vs الجزائر."),
 "dh3": ("Al-Akhbar (Nouakchott) from Agadez: army massing at Dirkou and Bilma (بلما), a planned sweep «من سيغيدين إلى "
         "شيرفا» (both ends destinations), Chadian gunmen pulling back Djado→Kouri Bougoudi, a battalion redeployed "
         "N'Guigmi→the Agadem oil block, the FPL's denied infiltration from Libya (anaphor «محيط الحقل» = Agadem), and a "
         "conditional National Guard deployment in the Djado mines (إذا); traps «ولد إدريس», «الدعم المالي»."),
 "dh4": ("El Khabar from Algiers: an Algerian reinforcement Tamanrasset→In Guezzam (عين قزام), Nigerien extra units "
         "in Arlit and Assamaka (reinforce, null actor), a denied Algerian pull-back In Guezzam→Tamanrasset, a planned "
         "airlift Ouargla→Tamanrasset and a conditional move into the border triangle (إذا); dateline الجزائر = Algiers, "
         "later الجزائر = the country; Mali the country beside «المسيّرة المالية» and «الدعم المالي»."),
 "dh5": ("Libya Al-Hadath from Sabha: an LNA column Sabha→Al Qatrun via Umm al-Aranib, a planned advance Al Qatrun→Toummo "
         "via Tajarhi, a conditional return to Sabha (بمجرد, no origin written), ammunition trucks Tamanhint base→Al "
         "Qatrun, Chadian gunmen massing in the Libya–Niger–Chad triangle, and a denied Russian landing at Tobruk port with "
         "a denied onward move to Niger via the Libyan south; Al Qatrun town vs بلدية القطرون; traps «محمد القطروني», "
         "«ما ادري», «ليبيا الحدث»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dh1", "dh2", "dh3", "dh4", "dh5")
