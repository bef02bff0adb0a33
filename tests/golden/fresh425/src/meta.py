# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                               # G
 # foreign cities and towns (datelines, speakers, origins)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                    # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                    # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                      # G (row spelled ربات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                           # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                    # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                      # G
 "aleppo_north": ("region", "SY", 36.55, 37.05, "Northern Aleppo countryside"),             # K
 "babsalama": ("crossing", "SY", 36.636, 37.077, "Bab al-Salama border crossing"),          # K
 "sidibarrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                         # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                                # G
 "skhirat": ("town", "MA", 33.8527, -7.0316, "Skhirat"),                                    # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "border_dzside": ("region", "DZ", 29.0, 9.70, "Algerian side of the border with Libya"),   # K
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                   # G (row has the Tripoli point)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                     # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),                # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "asabia": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G (row قاعدة الوطية)
 "watiya_bare": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G* (same row, written الوطية)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 # centre, Sirte line, east, south
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Misrata port (Qasr Ahmed)"),             # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                       # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                               # K (point at Hun)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                       # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G (row راس لانوف)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                      # G* (Tobruk city / naval base point)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),         # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "border_lytd": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),    # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "pk1": ["المجلة", "الجيش الوطني الليبي", "طوفان الكرامة", "عماد الطرابلسي", "ما ادري", "تركية"],
 "pk2": ["رصيف22", "دروب النصر", "المصري", "تركية", "حسم 2020", "غرفة عمليات تحرير سرت والجفرة", "الأناضول"],
 "pk3": ["المدن", "الليبية", "الفيلق الأفريقي", "الروسية"],
 "pk4": ["عنب بلدي", "الحلبي", "الجيش الوطني السوري", "السلطان مراد", "مالي", "السوريون"],
 "pk5": ["هسبريس", "اتفاق الصخيرات", "الجزائري", "التونسي", "الليبية", "المغربية", "من هذه الزاوية", "الإدريسي",
         "تركي"],
}

PHEN = {
 "pk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "pk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "pk3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "pk4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "pk5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "pk1": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("shipment", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["غريان"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الأصابعة"]),
  mv("advance", "reported", "Zintan forces", [], ["غريان"]),
 ],
 "pk2": [
  mv("advance", "reported", "GNA forces", ["أبوقرين"], ["سرت"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["منفذ امساعد"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "pk3": [
  mv("withdraw", "reported", "Wagner Group", ["عين زارة", "قصر بن غشير"], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["الجفرة"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
  mv("shipment", "planned", "Russian forces", ["الجفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
 ],
 "pk4": [
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["ريف حلب الشمالي"], ["تركيا"]),
  mv("airlift", "planned", "Syrian mercenaries", ["عفرين"], ["طرابلس"]),
  mv("deploy", "denied", "Syrian mercenaries", ["ليبيا"], ["النيجر"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"], ["سوريا"]),
 ],
 "pk5": [
  mv("advance", "reported", "GNA forces", [], ["قاعدة الوطية"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["معبر رأس اجدير"]),
  mv("mobilise", "conditional", "Algerian army", ["إليزي"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "pk1": ("Al-Majalla-style analysis (London) on Gharyan seven years on: the LNA's April 2019 advance Gharyan→Qasr Bin "
         "Ghashir/Tripoli International Airport and Zintan's 2019 entry into Gharyan (flashbacks, reported) beside a GNU "
         "company Gharyan→Mizda (reported), a denied Turkish air-defence shipment Al-Watiya→Gharyan, a planned LNA "
         "battalion Brak air base→Ash Shwayrif and a conditional Zintan massing at Al-Asabiah. Not moves: the LNA 'losing' "
         "Gharyan (control), the road to Ash Shwayrif (purpose), the minister's visit to Mizda, the resident's retelling."),
 "pk2": ("Raseef22-style opinion column on the Sirte–Jufra line: the GNA's June 2020 push Abu Qurayn→Sirte (flashback, "
         "reported), a 2020 rumour of Egyptian units through the Amsaad crossing to Al-Jaghbub (denied by Cairo), an LNA "
         "armoured battalion Jufra air base→Gardabya air base (reported), a planned Misrata deployment Misrata→Al-Washka "
         "and a conditional Turkish landing at Misrata port. Not moves: the counterfactual push to Ras Lanuf, the Sidi "
         "Barrani speech, the line 'from Sirte to Jufra', the advance order that never came, the condition 'غرب سرت'."),
 "pk3": ("Al-Modon-style analysis (Beirut) on Russia in Libya: Wagner's May 2020 pull-back Ain Zara/Qasr Bin "
         "Ghashir→Bani Walid and airlift Bani Walid→Jufra (flashbacks, reported), a Russian landing ship Tartus→Tobruk port "
         "(reported), a denied Russian pull-out Brak air base→Niger, a planned air-defence shipment Jufra→Maaten al-Sarra "
         "air base and a conditional Russian withdrawal from Jufra ('لن…إلا إذا'). Not moves: Wagner's 2019 presence south "
         "of Tripoli, the Jufra base as headquarters, mines left in Ain Zara, the Turkish exit inside the condition, "
         "Washington's demand."),
 "pk4": ("Enab Baladi-style feature on Syrian fighters in Libya: the 2019-2020 airlift Istanbul→Mitiga airport "
         "(flashback, reported), a batch home Al-Watiya→northern Aleppo countryside via Turkey (reported), a planned "
         "rotation airlift Afrin→Tripoli, a denied transfer Libya→Niger and a conditional return Yarmouk camp→Syria. Not "
         "moves: recruitment in Afrin, fighting south of Tripoli and near Sirte, bodies returned via Bab al-Salama, "
         "deserters who fled to Italy or Tunisia, 'لم يخرج أحد من طرابلس' inside the denial."),
 "pk5": ("Hespress-style op-ed (Rabat) on Libya's neighbours: the GNA's May 2020 entry into Al-Watiya (flashback, "
         "reported), a 2020 rumour of Algerian units moving on Ghadames (denied), a Tunisian reinforcement Gabes→Ben "
         "Gardane via Medenine (reported), a planned GNU company Zawiya→the Ras Ajdir crossing ('إلى المعبر') and a "
         "conditional Algerian massing from Illizi on the border with Libya. Not moves: the Skhirat agreement and Bouznika "
         "talks, the Mellitah and 2024 Ras Ajdir clashes, the crossing's closure, the condition 'نحو غدامس'."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pk1", "pk2", "pk3", "pk4", "pk5")
