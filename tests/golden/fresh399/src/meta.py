# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals and cities used in several articles
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row spelled نجامينا)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, as the area)
 # ok1 Egypt
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.357, 15.214, "Misrata port (Qasr Ahmed)"),       # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 29.6, 25.05, "Egypt-Libya border (Egyptian side, near Siwa)"),  # K
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (row قاعدة طبرق البحرية / Tobruk)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # ok2 Algeria
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum crossing"),            # G* (row منفذ إيسين, country DZ)
 "border_dz": ("region", "DZ", 27.0, 9.7, "Algeria-Libya border (Algerian side)"),     # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # ok3 Tunisia
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_tnside": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),  # K
 # ok4 Niger and Chad
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "border_ne": ("region", "NE", 22.6, 13.4, "Niger-Libya border (Nigerien side)"),      # K
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "TD", 21.5, 17.5, "Chad-Libya border (Chadian side)"),        # K
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row spelled أونيانقا كبير)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # ok5 Russia and Turkey
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Al Khums port"),                 # G* (Al Khums city row)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
}

TRAPS = {
 "ok1": ["مصراوي", "المنطقة الغربية العسكرية", "قد سرت", "خالد الطرابلسي",
         "مركز الأهرام للدراسات السياسية والاستراتيجية", "الليبية", "المصري", "مصرية", "الجزائري", "التونسي"],
 "ok2": ["واج", "ليبياً-ليبياً", "الجيش الوطني الشعبي", "الجزائري", "الليبي"],
 "ok3": ["ديوان أف أم", "الطرابلسي", "إدريس عبد السلام المبروك", "التونسيين", "الليبي", "حكومة الوحدة الوطنية"],
 "ok4": ["إرم نيوز", "إدريس يوسف بوي", "جبهة التناوب والوفاق في تشاد", "النيجرية", "نيجري", "التشادي", "الليبية"],
 "ok5": ["سبوتنيك", "الفيلق الأفريقي", "الدعم المالي", "الروسي", "التركية"],
}

PHEN = {
 "ok1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ok2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ok3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ok4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ok5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
         "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ok1": [
  mv("airlift", "reported", "Syrian mercenaries", ["تركيا"], ["مصراته"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["منفذ السلوم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة بنينا الجوية"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "ok2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس", "الدبداب", "مجمع تيقنتورين"]),
  mv("reinforce", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "ok3": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["رمادة"], ["تطاوين"]),
  mv("reinforce", "planned", "Tunisian army", [], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"], []),
  mv("reinforce", "reported", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
 ],
 "ok4": [
  mv("reinforce", "reported", None, ["أغاديس"], ["جادو"], ["ديركو"]),
  mv("airlift", "planned", None, ["نيامي"], ["قاعدة ماداما"]),
  mv("shipment", "reported", None, ["القطرون"], ["أغاديس"]),
  mv("advance", "conditional", None, [], [], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", None, ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "ok5": [
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["ليبيا"], []),
 ],
}

NOTES = {
 "ok1": "Masrawy (Cairo): Egyptian foreign-ministry statement on foreign forces in Libya. Reported: Syrian "
        "mercenaries flown Turkey->Misrata (spelled مصراته) and a Turkish naval arms shipment at Misrata port (Cairo's "
        "claim, stated as fact); Egyptian reinforcement Marsa Matruh->Siwa. Planned border-guard move Sidi Barrani->"
        "Sallum land port; conditional advance on Sirte/Jufra (red line, إذا); denied airlift to Benina and landing at "
        "Tobruk port (one denial, two moves). Speaker/venue places (Cairo, Algiers, Tripoli), Benghazi as locator and "
        "the border phrase after Siwa are not movement places. Traps: مصراوي (contains مصر), «قد سرت» (verb), the "
        "chargé d'affaires خالد الطرابلسي, the Western Military Region, the Ahram centre.",
 "ok2": "APS (Algiers): Algerian foreign minister and defence ministry. Dateline الجزائر = Algiers, the other "
        "الجزائر = the state. Reported reinforcement Ouargla->In Amenas (spelled عين أمناس)/Debdeb/Tiguentourine "
        "(«بولاية إليزي» is a locator, district); planned battalion from Illizi town to Djanet (Tin Alkoum is a purpose, "
        "not a destination); conditional mobilisation on the border with Libya (Algerian side, إذا ما); denied entry "
        "into Ghadames. Traps: واج, «ليبياً-ليبياً», الجيش الوطني الشعبي, nisbas.",
 "ok3": "Diwan FM (Tunis): Tunisian foreign and defence ministries. Headline/body تونس = the state, dateline = "
        "Tunis city. Reported reinforcement Gabes->Remada via Tataouine (town; «والي تطاوين» = the governorate); "
        "planned company for Dehiba; conditional deployment along the border with Libya (Tunisian side); denied "
        "withdrawal from Ben Gardane; reported GNA reinforcement Zuwara->Ras Ajdir crossing. Tripoli and Zuwara in the "
        "إذا-clause are conditions, not destinations. Traps: spokesman الطرابلسي, envoy إدريس عبد السلام المبروك, "
        "التونسيين (contains تونس), Diwan FM.",
 "ok4": "Erem News (Niamey): joint Niger-Chad statement. Reported Nigerien reinforcement Agadez->Djado via Dirkou "
        "(army not canonical -> null); planned special-forces airlift «من العاصمة» = Niamey -> Madama base; reported "
        "smuggled arms lorries Al Qatrun->Agadez intercepted (null); Chadian army conditional crossing of the border "
        "with Libya (Chadian side, via only) and planned battalion Faya-Largeau->Ounianga Kebir; FACT's denied massing "
        "at Umm al Aranib (Sabha is a locator). Two different «الحدود مع ليبيا» (Nigerien and Chadian side). Traps: "
        "إدريس يوسف بوي (Idri inside), the FACT name (contains تشاد), Erem News, nisbas.",
 "ok5": "Sputnik Arabic (Moscow): Russian foreign ministry denies moving Africa Corps men Jufra air base->Mali; "
        "flight tracking reports two Il-76s Hmeimim->Al Khadim; Turkish defence ministry (Ankara) reports a landing "
        "ship at Al-Khums port, plans a new trainer batch for Al-Watiya, and makes withdrawal from Libya conditional "
        "(لن…إلا إذا). Headline moves repeat the body and are not counted again; Jufra/Sirte/Oil Crescent in the "
        "Russian denial of 'expansion' and Tripoli (MoU partner) are not movement places. Traps: «الدعم المالي» "
        "(contains مالي), الفيلق الأفريقي, Sputnik, nisbas.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ok1", "ok2", "ok3", "ok4", "ok5")
