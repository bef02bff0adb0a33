# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qhw1 MENA: the LNA column Benghazi -> Sirte
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qhw2 TAP: the Tunisian border
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.80, 11.25, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 # qhw3 NNA: Tripoli (Libya) and Tripoli (Lebanon)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasrbenghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar), kind district)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 # qhw4 SUNA: the Libya-Egypt-Sudan triangle and Kufra
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "tri_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 16.5, 25.5, "North Darfur"),                        # K
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # qhw5 QNA: the Fezzan column to Al Qatrun
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
}

TRAPS = {
 "qhw1": ["وكالة أنباء الشرق الأوسط", "الجيش الوطني الليبي", "الجديد", "الكتائب المصراتية", "الخارجية المصرية", "إدريس الشريف",
          "الأطراف الليبية"],
 "qhw2": ["وكالة تونس إفريقيا للأنباء", "إذاعة تطاوين الجهوية", "الجيش التونسي", "دورية تونسية", "الليبية", "الجانب التونسي", "محمد الطرابلسي"],
 "qhw3": ["الوكالة الوطنية للإعلام", "«الوطنية»", "قوة حماية طرابلس", "خالد الطرابلسي", "الليبية", "لبنانياً"],
 "qhw4": ["وكالة السودان للأنباء", "سونا", "نبيل الدنقلاوي", "الجيش الوطني الليبي", "كتيبة سبل السلام",
          "ميليشيا الدعم السريع", "الرتل الليبي", "الحكومة السودانية"],
 "qhw5": ["وكالة الأنباء القطرية", "قنا", "الجيش الوطني الليبي", "طارق بن زياد", "إدريس الغاتي", "المعارضة التشادية", "البيضاء"],
}

PHEN = {
 "qhw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qhw2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_crossings", "countries"],
 "qhw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qhw5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhw1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت", "قاعدة القرضابية"], ["اجدابيا", "البريقة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["النوفلية"]),
  mv("mobilise", "reported", "Misrata forces", [], ["تاورغاء"]),
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["الهيشة"]),
 ],
 "qhw2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الحدود مع ليبيا", "الذهيبة"], ["رمادة"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["معبر رأس جدير"], ["زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
 ],
 "qhw3": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "القره بوللي"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["قصر بن غشير"]),
  mv("withdraw", "denied", "GNA forces", ["مطار معيتيقة"]),
  mv("advance", "conditional", "Misrata forces", ["تاجوراء"], ["عين زارة"]),
 ],
 "qhw4": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي", "جبل العوينات"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["المالحة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع السودان"]),
 ],
 "qhw5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"], ["سبها", "مرزق"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
  mv("deploy", "denied", "GNA forces", ["مصراتة"], ["الشويرف"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
}

NOTES = {
 "qhw1": "MENA flash series: the URGENT 'column leaves Benghazi for Sirte'; UPDATE 1 (64 vehicles, not 40; via Ajdabiya "
         "and Brega; a planned cargo flight Benina base->Jufra base; marines landed at Ras Lanuf port from Benghazi "
         "port; pages claim a company left Nofaliya); UPDATE 2 (arrival at Gardabiya base south of Sirte, 'not the city "
         "centre'; the Nofaliya pull-out denied; 70 Misrata vehicles massed in Tawergha, whose brigades 'will not move "
         "towards Al-Hisha unless...'). One movement per move, places gathered over the flashes, status as of the last "
         "flash. Misrata is the speaker's base; the Oil Crescent and Sirte's 'kilometre-50 gate' are no movement "
         "places; Cairo speaks.",
 "qhw2": "TAP flash series: URGENT reinforcements 'on their way to the border with Libya'; UPDATE 1 Tataouine->Dehiba "
         "via Remada (30 vehicles), denial of a patrol's incursion into Abu Kammash, a conditional Medenine->Ben "
         "Gardane reinforcement; UPDATE 2 26 vehicles, not 30; a GNA force Zawiya->Ras Ajdir crossing via Zuwara and a "
         "planned company Nalut->Wazin crossing. Ras Ajdir in the URGENT is only where the clashes were; Tunis is the "
         "dateline, Tripoli the seat of the GNA staff, Trabelsi a Tunisian spokesman.",
 "qhw3": "NNA flash series on Lebanese sailors stuck in Tripoli (Libya): Misrata columns Misrata->Tajoura via Zliten and "
         "Garabulli (50 vehicles, corrected to 35), 120 men of the same force landed at Tripoli port from Misrata port, "
         "a planned battalion Tarhuna->Qasr Bin Ghashir, a claimed pull-out from Mitiga airport denied, a conditional "
         "advance Tajoura->Ain Zara. UPDATE 2 is datelined in Tripoli (Lebanon): the sailors' families from Tripoli and "
         "Akkar at Tripoli (Lebanon) port; Beirut is dateline and ministry seat; the Misrata commander's town "
         "('مصراته') only says where he is from.",
 "qhw4": "SUNA flash series: an LNA column 'towards the border triangle', then from Kufra to the foot of Jebel "
         "Uweinat (40 vehicles); an RSF fuel-and-ammunition convoy Kufra->Al Malha (North Darfur) reported by the "
         "army spokesman and denied by an RSF adviser (status of the last flash: denied); the LNA's planned airlift "
         "Benina base->Kufra airport and conditional advance Maaten al-Sarra base->the border with Sudan. Port Sudan is "
         "the dateline, Benghazi the seat of the silent command, Khartoum only a distance reference; 'المثلث' alone is "
         "not annotated.",
 "qhw5": "QNA flash series: URGENT 'column Sabha->Murzuq'; UPDATE 1 corrects it: from Tamanhint base, through Sabha "
         "and Murzuq, to Al Qatrun (54 vehicles), 12 fuel-and-ammunition trucks Sabha->Al Qatrun, and a planned cargo "
         "flight Jufra base->Ghat airport; UPDATE 2 arrival in Al Qatrun (45, not 54), a conditional advance Al "
         "Qatrun->the border with Niger, the GNA staff's denial of a force Misrata->Ash Shwayrif, and Chadian "
         "opposition fighters massing in Umm al-Aranib. Southern Libya, Fezzan, Idri, El Feel, Doha and Qatar are no "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhw1", "qhw2", "qhw3", "qhw4", "qhw5")
