# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # id1 Algeria (Echorouk)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),               # G* (town row)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "border_dz": ("region", "DZ", 28.3, 9.75, "Algerian side of the Libya border"),        # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 # id2 Tunisia (Diwan FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "border_tn": ("region", "TN", 33.05, 11.40, "Tunisian side of the Libya border"),      # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # id3 Niger and Chad (Alakhbar)
 "borders_ly_south": ("region", "LY", 23.17309, 13.69860, "Libya's southern borders"),  # G* (Libya-Niger border row)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "madama_base": ("base", "NE", 21.95000, 13.65000, "Madama"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tenere": ("region", "NE", 18.5, 11.0, "Ténéré desert"),                               # K
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardaï"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "border_td": ("region", "TD", 22.5, 16.5, "Chadian side of the Libya border"),         # K
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # id4 Sudan (Sudan Tribune)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                     # G* (same row; its names include جبل العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "SD", 20.5, 24.6, "Sudanese side of the Libya border"),        # K
 "dabbah": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # id5 Egypt (Youm7)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "marsamatruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sallum_port": ("crossing", "EG", 31.56, 25.16, "Port of Sallum"),                     # K
 "border_eg": ("region", "EG", 31.0, 25.2, "Egyptian side of the Libya border"),        # K
 "sidibarrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                     # G
 "east_ly": ("region", "LY", 31.5, 22.5, "Eastern Libya"),                              # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land border crossing"),  # G* (row منفذ امساعد, country EG)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "id1": ["الشروق", "الناحية العسكرية الرابعة", "عمر الغدامسي", "اللواء طارق بن زياد", "للجيش الوطني الليبي", "ليبية"],
 "id2": ["ديوان أف أم", "صالح المدنيني", "ليبية", "جيش البر"],
 "id3": ["الأخبار", "درع تنيري", "دعم مالي", "الجيش النيجري", "الجيش التشادي", "الجانب التشادي", "إدريس ديبي",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الأراضي الليبية"],
 "id4": ["الدعم السريع", "سودان تربيون", "سبل السلام", "للجيش الوطني الليبي", "كامل إدريس", "الجيش السوداني"],
 "id5": ["اليوم السابع", "المنطقة العسكرية الغربية", "أحمد السلومي", "من هذه الزاوية", "قوات مصرية",
         "الأراضي المصرية", "المصريين", "للجيش الوطني الليبي", "الأطراف الليبية"],
}

PHEN = {
 "id1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "id2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "id3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "id4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "id5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "id1": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["عين امناس"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["مجمع تيقنتورين"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["غدامس"]),
  mv("deploy", "conditional", "GNA forces", [], ["غدامس"]),
 ],
 "id2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["راس جدير"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
 ],
 "id3": [
  mv("airlift", "reported", None, ["أغاديز"], ["مطار ديركو"]),
  mv("deploy", "planned", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("shipment", "denied", "Russian forces", ["ليبيا"], ["ماداما"], ["منفذ التوم"]),
  mv("redeploy", "reported", None, ["بارداي"], ["وور"]),
  mv("withdraw", "reported", "Chadian armed groups", ["وور"], []),
  mv("advance", "conditional", None, ["زوار"], ["تيبستي"]),
 ],
 "id4": [
  mv("reinforce", "reported", "Sudanese armed groups", ["مليط"], ["جبل العوينات"], ["المالحة", "وادي هور"]),
  mv("withdraw", "reported", "Libyan National Army", ["المثلث الحدودي"], ["الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["العوينات"]),
  mv("airlift", "planned", None, ["بورتسودان"], ["الدبة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الدبة"], ["العوينات"]),
 ],
 "id5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["سيدي براني", "السلوم"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["امساعد"]),
 ],
}

NOTES = {
 "id1": "Algeria's press (Echorouk style) on its eastern border: a reinforcement Ouargla→Debdeb via In Amenas (two "
        "spellings), an Il-76 airlift Boufarik air base→Djanet airport, a planned battalion at the Tiguentourine gas "
        "plant, the LNA's denied massing in Ghadames and the GNA's conditional force for Ghadames; Illizi town vs "
        "wilaya, Algeria vs Algiers, a person and a brigade name with Ghadames/Libya inside.",
 "id2": "Tunisian radio (Diwan FM style) from Ben Gardane: a Tunisian reinforcement Medenine→Ben Gardane/the Ras "
        "Ajdir crossing, a GNA sea move Tripoli→Zuwara port, its conditional advance Zuwara→Ras Ajdir, a denied "
        "Tunisian pull-out Dehiba→Tataouine and a planned Remada→Dehiba redeploy; بنقردان/بن قردان, رأس/راس جدير, "
        "Medenine town vs governorate, Tunisia vs «العاصمة تونس», a trader whose name holds Medenine.",
 "id3": "A Mauritanian Sahel desk (Alakhbar style) on Niger and Chad: a Nigerien airlift Agadez→Dirkou airport, a "
        "planned company Dirkou→Madama base, a denied Russian arms shipment Libya→Madama via Toummo, a Chadian "
        "redeploy Bardai→Wour after rebels pulled out of Wour, and a conditional Chadian advance Zouar→Tibesti; "
        "«دعم مالي», «درع تنيري», «إدريس ديبي», النيجري/التشادي traps; speakers in Niamey and N'Djamena are not moves.",
 "id4": "Sudanese press (Sudan Tribune style) on the Libya–Sudan–Egypt triangle: an RSF reinforcement Mellit→Jebel "
        "Uweinat via Al Malha and Wadi Howar, a Subul al-Salam (LNA) pull-out triangle→Kufra, the LNA's denied "
        "fuel-and-ammunition trucks Kufra→Al-Uwaynat, a planned army airlift Port Sudan→Ed Debba and the Joint "
        "Force's conditional advance Ed Debba→Al-Uwaynat; bare العوينات is the Jebel Uweinat area, not Fezzan's town.",
 "id5": "Egyptian press (Youm7 style) on the western border: a reinforcement Marsa Matruh→Siwa, a naval landing Ras "
        "el-Tin base→Sallum port, a conditional build-up at Sidi Barrani and Sallum, a denied crossing to Al Jaghbub "
        "and the LNA's planned battalion Tobruk→Emsaed; Sallum town vs port vs land crossing vs «أحمد السلومي», "
        "«المنطقة العسكرية الغربية» (Gharbia inside), «من هذه الزاوية», Matruh governorate vs Marsa Matruh.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("id1", "id2", "id3", "id4", "id5")
