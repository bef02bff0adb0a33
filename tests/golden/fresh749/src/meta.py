# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G (row تجرهي; also written التجرهي)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم; also منفذ تومو)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا; qbw1 الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qbw1 Al Qatrun and the Toummo crossing (Al-Quds Al-Arabi)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qbw2 Agadez, Dirkou and Madama (Ammon)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس; also written أغاديز)
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row أسامكا; written أساماكا)
 # qbw3 Kufra and the eastern triangle (Akhbar Al-Khaleej)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "tripoint_east": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qbw4 Ghat and the Algerian border (Al-Anba)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz_ly": ("region", "DZ", 25.0, 9.95, "Algeria-Libya border (Algerian side)"),  # K
 # qbw5 Tajarhi, Murzuq and the Chadian border (Sada El Balad)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي; written كوري بوقدي)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # additions: naval landings, mobilisation, oil, Algiers
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row carries the Tripoli point)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
}

TRAPS = {
 "qbw1": ["القدس العربي", "جيش الوطني الليبي", "محمد القطروني", "الليبية", "التشادية", "الإيطالية"],
 "qbw2": ["عمون", "عملية درع الصحراء", "إدريسا موسى", "الفيلق الأفريقي", "الليبية", "النيجرية", "النيجري",
          "فرانس برس", "الجزائرية"],
 "qbw3": ["سبل السلام", "جيش الوطني الليبي", "أخبار الخليج", "قوات الدعم السريع", "سكاي نيوز عربية",
          "الجيش السوداني", "مالي", "اليونانية", "لبنانيين"],
 "qbw4": ["طارق بن زياد", "الجيش الوطني الليبي", "الأنباء", "إبراهيم الغاتي", "الخبر", "الجزائرية", "الجيش الجزائري"],
 "qbw5": ["صدى البلد", "الجيش الوطني الليبي", "تشادية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "فصيل تشادي",
          "الجيش التشادي", "فرج الإدريسي"],
}

PHEN = {
 "qbw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbw3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qbw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbw1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "conditional", "Libyan National Army", [], ["قاعدة الويغ"]),
  mv("withdraw", "denied", "Libyan National Army", ["التجرهي"], ["القطرون"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["زوارة"]),
 ],
 "qbw2": [
  mv("deploy", "reported", None, ["أغاديز"], ["ديركو"], ["صحراء تينيري"]),
  mv("mobilise", "reported", None, [], ["أرليت"]),
  mv("redeploy", "planned", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("deploy", "conditional", "Russian forces", ["نيامي"], ["أغاديس"]),
  mv("advance", "denied", "Libyan National Army", ["القطرون"], ["ماداما"]),
 ],
 "qbw3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["ربيانة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["الفاشر"], ["المثلث الحدودي"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["البردي"]),
 ],
 "qbw4": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["غات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("deploy", "denied", "GNA forces", [], ["حقل الشرارة"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "qbw5": [
  mv("advance", "reported", "Libyan National Army", ["القطرون"], [], ["تجرهي"]),
  mv("redeploy", "planned", "Libyan National Army", ["مرزق"], ["التجرهي"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الويغ"], ["تيبستي"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوقدي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقدي"]),
 ],
}

NOTES = {
 "qbw1": "LNA border guards reinforce Al Qatrun from Sabha via Umm al-Aranib (the Toummo crossing and the border with "
         "Niger in that sentence only locate the IOM's find of bodies); a planned company Al Qatrun→the Toummo crossing "
         "('300 km south' is a distance); a conditional reinforcement of Al Wigh air base; a denied pull-out from the "
         "Tajarhi post toward Al Qatrun. Geneva (IOM speaker), Chad and Sudan (victims' origin), Tripoli (dateline and "
         "government seat), Benghazi (command seat), the Qatrun-north road and Fezzan are not movement places; "
         "'محمد القطروني' is a person.",
 "qbw2": "A Nigerien convoy Agadez→Dirkou across the Tenere (actor null: the Nigerien army is not a canonical actor); "
         "a planned unit Dirkou→Madama base (the Toummo crossing and Al Qatrun only describe the route it will watch); "
         "Russian Africa Corps men in Niamey will go to Agadez only on request (conditional); the LNA border guards deny "
         "a patrol's incursion from Al Qatrun to around Madama. Migrants expelled to Assamaka, IOM's Agadez centre and "
         "the background on the 2015 law carry no movement.",
 "qbw3": "Subul al-Salam (LNA) patrol Kufra→Jebel Uweinat (the triangle is where smugglers passed, not its route); a "
         "conditional group to Rebiana; a unit stationed at Maaten al-Sarra near the Chad border (no move); a planned "
         "airlift Benina air base→Kufra airport; the RSF deny moving from El Fasher toward the triangle. Refugees from "
         "Darfur/Kordofan and migrants flying Beirut→Benghazi→Italy, and boats from Tripoli in north Lebanon, are "
         "civilian flows, not force movements.",
 "qbw4": "Tariq bin Ziyad brigade (LNA) column Ubari→Ghat via Al Awaynat (the El Feel field only locates the clash); a "
         "planned company Ghat→the Isayen crossing; the GNA staff in Tripoli deny sending a force to the Sharara field "
         "(Tripoli is the staff's seat, not the origin); the Algerian army's conditional reinforcement Illizi→Djanet "
         "(the border only in the condition). Tunis is the dateline, Tunisia/Algeria the countries migrants were "
         "expelled from; MSF's Ghat and Ubari teams are not movements.",
 "qbw5": "LNA border guards pursue smugglers from Al Qatrun via Tajarhi to a point '30 km north of the Toummo "
         "crossing' (a distance reference: no destination); migrants handed over in Al Qatrun and the wounded taken "
         "to Murzuq are not force moves; a planned company Murzuq→Tajarhi; the LNA denies an incursion from Al Wigh "
         "base to Tibesti; CCMSR fighters will leave Kouri Bougoudi only if the Chadian army stops (conditional). The "
         "Idri deportation and the UN rights statement carry no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbw1", "qbw2", "qbw3", "qbw4", "qbw5")
