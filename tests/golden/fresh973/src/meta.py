# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qkm1 LNA brigade commander (Lebanon Debate)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Akkar's seat)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),     # G* (town row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 # qkm2 Sudanese army column commander (Al-Midan)
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "karima": ("town", "SD", 18.54830, 31.84830, "Karima"),                                # K
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "bahri": ("city", "SD", 15.64925, 32.53458, "Khartoum North (Bahri)"),                 # G
 "gezira": ("district", "SD", 14.47036, 33.29635, "Gezira State"),                      # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "SD", 19.80, 24.50, "Sudan-Libya border (Sudanese side)"),     # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qkm3 Syrian faction commander in Libya (Al-Furat News)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "homs": ("city", "SY", 34.72405, 36.72559, "Homs"),                                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "bab_salama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "albab": ("town", "SY", 36.37051, 37.51570, "Al-Bab"),                                 # K
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # qkm4 Chadian army general in Tibesti (Al-Monitor)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G* (row تبستي)
 "border_td": ("region", "TD", 22.20, 17.80, "Chad-Libya border (Chadian side)"),       # K
 "cherchell": ("town", "DZ", 36.60500, 2.19083, "Cherchell"),                           # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                            # G
 "faya_base": ("base", "TD", 17.91710, 19.11110, "Faya-Largeau air base"),              # G* (row مطار فايا لارجو)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G* (row فايا لارجو)
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "aozou_strip": ("region", "TD", 21.80, 18.00, "Aouzou Strip"),                         # K
 # qkm5 Tunisian army regiment commander (Radio Monastir)
 "monastir": ("city", "TN", 35.77799, 10.82617, "Monastir"),                            # K
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),   # K
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bizerte_base": ("base", "TN", 37.27442, 9.87391, "Bizerte naval base"),               # G* (city row)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qkm1": ["ليبانون ديبايت", "الطبرقي", "إدريس المقرحي", "الجيش الوطني الليبي", "عملية الكرامة", "الشرارة الأولى",
          "الجيش اللبناني", "الليبيين"],
 "qkm2": ["الميدان", "الدنقلاوي", "متحرك الصحراء", "الدعم السريع", "المياه المالحة", "السوداني", "الليبية",
          "ليبية"],
 "qkm3": ["الفرات نيوز", "الحمصي", "عملية درع الفرات", "لواء صقور الباب", "يفتح الباب", "الجيش الوطني السوري",
          "السوريين", "التركية"],
 "qkm4": ["المونيتور", "إدريس ديبي", "عملية صقر تيبستي", "زواراً", "عجزاً مالياً", "التشادي", "الليبيتين",
          "الفرنسية"],
 "qkm5": ["إذاعة المنستير", "القابسي", "متوازن", "التونسية", "الليبية", "ليبية", "حشد تونسي"],
}

