# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 "senegal": ("country", "SN", 14.50881, -14.66620, "Senegal"),                          # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qln1 Turkish trainers (Yemen Monitor, Ankara)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "isparta": ("city", "TR", 37.7648, 30.5566, "Isparta"),                                # K
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row kind airport)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 # qln2 Italian mission (Tanja24, Rome)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),        # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "augusta_port": ("crossing", "IT", 37.24065, 15.22121, "Port of Augusta"),             # G* (town row أوغستا)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G* (row قاعدة أبوستة البحرية)
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                              # G
 # qln3 Russian trainers (Alghad Press, Moscow)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "krasnodar": ("city", "RU", 45.0448, 38.9760, "Krasnodar"),                            # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "south": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G (row جنوب ليبيا, alias الجنوب الليبي)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qln4 Flintlock and US trainers (Aqlame, Nouakchott)
 "atar": ("town", "MR", 20.5180, -13.0527, "Atar"),                                     # K
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "kaedi": ("town", "MR", 16.1515, -13.5051, "Kaedi"),                                   # K
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),        # G* (row قاعدة سيغونيلا, kind airport)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "adrar_mr": ("district", "MR", 21.0, -11.0, "Adrar Region (Mauritania)"),              # K
 # qln5 Libyan cadets in Morocco, neighbours' armies (Belpresse, Rabat)
 "meknes": ("city", "MA", 33.89352, -5.54727, "Meknes"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "fes_airport": ("airport", "MA", 33.9273, -4.9780, "Fes-Saiss Airport"),               # K
 "cherchell": ("town", "DZ", 36.60500, 2.19083, "Cherchell"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
}

TRAPS = {
 "qln1": ["يمن مونيتور", "مجموعة المهام التركية", "إسماعيل طرابزونلو", "وكالة الأناضول", "سرت به", "درع الفرات",
          "الجيش الوطني الليبي", "التركية", "سوريين"],
 "qln2": ["طنجة 24", "البعثة الثنائية للمساعدة والدعم في ليبيا", "ميازيت", "سان جورجيو", "الصقلي", "علي الطرابلسي",
          "لا ريبوبليكا", "سان ماركو", "إيني", "الإيطالية", "تنظيم الدولة", "ليبياً"],
 "qln3": ["الغد برس", "الفيلق الأفريقي", "روسيا اليوم", "روسياً", "إدريس الفاخري", "مفتاح الجفراوي",
          "الخادم المطيع", "الروسي", "ليبية"],
 "qln4": ["أقلام", "اللواء 444 قتال", "قوة حماية طرابلس", "فلينتلوك 2026", "القيادة الأمريكية في أفريقيا",
          "الجيش الوطني الليبي", "عمر الزنتاني", "نهر السنغال", "في إطار", "الحدث", "الأمريكية"],
 "qln5": ["بلبريس", "وكالة المغرب العربي للأنباء", "عبد الباسط المكناسي", "التشادي",
          "إدريس محمد آدم", "النيجري", "السوداني", "الليبيين", "ليبياً"],
}

PHEN = {
 "qln1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qln2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qln3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qln4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qln5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qln1": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("withdraw", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["تركيا"]),
  mv("deploy", "planned", "GNA forces", ["مطار مصراتة"], ["إسبرطة"]),
  mv("shipment", "conditional", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["عفرين"], ["الوطية"]),
 ],
 "qln2": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار مصراتة"]),
  mv("withdraw", "reported", None, ["مصراتة"], ["إيطاليا"]),
  mv("shipment", "planned", None, ["ميناء أوغستا"], ["قاعدة أبو ستة البحرية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["تارانتو"]),
  mv("redeploy", "conditional", None, ["مصراتة"], ["طرابلس"]),
  mv("naval_landing", "denied", None, [], ["مجمع مليتة"]),
 ],
 "qln3": [
  mv("airlift", "reported", "Russian forces", ["موسكو"], ["قاعدة الخادم"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["كراسنودار"]),
  mv("advance", "conditional", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
 ],
 "qln4": [
  mv("airlift", "reported", None, ["مطار معيتيقة"], ["أطار"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["أطار"], ["نواكشوط"]),
  mv("redeploy", "planned", None, ["أطار"], ["كيهيدي"]),
  mv("airlift", "conditional", None, ["قاعدة سيجونيلا"], ["سرت"]),
  mv("mobilise", "denied", None, [], ["قاعدة الوطية"]),
 ],
 "qln5": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مكناس"], ["مطار فاس سايس"]),
  mv("mobilise", "reported", "Chadian army", [], ["فايا لارجو"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["الكفرة"]),
  mv("deploy", "conditional", "Nigerien army", ["ماداما"], ["القطرون"]),
  mv("advance", "denied", "Sudanese army", [], ["قاعدة معطن السارة"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qln1": "Turkish MoD briefing relayed by a Yemeni site (dateline and venue Ankara): an A400M airlift of 70 trainers "
         "Kayseri Erkilet air base→Al-Watiya (Libya only qualifies the base), the outgoing 65 flown home Watiya "
         "('القاعدة')→Turkey, a planned batch of Libyan officers Misrata airport→Isparta commando school, a conditional "
         "armour shipment Mersin port→Khoms port (condition: parliament's vote), and a denied airlift of Syrian "
         "fighters Afrin→Watiya; traps: the spokesman's name with Trabzon, 'سرت به' (verb) before the gold Sirte, "
         "Anadolu agency, Euphrates Shield; the Tunisian border, Tripoli, Sirte and Al-Jufra are background.",
 "qln2": "Italian joint command statement via a Moroccan site (dateline Rome): MIASIT rotation by C-130J Pisa air "
         "base→Misrata airport, the outgoing contingent Misrata→Italy, a planned ship carrying patrol boats "
         "Augusta port→Abu Sitta naval base (spelled أبو ستة), planned Libyan coast-guard sailors Tripoli→Taranto, "
         "a conditional move of the field hospital Misrata→Tripoli and a denied San Marco marine landing at the "
         "Mellitah complex; the Misrata municipality and Sirte are background; the coast-guard chief's name holds "
         "طرابلس, the mission's name holds ليبيا.",
 "qln3": "Iraqi site's roundup (dateline Moscow): Il-76s with Africa Corps trainers Moscow→Al-Khadim (Benghazi only "
         "a distance reference), Russians pulling out Brak air base→Niamey, LNA recruits Sabha→Al-Jufra air base, "
         "planned LNA pilots Benina→Krasnodar, a conditional advance Al-Jufra→Sirte and a denied Russian landing "
         "Tartus→Tobruk port; 'الخادم المطيع' (servant) is a common-word trap, 'روسيا اليوم' and 'روسياً' hold "
         "Russia, the air-force spokesman is Idris; the south, Sharara and Idri are only where activity was reported.",
 "qln4": "Mauritanian site (dateline Nouakchott) on Flintlock 2026: a joint Libyan company flown Mitiga→Atar "
         "(actor null: mixed units of both camps), reinforced by LNA officers Benghazi→Atar via Nouakchott, a planned "
         "move Atar→Kaedi, a conditional US trainers' airlift Sigonella (spelled سيجونيلا)→Sirte announced in "
         "Tripoli, and AFRICOM's denial of US troops massing at Al-Watiya; Tunis (city) vs Tunisia (country), "
         "'نهر السنغال' vs Senegal, 'في إطار' looks like Atar, the Adrar region is only the host area.",
 "qln5": "Moroccan site (dateline Rabat): Libyan cadets flown Mitiga→Meknes via Fes-Saiss airport, the Chadian army "
         "massing a company at Faya-Largeau and planning to move it to Kufra (the Chad border is only the purpose), "
         "a conditional Nigerien unit Madama→Al-Qatrun (Toummo only the condition) and the Sudanese army's denied "
         "entry into Maaten al-Sarra via the border triangle; Algeria (country) vs Algiers, Cherchell, Turkey and "
         "Italy are background; the officer's name holds Meknes, the Moroccan agency's name holds Morocco.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qln1", "qln2", "qln3", "qln4", "qln5")
