# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # wv1 the General Command's statement no. 12 on Sirte (Al-Quds Al-Arabi)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README convention)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # wv2 the GNA defence ministry's statement no. 7 on Tarhuna (Al-Liwaa)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),                        # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G (row إقليم طرابلس, names include الغرب الليبي)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.55, 36.15, "Akkar"),                                    # K
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # wv3 the southern military region's statement no. 5 (Al-Jarida)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # wv4 the Tunisian defence ministry's communiqué no. 3 (Assarih)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "border_tn_side": ("region", "TN", 32.70, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "zarzis_port": ("crossing", "TN", 33.49, 11.12, "Port of Zarzis"),                     # K
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G (row جنوب تونس)
 # wv5 the LNA land forces' statement no. 9 on Kufra (France 24)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
}

TRAPS = {
 "wv1": ["القدس العربي", "الجيش الوطني الليبي", "الجيش الوطني", "غرفة عمليات سرت الكبرى", "محمد الإدريسي", "الجديد",
         "غرفة عمليات تحرير سرت والجفرة"],
 "wv2": ["اللواء", "الليبية", "محمود الزنتاني", "اللبنانية", "لبناني"],
 "wv3": ["الجريدة", "علي المرزوقي", "الجيش الوطني الليبي", "الخمسة", "إدريس المقريف", "تشاديين", "التشادية"],
 "wv4": ["الصريح", "الجيش الوطني", "محمد الطرابلسي", "الجيش التونسي", "تونسية", "ليبية"],
 "wv5": ["فرانس 24", "سبل السلام", "الجيش الوطني الليبي", "الدعم السريع", "الجيش السوداني"],
}

PHEN = {
 "wv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "wv2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "wv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "wv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wv1": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["سرت"], ["العقيلة", "راس لانوف"]),
  mv("deploy", "planned", "Libyan National Army", [], ["بويرات الحسون"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة القرضابية الجوية"], ["الجفرة"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["الوشكة"]),
 ],
 "wv2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مسلاتة"]),
  mv("deploy", "conditional", "GNA forces", [], ["بني وليد"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
 ],
 "wv3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"], ["سبها", "جرمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك الشاطئ"], ["إدري"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "wv4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["الذهيبة"], ["تطاوين"]),
  mv("deploy", "planned", "Tunisian army", [], ["رمادة"]),
  mv("naval_landing", "conditional", "Tunisian army", ["بنزرت"], ["ميناء جرجيس", "بنقردان"]),
  mv("mobilise", "denied", "GNA forces", [], ["وازن"]),
  mv("withdraw", "reported", "GNA forces", ["منفذ وازن"], ["نالوت"]),
 ],
 "wv5": [
  mv("deploy", "reported", "Libyan National Army", ["الكُفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["مطار الكفرة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"]),
 ],
}

NOTES = {
 "wv1": "LNA General Command statement no. 12: battalion 110 Ajdabiya→Sirte via El Agheila and Ras Lanuf (reported); "
        "'صدرت التعليمات' for an artillery company to Buwairat al-Hassoun ('west of Sirte' only locates it; planned, no "
        "origin written); 'أوعزت ... بعدم التقدم نحو أبوقرين إلا في حال' (conditional advance); a denied drone-squadron "
        "pull-out Gardabya air base→Jufra; the GNA operations room's reply: 12 ammunition trucks Misrata→Al-Washka "
        "(reported shipment). Al-Rajma and Benghazi are the statement's venue/dateline, Geneva the ceasefire's place, "
        "Sirte and Jufra in the last paragraph the front line — none of them movement places there.",
 "wv2": "GNA defence ministry statement no. 7: brigade 444 Tripoli→Tarhuna via Qasr bin Ghashir (reported); 'أوعزت' a "
        "company Mitiga base→Msallata (planned); no entry into Bani Walid unless its municipality asks (conditional); "
        "statement no. 6: 200 marines landed at Khums port from Tripoli port (reported); Bani Walid council statement "
        "no. 3 denies a Wagner flight Jufra air base→Bani Walid airport. 'طرابلس الغرب' is the dateline (Libyan "
        "Tripoli); Lebanese Tripoli, Akkar, Beirut, Misrata, Zawiya and the Tripoli–Tarhuna road are only context.",
 "wv3": "LNA southern military region statement no. 5: battalion 116 Tamanhint base→Ubari via Sabha and Germa "
        "(reported; Sharara only in its task 'securing the road to the field'); 'صدرت التعليمات' a recce company Brak "
        "al-Shati→Idri (planned); a cargo plane Benina base→Sabha airport (reported airlift); no entry into Murzuq unless "
        "coordinated (conditional); Murzuq municipality's counter-statement and the mayor's denial of Chadian gunmen "
        "massing around Al-Qatrun (the road to the Niger border is only context).",
 "wv4": "Tunisian defence communiqué no. 3 (بلاغ عدد 3): a combat group Gabes→Dehiba via Tataouine (reported); an "
        "armoured company to Remada (planned, no origin); marines to land at Zarzis port from the Bizerte naval base and "
        "join Ben Gardane if Ras Ajdir stays closed (conditional; Ras Ajdir only the condition); the GNA staff denies "
        "massing in Wazin ('opposite Dehiba' is a locator) and says the unit guarding the Wazin crossing pulled back to "
        "Nalut (reported withdraw). Tunis is the dateline (city), later the country.",
 "wv5": "LNA land forces statement no. 9: a Subul al-Salam company Kufra→Maaten al-Sarra base (reported); a recce "
        "platoon Kufra airport→the border triangle (planned); a 14-truck supply convoy Ajdabiya→Kufra (reported "
        "shipment); reinforcements Tazirbu→Kufra if infiltration across the Sudan border is proven (conditional; the "
        "border only in the condition); the RSF denies crossing North Darfur→Kufra. Port Sudan and N'Djamena stand for "
        "governments; Benghazi is a distance reference.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wv1", "wv2", "wv3", "wv4", "wv5")
