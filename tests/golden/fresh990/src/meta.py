# Metadata of the 990th fresh held-out sample (blind): coordinates, traps, phenomena, movements, notes.
# Row comments: G = gazetteer row (data/gazetteer.csv, grepped only for these names), K = own knowledge,
# G* = gazetteer row reused under another label/kind.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 # shared
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                           # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                             # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G (alias فايا)
 # qld1 Barneeq, Kufra
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G (row قاعدة بنينا الجوية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G (row أجدابيا, alias اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 # qld2 Al-Democrati, Port Sudan
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                      # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                # G (row الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                         # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                   # G
 "border_sd_ly": ("region", "SD", 20.80000, 25.30000, "Sudan-Libya border (Sudanese side)"),  # K
 # qld3 Al-Hadaf, N'Djamena
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G (alias أنجمينا)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                       # G (alias الطينة)
 "adji_kossei": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                   # G
 "border_td_ly": ("region", "TD", 22.00000, 17.60000, "Chad-Libya border (Chadian side)"),  # K
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                       # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                     # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                       # G (alias فادا)
 "ounianga_kebir": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                   # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),         # G* (town row)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 # qld4 Nahdet Masr, Cairo
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                       # G* (airport row, alias شرق العوينات)
 "east_owainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                     # G
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "gilf": ("region", "EG", 23.40000, 25.80000, "Gilf Kebir"),                               # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),                 # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                     # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),           # G
 # qld5 Al-Wakeel, Benghazi
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "ounianga_serir": ("town", "TD", 18.91670, 20.86670, "Ounianga Serir"),                   # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
}

TRAPS = {
 "qld1": ["برنيق", "كتيبة سبل السلام", "غرفة عمليات الجنوب الشرقي", "الكفراوي", "الأخبار السارة",
          "الدعم السريع", "السوداني", "الليبية"],
 "qld2": ["الديمقراطي", "الدعم السريع", "درع السودان", "القوة المشتركة", "الدنقلاوي", "الآبار المالحة",
          "السودانية", "الليبية"],
 "qld3": ["الهدف", "محمد إدريس ديبي", "لا أدري", "التشادي", "السودانية", "الليبية", "تشاديين"],
 "qld4": ["نهضة مصر", "الأسواني", "الدعم السريع", "المصرية", "مصرية", "الليبية"],
 "qld5": ["الوكيل", "كتيبة شهداء الكفرة", "اتفاق نجامينا", "إدريس الطبرقي", "الطبرقي", "الدعم السريع", "تشادية", "التشادي",
          "نيجري", "السودانيين", "السودانية"],
}

PHEN = {
 "qld1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qld2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qld3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qld4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qld5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qld1": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو", "تازربو"]),
  mv("withdraw", "reported", "Libyan National Army", ["الزيغن"], ["تازربو"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", ["معطن السارة"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Sudanese armed groups", ["كرب التوم"], ["ربيانة"]),
 ],
 "qld2": [
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"], ["دنقلا"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["المالحة"]),
  mv("advance", "planned", "Sudanese army", ["كرب التوم"], ["المالحة"]),
  mv("airlift", "conditional", "Sudanese army", ["مروي"], ["دنقلا"]),
  mv("advance", "denied", "Sudanese army", [], ["جبل أركنو"]),
 ],
 "qld3": [
  mv("airlift", "reported", "Chadian army", ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("deploy", "reported", "Chadian army", ["فايا"], ["كوري بوقودي"]),
  mv("deploy", "planned", "Chadian army", ["أبشي"], ["أم جرس"]),
  mv("advance", "conditional", "Chadian army", ["كوري بوقودي"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Chadian army", ["الطينة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أونيانقا كبير"]),
 ],
 "qld4": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
  mv("deploy", "planned", "Egyptian army", [], ["الجلف الكبير"]),
  mv("advance", "conditional", "Egyptian army", ["شرق العوينات"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["جبل أركنو"]),
  mv("shipment", "denied", "Egyptian army", ["سيوة"], ["الكفرة"], ["الجغبوب"]),
 ],
 "qld5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["أونيانغا الصغير"]),
  mv("deploy", "conditional", "Nigerien army", [], ["قاعدة ماداما"]),
  mv("advance", "denied", "Chadian armed groups", ["أم جرس"], ["الكفرة"]),
 ],
}

NOTES = {
 "qld1": "Benghazi weekly's Kufra report (dateline Kufra): an LNA cargo airlift Benina air base→Kufra airport, a "
         "40-vehicle column Ajdabiya→Kufra via Jalu and Tazirbu, a past pull-back Az-Zighan→Tazirbu, two companies "
         "of that column planned Kufra→Maaten al-Sarra (anaphora «من الرتل»; Kufra also the distance reference), a "
         "conditional advance Maaten al-Sarra→the border triangle and a denied RSF entry Karb al-Tom→Rebiana; "
         "'الأخبار السارة' is a common-word trap beside معطن السارة, the commander's name الكفراوي and 'غرفة عمليات "
         "الجنوب الشرقي' are traps, Benghazi, El Fasher, Darfur and the three neighbours are background.",
 "qld2": "Sudanese daily in Port Sudan (dateline only): SAF reinforcements Ad Dabbah (spelled الدبة)→Karb al-Tom via "
         "Dongola, RSF groups withdrawing Jebel Uweinat→Al Malha, a planned SAF advance Karb al-Tom→Al Malha, a "
         "conditional airlift Merowe→Dongola and a denied SAF incursion near Jebel Arkenu; the spokesman's name "
         "الدنقلاوي contains Dongola, 'درع السودان' a force, 'الآبار المالحة' salty wells; the triangle (control, "
         "not movement), the border with Libya in the denial and El Fasher/Darfur are not movement places.",
 "qld3": "Sudanese daily's N'Djamena correspondent on Chad: an airlift Adji Kossei air base→Faya-Largeau airport, "
         "columns Faya→Kouri Bougoudi, a planned armoured battalion Abeche→Amdjarass, a conditional advance Kouri "
         "Bougoudi→the border with Libya, a denied withdrawal from Tine and Chadian gunmen massing near Ounianga "
         "Kebir; Idri traps: 'محمد إدريس ديبي' (a person), 'لا أدري' ('I don't know') beside the town أدري (Adre); "
         "N'Djamena (headline metonymy, dateline), Fada (source), Darfur, southern Libya, Adre and Bahai (presence "
         "only) and the Sudan border are not movement places.",
 "qld4": "Egyptian daily in Cairo: border guards and a battalion Aswan→East Owainat via Abu Simbel, two transport "
         "planes Mohamed Naguib base→East Owainat airport, a planned recce company on the Gilf Kebir, a conditional "
         "advance East Owainat→the border triangle, RSF vehicles massing near Jebel Arkenu and a denied weapons "
         "convoy Siwa→Kufra via Al Jaghbub; the outlet's name contains مصر, the expert's name الأسواني contains "
         "Aswan; Abu Simbel is also a distance reference, New Valley governorate and the Sudan border background.",
 "qld5": "Jordanian news site, Benghazi dateline: LNA companies Kufra→the border with Chad (the battalion is named "
         "after Kufra), a planned helicopter squadron Al Khadim base→Maaten al-Sarra base, Chadian army units "
         "Faya-Largeau→Ounianga Serir, a conditional Nigerien battalion to Madama base (the 'N'Djamena agreement' is "
         "a trap) and a denied crossing of Chadian fighters Amdjarass→Kufra; refugees from Darfur to Kufra are not a "
         "force movement; Niamey and Benghazi are only where speakers are.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qld1", "qld2", "qld3", "qld4", "qld5")
