# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared cities and towns
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (gazetteer spelling الدبه)
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "triangle_sd": ("region", "SD", 21.8, 25.2, "Libya-Egypt-Sudan border triangle (Sudanese side)"),  # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qee1 FACT communiqué (Monte Carlo Doualiya, Paris)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # qee2 CCMSR communiqué (France 24, N'Djamena)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "border_tdly": ("region", "TD", 21.9, 18.0, "Chad-Libya border (Chadian side)"),       # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti Province"),            # G* (row تيبستي, kind district)
 "border_lytd": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qee3 RSF communiqué (Darfur 24, Nyala)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "tine": ("crossing", "TD", 15.02528, 22.80222, "Tine border crossing"),                # G* (town row تيني, kind crossing)
 # qee4 Sudanese army reply (SUNA, Port Sudan)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "border_sdtd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),                # G* (town row أدري, kind crossing)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "wdarfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                      # G
 "amdjarass_airport": ("airport", "TD", 16.07, 22.84, "Amdjarass Airport"),             # K
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                            # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "suakin_port": ("crossing", "SD", 19.105, 37.335, "Port of Suakin"),                   # K
 "flamingo": ("base", "SD", 19.640, 37.220, "Flamingo Naval Base"),                     # K
 # qee5 LNA reply (Afrigate News, Benghazi)
 "triangle_ly": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row, kind district)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
}

TRAPS = {
 "qee1": ["الداخل التشادي", "مونت كارلو الدولية", "جبهة التناوب والوفاق في تشاد", "الحكومة التشادية",
          "القيادة العامة للجيش الوطني الليبي", "إدريس ديبي إتنو", "محمد إدريس ديبي", "الدعم المالي",
          "مصادر عسكرية تشادية"],
 "qee2": ["الجيش التشادي", "فرانس 24", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الأراضي الليبية",
          "الجيش الوطني الليبي", "الجانب الليبي", "محمد إدريس ديبي"],
 "qee3": ["قوات الدعم السريع", "دارفور 24", "آدم الفاشري", "القوة المشتركة لحركات الكفاح المسلح",
          "الأراضي الليبية والتشادية"],
 "qee4": ["القوات المسلحة السودانية", "سونا", "مليشيا الدعم السريع", "متحرك درع الصحراء", "الخارجية التشادية",
          "لاجئ سوداني", "البيان السوداني", "قبالة الشاطئ"],
 "qee5": ["الجيش السوداني", "بوابة أفريقيا الإخبارية", "كتيبة سبل السلام", "القيادة العامة للجيش الوطني الليبي",
          "اللواء طارق بن زياد", "غير السارة", "البيانات التشادية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الحرب السودانية"],
}

