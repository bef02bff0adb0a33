# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 # shared
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military base"),                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # xp1 Djado gold fields (Al-Quds Al-Arabi)
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                             # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "border_ne_ly": ("region", "NE", 22.3, 13.9, "Niger-Libya border (Niger side)"),       # K
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi gold fields"),          # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G
 # xp2 the Libyan side: Toummo, Al Wigh, the Salvador triangle (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "salvador_tri": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 # xp3 Algeria's In Guezzam and the Niger border (Ech-Chaab)
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (written عين قزام)
 "insalah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                              # G (written عين صالح)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_wilaya": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),           # G (row تامنغست)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (written أساماكا)
 # xp4 Syrian fighters in Niger (Syria TV)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # xp5 Russian logistics Tobruk -> Brak -> Agadez (Al-Ayam)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "novo_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),           # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),   # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "xp1": ["القوات المسلحة النيجرية", "القدس العربي", "تجمع قوى تحرير السودان", "الدارفورية", "التشادية", "النيجري",
         "تحالف دول الساحل", "دعم مالي"],
 "xp2": ["الجيش الوطني الليبي", "لواء طارق بن زياد", "الشرق الأوسط", "النيجري", "تشاديين", "التركية", "عماد الطرابلسي",
         "عمر القطروني"],
 "xp3": ["الجيش الوطني الشعبي", "الشعب", "إدريس بلقاسم", "النيجري", "وكالة الأنباء النيجرية", "الهلال الأحمر الجزائري"],
 "xp4": ["تلفزيون سوريا", "سورياً", "وسيط لبناني", "فرقة السلطان مراد", "عجز مالي", "اللبنانية", "التركية", "الليبية",
         "المرصد السوري لحقوق الإنسان"],
 "xp5": ["الأيام", "الفيلق الإفريقي", "الجيش الوطني الليبي", "الليبية", "جبهة التناوب والوفاق", "التشادية",
         "علي الإدريسي"],
}

PHEN = {
 "xp1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "xp2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_neighbours", "countries"],
 "xp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_neighbours", "countries"],
 "xp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xp1": [
  mv("reinforce", "reported", None, ["ديركو"], ["شيرفا"], ["سيغيدين"]),
  mv("redeploy", "planned", None, ["قاعدة ماداما"], ["جادو"]),
  mv("advance", "conditional", None, ["شيرفا"], ["ممر السلفادور"]),
  mv("advance", "denied", "Sudanese armed groups", ["كوري بوغودي"], ["جادو"]),
 ],
 "xp2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["مثلث السلفادور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("airlift", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["مطار ديركو"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["النيجر"], ["ميناء مصراتة"]),
 ],
 "xp3": [
  mv("reinforce", "reported", "Algerian army", ["عين صالح"], ["عين قزام"], ["تمنراست"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Algerian army", ["عين قزام"], ["تمنراست"]),
  mv("mobilise", "reported", None, [], ["أساماكا"]),
  mv("advance", "denied", "Algerian army", ["عين قزام"], ["أساماكا"]),
 ],
 "xp4": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["نيامي"], ["إسطنبول"]),
  mv("deploy", "planned", "Syrian mercenaries", [], ["أغاديز"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["النيجر"], ["شمال سوريا"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["طرابلس"], ["النيجر"]),
 ],
 "xp5": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["مطار أغاديس"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء بنغازي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
 ],
}

NOTES = {
 "xp1": "Nigerien army (no canonical actor: null) reinforcement Dirkou→Chirfa via Seguedine after a clash near the "
        "border with Libya; a planned company Madama base→the Djado gold area; a conditional advance Chirfa→the Salvador "
        "pass; a Darfuri group's denied advance Kouri Bougoudi→Djado. Djado (Niger) is spelt like Libya's Jadu. Agadez is "
        "only the place of local radios and a description, Algiers only a visit, Mali/Niamey only a pledge; Chad, Sudan "
        "and Libya only the miners' origins; the pass's tripoint and Fezzan/northern Niger are description.",
 "xp2": "LNA Tariq bin Ziyad reinforcement Sabha→Toummo crossing via Al Qatrun; planned recon company Al Wigh base→Salvador "
        "triangle; Chadian gunmen massing near Tajarhi ('75 km south of Al Qatrun' is a distance reference); a "
        "conditional Turkish drone airlift Al Watiya→Dirkou airport (Ankara the source, Niamey only the condition); a "
        "denied Turkish arms shipment via Misrata port to Niger, denied by Emad Trabelsi (person trap) in Tripoli; Madama "
        "only where the road leads; El Feel, Murzuq district and Dirkou (a trader's destination) background.",
 "xp3": "Algerian reinforcement In Salah→In Guezzam via Tamanrasset; a planned border-guard battalion Djanet→the "
        "tripoint; a conditional return In Guezzam→Tamanrasset barracks (Arlit and Agadez only the condition); Nigerien "
        "units (null actor) massing at Assamaka, reported; Algeria's denied incursion In Guezzam→Assamaka ('25 km south "
        "of In Guezzam' is a distance reference). Algiers dateline (city) vs Algeria (country); Idris Belkacem contains "
        "Idri; Tamanrasset province beside the town; migrants from Niger and Mali are not forces.",
 "xp4": "Syrian fighters airlifted Gaziantep airport→Niamey via Istanbul; a planned move to Agadez (origin a camp near "
        "the airport, unnamed); a conditional return from Niger to northern Syria; a denied transfer from Tripoli (Libya) "
        "to Niger. Tripoli in Lebanon only the recruiter's home; Afrin only the fighters' home; Damascus dateline; Ankara "
        "not written; 'الشمال السوري' and northern Niger are vague areas, not movement places.",
 "xp5": "Russian ship Novorossiysk port→Tobruk port (naval landing, reported); trucks Tobruk→Brak air base via Jufra air "
        "base (shipment); a planned airlift Brak→Agadez airport; a denied landing of Russian fighters at Benghazi port; "
        "FACT's conditional withdrawal Umm al-Aranib→Tibesti (N'Djamena only the condition). Idri only a person's home "
        "beside the trap 'علي الإدريسي'; Brak town, Sharara, Wadi al-Shati, Fezzan, Mali, Burkina Faso, Niger, Moscow, "
        "Russia and Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xp1", "xp2", "xp3", "xp4", "xp5")
