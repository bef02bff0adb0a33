# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; also الجنوب الليبي)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم; التوم / معبر التوم G*)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass / triangle"),          # G (row مثلث السلفادور; ممر السلفادور G*)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # qci1 Al-Qatrun, Al-Wigh and the Toummo road (Al-Quds Al-Arabi)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # qci2 Dirkou, Seguedine and Madama (Monte Carlo Doualiya)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne_ly": ("region", "NE", 22.40, 13.80, "Niger-Libya border (Niger side)"),     # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G (written سقدين, a listed variant)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado Plateau"),                        # G* (row جادو, region NE)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qci3 Kufra and Maaten al-Sarra (Al-Sudani)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G* (row الكفرة, district)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "triangle_uw": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qci4 Umm al-Aranib, Tmassah and Wau al-Kabir (Al-Jarida)
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G* (row الواو الكبير)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G* (row تمسة)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "wawnamus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                      # G
 # qci5 Zouar, Wour and Kouri Bougoudi (Roya)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "border_td_ly": ("region", "TD", 22.30, 17.00, "Chad-Libya border (Chadian side)"),    # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا; written إنجامينا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
}

TRAPS = {
 "qci1": ["القدس العربي", "الجيش الوطني الليبي", "القطروني", "الجيش النيجري"],
 "qci2": ["مونت كارلو الدولية", "النيجرية", "الفيلق الأفريقي", "روسياً", "الجيش الليبي", "إدريسا مامادو", "المعارضة التشادية"],
 "qci3": ["السوداني", "سبل السلام", "الجيش الوطني الليبي", "الأخبار السارة", "قوات الدعم السريع"],
 "qci4": ["الجريدة", "الجيش الوطني الليبي", "المرزوقي", "تشاديون", "تشاديين", "جبهة التناوب والوفاق في تشاد"],
 "qci5": ["رؤيا", "تشادية", "الجيش التشادي", "الزوار", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الدعم المالي",
          "الليبية", "إدريس ديبي", "وكالة الأنباء التشادية"],
}

PHEN = {
 "qci1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qci2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qci3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qci4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qci5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qci1": [
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"], ["تجرهي"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ التوم"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", [], ["ممر السلفادور"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
 ],
 "qci2": [
  mv("deploy", "reported", None, ["ديركو"], ["قاعدة ماداما"], ["سقدين"]),
  mv("redeploy", "planned", None, ["قاعدة ماداما"], ["مثلث السلفادور"]),
  mv("deploy", "denied", "Russian forces", [], ["ماداما"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "conditional", "Chadian armed groups", ["أم الأرانب"], ["هضبة جادو"]),
 ],
 "qci3": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["شمال دارفور"]),
 ],
 "qci4": [
  mv("deploy", "reported", "Libyan National Army", ["أم الأرانب"], ["واو الكبير"], ["تمسه"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["واو الكبير"]),
  mv("withdraw", "planned", "Chadian armed groups", ["جنوب ليبيا"], ["تشاد"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["واو الناموس"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qci5": [
  mv("deploy", "reported", None, ["زوار"], ["وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("advance", "conditional", None, [], ["كوري بوغودي"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["مطار فايا لارجو"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["تشاد"]),
 ],
}

NOTES = {
 "qci1": "First-person ride with an LNA border patrol: Al-Qatrun→Al-Wigh base via Tajarhi; a planned company Sabha→the "
         "Toummo crossing (the headline's 'to the border with Niger' is the same move); a denied pull-out Toummo→Al-Qatrun; "
         "a conditional push into the Salvador Pass (the tripoint only locates the pass); an LNA fuel-and-ammunition convoy "
         "Sabha→the base ('القاعدة' = Al-Wigh). Tripoli (Lebanon) is the photographer's home town, Tripoli (Libya) the seat "
         "of the government, Benghazi the command's seat, the driver's 'from Qatrun to Toummo' a distance.",
 "qci2": "Niger side: the reporter rides with a Nigerien army convoy Dirkou→Madama base via Seguedine (written سقدين; actor "
         "null, the Nigerien army has no canonical name); a planned unit Madama→the Salvador triangle (Niamey = staff HQ); "
         "the commander denies Russian trainers at Madama; flight trackers report Il-76s Al-Jufra base→Niamey airport and an "
         "earlier Russian landing at Tobruk port from Tartus; Chadian rebels in Umm al-Aranib 'would cross to the Djado "
         "Plateau if' squeezed (conditional). Toummo crossing is only a distance reference, Algiers the venue of talks.",
 "qci3": "Kufra side: an LNA (Subul al-Salam) column Kufra→Maaten al-Sarra base to reinforce it; a planned airlift Benina→"
         "Kufra airport; RSF massing in the Libya-Sudan-Egypt triangle (reported by Sudanese sources); a conditional LNA "
         "move towards the border with Sudan; the LNA's denied fuel-and-arms convoys Kufra→North Darfur (the headline's "
         "'to Darfur' is the same claim). Sarir field is a civilian fuel source, the border with Chad a distance reference.",
 "qci4": "LNA company Umm al-Aranib→Wau al-Kabir via Tmassah (both written with variant spellings); a conditional "
         "reinforcement Sabha→Wau al-Kabir if groups cross the border with Chad (condition only); a planned withdrawal of "
         "Chadian fighters from southern Libya to Chad; FACT denies massing near Waw an-Namus; the LNA spokesman in "
         "Benghazi denies a Russian landing at Tobruk port. Tibesti/Fezzan, Sharara, Tunis/Tunisia are not movement places.",
 "qci5": "Chad side: a Chadian army patrol Zouar→Wour (actor null); CCMSR fighters massing at Kouri Bougoudi (reported by "
         "the patrol commander); the army 'will not advance towards Kouri Bougoudi unless attacked' (conditional, null); a "
         "planned airlift N'Djamena→Faya-Largeau airport (null); the CCMSR denies crossing from Umm al-Aranib into Chad. "
         "Tibesti locates Wour, the border is a distance reference; Tripoli/Benghazi are only whom officers call.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qci1", "qci2", "qci3", "qci4", "qci5")
