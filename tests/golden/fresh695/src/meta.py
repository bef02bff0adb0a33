# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (zu4 written عين قزام)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat (border triangle)"),    # G* (row مثلث العوينات)
 # zu1 Echaab (Algiers): Algeria's south, Niger, Libya's Al-Awaynat
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset (Tamanghasset)"),        # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),     # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),           # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine (Algeria)"),          # G
 "tinzaouaten_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),             # G
 # zu2 Essahafa Al-Yawm (Tunis): the southern and western frontiers
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                               # G
 "dhehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "zuwara_port": ("crossing", "LY", 32.925, 12.090, "Port of Zuwara"),                   # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tebessa": ("city", "DZ", 35.40417, 8.12417, "Tebessa"),                               # G
 "border_dz_tn": ("region", "DZ", 33.50346, 7.50399, "Algeria-Tunisia border (Algerian side)"),  # G* (row الحدود الجزائرية التونسية)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # zu3 Al-Sudani (Port Sudan): Darfur, eastern Chad and Kufra
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                               # K
 "tina_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "triangle_sd": ("region", "SD", 19.50, 24.00, "Libya-Chad-Sudan border triangle"),    # K
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 # zu4 Essirage (Nouakchott): Niger, southern Libya, Tibesti
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),   # G* (row مطار أغاديس, written مطار أقاديس)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tibesti": ("district", "TD", 20.30159, 16.62370, "Tibesti"),                          # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 # zu5 Al3omk (Rabat): the Maghreb and Sudan
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tindouf": ("town", "DZ", 27.6711, -8.1474, "Tindouf"),                                # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "sirte_port": ("crossing", "LY", 31.22, 16.60, "Port of Sirte"),                       # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "bechar": ("city", "DZ", 31.6167, -2.2167, "Bechar"),                                  # K
 "border_dz_ma": ("region", "DZ", 27.9, -8.5, "Algeria-Morocco border (Algerian side, Tindouf)"),  # K
 "chaambi": ("region", "TN", 35.2167, 8.6667, "Jebel Chambi"),                          # K
 "kasserine": ("city", "TN", 35.1676, 8.8365, "Kasserine"),                             # K
 "elobeid": ("city", "SD", 13.1833, 30.2167, "El Obeid"),                               # K
 "bara": ("town", "SD", 13.7000, 30.3667, "Bara"),                                      # K
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 "zouerate": ("town", "MR", 22.7354, -12.4713, "Zouerate"),                             # K
 "tillaberi": ("district", "NE", 13.80396, 2.01328, "Tillaberi region"),                # G
}

TRAPS = {
 "zu1": ["إذاعة تمنغست الجهوية", "الجيش الوطني الليبي", "الفيلق الأفريقي", "النيجرية", "الصحراوية", "دعماً مالياً",
         "الضفة الأخرى من الوادي"],
 "zu2": ["هذه الزاوية", "الجيش التونسي", "أحمد الطرابلسي", "الليبية", "الجيش الجزائري", "الجيش اللبناني"],
 "zu3": ["السوداني", "السودانية", "التشادية", "محمد إدريس ديبي", "الضفة الأخرى من الوادي"],
 "zu4": ["الفيلق الأفريقي", "إذاعة فرنسا الدولية", "طارق بن زياد", "الجيش الوطني الليبي", "منطقة سبها العسكرية",
         "الجيش التشادي", "تشادية", "الجيش المالي"],
 "zu5": ["العمق المغربي", "المغاربية", "الجيش الوطني الليبي", "قوة حماية طرابلس", "إدريس الشريف",
         "كتيبة عقبة بن نافع", "جزائرية", "التونسية", "الجيش السوداني", "البيت الأبيض"],
}

