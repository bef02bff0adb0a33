# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر)
 # qjy1 Al-Yamamah (Riyadh): the week in eastern and southern Libya
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 # qjy2 Al-Shiraa (Beirut): the week in western Libya
 "tripoli_west": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                          # G* (Libyan Tripoli row, written طرابلس الغرب)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية; also bare الوطية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (row مصراتة; also مصراته)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                # G* (city row مرسين)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس, which lists الغرب الليبي)
 # qjy3 Essahraa (Nouakchott): the week in the Sahel
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military base"),                   # G (row ماداما; also قاعدة ماداما)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                        # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 # qjy4 Al-Maydan (Khartoum): the week in the Libya-Egypt-Sudan triangle
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "dabbah": ("town", "SD", 18.0500, 30.9500, "Ed Debba"),                                 # K
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),             # G
 "border_ly_sd": ("region", "SD", 20.8, 25.2, "Sudan-Libya border (Sudanese side)"),     # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                              # G* (row تيني)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 # qjy5 Sabah El Kheir (Cairo): Libya's neighbours in a week
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                            # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G* (row مطروح)
 "rasettin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G (row بن قردان)
}

TRAPS = {
 "qjy1": ["اليمامة", "الجيش الوطني", "الليبي", "سرت شائعات", "طارق بن زياد", "السورية", "إدريس الفيتوري",
          "ليبيا الحدث", "الليبية", "السعودية"],
 "qjy2": ["الشراع", "الليبي", "التركية", "المصراتية", "المجلس العسكري مصراتة", "التركي", "اللبنانية",
          "علي الغرياني", "المجلس العسكري الزنتان", "هذه الزاوية"],
 "qjy3": ["الصحراء", "النيجرية", "التشادية", "محمد إدريس ديبي", "إذاعة فرنسا الدولية",
          "جبهة التناوب والوفاق في تشاد", "الجيش الوطني", "الليبي", "الفيلق الأفريقي", "الروسي", "الزوار"],
 "qjy4": ["الميدان", "السودانية", "قوات درع السودان", "الدعم السريع", "عوض الدنقلاوي", "المياه المالحة",
          "الجيش الوطني", "الليبي", "سودانية", "التشادي", "السودانيين"],
 "qjy5": ["صباح الخير", "قوة حماية طرابلس", "مصرية", "المنطقة العسكرية الغربية", "حارس السلوم 2026",
          "القاهرة الإخبارية", "التونسي", "محمد الطاهر التطاويني", "الليبي", "الجزائرية", "الجيش الوطني الشعبي",
          "الليبية"],
}

PHEN = {
 "qjy1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qjy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qjy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qjy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
 "qjy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjy1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سبها"], ["هون"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة تمنهنت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["إدري"]),
 ],
 "qjy2": [
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("withdraw", "denied", "Misrata forces", ["أبوقرين"], ["مصراته"]),
  mv("shipment", "reported", "GNA forces", ["ميناء مرسين"], ["ميناء طرابلس"], ["طرابلس"]),
  mv("advance", "conditional", "Zintan forces", ["الأصابعة"], ["غريان"]),
 ],
 "qjy3": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار", "برداي"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["تيبستي"]),
  mv("redeploy", "reported", "Libyan National Army", ["أم الأرانب"], ["منفذ التوم"]),
  mv("airlift", "conditional", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"]),
 ],
 "qjy4": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["الحدود مع ليبيا"]),
  mv("shipment", "reported", "Sudanese army", ["بورتسودان"], ["الدبة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["نيالا"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("advance", "conditional", "Chadian army", ["أبشي"], ["الطينة"]),
 ],
 "qjy5": [
  mv("reinforce", "reported", "Egyptian army", ["العلمين"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["مرسى مطروح"]),
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["معبر رأس جدير"]),
  mv("deploy", "denied", "Algerian army", [], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "qjy1": "Saudi weekly's Libya digest (dateline Riyadh, repeated at the end as the Saudi position): an LNA column "
         "Benghazi→Sabha via Hun (Sharara only its stated purpose), a planned battalion Tobruk→Jaghbub, a Russian "
         "landing Tartus→Tobruk port reported on Monday and denied on Thursday, an LNA airlift Al-Khadim→Tamanhint, a "
         "conditional pull-out from Ubari (Sharara and the municipality only the condition and the requesters) and "
         "LNA vehicles massing at Idri in Wadi al-Shati; Idri also inside the person 'إدريس الفيتوري', Sirte only "
         "inside the verb phrase 'سرت شائعات', Libya only inside the channel 'ليبيا الحدث'.",
 "qjy2": "Lebanese weekly's western-Libya week: a Turkish airlift Kayseri→Al-Watiya, a planned GNA joint force "
         "Tripoli→Zawiya, a Misratan pull-out Abu Qurayn→Misrata (spelled مصراته) shown in a clip and denied the next "
         "day, a Turkish cargo ship Mersin port→Tripoli port for the GNU with a stop at Tripoli in Lebanon (via), and "
         "a conditional Zintani advance Al-Asabaa→Gharyan; 'من زوارة إلى مصراتة' is the coast's extent in 'الغرب "
         "الليبي' (one region), the Zawiya refinery background, 'طرابلس الغرب' the Libyan capital, 'هذه الزاوية' a common-word trap.",
 "qjy3": "Mauritanian site's Sahel week: a Nigerien reinforcement Agadez (spelled أغاديز)→Madama base via Dirkou "
         "(Niamey the source's town), a planned Chadian deployment Faya-Largeau→Zouar and Bardai (Tibesti the "
         "locator), a FACT crossing Al-Qatrun→Tibesti reported by RFI and denied by the front, an LNA company "
         "Umm al-Aranib→Tummo crossing (the Niger border only its locator) and a conditional Russian airlift Brak air "
         "base→Niamey; Algiers (meeting venue) vs Algeria, Idri only inside the Chadian president's name.",
 "qjy4": "Sudanese paper's week on the Libya-Egypt-Sudan triangle: a Sudanese-army advance Al-Dabbah→the border "
         "with Libya (Sudanese side), a supply convoy Port Sudan→Al-Dabbah, RSF massing near Al-Malha (also the "
         "common word in 'المياه المالحة'), a denied airlift Kufra airport→Nyala for the RSF, a planned LNA company "
         "Tazirbu→Kufra, and a conditional Chadian advance Abeche→Tine; Adre (أدري, which the gazetteer also lists "
         "for Idri) and Darfur are refugee background, Kufra's distance to the triangle background.",
 "qjy5": "Egyptian weekly on Libya's neighbours: an Egyptian battle group El Alamein→Sallum via Sidi Barrani, a "
         "planned marine landing from Ras el-Tin naval base (in Alexandria)→Marsa Matruh beach in an exercise named "
         "after Sallum, a Tunisian deployment Tataouine→Dehiba, a conditional Tunisian withdrawal from the Ras Ajdir "
         "crossing (Ben Gardane written بنقردان only background), and a denied Algerian deployment near the Isayen "
         "crossing; Tunis/Tunisia and Algiers/Algeria, Tripoli only the scene of clashes, Cairo inside a channel.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjy1", "qjy2", "qjy3", "qjy4", "qjy5")