PHEN = {
 "qkm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "countries"],
 "qkm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qkm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qkm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qkm5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkm1": [
  mv("redeploy", "reported", "Libyan National Army", ["طبرق"], ["براك الشاطئ"]),
  mv("reinforce", "reported", "Libyan National Army", ["براك الشاطئ"], ["حقل الشرارة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["إدري"]),
  mv("advance", "denied", "Libyan National Army", [], ["طرابلس"], ["الشويرف"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"]),
 ],
 "qkm2": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["المالحة"], ["وادي هور"]),
  mv("shipment", "reported", "Sudanese army", ["دنقلا"], ["المالحة"]),
  mv("advance", "planned", "Sudanese army", ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Sudanese army", [], ["الكفرة"]),
  mv("mobilise", "conditional", "Sudanese army", [], ["الحدود مع ليبيا"]),
 ],
 "qkm3": [
  mv("airlift", "reported", "Syrian mercenaries", ["عفرين"], ["مطار معيتيقة"], ["معبر باب السلامة", "غازي عنتاب"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["طرابلس"], ["قاعدة الوطية"]),
  mv("airlift", "planned", "Syrian mercenaries", ["الباب"], ["مصراته"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["ميناء الخمس"]),
  mv("deploy", "denied", "Syrian mercenaries", [], ["النيجر", "أرليت"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["ليبيا"], ["سوريا"]),
 ],
 "qkm4": [
  mv("airlift", "reported", "Chadian army", ["انجامينا"], ["قاعدة فايا الجوية"]),
  mv("mobilise", "reported", "Chadian army", [], ["زوار"]),
  mv("advance", "planned", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("withdraw", "denied", "Chadian army", ["برداي"], ["فايا"]),
  mv("advance", "conditional", "Chadian army", [], ["القطرون", "أم الأرانب"]),
 ],
 "qkm5": [
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["حقل البرمة"]),
  mv("shipment", "reported", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("naval_landing", "planned", "Tunisian army", ["قاعدة بنزرت البحرية"], ["جرجيس"]),
  mv("mobilise", "denied", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
 ],
}

NOTES = {
 "qkm1": "Profile of an LNA brigade commander whose surname contains Tobruk (الطبرقي): the brigade moved Tobruk→Brak "
         "al-Shati, sent two battalions from there (anaphora «من هناك») to the Sharara field, will send an armoured "
         "company Tamanhint base→Idri (the aide is named إدريس), refused an order to march on Tripoli via Ash-Shwayrif "
         "(refusal = denied) and will not leave Sharara unless the facilities guard takes over; Tripoli in Lebanon "
         "(his mother's town), Akkar, Gharyan (2019), the Sabha-Ubari road and the Brak municipality (the aide's "
         "office) are not movement places.",
 "qkm2": "Profile of a Sudanese army column commander (surname contains Dongola): the column advanced Al-Dabbah→Al-"
         "Malha via Wadi Howar ('المياه المالحة' is salty water), a supply convoy Dongola→Al-Malha, a planned advance "
         "Al-Malha→the border triangle, a denied entry into Libya towards Kufra and a conditional massing on the "
         "border with Libya; Khartoum (dateline), Karima, Omdurman, Bahri, Gezira (career), El Fasher and Cairo are "
         "background, and Libya/Chad as RSF supply routes are only the condition.",
 "qkm3": "Profile of a Syrian faction commander in Libya (surname contains Homs; faction name contains Al-Bab, "
         "the common phrase 'يفتح الباب' too): a reported airlift Afrin→Mitiga via the Bab al-Salama crossing and "
         "Gaziantep, a redeployment Tripoli→Al-Watiya, a planned airlift Al-Bab→Misrata (spelled مصراته), a denied "
         "landing at Khoms port, a refused (denied) deployment to Niger near Arlit and a conditional return "
         "Libya→Syria; Baghdad (dateline), Homs, Ankara, Aleppo and Damascus are not movement places.",
 "qkm4": "Profile of a Chadian army general in Tibesti ('زواراً' = visitors beside the town Zouar; Idriss Deby "
         "twice): an airlift N'Djamena→Faya air base, massing in Zouar, a planned advance Zouar→Kouri Bougoudi, a "
         "denied pull-back Bardai→Faya (the ambush near Aozou is an event place), and a conditional advance to "
         "Al-Qatrun and Umm al-Aranib in Libya; Cherchell in Algeria (country), Mali, Borkou, Tripoli/Benghazi "
         "(the Libyan authorities), the Aouzou Strip and Niger are background.",
 "qkm5": "Profile of a Tunisian army regiment commander from Monastir (surname contains Gabes; 'متوازن' contains "
         "Wazin; the radio's name contains Monastir): two companies Remada→El Borma field, armoured vehicles "
         "Gabes→Dehiba, a planned marine landing Bizerte naval base→Zarzis, a denied massing near Ras Jedir and a "
         "conditional reinforcement Tataouine→Borj El Khadra; Tunisia (country) vs the capital Tunis, the governorate "
         "vs the town of Tataouine, Wazin only locates Dehiba.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkm1", "qkm2", "qkm3", "qkm4", "qkm5")
