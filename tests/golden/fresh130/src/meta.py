# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 # Libya: Fezzan, the Murzuq basin and the Niger border
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq_sha": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G (district row)
 "murzuq_basin": ("region", "LY", 25.5, 12.8, "Murzuq Basin"),                          # K
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                 # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.98, "Port of Tobruk"),                    # K
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # Chad: Tibesti and Borkou
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti province"),            # G (row تبستي)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (row فايا لارجو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "adji_kossei": ("base", "TD", 12.1337, 15.0340, "Adji Kossei air base (N'Djamena)"),   # K
 "border_td_ly": ("region", "TD", 22.2, 16.9, "Chad-Libya border (Chadian side)"),      # K
 # Niger
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G (row ماداما)
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo border crossing (Niger side)"),  # G* (row منفذ التوم, country NE)
 "border_ne_ly": ("region", "NE", 22.4, 13.9, "Niger-Libya border (Nigerien side)"),    # K
 # Sudan
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # Algeria
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tin_alkoum": ("crossing", "DZ", 24.78, 10.04, "Tin Alkoum border crossing"),          # K
}

TRAPS = {
 "eb1": ["سودان تربيون", "حركة تحرير السودان", "تجمع قوى تحرير السودان", "الجيش الوطني الليبي",
         "العميد مسعود القطروني", "التشادي", "الليبية", "السودانيين", "الجيش السوداني", "دارفورية"],
 "eb2": ["الشرق الأوسط", "درع تيبستي", "محمد إدريس ديبي", "تشادي", "الزوار", "إذاعة فرنسا الدولية",
         "القيادة العامة للجيش الليبي", "الأراضي الليبية"],
 "eb3": ["طارق بن زياد", "تأمين حوض مرزق", "بوابة إفريقيا الإخبارية", "تشاديين", "الفيلق الإفريقي",
         "المقدم سالم الإدريسي", "مبالغات"],
 "eb4": ["الجيش النيجري", "تشاديين", "الجيش التشادي", "تيلي ساحل", "الأراضي الليبية", "الفيلق الإفريقي",
         "تحالف دول الساحل", "الدعم المالي"],
 "eb5": ["الشروق", "الجيش الوطني الشعبي", "ليبيا الأحرار", "تشادية", "المبالغات", "الليبية", "الجيش التشادي"],
}

PHEN = {
 "eb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "eb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "eb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "eb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "eb5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SDG, TDG, RUS, DZA = ("Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Russian forces",
                           "Algerian army")

MOVES = {
 "eb1": [
  _m("withdraw", "reported", SDG, ["كوري بوقدي"], ["ام الارانب"]),
  _m("reinforce", "reported", LNA, ["سبها"], ["القطرون"]),
  _m("advance", "conditional", LNA, [], ["ام الارانب"]),
  _m("mobilise", "denied", SDG, [], ["القطرون", "تجرهي"]),
  _m("redeploy", "planned", SDG, ["جنوب ليبيا"], ["شمال دارفور"], ["المثلث الحدودي"]),
 ],
 "eb2": [
  _m("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["برداي"]),
  _m("advance", "reported", None, ["برداي"], ["كوري بوغودي"]),
  _m("reinforce", "conditional", None, ["فايا"], ["زوار"]),
  _m("withdraw", "denied", TDG, ["كوري بوغودي"], ["الحدود مع ليبيا"]),
  _m("deploy", "planned", None, [], ["أوزو", "وور"]),
 ],
 "eb3": [
  _m("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها"]),
  _m("advance", "reported", LNA, ["مرزق"], ["حقل الفيل"]),
  _m("shipment", "reported", LNA, ["قاعدة براك الجوية"], ["مرزق"]),
  _m("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  _m("deploy", "conditional", LNA, [], ["الحدود مع النيجر", "منفذ التوم"]),
  _m("naval_landing", "denied", RUS, [], ["ميناء بنغازي"]),
 ],
 "eb4": [
  _m("advance", "reported", None, ["ديركو"], ["جادو"], ["سيغيدين"]),
  _m("withdraw", "reported", TDG, ["كوري بوغودي"], ["جادو"]),
  _m("withdraw", "denied", None, ["قاعدة مادما"], ["ديركو"]),
  _m("advance", "conditional", None, [], ["معبر تومو"]),
  _m("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  _m("shipment", "planned", RUS, ["ميناء طبرق"], ["النيجر"], ["معبر تومو"]),
 ],
 "eb5": [
  _m("reinforce", "reported", DZA, ["إليزي"], ["جانت"]),
  _m("deploy", "reported", LNA, [], ["قاعدة الويغ", "منفذ التوم"]),
  _m("mobilise", "reported", TDG, [], ["مثلث السلفادور"]),
  _m("deploy", "planned", None, [], ["المثلث الحدودي"]),
  _m("redeploy", "conditional", None, ["كوري بوغودي"], ["وور"]),
  _m("advance", "denied", DZA, [], ["غات"], ["معبر تين الكوم"]),
 ],
}

NOTES = {
 "eb1": "Sudan Tribune, Port Sudan: Darfur factions pull out of Kouri Bougoudi (spelled بوقدي) into Umm al-Aranib "
        "(spelled ام الارانب); LNA reinforcement Sabha→Al Qatrun; conditional LNA entry into Umm al-Aranib (إذا لم "
        "يغادرها); denied Sudanese massing at Al Qatrun/Tajarhi; planned redeploy South Libya→North Darfur via the "
        "triangle. Traps: Sudanese movement names containing السودان, a commander named القطروني.",
 "eb2": "Asharq Al-Awsat, N'Djamena/London: Chadian army (actor null) airlift Adji Kossei→Bardai, then advance "
        "Bardai→Kouri Bougoudi («ومن هناك»); conditional Faya→Zouar reinforcement; the CCMSR's denied pull-out towards "
        "the border with Libya; planned garrisons in Aozou and Wour. Traps: operation «درع تيبستي», Mahamat Idriss "
        "Deby (Idri), «الزوار» (Zouar), RFI.",
 "eb3": "Afrigate News, Murzuq: LNA reinforcement Tamanhint air base→Murzuq via Sabha, a company advancing "
        "Murzuq→El Feel («من المدينة»), a fuel/ammunition convoy from Brak air base, a planned Benina→Sabha airport "
        "airlift, a conditional deployment on the Niger border/Toummo, and a denied Russian landing at Benghazi port. "
        "Town/district/region: مرزق, بلدية مرزق, حوض مرزق (and the trap «تأمين حوض مرزق»); «مبالغات» beside Ghat.",
 "eb4": "Al-Akhbar (Mauritania), Niamey: Nigerien army (actor null) advance Dirkou→Djado via Seguedine; Chadian "
        "gunmen's flight Kouri Bougoudi→Djado («إلى الهضبة»); denied pull-out Madama→Dirkou; conditional advance to "
        "Toummo; Russian landing at Tobruk port and a planned overland shipment Tobruk→Niger via Toummo. Traps: «الدعم "
        "المالي» beside Mali, «تيلي ساحل», the AES.",
 "eb5": "Echorouk, Algiers: Algerian reinforcement Illizi→Djanet (Ouargla only the command's seat); LNA units deployed "
        "at Al Wigh air base and the Toummo crossing; Chadian groups massing in the Salvador triangle; a planned joint "
        "force for the Libya–Niger–Chad triangle (actor null); a conditional Chadian redeploy Kouri Bougoudi→Wour; a "
        "denied Algerian entry into Ghat via Tin Alkoum. الجزائر as Algiers (dateline) and as the country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("eb1", "eb2", "eb3", "eb4", "eb5")
