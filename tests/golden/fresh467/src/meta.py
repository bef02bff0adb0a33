# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Libyan cities, towns, districts, regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_tn": ("region", "LY", 32.95000, 11.60000, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # Libyan bases, airports, ports, crossings, oil
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),             # G* (airport row, names_ar الكلية الجوية)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "watiya_base": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),               # G* (row قاعدة الوطية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G* (row قاعدة الخادم)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G* (row قاعدة أبوستة البحرية)
 "tripoli_port": ("crossing", "LY", 32.90500, 13.19000, "Port of Tripoli"),             # K
 "misrata_port": ("crossing", "LY", 32.36600, 15.21300, "Port of Misrata (Qasr Ahmad)"),  # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 # Niger, Chad, Gabon
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row spelled أغاديس)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),              # G* (district row spelled أغاديس)
 "base201": ("base", "NE", 16.95028, 8.01389, "Niger Air Base 201"),                    # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne_ly": ("region", "NE", 22.30000, 13.80000, "Niger-Libya border (Nigerien side)"),  # K
 "libreville": ("city", "GA", 0.39241, 9.45356, "Libreville"),                          # G
 # Europe, USA, Djibouti, Lebanon
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "pisa_base": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),  # K
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),       # G* (airport row, kind base)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                   # G* (town row)
 "brindisi": ("town", "IT", 40.63215, 17.93607, "Brindisi"),                            # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "toulon": ("city", "FR", 43.12420, 5.92800, "Toulon"),                                 # K
 "ramstein": ("base", "DE", 49.43690, 7.60030, "Ramstein Air Base"),                    # K
 "stuttgart": ("city", "DE", 48.77580, 9.18290, "Stuttgart"),                           # K
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "ra1": ["الشرق الأوسط", "المجلس العسكري مصراتة", "عماد الطرابلسي", "شارع طرابلس", "الإيطالية", "الإيطالي"],
 "ra2": ["مونت كارلو الدولية", "الفيلق الأفريقي", "القيادة العامة للجيش الوطني الليبي", "الجيش النيجري", "النيجرية", "مالي",
         "الفرنسية"],
 "ra3": ["سبوتنيك", "القيادة الأمريكية في أفريقيا", "أفريكوم", "فلينتلوك 2026", "الجيش الوطني الليبي",
         "عمر الإدريسي", "الأمريكية"],
 "ra4": ["الجزيرة نت", "سان ماركو", "عملية البحر الآمن", "سان جورجو", "عادل عبد الكافي", "اللبنانية", "الليبية"],
 "ra5": ["بوابة إفريقيا الإخبارية", "طارق بن زياد", "مفتاح الإدريسي", "أسرته", "الفرنسية", "الإيطالي"],
}

PHEN = {
 "ra1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "countries"],
 "ra2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ra3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "countries"],
 "ra4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ra5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ra1": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار مصراتة"]),
  mv("deploy", "reported", "Misrata forces", [], ["الكلية الجوية"]),
  mv("withdraw", "reported", None, ["مصراتة"], []),
  mv("redeploy", "planned", None, ["مصراتة"], ["قاعدة معيتيقة"]),
  mv("deploy", "denied", None, ["مصراتة"], ["سرت"]),
  mv("reinforce", "conditional", None, ["جيبوتي"], ["مصراتة"]),
 ],
 "ra2": [
  mv("airlift", "denied", None, ["ليبرفيل"], ["قاعدة ماداما"]),
  mv("reinforce", "reported", None, ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("redeploy", "planned", "Russian forces", ["نيامي"], ["القاعدة الجوية 201"]),
  mv("withdraw", "reported", None, ["القاعدة الجوية 201"], []),
  mv("mobilise", "conditional", "Libyan National Army", ["سبها"], ["القطرون", "منفذ التوم"]),
 ],
 "ra3": [
  mv("airlift", "reported", None, ["قاعدة رامشتاين"], ["مطار معيتيقة"]),
  mv("airlift", "reported", None, ["قاعدة سيغونيلا"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "denied", None, [], ["قاعدة الوطية الجوية"]),
  mv("deploy", "planned", None, [], ["سرت"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الجفرة"], ["سرت"]),
 ],
 "ra4": [
  mv("deploy", "reported", None, ["قاعدة أوغستا البحرية"], ["طرابلس"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة أبو ستة البحرية"], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", None, [], ["ميناء طرابلس"]),
  mv("shipment", "planned", None, ["برينديزي"], ["ميناء مصراتة"]),
  mv("redeploy", "conditional", None, [], ["زوارة", "مجمع مليتة"]),
  mv("naval_landing", "conditional", None, [], ["ميناء طرابلس"]),
 ],
 "ra5": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("shipment", "reported", "Libyan National Army", ["راس لانوف"], ["سرت"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
  mv("advance", "conditional", "Misrata forces", [], ["أبوقرين", "الوشكة"]),
  mv("deploy", "planned", None, ["طولون"], ["بنغازي"]),
  mv("airlift", "denied", None, ["جيبوتي"], ["قاعدة الخادم الجوية"]),
 ],
}

NOTES = {
 "ra1": ("Asharq Al-Awsat style, Tripoli: Italian C-130 Pisa air base→Misrata airport (headline retells it), a Misrata "
         "company around the Air College, last year's Italian pull-out from Misrata (flashback), a planned Misrata→Mitiga "
         "base transfer, a denied 'Italian column' Misrata→Sirte and a conditional company Djibouti→Misrata; traps: "
         "Tripoli Street, the Misrata military council, minister Imad Trabelsi."),
 "ra2": ("Monte Carlo Doualiya style, Paris: a denied French airlift Libreville→Madama base, a Nigerien reinforcement "
         "Agadez→Madama via Dirkou (headline retells it; 'the border with Libya' is its purpose), a planned Russian "
         "trainers' move Niamey→Air Base 201, the US pull-out from Base 201 in 2024 (flashback) and a conditional LNA "
         "massing Sabha→Al Qatrun/the Toummo crossing; a civil cargo plane to Chad is not a movement."),
 "ra3": ("Sputnik Arabic style, Tripoli: US C-17 Ramstein→Mitiga airport and C-130 Sigonella→Benina air base (headline "
         "retells both), a denied Marines deployment at Al-Watiya, a planned US unit for Flintlock in Sirte and a "
         "conditional LNA advance Jufra base→Sirte; Rajma, Stuttgart, Jufra and Brak are not movement places."),
 "ra4": ("Al Jazeera Net style, Tripoli: an Italian frigate Augusta naval base→off Tripoli, GNA patrol boats Abu Sitta "
         "base→Tripoli port, a denied San Marco landing at Tripoli port, a planned San Giorgio shipment Brindisi→Misrata "
         "port, a conditional frigate move to Zuwara/Mellitah and a conditional landing at Tripoli port; the frigate's "
         "past months off Lebanese Tripoli are background, not a movement."),
 "ra5": ("Afrigate News style, Benghazi: an LNA reinforcement Jufra air base→Sirte via Waddan and a fuel convoy Ras "
         "Lanuf→Sirte, Misrata reservists massed at Dafniya, their conditional advance on Abu Qurayn/Al-Washka, a planned "
         "French carrier Toulon→off Benghazi and a denied French commando flight Djibouti→Al Khadim air base; trap "
         "'أسرته' contains سرت."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ra1", "ra2", "ra3", "ra4", "ra5")
