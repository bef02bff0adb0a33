# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "comoros": ("country", "KM", -11.64894, 43.31500, "Comoros"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 # shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                              # G* (row قاعدة الجفرة الجوية, near Hun/Waddan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),         # G
 # qie1 Irini boarding off Derna (Al-Quds Al-Arabi, Rome)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                       # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 "latakia_port": ("crossing", "SY", 35.53125, 35.79088, "Port of Latakia"),                # G* (city row اللاذقية)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),              # G
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                                 # G (row خليج سودا)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                       # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                  # G* (city row مرسين)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                # G (row ميناء مصراتة)
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                                 # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                 # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                      # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),    # G* (row الحدود الليبية المصرية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة, matched by شرق ليبيا)
 # qie2 the Tripoli (Lebanon) ship and the Syrian fighters (Al-Joumhouria, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                   # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                     # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                                 # G* (row حلبا, Halba (Akkar))
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),          # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 # qie3 the UN panel's annual report (Al-Jarida, New York)
 "newyork": ("city", "US", 40.71427, -74.00597, "New York"),                               # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),                # G* (airport row, kind base)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata Airport"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                    # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 # qie4 Kufra airlift and the Darfur route (Al-Sudani, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                     # G* (row جنوب شرق ليبيا)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                     # G
 "s_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                       # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G (row تازربو; written تيزربو)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                       # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 # qie5 the Egyptian denial (Al-Wafd, Cairo)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G* (row مطروح)
 "border_eg_ly": ("region", "EG", 29.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "qie1": ["القدس العربي", "سبيتساي", "غيرسون", "محمد الحمصي", "اليونانية", "اللبناني", "التركية"],
 "qie2": ["الجمهورية", "حسن الطرابلسي", "الجيش اللبناني", "الجيش الوطني الليبي", "السوريون"],
 "qie3": ["الجريدة", "الفيلق الأفريقي", "الدول الخمس", "الروسية", "تركية", "إدريسا ديالو", "السنغالي"],
 "qie4": ["السوداني", "حركة تحرير السودان", "كامل إدريس", "الجيش الوطني الليبي", "الليبية"],
 "qie5": ["الوفد", "مصري", "الجيش المصري", "الليبية", "سانجاكتار", "جمال عبد الناصر", "التركية"],
}

PHEN = {
 "qie1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qie2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qie3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qie4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qie5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qie1": [
  mv("shipment", "reported", None, ["ميناء اللاذقية"], ["ميناء بنغازي"], ["مرفأ طرابلس"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراته"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["طرابلس"]),
  mv("reinforce", "planned", None, ["أوغستا"], ["خليج سرت"]),
 ],
 "qie2": [
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", "Syrian mercenaries", ["جنزور"], ["قاعدة الوطية"]),
  mv("deploy", "denied", "Syrian mercenaries", ["طرابلس"], ["طبرق"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"]),
 ],
 "qie3": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"], ["مطار مصراتة"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["دارفور"], ["الكفرة"], ["مثلث العوينات"]),
  mv("redeploy", "planned", "Turkish armed forces", ["ميناء الخمس"], ["ميناء زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["أبوقرين"]),
 ],
 "qie4": [
  mv("airlift", "reported", None, ["مطار بنينا"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["نيالا"], ["مثلث العوينات"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("reinforce", "planned", "Libyan National Army", ["تيزربو"], ["الكفرة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["ربيانة"], ["شمال دارفور"]),
 ],
 "qie5": [
  mv("airlift", "denied", None, ["سيدي براني"], ["قاعدة الخادم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["إزمير"], ["ميناء طرابلس"]),
  mv("mobilise", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مرسى مطروح"]),
 ],
}

NOTES = {
 "qie1": "Irini boards a Comoros-flagged ship 150 nm north of Derna (Derna only locates the boarding) on its voyage "
         "Latakia port→Benghazi port via a one-day stop at the port of Tripoli (Lebanon) (reported cargo shipment, no "
         "force named); its diversion to Souda Bay in Crete is the enforcement step, not a force movement; 23 Russian "
         "Il-76 flights Hmeimim→Al-Khadim ('east of Benghazi' only locates the base); Ankara denies a frigate escorted "
         "a landing ship Mersin port→Misrata port (written مصراته) that put armour and marines ashore; a Turkish "
         "official's conditional escort of every ship bound for Tripoli (Libya); a planned Italian frigate Augusta→the "
         "Gulf of Sirte to reinforce the patrols (Sirte alone = a past inspection's locator). Rome, Ankara = speakers; "
         "Crete, the Egypt border, eastern Libya, Comoros (flag) are not movement places.",
 "qie2": "Lebanese daily: a ship carried 40 military trucks from the port of Tripoli (Lebanon)→Tobruk port (reported, "
         "no force named; the trucks stored in Akkar before loading is no move); ~1200 Syrian fighters flown "
         "Gaziantep airport→Mitiga airport in Tripoli (written طرابلس الغرب); 300 of them planned Janzour→Al-Watiya; the "
         "Lebanese army denies 60 Syrian fighters boarded in Tripoli (Lebanon) bound for Tobruk; the LNA will not "
         "withdraw from Sirte unless the mercenaries leave Tripoli (Libya; condition only). Beirut, Benghazi = "
         "dateline/speaker/company seat; the last Tripoli port mention is a speaker.",
 "qie3": "UN panel report: 19 Turkish A400M flights Erkilet air base (Kayseri)→Al-Watiya via Misrata airport; the "
         "Russian Africa Corps moved air defences Al-Jufra air base→Maaten al-Sarra (the Chad-Sudan triangle only "
         "locates it; the Sharara presence is static); an RSF incursion Darfur→the outskirts of Kufra via the Uweinat "
         "triangle, denied by the RSF; Turkey's planned advisers and boats Khoms port→Zuwara port; the GNA's "
         "conditional 'no withdrawal from Abu Qurayn unless foreign forces leave Al-Jufra' (Jufra only the condition). "
         "New York, Tunis, Cairo, Ankara, Benghazi are venues; Idrissa Diallo is a person.",
 "qie4": "Sudanese daily: 11 Il-76 cargo flights Benina airport→Kufra airport (reported, no force named); RSF trucks "
         "Kufra→Nyala via the Uweinat triangle; the LNA's Subul al-Salam battalion denies massing 200 men on the border "
         "with Sudan (Kufra only its seat; Kufra municipality where it patrols, static); a planned company Tazirbu "
         "(written تيزربو)→Kufra to reinforce surveillance; SLM fighters near Rebiana will return to North Darfur only "
         "after a truce covering El Fasher (condition only). Port Sudan = dateline and speaker's seat; Kamil Idris is a "
         "person.",
 "qie5": "Egyptian daily: a source denies 14 cargo flights from an airstrip near Sidi Barrani→Al-Khadim base (no force "
         "named; the third Sidi Barrani is the 2020 speech venue); the Egyptian army will move towards Sirte and "
         "Al-Jufra only if militias advance east (conditional); Irini saw the Turkish landing ship Sancaktar put 30 "
         "armoured vehicles and a marine company ashore at Tripoli port after sailing from Izmir (reported); a planned "
         "massing of an armoured brigade in Marsa Matruh coming from Mohamed Naguib base. The Egyptian-side border, "
         "Sallum, the Uweinat triangle, the Sallum land port and Matruh governorate (a source) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qie1", "qie2", "qie3", "qie4", "qie5")
