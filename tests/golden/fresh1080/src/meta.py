# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                           # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                          # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                   # G
 # capitals and venues
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G* (row مطار نيامي)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                     # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                 # G (row name_ar ربات)
 # Algeria (Illizi, Ouargla)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                          # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                              # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                 # G (row district:DZ-33, written ولاية إليزي)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),    # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),            # G
 "border_dz_ly": ("region", "DZ", 28.5, 9.4, "Algeria-Libya border (Algeria side)"),   # K
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                        # G (row إن قزام, written عين قزام)
 # Tunisia (south-east)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                  # G* (row جنوب تونس, written الجنوب التونسي)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                         # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),      # G (row district:TN-83, written ولاية تطاوين)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),  # G* (row منفذ وازن, LY; written معبر الذهيبة)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                     # G
 # Libya (west and south-west)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                            # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                               # G
 "ras_jedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),     # G* (row منفذ رأس جدير)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                 # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                       # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),         # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),           # G (row منفذ التوم)
 # Niger (Agadez region)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                  # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                         # G (row أسامكا, written أساماكا)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                               # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),            # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                          # G (row ماداما, written قاعدة ماداما)
 "border_ne_ly": ("region", "NE", 22.3, 13.5, "Niger-Libya border (Niger side)"),      # K
}

TRAPS = {
 "qoq1": ["لوكورييه دالجيري", "عبد اللطيف رحال", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "جزائرية",
          "الليبي"],
 "qoq2": ["إسباس مانجر", "درع رمادة 3", "التوازن", "الوفد التونسي", "المقاربة التونسية", "تونسية", "الليبية",
          "ليبية", "الليبي"],
 "qoq3": ["أنباء وادان", "حكومة الوحدة الوطنية", "محمد الغدامسي", "الجيش الوطني الليبي", "درجة", "الساحل",
          "التونسية", "الجزائرية", "الليبية"],
 "qoq4": ["لا رو دو ليستوار", "منطقة الدفاع الثانية", "المنظمة الدولية للهجرة", "الجانب الجزائري", "الليبيون"],
 "qoq5": ["المعهد المغربي لتحليل السياسات", "اتحاد المغرب العربي", "الجانب الجزائري", "جزائرية", "التونسية",
          "تونسية"],
}

PHEN = {
 "qoq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qoq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qoq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qoq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoq1": [
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["عين أميناس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
 ],
 "qoq2": [
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر الذهيبة"]),
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["وازن"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "qoq3": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس", "مطار غدامس"], ["سيناون", "درج"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["غدامس"]),
  mv("airlift", "denied", "Foreign fighters", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("withdraw", "conditional", "GNA forces", ["درج"], []),
  mv("redeploy", "reported", "Libyan National Army", ["الشويرف"], ["الحمادة الحمراء"]),
 ],
 "qoq4": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["ديركو", "قاعدة ماداما"]),
  mv("redeploy", "planned", "Nigerien army", ["أرليت"], ["أساماكا"]),
  mv("airlift", "planned", "Nigerien army", ["مطار ديوري حماني"], ["مطار ديركو"]),
  mv("advance", "conditional", "Nigerien army", ["ديركو"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Nigerien army", ["قاعدة ماداما"], ["ديركو"]),
 ],
 "qoq5": [
  mv("deploy", "reported", "Algerian army", ["برج عمر ادريس"], ["الدبداب"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("advance", "denied", "Algerian army", ["برج الخضراء"], ["غدامس"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الشويرف"]),
 ],
}

NOTES = {
 "qoq1": "Algiers daily (Le Courrier d'Algérie) on the trilateral interior ministers' meeting in Algiers with Niger "
         "joining: Algerian army units In Amenas→Debdeb (reinforce, reported), a planned battalion Ouargla→In Amenas "
         "(redeploy), conditional reinforcements towards the border with Libya (Algeria side; Ghadames and Illizi "
         "province only in the condition), a denied entry Debdeb→Ghadames; traders' trucks Debdeb→Ghadames "
         "(civilian), the Libyan delegation's flight Tripoli→Houari Boumediene airport (diplomatic), Niamey's "
         "reaction (metonymy), the 2013 Tiguentourine attack (past, no move), the dateline Algiers and the venue "
         "Tunis are not movements or movement places.",
 "qoq2": "Tunisian business-news site (Espace Manager) in agency-dispatch style from Tunis on the quadrilateral "
         "experts' meeting: Tunisian army units Remada→Borj El Khadra (deploy, reported), a planned company "
         "Tataouine→Dehiba (reinforce), a conditional reinforcement of the Dehiba crossing (Wazin only in the "
         "condition), armed groups from Zintan massing around Wazin (mobilise, reported; «البلدة الليبية» resolved to "
         "Wazin), Tunis's denial of a patrol's incursion near Wazin; travellers and goods trucks at the Dehiba "
         "crossing, Tripoli's demand on Ras Jedir (metonymy), congestion in Ben Gardane and traffic shifted to "
         "Tataouine governorate's crossings are not movements; «التوازن» holds وازن, «درع رمادة 3» is an exercise name.",
 "qoq3": "Mauritanian news site (Anbaa Wadane) retelling a statement of the Libyan (GNU) foreign ministry: a general-staff force "
         "Nalut→Ghadames via Sinawen and Derj stationed around Ghadames airport (deploy, reported), a second "
         "battalion planned Tripoli→Ghadames, a denied cargo plane with foreign mercenaries Al-Watiya base→Ghadames "
         "airport (airlift), a conditional pull-out from Derj («لن تنسحب ... إلا بعد»), and the LNA's units moved "
         "Ash-Shwayrif→the edge of Hamada al-Hamra last month (redeploy, reported); ministers' flights to Ghadames, "
         "Benghazi as seat of the accusing media, the rivalry Tripoli/Benghazi and the south-west (with the Al-Wafa field) and "
         "Nouakchott (not invited) are not movement places; the spokesman «محمد الغدامسي» holds غدامس, «درجة التأهب» holds درج, the "
         "outlet «أنباء وادان» holds Ouadane (Mauritania) and «الساحل» here is the coast, not the Sahel.",
 "qoq4": "Niamey weekly (La Roue de l'Histoire) on Niger joining the mechanism: an army battalion Agadez→Dirkou with a "
         "company stationed at Madama base (reinforce, reported), a planned company Arlit→Assamaka (written أساماكا), "
         "a planned military transport flight Diori Hamani airport→Dirkou airport, a conditional advance Dirkou→the "
         "border with Libya (Niger side; Toummo crossing only in the condition) and a denied pull-out Madama base→"
         "Dirkou; Algeria's expulsions via In Guezzam (written عين قزام) with migrants walking to Assamaka, IOM "
         "centres in Agadez and Arlit and Niamey's observers are not movements.",
 "qoq5": "Moroccan think tank (MIPA, Rabat) analysis of the trilateral mechanism: Algerian armoured units Bordj Omar "
         "Driss→Debdeb since autumn 2025 (deploy, reported), Tripoli's planned special-forces airlift Mitiga base→"
         "Ghadames airport, Tunisia's denial of Algerian units crossing from Borj El Khadra towards Ghadames, the LNA's "
         "conditional push Ash-Shwayrif→Derj (scenario; Tripoli only in the condition) and the LNA's overland "
         "ammunition shipments Sabha→Ash-Shwayrif (reported); meeting venues Algiers/Tunis/Tripoli, Rabat, Morocco "
         "and Mauritania are not movement places; «اتحاد المغرب العربي» and the institute's name hold المغرب.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoq1", "qoq2", "qoq3", "qoq4", "qoq5")
