# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared Libyan cities and places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # vd1 Syrian fighters out, Wagner's conditions (Al-Liwaa, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # vd2 the three-phase timetable on the Sirte-Jufra line (Al-Jarida, Sirte)
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 # vd3 violations claimed by both sides (Al-Ayam, Benghazi)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # vd4 foreign fighters out through the south (Ammon, Tripoli)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written إنجامينا)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tripoint_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 # vd5 heavy weapons out of Tripoli, Turkey's conditions (Oman daily, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "border_tn_side": ("region", "TN", 33.00, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "vd1": ["اللواء", "المرصد السوري لحقوق الإنسان", "عماد الطرابلسي", "دعماً مالياً", "اللبناني", "الفيلق الأفريقي",
         "ليبيا الأحرار", "التركي"],
 "vd2": ["الجريدة", "الدول الخمس", "إدريس بوخمادة", "الجيش الوطني الليبي", "غرفة عمليات تحرير سرت والجفرة"],
 "vd3": ["الأيام", "المنطقة العسكرية الوسطى", "كتيبة طارق بن زياد", "وزارة الدفاع التركية", "روسية"],
 "vd4": ["عمون", "الجيش التشادي", "محمد إدريس ديبي", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "الأراضي الليبية"],
 "vd5": ["عُمان", "المصراتية", "قوة حماية طرابلس", "إيريني", "وزارة الدفاع التونسية", "العاصمة الليبية"],
}

PHEN = {
 "vd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "vd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "vd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "coverage_crossings", "countries"],
 "vd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_neighbours", "countries"],
 "vd5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vd1": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة معيتيقة"], ["مطار غازي عنتاب"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["معسكر اليرموك"], ["مطار معيتيقة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("withdraw", "conditional", "Wagner Group", ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "denied", "Wagner Group", ["مالي"], ["قاعدة القرضابية"]),
 ],
 "vd2": [
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "GNA forces", ["أبوقرين"], ["مصراته"]),
  mv("withdraw", "reported", "Libyan National Army", ["بويرات الحسون"], ["سرت"]),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["الهيشة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["هراوة"]),
 ],
 "vd3": [
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["مطار مصراتة"]),
  mv("advance", "denied", "GNA forces", ["ابوقرين"], ["بويرات الحسون"]),
  mv("advance", "conditional", "GNA forces", [], ["الوشكة"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["بنغازي"]),
 ],
 "vd4": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"], ["القطرون"]),
  mv("deploy", "reported", "Libyan National Army", [], ["القطرون"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تمسة"]),
 ],
 "vd5": [
  mv("withdraw", "reported", "Zintan forces", ["العزيزية"], ["الزنتان"], ["غريان"]),
  mv("deploy", "reported", "GNA forces", [], ["العزيزية"]),
  mv("shipment", "planned", "Misrata forces", ["طرابلس"], ["مصراتة"], ["الخمس", "زليتن"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية", "ميناء الخمس"]),
 ],
}

NOTES = {
 "vd1": "Syrian fighters out of western Libya: 300 airlifted Mitiga base→Gaziantep airport after a bus transfer "
        "Yarmouk camp→Mitiga airport; a planned second batch Al-Watiya→Turkey; Wagner ('Africa Corps') will leave the "
        "Jufra air base only after the last Turkish soldier leaves Al-Watiya (conditional; Al-Watiya there is only the "
        "condition); a denied arrival of Wagner men from Mali at Gardabya base ('south of Sirte' only locates it). "
        "Beirut = dateline, Tripoli (Lebanon) = a source's city, Ankara = the recruiter, Sirte = meeting venue, "
        "Geneva = where the 2020 ceasefire was signed: none is a movement place.",
 "vd2": "JMC three-phase timetable: LNA heavy units Sirte→Jufra air base (planned; Waddan only locates the base), GNA "
        "brigades Abu Qurayn→Misrata 'once the other side's pull-back is verified' (conditional), an LNA column "
        "Buwairat al-Hassoun→Sirte (reported), a GNA ammunition convoy Misrata→Al-Hisha claimed by the LNA and denied, "
        "and an LNA massing of 50 vehicles in Harawa claimed by the GNA operations room with no denial (reported). "
        "Sirte is also dateline, venue and a locator ('east of Sirte'); Es Sider/Ras Lanuf are where the oil guards "
        "stay (no move); Benghazi is only the silent side.",
 "vd3": "Mutual accusations: Turkish cargo flights Ankara→Misrata airport (reported, Ankara does not deny), a GNA "
        "advance Abu Qurayn→Buwairat al-Hassoun claimed by the LNA and denied, a GNA threat to advance to Al-Washka "
        "if the other side moves outside Sirte (conditional; Sirte is only the condition), a Russian landing ship "
        "Tartus→Tobruk port (reported by the GNA staff, no denial), and the Tariq bin Ziyad battalion's planned "
        "pull-back Sirte→Benghazi. Benghazi is also dateline and venue; Tripoli and Moscow are only speakers.",
 "vd4": "Foreign fighters out through the south: a Chadian convoy Umm al-Aranib→the border with Chad via Al-Qatrun "
        "(reported), LNA units deployed in Al-Qatrun behind it (reported), a planned Sudanese batch Kufra→Darfur via "
        "the border triangle, a conditional LNA reinforcement Sabha→Murzuq (El Feel field only in the condition), "
        "and a Chadian rebel group's denied massing near Tmassah. Algiers (meeting), N'Djamena (speaker), Sudan and "
        "Niger (liaison) are not movement places.",
 "vd5": "Tripoli heavy-weapons plan discussed in Tunis: Zintan's 35 vehicles Al-Aziziyah→Zintan via Gharyan "
        "(reported), a GNA staff force deployed into the vacated positions in Al-Aziziyah (reported), Misratan "
        "tanks and artillery Tripoli→Misrata via Al-Khums and Zliten (planned), a Turkish landing at Khoms port from "
        "Mersin denied by Ankara, and Turkey's conditional withdrawal from Al-Watiya and Khoms port. Tunis is dateline "
        "and venue; Tunisia/Algeria/Egypt only sign a statement; the Tunisian units 'stationed on the border with "
        "Libya' are a state, not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vd1", "vd2", "vd3", "vd4", "vd5")