PHEN = {
 "zu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "zu2": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zu3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "zu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zu5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zu1": [
  mv("deploy", "reported", "Algerian army", ["تمنغست"], ["إن قزام", "الحدود مع النيجر"]),
  mv("airlift", "planned", "Algerian army", ["ورقلة"], ["مطار إليزي"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"]),
  mv("deploy", "reported", "Russian forces", ["نيامي"], ["أرليت"]),
  mv("advance", "conditional", "Russian forces", ["أرليت"], ["قاعدة ماداما"]),
 ],
 "zu2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "denied", "Algerian army", [], ["تبسة", "الحدود مع تونس"]),
 ],
 "zu3": [
  mv("mobilise", "reported", "Sudanese armed groups", ["كتم"], ["الطينة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الطينة"]),
  mv("deploy", "planned", "Chadian armed groups", ["أم جرس"], ["الطينة"]),
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "planned", "Libyan National Army", [], ["جبل العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
 ],
 "zu4": [
  mv("airlift", "reported", "Russian forces", ["مطار أقاديس"], ["مطار ديركو"]),
  mv("redeploy", "planned", "Russian forces", ["ديركو"], ["بلما"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"], ["مرزق"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Chadian armed groups", ["فايا لارجو"], ["زوار"]),
 ],
 "zu5": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("redeploy", "planned", "Algerian army", ["بشار"], ["تندوف"]),
  mv("withdraw", "denied", "Tunisian army", ["جبل الشعانبي"], ["القصرين"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الأبيض"], ["بارا"]),
 ],
}

NOTES = {
 "zu1": "Echaab weekly digest: Algerian special forces Tamanghasset→In Guezzam and onto the border with Niger (Assamaka "
        "only a locator, the regional radio a trap), a planned airlift Ouargla→Illizi airport (Djanet only in the "
        "purpose clause), the LNA's denied pull-out from Al-Awaynat north of Ghat (the same town as Serdeles; Jebel "
        "Uweinat on the far south-east triangle is a different place and no movement place), an Africa Corps column "
        "Niamey→Arlit (Agadez = the sources' town) and its conditional advance Arlit→Madama base (the Libyan border "
        "only a distance reference, southern Libya only the condition); seizures at Bordj Badji Mokhtar and Tin "
        "Zaouatine, whose Malian twin Tinzaouaten is across the wadi.",
 "zu2": "Essahafa Al-Yawm weekly: a Tunisian reinforcement Tataouine→Dehiba (Wazin only a locator), a conditional move "
        "Remada→Borj El Khadra (Nalut only the condition), a planned GNA sea lift Tripoli port→Zuwara port (Mellitah "
        "a distance reference, Zawiya only the earlier clashes), Algeria's denied massing at Tebessa near the border "
        "with Tunisia; the Lebanese port of Tripoli (captagon seizure bound for Benghazi), a rescue off Zarzis of "
        "migrants from Sabratha and traveller counts at Ras Ajdir and Dehiba are no force movements.",
 "zu3": "Al-Sudani weekly: two towns called Tina face each other across the Sudan-Chad border — RSF massing from Kutum "
        "around Sudanese Tina, the joint force's conditional pull-out from it (Chadian Tina only the civilians' "
        "goal), Chad's planned battalion Amdjarass→Chadian Tina; an LNA reinforcement Ajdabiya→Kufra via Jalu, a "
        "planned detachment to Jebel Uweinat (no origin written), and the LNA's denied arms shipments Kufra→Al Malha. "
        "Drone strikes on Karb al-Tom, civilians fleeing El Fasher and an aid convoy Abeche→Darfur are not movements.",
 "zu4": "Essirage weekly: a Russian (Africa Corps) airlift Agadez airport→Dirkou airport and a planned move "
        "Dirkou→Bilma, the Tariq bin Ziyad brigade's denied pull-out El Feel field→Murzuq, a conditional LNA advance "
        "Qatrun→the Toummo crossing, a Chadian reinforcement Faya-Largeau→Zouar (Kouri Bougoudi only the attack "
        "site); Zouar (Chad) is a substring of Zuwara (Libya), which appears only as the migrants' coast; the In "
        "Guezzam arrests and the strikes near Kidal are no movements.",
 "zu5": "Al3omk weekly: an LNA landing Benghazi port→Sirte port (the Tripoli Protection Force only raises its alert in "
        "Tripoli), an LNA fuel-and-ammunition convoy Brak air base→Idri (Colonel Idris a trap), a planned Algerian "
        "transfer Bechar→Tindouf (the border with Morocco only a distance reference), Tunisia's denied pull-out "
        "Jebel Chambi→Kasserine, a conditional Sudanese army advance El Obeid→Bara (El Obeid inside 'the White "
        "House' is a trap; Kordofan only the warning); Zouerate and Tillaberi items have no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zu1", "zu2", "zu3", "zu4", "zu5")
BAR_IN_TEXT = True  # headlines carry a literal "|" («حصاد الأسبوع الأمني |», «نشرة الحدود |»)
