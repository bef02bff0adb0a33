# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared Libyan cities, ports and regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata (Qasr Ahmed)"),  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # qfu1 Benghazi port (Al-Jarida)
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row طرطوس)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "east_ly": ("region", "LY", 31.5, 21.5, "Eastern Libya"),                              # K
 # qfu2 Misrata and Khoms (Shafaq News)
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row الخمس)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                         # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 # qfu3 Tobruk and Derna (Al-Ayam)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row طبرق)
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                 # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "bardia": ("crossing", "LY", 31.75601, 25.08530, "Port of Bardia"),                    # G* (town row بردية)
 "border_ly_eg": ("region", "LY", 31.60, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 # qfu4 Zuwara and the ship from Lebanese Tripoli (Lebanon 24)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),               # G* (town row جرجيس)
 "border_tn_ly": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 # qfu5 Khoms naval base and the Turkish frigate (Ammon)
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Khoms Naval Base"),                  # G* (row ميناء الخمس)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "kayseri_base": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),        # G* (row قاعدة إركيليت الجوية, kind airport)
}

TRAPS = {
 "qfu1": ["ألكسندر أوتراكوفسكي", "الجريدة", "طارق بن زياد", "إدريس العبيدي", "درع الساحل 2026", "الجيش الوطني الليبي", "السوري"],
 "qfu2": ["شفق نيوز", "التركي", "الكتائب المصراتية", "محمد الزليتني", "السنوات الخمس", "مرتزق سوري"],
 "qfu3": ["سفينة الإنزال «طبرق»", "مصريتان", "الأيام", "الجيش الوطني الليبي", "المصرية", "حماية الشواطئ 3",
          "الملك إدريس السنوسي"],
 "qfu4": ["لبنان 24", "اللبناني", "لبنانيين", "سوريان", "جيش البحر التونسي", "سمير الطرابلسي", "الإيطالية"],
 "qfu5": ["عمون", "ضابطاً ليبياً", "تي سي جي كمال رئيس", "كتيبة ثوار طرابلس", "إيه-400", "التركية", "الأتراك", "بحر الصداقة 2026", "الجيش الوطني الليبي", "الليبية"],
}

PHEN = {
 "qfu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qfu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qfu4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfu1": [
  mv("shipment", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء بنغازي"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة بنينا"]),
  mv("shipment", "conditional", "Russian forces", [], ["بنغازي"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("advance", "denied", "Russian forces", [], ["سرت", "قاعدة القرضابية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["شرق ليبيا"]),
 ],
 "qfu2": [
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء قصر أحمد"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
  mv("deploy", "reported", "Misrata forces", ["الدافنية"], ["ميناء الخمس"], ["زليتن"]),
  mv("withdraw", "conditional", "Misrata forces", [], ["مصراتة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["الخمس"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["ميناء مصراتة"]),
 ],
 "qfu3": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "reported", "Libyan National Army", ["ميناء طبرق"], ["درنه", "ميناء درنة"], ["التميمي"]),
  mv("deploy", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء طبرق"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء الحريقة"], ["بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["ميناء البردية"]),
 ],
 "qfu4": [
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", ["صبراتة"], ["زوارة"]),
  mv("shipment", "planned", "GNA forces", [], ["قاعدة معيتيقة"]),
  mv("mobilise", "denied", "Tunisian army", [], ["ميناء جرجيس"]),
  mv("reinforce", "conditional", "GNA forces", [], ["أبوكماش"]),
 ],
 "qfu5": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الخمس"], ["القرة بوللي"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["زليتن"]),
  mv("redeploy", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("advance", "denied", "Libyan National Army", ["ميناء رأس لانوف"], ["خليج سرت"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة قيصري الجوية"], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "qfu1": "Benghazi port: a Russian landing ship unloads armour brought from Tartus port (shipment, the load is "
         "equipment, no troops landed); LNA trucks take part of it from the port ('الميناء' = Benghazi port) to "
         "Benina base; a second Russian ship will head to Benghazi only if the weather improves (conditional); a "
         "planned marine landing Benghazi port→Derna port announced by Maj. Idris al-Obeidi (trap; exercise 'درع الساحل "
         "2026' is a trap); the LNA denies the advance of an armour column with Russian personnel to Sirte and "
         "Gardabya base (the headline repeats it); Western reports of equipment airlifted from Hmeimim to bases in "
         "eastern Libya. Moscow, Syria, Russia, Libya and Cyrenaica are not movement places.",
 "qfu2": "Misrata and Khoms ports: a Turkish cargo ship Mersin port→Qasr Ahmed port (= Misrata port; the first "
         "'ميناء مصراتة' is only the speaker's office, the second the denied landing, the third background); "
         "Misrata brigades reach Khoms port; their return to Misrata 'as soon as' the coast "
         "guard takes over (conditional, no origin written); the force first massed at Dafniya (mobilise, reported; "
         "'غرب مصراتة' there is a locator), then deployed Dafniya→Khoms port via Zliten; a planned coast-guard move "
         "Abu Sitta naval base→Khoms; "
         "a denied landing of Syrian mercenaries at Misrata port. Ankara, Tripoli, Al-Murqub, Turkey, Italy are not "
         "movement places; 'السنوات الخمس' and 'محمد الزليتني' are traps.",
 "qfu3": "Tobruk and Derna: the LNA landing ship 'طبرق' (trap) brings 200 marines Benghazi port→Tobruk port; buses take "
         "them from the port ('الميناء' = Tobruk port) to Derna and Derna port via Al-Tamimi; two Egyptian "
         "frigates are due at Tobruk port from Ras el-Tin naval base (planned; Alexandria only locates the base, "
         "Cairo is the source); the denied pull-back of the battalion guarding Marsa al-Hariga to Benghazi; a "
         "conditional reinforcement of Bardia port with extra patrol boats ('25 km from the border with Egypt' is a distance "
         "reference). Tobruk as dateline/speaker, Tobruk municipality, Al-Jabal al-Akhdar, Libya, Egypt are not "
         "movement places.",
 "qfu4": "Lebanon 24: a Togo-flagged ship with ammunition sailed from Lebanese Tripoli port and was brought to Zuwara "
         "port by the Libyan coast guard (shipment, actor null: the ship, not a named force, carries the load); a "
         "GNA company Sabratha→Zuwara; containers to be trucked to Mitiga base (planned, origin not written); Tunis "
         "denies massing navy boats in Zarzis port ('70 km from the border with Libya', Tunisian side, is a distance "
         "reference); the coast guard's conditional reinforcement of Abu Kammash with two more boats (Ras Ajdir only "
         "a distance reference). Tripoli in the "
         "headline and 'وفي طرابلس' is Lebanese Tripoli; 'طرابلس الغرب' is the Libyan capital; Beirut, Cyprus, "
         "Misrata (a seizure location) are not movement places.",
 "qfu5": "Ammon: the Turkish frigate Aksaz naval base→Khoms port; a GNA (444 Brigade and the Tripoli Revolutionaries "
         "Brigade, a trap) column Tripoli→Khoms via Garabulli; a planned Turkish marine training landing on the Zliten beach (origin 'the frigate', no place); "
         "a conditional move of the frigate to Misrata port; the LNA denies a landing ship advancing from Ras Lanuf "
         "port towards the Gulf of Sirte; a Turkish A400M Kayseri air base→Al-Watiya ('الأخيرة' = Al-Watiya; the "
         "first Al-Watiya mention and Khoms naval base are presence, no movement). Tripoli as the attaché's post, "
         "Amman/Jordan (training) and the last paragraph's ports are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfu1", "qfu2", "qfu3", "qfu4", "qfu5")
