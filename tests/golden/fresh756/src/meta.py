# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (qcd1) / G* (الجنوب الليبي)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "triangle_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "border_sd": ("region", "SD", 20.8, 25.2, "Sudan-Libya border (Sudanese side)"),       # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G* (row spelled الدبه)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "kutum_loc": ("district", "SD", 14.20000, 24.66667, "Kutum locality"),                 # G* (town row)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "tina_sd": ("town", "SD", 15.03, 22.84, "Tina (Sudan)"),                               # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 # qcd2/qcd3 Chad and the Fezzan
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G* (written طرابلس الغرب)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 # qcd4 Algeria, Niger and the south-west
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row spelled إن قزام)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "border_dz": ("region", "DZ", 26.5, 9.6, "Algeria-Libya border (Algerian side)"),      # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row spelled عين أميناس)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military base"),                  # G
 # qcd5 Egypt's south-west
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "eowainat": ("town", "EG", 22.58, 28.72, "East Owainat"),                              # K
 "eowainat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"), # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "heliopolis": ("district", "EG", 30.091, 31.322, "Heliopolis (Masr El Gedida)"),       # K
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "newvalley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),         # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "aswan": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),                  # G (district row)
}

TRAPS = {
 "qcd1": ["السوداني", "الجزيرة مباشر", "قوات درع السودان", "كتيبة سبل السلام", "الطاهر الدنقلاوي", "الليبية"],
 "qcd2": ["تحرير السودان", "الهادي إدريس", "دارفور 24", "كتم تفاصيل", "الجيش الوطني الليبي", "الجيش التشادي",
          "الليبية"],
 "qcd3": ["جبهة التناوب والوفاق في تشاد", "اللواء طارق بن زياد", "إدريس ديبي", "تلفزيون تشاد", "دعماً مالياً",
          "الجيش التشادي", "التشادية", "الجيش الوطني الليبي"],
 "qcd4": ["القدس العربي", "محمد الغاتي", "الجيش الوطني الليبي", "الليبية", "جزائري", "التشادي"],
 "qcd5": ["بوابة أخبار اليوم", "القاهرة الإخبارية", "المنطقة الغربية العسكرية", "الشاحنات الخارجة", "الجيش السوداني",
          "مصرية", "الليبية", "الجيش الوطني الليبي"],
}

PHEN = {
 "qcd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qcd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qcd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qcd4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcd5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcd1": [
  mv("reinforce", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["قاعدة معطن السارة"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("reinforce", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"]),
 ],
 "qcd2": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الكفرة"], ["كتم"], ["وادي هور"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["ربيانة"], ["مليط"]),
  mv("withdraw", "denied", "Libyan National Army", ["ربيانة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الطينة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الطينة"], ["كتم"]),
 ],
 "qcd3": [
  mv("advance", "reported", "Chadian armed groups", ["أم الأرانب"], ["كوري بوقودي"], ["القطرون"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["زوار"]),
  mv("redeploy", "denied", "Chadian armed groups", ["الجفرة"], ["تمسة"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["مرزق"]),
 ],
 "qcd4": [
  mv("redeploy", "reported", "Chadian armed groups", ["مرزق"], ["جادو"], ["مثلث السلفادور"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "qcd5": [
  mv("deploy", "denied", "Egyptian army", [], ["الكفرة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["قاعدة طبرق البحرية"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
  mv("deploy", "planned", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("advance", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["الولاية الشمالية"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["جبل العوينات"]),
 ],
}

NOTES = {
 "qcd1": "Al-Sudani, Port Sudan: the Sudanese army accuses the RSF of a 70-vehicle column Kufra→Al Malha via the "
         "border triangle and Wadi Howar (Chad and southern Libya are only where mercenaries were recruited; Mellit "
         "only locates the valleys where the column vanished; the border only a distance reference); the RSF denies "
         "entering Maaten al-Sarra base (Darfur only in the rebuttal); the LNA plans an extra company Kufra→Jebel "
         "Uweinat (Benghazi the speaker's city); the pro-army joint force will move Al-Dabbah→Wadi Howar only if new "
         "fighters arrive (Dongola its HQ, Al Malha only the 600 km distance); the joint force's June 2025 pull-out "
         "from the triangle (reported, background).",
 "qcd2": "Darfur24, Tina: SLM-Transitional Council fighters return Kufra→Kutum via Wadi Howar (withdraw from Libya, "
         "reported); a planned second batch Rebiana→Mellit; the LNA denies pulling a battalion out of Rebiana (Kufra "
         "only the source's town); the joint force threatens Tina→Kutum unless heavy weapons are handed over "
         "(conditional; 'bringing mercenaries to Darfur' restates the return and adds no place); El Fasher only a "
         "distance reference; N'Djamena the venue; the Chad-Sudan border only watched; Kufra/Jufra/Sirte in the last "
         "paragraph only where fighters worked.",
 "qcd3": "Annahar, Beirut: CCMSR fighters cross Umm al-Aranib→Kouri Bougoudi via Al Qatrun (reported); they will "
         "advance on Zouar only if the Chadian army keeps shelling (conditional, no origin written); FACT denies a "
         "transfer Al Jufra→Tmassah; the Tariq bin Ziyad brigade plans a company from Sabha ('the city') to Al "
         "Qatrun (Toummo crossing only the purpose and a distance reference); Tripoli, N'Djamena, Doha, Tibesti, "
         "Faya-Largeau, Mali and Niger are not movement places.",
 "qcd4": "Al-Quds Al-Arabi, London: UFR fighters leave Murzuq ('the city') for the Djado plateau in Niger via the "
         "Salvador triangle (redeploy, reported; Djado is not Jadu); an LNA column Ubari→Ghat; its commander's "
         "conditional advance to the Isayen crossing (no origin written); a planned Algerian special-forces transfer "
         "Tamanrasset→In Guezzam (Niger only its description); Algeria denies an incursion to Al Awaynat; "
         "Tiguentourine, In Amenas, the border, Niamey, Madama base and the second Djado are background.",
 "qcd5": "Akhbar El Yom, Cairo: Egypt denies a battalion entering Kufra; an airlift Mohamed Naguib base→East Owainat "
         "airport (Heliopolis only the meeting's venue); a planned border-guard force Kharga→East Owainat (New Valley "
         "describes Kharga); the LNA's conditional reinforcement Tazirbu→Kufra if the RSF nears Maaten al-Sarra "
         "(condition only); the RSF's reported push from the border triangle toward the Northern State; Jebel "
         "Uweinat, Kufra's 350 km, the Sudan border, Aswan and the civilian trucks are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcd1", "qcd2", "qcd3", "qcd4", "qcd5")
