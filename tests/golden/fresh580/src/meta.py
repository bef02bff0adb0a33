# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: area point at Hun)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # vj1 Al-Watiya and the far west (Asharq Al-Awsat)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية; also for bare الوطية)
 "west_ly": ("region", "LY", 31.9, 12.6, "Western Libya"),                              # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "jumayl_mun": ("district", "LY", 32.85286, 12.06120, "Al Jumayl municipality"),        # G* (town row)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # vj2 Abu Qurayn and the Sirte line (Al-Quds Al-Arabi)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "buwayrat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # vj3 Siwa, Sallum and the Egyptian west (Al-Wafd)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg_siwa": ("region", "EG", 29.5, 25.1, "Egypt-Libya border (Egyptian side, Siwa sector)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sidibarrani_base": ("base", "EG", 31.466, 25.878, "Sidi Barrani Air Base"),           # K
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Airport"),                     # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # vj4 Tripoli port and the sea (Al-Jarida)
 "tripoli_port": ("crossing", "LY", 32.900, 13.185, "Port of Tripoli"),                 # K
 "misrata_port": ("crossing", "LY", 32.360, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "genoa": ("city", "IT", 44.4056, 8.9463, "Genoa"),                                     # K
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # vj5 Qatrun, the Chad border and FACT (France 24)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "vj1": ["الشرق الأوسط", "عاصفة السلام", "الجيش الوطني الليبي", "عماد الطرابلسي", "إدريس مادي", "رد الجميل",
         "الجيش التونسي"],
 "vj2": ["القدس العربي", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الروسي", "غرفة عمليات تحرير سرت والجفرة",
         "بركان الغضب", "المصري"],
 "vj3": ["الوفد", "الجيش المصري", "الليبية", "قوات الدعم السريع", "السودانية", "سبل السلام", "الجيش الوطني الليبي",
         "حسم 2020"],
 "vj4": ["الجريدة", "التركية", "اللبناني", "السنوات الخمس", "الجزائري", "الإيطالية"],
 "vj5": ["فرانس 24", "الجيش الوطني الليبي", "جبهة التناوب والوفاق في تشاد", "التشادية", "إدريس ديبي إتنو",
         "اتحاد قوى المقاومة", "فرنسية"],
}

PHEN = {
 "vj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district",
         "coverage_bases", "coverage_neighbours"],
 "vj3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vj4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "vj1": [
  mv("deploy", "reported", GNA, ["قاعدة الوطية"], ["الجميل", "زلطن"]),
  mv("withdraw", "conditional", GNA, ["الجميل"]),
  mv("redeploy", "planned", GNA, ["زوارة"], ["معبر رأس اجدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الوطية"]),
  mv("withdraw", "reported", LNA, ["قاعدة الوطية"]),
  mv("advance", "reported", GNA, ["الزاوية"], ["صبراتة", "صرمان", "العجيلات"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["الوطية"]),
 ],
 "vj2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغاء"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"], ["الجفرة"]),
  mv("advance", "denied", GNA, ["أبوقرين"], ["بويرات الحسون"]),
  mv("advance", "reported", LNA, ["النوفلية"], ["سرت"]),
  mv("advance", "reported", GNA, ["أبوقرين"], ["سرت"]),
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["بني وليد"], ["الجفرة"]),
 ],
 "vj3": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة سيدي براني الجوية"], ["مطار سيوة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["الكفرة"], ["مثلث العوينات"]),
  mv("mobilise", "reported", "Egyptian army", [], ["سيدي براني"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "reported", "Sudanese armed groups", ["دارفور"], ["الجفرة"]),
 ],
 "vj4": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراتة"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء طرابلس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
 ],
 "vj5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "conditional", LNA, ["القطرون"], ["سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["شمال تشاد", "كانم"]),
  mv("advance", "reported", "Chadian armed groups", ["ليبيا"], ["إنيدي"]),
  mv("advance", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["فزان"]),
 ],
}

NOTES = {
 "vj1": "Al-Watiya six years on: this week a GNU battalion Al-Watiya base→Al-Jumayl and Zaltan (the border with "
        "Tunisia only a distance reference), its conditional stay in Al-Jumayl, a planned company Zuwara→Ras Ajdir "
        "crossing and Zintan's denied column towards Al-Watiya ('the city' = Zintan); recap: the LNA's reported "
        "withdrawal from Al-Watiya base on 18 May 2020 ('منها' = the base), the GNA's 13 April 2020 push from Zawiya "
        "to Sabratha, Surman and Al-Ajaylat, and Ankara's July 2020 air-defence shipment to Al-Watiya (Ankara is only "
        "the sender). Tunis is a speaker's city; Cairo the dateline.",
 "vj2": "Misrata brigades' reinforcement Misrata (written مصراته)→Abu Qurayn via Tawergha (Al-Washka only a clash "
        "location), a planned LNA battalion Jufra air base→Sirte, the Russian Africa Corps' conditional pull-out "
        "Gardabya base→Al-Jufra, a denied GNU advance Abu Qurayn→Buwairat al-Hassoun; recap: the LNA's January 2020 "
        "entry into Sirte from Nofaliya, the GNA's June 2020 advance Abu Qurayn→Sirte ('the city'), Wagner's May 2020 "
        "withdrawal from Tripoli's southern suburbs to Bani Walid and its airlift on to Al-Jufra. Sidi Barrani and "
        "the 'red line' Sirte/Al-Jufra are speech places, not movement places.",
 "vj3": "Egyptian reinforcements Mohamed Naguib base→Siwa via Marsa Matruh (the border and Jaghbub only distance "
        "references), a planned C-130 airlift Sidi Barrani air base→Siwa airport, a conditional reinforcement to "
        "Sallum (Jaghbub and the Emsaed crossing only conditions), the RSF's denied entry into Kufra via the Uweinat "
        "triangle; recap: Sisi's June 2020 visit to Sidi Barrani air base (no move), the July 2020 massing in Sidi "
        "Barrani town, armour Marsa Matruh→Sallum, and the 2019 RSF deployment Darfur→Al-Jufra.",
 "vj4": "A Misrata force landed at Tripoli port from Misrata port (Ain Zara only the clash location), its conditional "
        "return Tripoli→Misrata, a planned marine landing Abu Sitta naval base→Mellitah complex, a denied Turkish "
        "armour shipment to Khoms port; recap: the January 2020 Bana shipment Mersin→Tripoli port (the captain's "
        "home Tripoli in northern Lebanon and Genoa are not movement places) and the January 2020 airlift of Syrian "
        "fighters Istanbul→Mitiga airport; Tebboune's 'Tripoli is a red line' is no move.",
 "vj5": "An LNA column Sabha→Al-Qatrun via Umm al-Aranib, a planned company Al-Qatrun→Tummo crossing (Niger only "
        "locates the crossing), the column's conditional return to Sabha ('the town' = Al-Qatrun), FACT's denied "
        "massing around Tajarhi (the Libya-Niger-Chad triangle only a distance reference); recap: FACT's April 2021 "
        "advance from southern Libya into northern Chad and Kanem, the UFR's February 2019 column Libya→Ennedi, the "
        "LNA's January 2019 Fezzan campaign from Tamanhint air base (Sharara and Chad not movement places).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vj1", "vj2", "vj3", "vj4", "vj5")
