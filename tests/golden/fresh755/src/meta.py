# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (جنوب ليبيا); G* for الجنوب الليبي
 # qcc1 Sirte through the day (dpa Arabic)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_port": ("crossing", "LY", 32.355, 15.205, "Port of Misrata (Qasr Ahmed)"),     # K
 "sirte_port": ("crossing", "LY", 31.210, 16.570, "Port of Sirte"),                     # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 # qcc2 Jufra through the day (MENA)
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "mabruk": ("oilfield", "LY", 29.73320, 17.31830, "Mabruk oil field"),                   # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 # qcc3 the Murzuq basin through the day (Petra)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # qcc4 Kufra and the border triangle through the day (SUNA)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qcc5 the south-west and the Tunisian border through the day (TAP)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "border_dz_ly": ("region", "LY", 24.90, 10.12, "Libya-Algeria border near Ghat (Libyan side)"),  # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_ly_tn": ("region", "TN", 32.50, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
}

TRAPS = {
 "qcc1": ["وكالة الأنباء الألمانية", "سرت شائعات", "الوطني الليبي", "المصراتية", "التركية", "الأناضول",
          "المنطقة العسكرية الوسطى", "اللبناني", "عملية البنيان المرصوص"],
 "qcc2": ["الشرق الأوسط", "فرانس برس", "الهوني", "الفيلق الأفريقي", "الروسي", "زلة مهنية"],
 "qcc3": ["وكالة الأنباء الأردنية", "بترا", "الجيش الوطني الليبي", "وكالة أنباء الصين الجديدة", "الأناضول",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي", "صالح المرزوقي", "إدريس بوخطوة", "معارضة تشادية"],
 "qcc4": ["وكالة السودان للأنباء", "سبل السلام", "الجيش الوطني الليبي", "الأناضول", "سوداني",
          "القوات المسلحة السودانية"],
 "qcc5": ["وكالة تونس إفريقيا للأنباء", "الليبي", "طارق بن زياد", "الإدريسي", "الأناضول", "الجيش التونسي"],
}

PHEN = {
 "qcc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings"],
 "qcc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "common_word_trap", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qcc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qcc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcc1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغاء"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("advance", "conditional", "GNA forces", ["الوشكة"], ["سرت"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
 ],
 "qcc2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار هون"]),
  mv("deploy", "reported", "Libyan National Army", ["هون"], ["الفقهاء"], ["سوكنة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الفقهاء"], ["هون"]),
  mv("shipment", "planned", "Libyan National Army", ["ودان"], ["حقل المبروك"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
 ],
 "qcc3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["تجرهي"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
 ],
 "qcc4": [
  mv("mobilise", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفره"], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["مطار الكفرة"], ["ربيانة"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار الكفرة"], ["نيالا"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"]),
 ],
 "qcc5": [
  mv("reinforce", "reported", "Libyan National Army", ["اوباري"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "denied", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "qcc1": "dpa running story on Sirte, time-stamped items: an LNA column Jufra air base→Sirte via Gardabya base (reported "
         "in two items, one move; the headline's Jufra is the district, not counted again), Misrata brigades' planned "
         "company Misrata (written مصراته; «من المدينة»)→Abu Qurayn via Tawergha (Reuters), Turkey's denied night "
         "airlift to Misrata airport (Ankara only the briefing's city), a GNA conditional advance Al-Washka→Sirte (AA); "
         "Sirte municipality (Xinhua) and a grain ship from Tripoli (Lebanon) port to Tripoli port are no movements; "
         "«وسرت شائعات» is a verb.",
 "qcc2": "MENA running story on Jufra: an LNA airlift Benina air base→Hun airport (Benghazi only locates the base), an "
         "LNA force Hun→Al-Fuqaha via Sokna, its conditional return Al-Fuqaha→Hun (AFP, «لن تعود ... إلا بعد»), a planned "
         "company Waddan→Zella, and a denied transfer of Russian Africa Corps men Jufra air base→Al-Khadim base; Cairo "
         "(dateline, time zone, government), Egypt's Sirte–Jufra red line and the Hun mayor are no movement places.",
 "qcc3": "Petra compiles wires on the south: LNA reinforcements Sabha→Murzuq via Ghuddwa (Xinhua), a planned company "
         "Murzuq→Al-Qatrun (AA), a Chadian rebel council's denied advance from the border with Niger→Tajarhi (Reuters), "
         "a conditional advance Al-Qatrun→Toummo crossing (AFP); Tajarhi's '80 km south of Qatrun', Sabha's hospital, the "
         "mine between Umm al-Aranib and Murzuq, Amman (dateline, time zone) are no movement places.",
 "qcc4": "SUNA timeline: RSF vehicles Al-Malha (North Darfur only locates it)→the Libya–Egypt–Sudan triangle, an LNA "
         "(Subul al-Salam) reinforcement Kufra (written الكفره)→Maaten al-Sarra base (Reuters), a planned company Kufra "
         "airport→Rebiana (Benghazi only the command's seat), an LNA-denied airlift Kufra airport→Nyala (AA), and the "
         "RSF's conditional withdrawal from the triangle (Darfur only the condition, Xinhua); refugees reaching Kufra "
         "and the border distance are no movements.",
 "qcc5": "TAP running story: LNA reinforcements Ubari (written اوباري)→Ghat via Al-Awaynat (AFP), positions '15 km from "
         "the border with Algeria' (locator), a planned company Sabha→Idri (Idri inside the officer's name الإدريسي), a "
         "conditional pull-back Sharara field→Ubari (AA), and the Tunisian ministry's denied reinforcement "
         "Tataouine→Dehiba; travellers at the Dehiba crossing, El Feel field, Tripoli (seat), Tunis (dateline, time zone) "
         "are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcc1", "qcc2", "qcc3", "qcc4", "qcc5")
BAR_IN_TEXT = True  # headlines use a literal "|" («متابعة على مدار اليوم |»)