PHEN = {
 "qee1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours"],
 "qee2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qee3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qee4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qee5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qee1": [
  mv("advance", "reported", "Chadian armed groups", ["أم الأرانب"], ["وور"], ["القطرون"]),
  mv("advance", "planned", "Chadian armed groups", [], ["زوار"]),
  mv("reinforce", "conditional", "Chadian armed groups", ["تراغن"]),
  mv("withdraw", "denied", None, ["مسكي"]),
  mv("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
 ],
 "qee2": [
  mv("advance", "reported", "Chadian armed groups", ["زواركي"], ["كوري بوقودي"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["زوار"]),
  mv("withdraw", "denied", "Chadian armed groups", ["كوري بوقودي"]),
  mv("reinforce", "reported", None, ["فايا لارجو"], ["زوار"]),
  mv("advance", "planned", None, ["زوار"], ["وور"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["القطرون"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
 ],
 "qee3": [
  mv("reinforce", "reported", "Sudanese armed groups", ["الفاشر"], ["المالحة"], ["مليط"]),
  mv("deploy", "planned", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese armed groups", ["المالحة"], ["الدبة"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["كتم"], ["مليط"]),
  mv("advance", "reported", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "qee4": [
  mv("redeploy", "reported", None, ["أم درمان"], ["الدبة"]),
  mv("advance", "planned", None, ["الدبة"], ["المالحة"], ["وادي هور"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"]),
  mv("deploy", "conditional", None, [], ["الحدود مع تشاد"]),
  mv("shipment", "denied", None, ["مطار أم جرس"], ["الجنينة"], ["معبر أدري"]),
  mv("naval_landing", "reported", None, ["قاعدة فلامنغو البحرية"], ["ميناء سواكن"]),
 ],
 "qee5": [
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["أم الأرانب", "تراغن"]),
 ],
}

NOTES = {
 "qee1": "FACT's own communiqué: a column Umm al-Aranib→Wour via Al-Qatrun (reported by the group; Tibesti only locates "
         "Wour, southern Libya only locates Umm al-Aranib), a planned advance on Zouar, a conditional reinforcement from "
         "Traghan (Murzuq district only locates it), and its claim of an army pull-out from Miski, denied by N'Djamena "
         "(army 'in its positions in Miski and Kouri Bougoudi' is presence, not a move); a Chadian army airlift Adji Kossei "
         "air base→Faya-Largeau airport (Zouar only a distance reference). Paris dateline, N'Djamena speaker, Benghazi, "
         "Tripoli, Murzuq, the El Feel field and Al-Jufra background only. Chadian army actor null (no canonical name).",
 "qee2": "CCMSR communiqué: an advance Zouarke→Kouri Bougoudi (the border with Libya only locates it), a conditional "
         "advance on Zouar, a denied withdrawal from Kouri Bougoudi 'into Libyan territory' (nisba, no place); the "
         "Chadian general staff's reinforcement Faya-Largeau→Zouar and its planned continuation Zouar→Wour (actor null); "
         "the LNA's massing of 50 vehicles in Al-Qatrun (mobilise) and its conditional deployment to the border with "
         "Chad. Bardai, "
         "Tibesti province, Benghazi, Sudan, Niger, Libya background.",
 "qee3": "RSF communiqué: a reinforcement El Fasher→Al-Malha via Mellit, a planned deployment to the border triangle (Libya "
         "and Egypt only name its sides), a conditional advance Al-Malha→Ad Dabbah (Northern State only locates it), a "
         "denied pull-out Kutum→Mellit; the joint force's reported advance Ad Dabbah→Wadi Howar and its report of RSF "
         "massing in Al-Malha (mobilise). Nyala dateline; El Fasher (second), Darfur, Port Sudan, the Tine crossing "
         "(supply-route accusation) and the Al-Malha market background; 'الفاشري' inside a person's name.",
 "qee4": "SUNA: the army's column Omdurman→Ad Dabbah (redeploy, actor null), its planned advance Ad Dabbah→Al-Malha via Wadi Howar, "
         "the RSF convoy Kufra→Al-Malha reported by military intelligence, a conditional deployment on the border with "
         "Chad (the Adré crossing there only the condition), and Chad's denial of shipments Amdjarass airport→Geneina via "
         "the Adré crossing; marines landed at Suakin port from Flamingo naval base (Port Sudan only locates the "
         "base). The RSF claim of controlling the triangle is control, not a move; N'Djamena (government), "
         "Geneina as capital of West Darfur, Djibouti (summit venue), Darfur/Kordofan background.",
 "qee5": "Afrigate: Subul al-Salam denies escorting a fuel-and-ammunition convoy Kufra→Al-Malha via the border triangle "
         "(its standing presence on the border with Sudan and on the road to the Sarir field is not a move); a "
         "reported airlift Benina air base→Kufra "
         "airport and a planned company to Maaten al-Sarra air base (Kufra there only a distance reference; no origin "
         "written); a planned sealift of a battalion Benghazi port→Tobruk naval base; a conditional advance Sabha→Umm al-Aranib and Traghan. Al-Jufra and southern Libya only where camps "
         "are denied (presence), Tunis the venue, Tripoli the seat of the GNU.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qee1", "qee2", "qee3", "qee4", "qee5")
