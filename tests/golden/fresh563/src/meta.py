# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # us1 Syrian company (Daraj)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "watiya_short": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),              # G* (row قاعدة الوطية)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "deirezzor": ("city", "SY", 35.33590, 40.14080, "Deir ez-Zor"),                        # K
 "gaziantep_apt": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # us2 RSF company (Mada Masr)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "tripoint_lsc": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                  # G* (row مطار شرق العوينات)
 # us3 Africa Corps unit (Al-Modon)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra_d": ("district", "LY", 29.12680, 15.94770, "Al Jufra"),                         # K (point at Hun, README rule)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row طبرق / قاعدة طبرق البحرية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                               # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G* (row الحدود الليبية الجزائرية)
 # us4 Chadian rebel battalion (ARIJ)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "border_ly_td": ("region", "LY", 23.30000, 16.50000, "Libya-Chad border"),             # K (Libyan side, north of Kouri Bougoudi)
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # us5 Misrata battalion (Ultra Sawt)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "rasajdir_short": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"), # G* (row منفذ رأس جدير)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwarah municipality"),          # G* (town row)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "misrata_port": ("crossing", "LY", 32.36670, 15.21670, "Port of Misrata (Qasr Ahmed)"),  # K
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18500, "Port of Tripoli"),             # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SYR, SDN, LNA, EGY, RUS = "Syrian mercenaries", "Sudanese armed groups", "Libyan National Army", "Egyptian army", "Russian forces"
CHD, GNA, MIS, ZIN, TUN = "Chadian armed groups", "GNA forces", "Misrata forces", "Zintan forces", "Tunisian army"

MOVES = {
 "us1": [
  mv("airlift", "reported", SYR, ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("deploy", "reported", SYR, ["طرابلس"], ["قاعدة الوطية"]),
  mv("redeploy", "reported", SYR, ["الوطية"], ["غريان"]),
  mv("redeploy", "planned", SYR, [], ["مزدة"]),
  mv("deploy", "denied", SYR, [], ["الشويرف"]),
  mv("withdraw", "conditional", SYR, [], ["سوريا"]),
 ],
 "us2": [
  mv("withdraw", "reported", SDN, ["مليط"], ["المالحة"]),
  mv("advance", "reported", SDN, ["المالحة"], ["معطن السارة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", LNA, ["الكفرة"], ["معطن السارة"]),
  mv("advance", "denied", SDN, [], ["الكفرة"]),
  mv("redeploy", "planned", SDN, [], ["شمال دارفور"], ["وادي هور"]),
  mv("reinforce", "conditional", EGY, [], ["شرق العوينات"]),
 ],
 "us3": [
  mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", RUS, ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("deploy", "denied", RUS, [], ["سبها"]),
  mv("airlift", "planned", RUS, ["براك"], ["باماكو"]),
  mv("withdraw", "conditional", RUS, ["براك"], ["قاعدة الخادم"]),
 ],
 "us4": [
  mv("mobilise", "reported", CHD, [], ["تمسة"]),
  mv("withdraw", "reported", CHD, ["كوري بوغودي"], ["أم الارانب"], ["الحدود مع تشاد"]),
  mv("shipment", "reported", CHD, ["النيجر"], ["أم الارانب"], ["منفذ التوم", "القطرون"]),
  mv("advance", "denied", CHD, [], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["القطرون"]),
  mv("withdraw", "conditional", CHD, [], ["تيبستي"]),
 ],
 "us5": [
  mv("redeploy", "reported", MIS, ["الزاوية"], ["معبر رأس اجدير"], ["مجمع مليتة", "زوارة"]),
  mv("naval_landing", "reported", MIS, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "reported", MIS, ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("mobilise", "denied", ZIN, [], ["الجميل"]),
  mv("deploy", "planned", GNA, [], ["معبر رأس اجدير"]),
  mv("withdraw", "conditional", MIS, [], ["مصراتة"]),
  mv("reinforce", "reported", TUN, [], ["بن قردان"]),
 ],
}

TRAPS = {
 "us1": ["درج", "الجيش الوطني السوري", "سوريين", "الليبية", "الجيش الليبي", "ما ادري", "أبو عمر الحلبي"],
 "us2": ["الدعم السريع", "مدى مصر", "سليمان الجالوي", "سودانيين", "الجيش السوداني", "سودانية", "مصري"],
 "us3": ["الفيلق الإفريقي", "المدن", "ميلاد الإدريسي", "أمني ومالي", "ليبية", "الروسي"],
 "us4": ["أريج", "تشاديين", "تشادية", "جبهة الوفاق من أجل التغيير في تشاد", "التشادي", "علي الوداني",
         "ليبية", "الحكومة التشادية"],
 "us5": ["ألترا صوت", "التونسيون", "مصطفى الطرابلسي", "الجيش التونسي"],
}

PHEN = {
 "us1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "us2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "us3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "us4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "us5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

NOTES = {
 "us1": "Daraj-style investigation tracing a Syrian company told out of order: the Watiya→Gharyan leg first, then the "
        "flashback airlift Gaziantep airport→Mitiga airport and the Tripoli→Al-Watiya leg ('the capital' = Tripoli); a "
        "planned move to Mizda, the GNU ministry's denial for Ash Shwayrif and a conditional return to Syria. Tripoli "
        "(Lebanon) is the cousin's home, not a movement place; «ما ادري» and «أبو عمر الحلبي» are traps.",
 "us2": "Mada Masr-style investigation of an RSF company: flashback withdrawal Mellit→Al Malha, the crossing Al Malha→"
        "Maaten al-Sarra via the border triangle (retold by the driver and the headline), LNA fuel trucks Kufra→the same "
        "camp ('المعسكر نفسه' = Maaten al-Sarra), the Subul al-Salam denial for Kufra, a planned return to North Darfur "
        "via Wadi Howar and Egypt's conditional reinforcement of East Oweinat. Cairo, Sarir field and the border phrase "
        "are not movement places.",
 "us3": "Al-Modon-style investigation of an Africa Corps unit: the arrival at Brak air base from Jufra first (retold as "
        "'ومن الجفرة تحركت برّاً إلى براك'), then flashbacks Tartus→Tobruk port (sea) and Al Khadim→Jufra air base "
        "(air); an LNA denial for Sabha, a planned airlift Brak→Bamako and a conditional pull-back Brak→Al Khadim. Idri "
        "is the witness's town; الإدريسي and «أمني ومالي» are traps; Moscow/Washington (metonymy), the Algiers official and the border are not moves.",
 "us4": "ARIJ-style investigation of a FACT battalion: massing in Tmassah first, then the flashback pull-out Kouri "
        "Bougoudi→Umm al-Aranib across the Chad border, an ammunition shipment from Niger via the Toummo crossing and Al "
        "Qatrun to Umm al-Aranib, FACT's denial for Murzuq, a planned LNA company for Al Qatrun (told by a municipal "
        "member) and a conditional return to Tibesti. N'Djamena is metonymy, not a movement place.",
 "us5": "Ultra Sawt-style investigation of a Misrata battalion: Zawiya→Ras Ajdir crossing via Mellitah and Zuwara told "
        "first, then the flashback sea move Misrata port→Tripoli port and Tripoli→Zawiya via Janzour ('from the "
        "capital'); Zintan's denied massing in Al-Jumayl, a planned Interior force for the crossing ('المعبر'), a "
        "conditional return to Misrata and a Tunisian reinforcement of Ben Gardane. The headline Misrata→Ras Ajdir "
        "summarises the legs; Garabulli is a road not taken.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("us1", "us2", "us3", "us4", "us5")
