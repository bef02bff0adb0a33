# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G (gazetteer spells أغاديس)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                # G (district row)
 "zinder": ("city", "NE", 13.80716, 8.98810, "Zinder"),                                   # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),               # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                    # G (gazetteer spells بيلما)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                  # G (row cur:djado, not Jadu LY)
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                               # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                  # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                         # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo border post (Niger side)"),  # G* (row منفذ التوم, country NE)
 "border_ne_ly": ("region", "NE", 22.40000, 13.70000, "Niger-Libya border (Niger side)"), # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                     # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),                # G
 "wigh_area": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                           # G* (base row as the locality)
 "tobruk_port": ("crossing", "LY", 32.07000, 23.97000, "Tobruk port"),                   # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "toummo_ly": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),           # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                   # G
 "salvador_pass": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                  # G* (row مثلث السلفادور)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "southwest_ly": ("region", "LY", 25.50000, 11.50000, "South-western Libya"),              # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G (row الحدود الليبية النيجرية)
 "tripoint_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "tripoint_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G
 # Algeria
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "tamanrasset_airport": ("airport", "DZ", 22.81150, 5.45110, "Tamanrasset Aguenar Airport"),  # K
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                           # G (gazetteer spells إن قزام)
 "in_guezzam_wilaya": ("district", "DZ", 19.57361, 5.76806, "In Guezzam Province"),       # G* (town row, kind district)
 "boufarik_base": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                 # G* (row قاعدة بوفاريك الجوية, kind base)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),             # G* (row الحدود الجزائرية النيجرية)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 # Syria
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                  # G
 # Europe
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                     # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                      # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, DZA, CHAD_AG, RUS = "Libyan National Army", "Algerian army", "Chadian armed groups", "Russian forces"

TRAPS = {
 "sp1": ["سبوتنيك", "القوات المسلحة النيجرية", "المجلس الوطني لحماية الوطن", "عبد الرحمن تياني",
         "تحالف دول الساحل", "تشادية"],
 "sp2": ["فرانس 24", "كتيبة شهداء القطرون", "وزارة الدفاع النيجرية", "جان-لوك مارتان", "محمد القطروني",
         "الأسواق الليبية", "السواحل الليبية", "ما ادري"],
 "sp3": ["مونت كارلو الدولية", "الجيش الليبي", "لواء طارق بن زياد", "عمر القطروني",
         "جبهة الوفاق من أجل التغيير في تشاد", "الجيش النيجري", "سالم الإدريسي"],
 "sp4": ["«الأخبار»", "درع كوار", "دعم مالي", "سيدي محمد ولد أحمد", "الجيش الوطني الليبي", "الجيش النيجري",
         "الموريتاني"],
 "sp5": ["النهار", "الفيلق الإفريقي", "أحمد عظيمي", "القذافي", "الناحية العسكرية السادسة",
         "الجيش الوطني الشعبي", "النيجرية", "القيادة العامة للجيش الليبي"],
}

