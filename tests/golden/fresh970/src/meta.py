# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qkj1 Syria Direct (Amman): Syrian fighters one year after the last batch left
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "idlib": ("city", "SY", 35.93062, 36.63393, "Idlib"),                                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 # qkj2 2M (Rabat): one year after the Bouznika military meeting
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row ربات)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qkj3 Business News (Tunis): one year after the Ras Ajdir crisis
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),   # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 # qkj4 Atar (Port Sudan): one year after the loss of the border triangle
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G* (row الدبه)
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "atbara": ("city", "SD", 17.70217, 33.98638, "Atbara"),                                # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 # qkj5 Al-Mowaten (Riyadh): one year after Niger's deployment to Madama
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G* (row رياض)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row أغاديس)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "NE", 22.50, 13.90, "Niger-Libya border (Nigerien side)"),     # K
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti Province"),            # G* (row تيبستي, kind region)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qkj1": ["سوريا على طول", "سورياً", "تركية", "الليبية", "الجيش الوطني السوري", "فرقة السلطان مراد",
          "أبو محمد الحمصي", "الفيلق الإفريقي", "المرصد السوري لحقوق الإنسان", "السنوات الخمس"],
 "qkj2": ["دوزيم", "الليبيين", "المغربية", "الجيش الوطني الليبي", "الفيلق الإفريقي", "عمر السرتي", "أسرته"],
 "qkj3": ["بيزنس نيوز", "الجيش الوطني", "القابسي", "المنطقة العسكرية الساحل الغربي", "عام الرمادة", "رد الجميل",
          "الليبي", "تونسية", "التونسي"],
 "qkj4": ["أتر", "الدعم السريع", "إدريس الدنقلاوي", "منطقة الشمال العسكرية", "الجيش الوطني الليبي", "المروية",
          "السوداني", "الليبية"],
 "qkj5": ["المواطن", "صقور أغاديس", "إدريس عبد الكريم", "الجيش الوطني الليبي", "النيجري", "التشادية", "التشادي",
          "تشادية", "الليبية"],
}

PHEN = {
 "qkj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases",
          "coverage_crossings", "countries"],
 "qkj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qkj3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
 "qkj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkj1": [
  mv("airlift", "reported", "Syrian mercenaries", [], ["طرابلس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["غازي عنتاب"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["الخمس"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["عفرين"], ["مصراتة"], ["غازي عنتاب"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("deploy", "denied", "Syrian mercenaries", [], ["سرت"]),
 ],
 "qkj2": [
  mv("withdraw", "reported", "Libyan National Army", ["الوشكة"], ["سرت"]),
  mv("withdraw", "reported", "GNA forces", ["أبوقرين"], ["مصراتة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("redeploy", "planned", "GNA forces", ["تاورغاء"], ["زليتن"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"]),
  mv("shipment", "reported", "Russian forces", [], ["القرضابية"], ["ميناء طبرق"]),
  mv("mobilise", "denied", "GNA forces", [], ["أبوقرين"]),
 ],
 "qkj3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("naval_landing", "planned", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("advance", "denied", "Tunisian army", [], ["نالوت"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
 ],
 "qkj4": [
  mv("withdraw", "reported", "Sudanese army", ["المثلث الحدودي"], ["الدبة"]),
  mv("advance", "reported", "Sudanese armed groups", ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Sudanese army", ["مروي", "عطبرة"], ["الدبة"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["وادي هور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
 ],
 "qkj5": [
  mv("deploy", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقدي"]),
  mv("advance", "denied", "Chadian army", [], ["قاعدة الويغ"]),
  mv("deploy", "planned", "Nigerien army", ["ماداما"], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "qkj1": "Syria Direct anniversary piece (Amman dateline, عمّان with shadda = Amman, not Oman): the 2019-20 airlift of "
         "Syrian fighters to Tripoli (history), the last batch flown Mitiga→Gaziantep a year ago, 120 fighters moved "
         "Al-Watiya→a camp near Al-Khums this month, Turkish marines landed at Misrata port, a planned batch "
         "Afrin→Misrata via Gaziantep, a conditional Turkish withdrawal from Al-Watiya and a denied deployment to "
         "Sirte; Afrin/Idlib as home towns, Afrin as the sources' town, Ankara as speaker and venue and Northern "
         "Syria as a pay comparison are not movement places; traps: the outlet (contains سوريا), سورياً, a person "
         "named after Homs, faction names, 'السنوات الخمس' (Al-Khums).",
 "qkj2": "2M anniversary piece on a military meeting in Bouznika (venue; Rabat dateline): reported LNA pull-back "
         "Al-Washka→Sirte and GNA pull-back Abu Qurayn→Misrata a year ago, planned LNA move Sirte→Al-Jufra and GNA "
         "brigade Tawergha→Zliten, a conditional Russian withdrawal from Gardabya (the Turkish exit from Al-Watiya is "
         "only the condition), a Russian equipment shipment to Gardabya (bare 'القرضابية') via Tobruk port, and a "
         "denied GNA massing around Abu Qurayn; headline Sirte/Al-Jufra and the Sirte–Oil Crescent span are not "
         "moves; traps: a person named السرتي, 'أسرته' (contains سرت), Africa Corps.",
 "qkj3": "Business News anniversary of the Ras Ajdir crisis (Tunis dateline = city; 'بين تونس وليبيا' = country): "
         "army units Gabès→Ben Gardane a year ago, reinforcements Tataouine→Dehiba this week (Wazin only 'قبالة'), "
         "a planned company Remada→Borj El Khadra (in Tataouine governorate), a planned navy landing drill "
         "Sfax→Zarzis, a denied incursion near Nalut, and a conditional GNA move Zuwara→the crossing (anaphora "
         "'المعبر' → معبر رأس جدير); traps: spokesman القابسي (Gabès), 'عام الرمادة' (Remada), 'رد الجميل' (Al "
         "Jumayl), the Tunisian 'الجيش الوطني'.",
 "qkj4": "Atar (Port Sudan) one year after the Sudanese army lost the Uweinat triangle: reported withdrawal "
         "triangle→Ad Dabbah and the RSF advance from North Darfur, reinforcements Merowe and Atbara→Ad Dabbah, a "
         "planned brigade Ad Dabbah→Wadi Howar, RSF massing in Al Malha, a conditional LNA advance from Kufra "
         "(anaphora 'المدينة') to the border with Sudan and a denied arms shipment Kufra→Mellit via the triangle; "
         "Dongola is the venue and inside the spokesman's nisba (with إدري in إدريس), Khartoum is a government "
         "metonym, Kufra's refugees are not a force move; 'المروية' (irrigated) contains Merowe.",
 "qkj5": "Al-Mowaten (Riyadh, agency roundup) one year after Niger's army moved a battalion Agadez→Madama base "
         "(operation named after 'أغاديس', the other spelling); an LNA reinforcement Sabha→Al Qatrun, Chadian "
         "reinforcements Faya-Largeau→Zouar, Chadian rebels massing near Kouri Bougoudi, a denied Chadian incursion "
         "near Al Wigh base, a planned Nigerien company Madama→Toummo crossing and a conditional LNA advance Al "
         "Qatrun→the border with Niger; Toummo on the border and Niamey are only distance/speaker places; nisbas "
         "النيجري/التشادية contain the country names; the spokesman is named إدريس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkj1", "qkj2", "qkj3", "qkj4", "qkj5")
