# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # datelines, speakers and capitals
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G* (row London, Arabic label لأندأن)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row Rabat, Arabic label ربات)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # the oases south of Ajdabiya
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G (also written اوجلة in qbe4)
 "awjila_mun": ("district", "LY", 29.10806, 21.28694, "Awjila municipality"),           # G* (town row)
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (written إجدابيا)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G* (row حقل أمل, written حقل آمال)
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G* (row حوض سرت)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # the coast
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (town row)
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G (qbe5 الجنوب الشرقي: G*)
 "border_sd": ("region", "SD", 21.0, 25.3, "Sudan-Libya border (Sudanese side)"),       # K
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
}

TRAPS = {
 "qbe1": ["طارق بن زياد", "حرس المنشآت", "القدس العربي", "الجيش الوطني الليبي", "الواحة", "السودانية", "الجالوي"],
 "qbe2": ["السوداني", "قوات الدعم السريع", "سبل السلام", "الجيش الوطني الليبي", "الجيش السوداني"],
 "qbe3": ["الجريدة", "الجيش الوطني الليبي", "حرس المنشآت النفطية", "آمال الأهالي", "اللبنانية", "عقيلة صالح",
          "الواحات المحيطة"],
 "qbe4": ["عمون", "ليبيا الحدث", "إدريس بوشناف", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "فصيل تشادي", "الليبية",
          "الجيش الوطني الليبي"],
 "qbe5": ["درع الواحات", "بوابة الوسط", "الجيش الوطني الليبي", "المغربي", "عبد الرحيم الإدريسي", "الليبية",
          "حرس المنشآت النفطية"],
}

PHEN = {
 "qbe1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qbe2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qbe3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_oil", "coverage_crossings"],
 "qbe4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbe5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qbe1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["جالو"], ["إجدابيا"]),
  mv("deploy", "reported", LNA, ["أوجلة"], ["حقل النافورة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["مرادة"], ["زلة"]),
  mv("advance", "conditional", LNA, ["جالو"], ["تازربو"]),
 ],
 "qbe2": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الكفرة"], ["جبل العوينات"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", LNA, ["جالو"], ["ربيانة"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
 ],
 "qbe3": [
  mv("reinforce", "reported", LNA, ["البريقة"], ["مرادة"], ["العقيلة"]),
  mv("redeploy", "planned", LNA, ["أوجلة"], ["حقل آمال"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء الزويتينة"]),
  mv("withdraw", "conditional", LNA, ["مرادة"], ["بنغازي"]),
 ],
 "qbe4": [
  mv("advance", "reported", LNA, ["جالو"], ["اوجلة"]),
  mv("deploy", "planned", LNA, [], ["اوجلة"]),
  mv("shipment", "reported", LNA, ["حقل السرير"], ["الكفرة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تازربو"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["جالو"]),
 ],
 "qbe5": [
  mv("mobilise", "reported", LNA, [], ["جالو"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("redeploy", "planned", LNA, ["مرادة"], ["جالو"]),
  mv("airlift", "conditional", LNA, ["مطار الأبرق"], ["مطار الكفرة"]),
  mv("shipment", "denied", LNA, ["قاعدة الجفرة الجوية"], ["مرادة"]),
 ],
}

NOTES = {
 "qbe1": "Al-Quds Al-Arabi (London dateline): a Tariq bin Ziyad column Benghazi→Jalu via Ajdabiya (Kufra only the "
         "stated purpose), an LNA oil-guard company Awjila→Nafoora field ('30 km east of the town'), a planned airlift "
         "Benina base→Kufra airport, a denied pull-out Marada→Zillah and a conditional advance Jalu→Tazirbu; the Jalu/"
         "Awjila/Ajdabiya background paragraph, the Kufra ambush road, Sudan and Chad are not movement places.",
 "qbe2": "Al-Sudani (Port Sudan dateline): Sudanese gunmen pull out from around Kufra towards Jebel Uweinat (the border "
         "triangle only locates it there), Subul al-Salam 20 vehicles Kufra→Maaten al-Sarra base, the RSF's denied "
         "dispatch North Darfur→Kufra via the border triangle (the border with Libya is only in their statement), a "
         "planned company Jalu→Rebiana ('west of Kufra' and the Awjila→Mellit smuggling route are not moves) and a "
         "conditional advance to Jebel Uweinat; Benghazi and Port Sudan are only seats of command/government.",
 "qbe3": "Al-Jarida (Cairo dateline): LNA reinforcements Brega→Marada via El Agheila (Dahra field only the site of a drone "
         "strike), a planned company Awjila→Amal field, a planned landing Benghazi port→Zueitina port, a denied arms "
         "shipment by a ship from Tripoli (Lebanon) to Zueitina port with no force named, and a conditional return "
         "Marada→Benghazi; Tripoli (Libya) is only the seat of the GNU.",
 "qbe4": "Ammon (Amman dateline): LNA units advance Jalu→Awjila (written اوجلة), a planned military-police deployment in "
         "Awjila at the municipality's request, an escorted fuel convoy Sarir field→Kufra, the Chadian CCMSR's denied "
         "massing in Tazirbu (Chad only in its statement) and a conditional battalion Tazirbu→Jalu; Ajdabiya, Tripoli "
         "and Tunis are background only.",
 "qbe5": "Le360 (Rabat dateline): an LNA massing in Jalu (Kufra only the smuggling road's end), a landing ship Benghazi "
         "port→Brega port (the onward trucking 'south' names no place), a planned battalion Marada→Jalu, a conditional "
         "airlift Al Abraq airport→Kufra airport if foreign gunmen appear near the border with Chad (condition only), "
         "and a denied missile shipment Jufra air base→Marada; Sudan, Algeria, Morocco and the final oases paragraph "
         "are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbe1", "qbe2", "qbe3", "qbe4", "qbe5")