PHEN = {
 "sp1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sp2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "sp3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sp4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "sp5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "ambiguity_country_capital", "coverage_bases",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "sp1": [
  mv("reinforce", "reported", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("airlift", "reported", None, ["نيامي"], ["مطار ديركو"]),
  mv("deploy", "planned", None, [], ["تومو"]),
  mv("advance", "conditional", None, ["ماداما"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", None, ["جادو"], ["بيلما"]),
  mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", RUS, ["ميناء طبرق"], ["نيامي"], ["الجنوب الليبي"]),
 ],
 "sp2": [
  mv("deploy", "reported", LNA, ["القطرون"], ["ممر السلفادور"], ["قاعدة الويغ"]),
  mv("shipment", "reported", None, ["النيجر"], ["أوباري"], ["ممر السلفادور"]),
  mv("reinforce", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("withdraw", "conditional", LNA, ["مثلث السلفادور"], ["القطرون"]),
  mv("advance", "denied", None, ["ماداما"], ["ليبيا"]),
 ],
 "sp3": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["منفذ التوم"], ["القطرون"]),
  mv("redeploy", "reported", LNA, ["القطرون"], ["حقل الفيل"]),
  mv("deploy", "planned", LNA, [], ["تجرهي"]),
  mv("airlift", "conditional", LNA, ["قاعدة الجفرة"], ["مطار الويغ"]),
  mv("withdraw", "denied", CHAD_AG, ["كوري بوقودي"], ["النيجر"]),
  mv("reinforce", "reported", None, ["سيغيدين"], ["ماداما"]),
 ],
 "sp4": [
  mv("redeploy", "reported", None, ["بلما"], ["سيغيدين"]),
  mv("mobilise", "reported", CHAD_AG, [], ["جادو"]),
  mv("airlift", "planned", None, ["أغاديز"], ["مطار ديركو"]),
  mv("advance", "conditional", None, ["شيرفا"], ["جادو"]),
  mv("advance", "denied", LNA, ["القطرون"], ["جادو"]),
 ],
 "sp5": [
  mv("reinforce", "reported", DZA, ["تمنراست"], ["عين قزام"]),
  mv("airlift", "reported", DZA, ["بوفاريك"], ["مطار تمنراست"]),
  mv("deploy", "planned", DZA, [], ["الحدود مع النيجر"]),
  mv("advance", "conditional", DZA, ["عين قزام"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", None, [], ["ممر السلفادور"]),
  mv("naval_landing", "denied", RUS, [], ["ميناء طبرق"]),
  mv("deploy", "denied", RUS, ["ميناء طبرق"], ["قاعدة ماداما"]),
 ],
}

NOTES = {
 "sp1": "Sputnik Arabic (Niamey): Nigerien army (actor null) reinforces Madama from Dirkou via Seguedine and flies special "
        "forces Niamey->Dirkou airport; planned company at the Toummo post, conditional advance Madama->the border with "
        "Libya, denied pull-out Djado->Bilma; last month's Russian landing ship Tartus->Tobruk port and its cargo trucked "
        "Tobruk port->Niamey via the Libyan south (reported, Russian forces). The Toummo crossing in the lead is a "
        "distance reference only; Benghazi/Tripoli are coordination partners, not movement places.",
 "sp2": "France 24 Arabic (Paris): LNA patrols Qatrun->Salvador Pass via Al Wigh base; a smugglers' arms/fuel convoy "
        "(actor null) Niger->Ubari through «الممر» (= Salvador Pass); planned company Sabha->Qatrun; conditional return "
        "from «المثلث» (= Salvador triangle) to Qatrun («لن ... إلا إذا»); Niger denies units advancing from Madama into "
        "Libya. «السلفادور» alone is the Salvador triangle, not El Salvador; «ما ادري» is colloquial (Idri trap); the "
        "Sharara field is a locator.",
 "sp3": "Monte Carlo Doualiya (Sabha): LNA column Tamanhint air base->Toummo crossing via Qatrun (night halt), a planned "
        "company for Tajarhi, a conditional airlift Jufra base->Al Wigh airport, FACT denies pulling out of Kouri "
        "Bougoudi towards Niger, a Nigerien army move Seguedine->Madama (actor null) and last month's LNA company "
        "Qatrun->El Feel field (reported redeploy, told as background). Joint patrols have no place; Tripoli is the "
        "GNU's seat only.",
 "sp4": "Al-Akhbar (Mauritania; Agadez): Nigerien army (actor null) redeploys Bilma->Seguedine, Chadian armed groups "
        "mass at Djado (Niger, not Jadu LY), a planned airlift Agadez->Dirkou airport, a conditional advance Chirfa->"
        "Djado, and the LNA denies a patrol chasing gunmen Qatrun->Djado. Benghazi is the speaker's place.",
 "sp5": "Ennahar Online (Tamanrasset): Algerian army reinforcement Tamanrasset->In Guezzam, an Il-76 airlift from the "
        "Boufarik air base to Tamanrasset airport, planned border guards on the border with Niger (Assamaka a locator), "
        "a conditional advance In Guezzam->the border triangle, armed groups massing near the Salvador Pass (reported, "
        "actor null), and Niamey's and the LNA's denial of Africa Corps troops landed at Tobruk port and moved on to "
        "Madama base (two denied moves). The In Guezzam province is the cargo's purpose, not a destination; Algiers "
        "locates Boufarik.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sp1", "sp2", "sp3", "sp4", "sp5")
