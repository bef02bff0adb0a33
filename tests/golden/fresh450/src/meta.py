# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "elsalvador": ("country", "SV", 13.80552, -88.91159, "El Salvador"),                   # G
 # Fezzan and the far south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                              # G* (base row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra": ("district", "LY", 29.14000, 16.04000, "Al Jufra"),                           # K (point between Hun and Waddan)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),   # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),    # G* (row الحدود الليبية التشادية)
 # the coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi_port": ("crossing", "LY", 32.10800, 20.05000, "Port of Benghazi"),           # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97000, "Port of Tobruk"),               # K
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G (the Niger plateau, not Libya's Jadu)
 "border_ne_ly": ("region", "NE", 22.40000, 13.80000, "Niger-Libya border (Niger side)"),    # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                          # G (row فايا لارجو)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "border_td_ly": ("region", "TD", 22.30000, 17.00000, "Chad-Libya border (Chad side)"),     # K
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qj1": ["سبوتنيك", "الجيش الوطني", "طارق بن زياد", "أحمد القطروني", "غرفة عمليات الجنوب", "التشاديين",
         "التشادية", "الجيش التشادي"],
 "qj2": ["فرانس 24", "الجيش النيجري", "عملية تأمين الحدود الجنوبية", "وزارة الدفاع النيجرية", "ضابط نيجري", "جادون",
         "دوريات ليبية"],
 "qj3": ["مونت كارلو الدولية", "التشادي", "محمد إدريس ديبي", "التشاديين", "الزوار",
         "جبهة الوفاق من أجل التغيير في تشاد"],
 "qj4": ["رصيف22", "شارع طرابلس", "تشاديين", "كتيبة شهداء أم الأرانب", "عبد الله الطرابلسي"],
 "qj5": ["يورونيوز", "درع الجنوب", "الجيش الوطني الليبي", "سالم الإدريسي", "الإدريسي", "الفيلق الأفريقي"],
}

PHEN = {
 "qj1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "town_vs_district", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "qj2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "qj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "qj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "ambiguity_tripoli", "town_vs_district", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "qj1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["قطرون"], ["أم الأرانب"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ"]),
  mv("deploy", "planned", LNA, ["قاعدة الويغ"], ["معبر التوم"]),
  mv("advance", "conditional", None, [], ["تجرهي"]),
  mv("withdraw", "denied", LNA, ["القطرون"], ["سبها"]),
 ],
 "qj2": [
  mv("reinforce", "reported", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("deploy", "reported", LNA, ["القطرون"], ["مثلث السلفادور"], ["تجرهي", "الويغ"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("shipment", "denied", None, ["ليبيا"], ["جادو"], ["معبر التوم"]),
  mv("withdraw", "conditional", None, ["ماداما"], ["ديركو"]),
 ],
 "qj3": [
  mv("advance", "reported", None, ["زوار"], ["كوري بوغودي"], ["وور"]),
  mv("airlift", "reported", None, ["إنجامينا"], ["مطار فايا لارجو"]),
  mv("deploy", "planned", None, ["فايا"], ["زوار"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["تجرهي", "القطرون"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["برداي"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
 ],
 "qj4": [
  mv("mobilise", "reported", None, [], ["قطرون"]),
  mv("withdraw", "denied", None, ["التوم"], ["القطرون"]),
  mv("redeploy", "reported", None, ["تجرهي"], ["الويغ"]),
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["تجرهي"]),
  mv("shipment", "conditional", LNA, ["سبها"], ["القطرون"]),
 ],
 "qj5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["مرزق", "حقل الفيل"]),
  mv("advance", "planned", LNA, ["القطرون"], ["تجرهي", "معبر التوم"]),
  mv("mobilise", "conditional", LNA, [], ["الجفرة", "سبها"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qj1": ("Sputnik-style agency report (Sabha): LNA column Sabha→Al Qatrun via Umm al-Aranib (origin by anaphora «من "
         "المدينة», destination written «قطرون»), a planned airlift Tamanhint air base→Al Wigh air base and a planned "
         "deployment on to the Toummo crossing (border phrase after it is a locator), the Tebu elders' conditional advance "
         "on Tajarhi (لن…إلا إذا, no actor), the denied pull-out Al Qatrun→Sabha; Chadian miners' flow from Kouri "
         "Bougoudi is civilian background."),
 "qj2": ("France 24-style report (Niamey): Nigerien reinforcement Dirkou→Madama base via Seguedine (Niger army = null), "
         "LNA desert patrols Al Qatrun→Salvador triangle via Tajarhi and Al Wigh, a planned battalion rotation Sabha→Al "
         "Qatrun, a denied arms shipment Libya→Djado via the Toummo crossing, a conditional pull-back Madama→Dirkou; "
         "Benghazi and Niamey are speakers, «بين تيبستي والسلفادور» is a habitual corridor, not a movement."),
 "qj3": ("Monte Carlo Doualiya-style report (N'Djamena): Chadian army advance Zouar→Kouri Bougoudi via Wour and airlift "
         "N'Djamena→Faya-Largeau airport (Chadian army = null), Chadian gunmen withdrawing from the mines (anaphora) across "
         "the border to Tajarhi and Al Qatrun, FACT's denied mobilisation at Bardai, the LNA's conditional deployment on "
         "the border with Chad; traps: the president's name with «إدري» inside, «الزوار» (visitors) around Zouar."),
 "qj4": ("Raseef22-style feature (Al Qatrun): Tebu factions massing in the town (anaphora «البلدة»), a denied Tebu "
         "pull-out Toummo→Al Qatrun, a Tebu battalion moved Tajarhi→Al Wigh, a planned LNA battalion Brak air base→"
         "Tajarhi, a conditional LNA ammunition/fuel shipment Sabha→Al Qatrun (شرط); «السلفادور» is both the smugglers' "
         "short name of the triangle and the country El Salvador; Tripoli vs «شارع طرابلس» and «الطرابلسي»."),
 "qj5": ("Euronews-style report (Benghazi): LNA airlift Benina air base→Tamanhint air base, a naval landing at Benghazi "
         "port from Tobruk, Brigade 128 repositioned Idri→Murzuq/El Feel field, a planned advance Al Qatrun→Tajarhi and "
         "the Toummo crossing, a conditional mobilisation in Al Jufra and Sabha (إذا), a denied Russian landing at Tobruk "
         "port; the spokesman «الإدريسي» vs the town Idri; Benghazi and Tripoli are venues/speakers."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qj1", "qj2", "qj3", "qj4", "qj5")
