# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "fuwayhat": ("district", "LY", 32.11486, 20.06859, "Al Fuwayhat (Benghazi)"),          # G* (row الفويهات, kind town)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qfe1 Italy (Al-Quds Al-Arabi)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),        # G
 "andalus": ("district", "LY", 32.88743, 13.18733, "Hay al-Andalus (Tripoli)"),         # G* (row حي الأندلس, kind town)
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row spelled لامبيدوسا)
 # qfe2 Egypt (Al-Wafd)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind airport)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern region (Cyrenaica)"),       # G (row برقة, found by المنطقة الشرقية)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # qfe3 Turkey and the Lebanese evacuees (Al-Liwaa)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar), kind town)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet air base"),             # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmed)"),      # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 # qfe4 Jordan, Algeria, Tunisia (Ammon News)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row spelled عمان)
 "border_tn_side": ("region", "TN", 32.80, 11.10, "Tunisia-Libya border (Tunisian side)"),  # K
 "marka": ("base", "JO", 31.9727, 35.9916, "Marka air base (Amman Civil Airport)"),     # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),  # G* (row إقليم طرابلس, found by الغرب الليبي)
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik air base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 # qfe5 Russia, Greece and the Gulf (Akhbar Al-Khaleej)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),                   # G* (row خليج سودا, kind town)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (row آتن, found by أثينا)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
}

TRAPS = {
 "qfe1": ["القدس العربي", "جورجيا ميلوني", "سان جورجو", "سان ماركو", "لا ريبوبليكا", "هذه الزاوية", "الإيطالية",
          "الليبية"],
 "qfe2": ["بوابة الوفد", "حاملة المروحيات «جمال عبد الناصر»", "المنطقة الغربية العسكرية", "الليبية", "المصرية"],
 "qfe3": ["محمد الطرابلسي", "بعد المغرب", "وكالة الأناضول", "تلفزيون لبنان", "التركية", "اللبنانية", "الليبية"],
 "qfe4": ["عمون", "الصفدي", "الطاهر إدريس", "الجيش التونسي", "جزائريتان", "الأردنيين"],
 "qfe5": ["أخبار الخليج", "الفيلق الإفريقي", "روسيا اليوم", "هيدرا", "إدريس بوخمادة", "الجيش الوطني الليبي", "اليونانية", "الروسية"],
}

PHEN = {
 "qfe1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qfe2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfe3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
          "coverage_bases", "coverage_crossings", "countries"],
 "qfe4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qfe5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfe1": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار معيتيقة"]),
  mv("naval_landing", "planned", None, ["أوغستا"], ["ميناء طرابلس"]),
  mv("redeploy", "conditional", None, ["مصراتة"], ["طرابلس"]),
  mv("deploy", "denied", None, [], ["مجمع مليتة"]),
 ],
 "qfe2": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار بنينا"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء بنغازى"]),
  mv("advance", "conditional", "Egyptian army", ["السلوم"], ["طبرق"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("mobilise", "reported", "Egyptian army", [], ["مرسى مطروح"]),
 ],
 "qfe3": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("deploy", "reported", "Turkish armed forces", ["ميناء الخمس"], ["طرابلس"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["مطار معيتيقة"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["طرابلس"]),
  mv("withdraw", "denied", "Turkish armed forces", ["مصراتة"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("mobilise", "reported", "GNA forces", [], ["تاجوراء"]),
 ],
 "qfe4": [
  mv("airlift", "planned", None, ["قاعدة ماركا الجوية"], ["مطار مصراتة"]),
  mv("deploy", "denied", None, [], ["طرابلس"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار معيتيقة"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "conditional", "Tunisian army", ["بن قردان"], ["معبر رأس جدير"]),
 ],
 "qfe5": [
  mv("deploy", "reported", "Russian forces", ["قاعدة الخادم"], ["بنغازي"]),
  mv("naval_landing", "planned", None, ["قاعدة خليج سودا البحرية"], ["ميناء بنغازي"]),
  mv("airlift", "conditional", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار بنينا"]),
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["الفويهات"]),
  mv("shipment", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
 ],
}

NOTES = {
 "qfe1": "Italy (actor null: no canonical actor for Italian forces): C-130Js with Col Moschin special forces Pisa air "
         "base→Mitiga airport (headline 'معيتيقة' repeats it); a planned landing ship with San Marco marines "
         "Augusta→Tripoli port (Sicily only locates Augusta); the Misrata field-hospital troops' conditional move "
         "Misrata→Tripoli (Mitiga, spelled امعيتيقة, only in the condition); a denied deployment to the Mellitah "
         "complex (Zawiya only a locator; 'هذه الزاوية' a common-word trap). Rome = dateline/government, Hay "
         "al-Andalus = scene of clashes, Malta and Lampedusa = civilian/migration context.",
 "qfe2": "Egypt (Egyptian spellings بنغازى, فى, سى-130): C-130s with special forces Mohamed Naguib base→Benina airport; "
         "a planned helicopter carrier (ship name «جمال عبد الناصر», trap) with marines Alexandria→Benghazi port; "
         "Western Military Region units (trap) in Sallum conditionally advancing to Tobruk; a denied deployment to "
         "Gamal Abdel Nasser air base (Tobruk only a locator there). Civilian buses to the Sallum land port and "
         "civil flights Benina→Cairo are not movements; Fuwayhat only locates the consulate.",
 "qfe3": "Turkey and the Lebanese: a Turkish landing ship Aksaz naval base→Khoms port and the commandos' onward "
         "convoy Khoms port→Tripoli (origin resolved from the preceding clause); a planned A400M airlift Erkilet air "
         "base→Mitiga airport (Kayseri only locates the base); Watiya troops' conditional move to Tripoli; a denied "
         "pull-out of advisers from Misrata. The civilian ferry Khoms→Port of Tripoli (Lebanon) via Mersin is not a "
         "movement; Tripoli (Lebanon), its port and Akkar are LB places; 'محمد الطرابلسي' is a person trap.",
 "qfe4": "Jordan (actor null), Algeria, Tunisia: a planned Jordanian air-force flight with special forces Marka air "
         "base→Misrata airport; Jordan's denied deployment to Tripoli; Algerian Il-76s Boufarik air base→Mitiga "
         "airport (reported); Tunisian reinforcements Tataouine→Dehiba (Wazin crossing only a locator); Tunisian units "
         "in Ben Gardane conditionally advancing to the Ras Ajdir crossing. Mitiga in the minister's quote, Tripoli "
         "and Zawiya (civilians told to travel), Zarzis and Djerba airport (civilians) are not movement places.",
 "qfe5": "Russia, Greece, the LNA: an Africa Corps (trap) unit Al-Khadim base→Benghazi (reported); a planned Greek "
         "frigate (actor null; name «هيدرا» a trap) with marines Souda Bay naval base→Benghazi port (Crete only "
         "locates it); a conditional Russian Il-76 Hmeimim→Jufra air base (Benina only in the condition); the LNA's "
         "denied pull-out from around Benina airport and its reported battalion Al-Marj→Al-Fuwayhat (Benghazi not "
         "repeated as a destination). Al-Rajma is the speaker's seat; Bahrainis leaving overland to Cairo are civilians.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfe1", "qfe2", "qfe3", "qfe4", "qfe5")
