# Place rows: key -> (kind, country, lat, lon, name). G = gazetteer row (grep -F in data/gazetteer.csv);
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # shared
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                             # G (row الدبه)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "border_sd_ly": ("region", "SD", 20.80, 25.30, "Sudan-Libya border (Sudanese side)"),  # K
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qkf1 CBC talk show (Cairo)
 "owainat_east": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (row مطار شرق العوينات, alias شرق العوينات)
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "farafra": ("town", "EG", 27.05680, 27.96979, "Farafra"),                              # G
 "great_sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),              # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row kind airport)
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),              # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # qkf2 Sudan TV, SAF spokesman (Port Sudan)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),             # K
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                   # G
 # qkf3 Blue Nile TV talk show (Khartoum)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "nairobi": ("city", "KE", -1.28333, 36.81667, "Nairobi"),                              # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                    # G (row تيني)
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                          # G
 # qkf4 ON talk show (Cairo)
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),       # G* (row برقة, alias شرق ليبيا)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Jaghbub"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 # qkf5 Sudan Bukra talk show
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, alias انجمينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),              # G
}

TRAPS = {
 "qkf1": ["مساء القاهرة", "الأسواني", "أكاديمية ناصر العسكرية العليا", "الدعم السريع", "الخارجة عن القانون",
          "مصرية", "ليبية", "سودانية", "الليبية", "السوداني", "السودانيين"],
 "qkf2": ["تلفزيون السودان", "سونا", "الدنقلاوي", "متحرك «الصياد»", "القوة المشتركة", "الأراضي المروية",
          "المياه المالحة", "السودانية", "الليبية", "مصرية", "مصري"],
 "qkf3": ["النيل الأزرق", "إدريس الفاشري", "الفاشري", "الكردفاني", "الدعم السريع", "البيت الأبيض", "الليبية",
          "التشادي", "تشادية"],
 "qkf4": ["الطبرقي", "المطروحي", "وكالة السودان للأنباء", "سرية شهداء تازربو", "درع السلوم 2026",
          "الجيش الوطني الليبي", "الدعم السريع", "المصرية", "الليبية", "الليبي"],
 "qkf5": ["سودان بكرة", "محمد إدريس ديبي", "القوة المشتركة", "التشادي", "تشادية", "ليبية", "سوداني",
          "السوداني", "المصرية"],
}

PHEN = {
 "qkf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qkf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qkf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkf1": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
  mv("deploy", "planned", "Egyptian army", ["الفرافرة"], ["بحر الرمال الأعظم"]),
  mv("airlift", "denied", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Egyptian army", ["شرق العوينات"], ["الحدود مع السودان"]),
 ],
 "qkf2": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["مروي"], ["الدبة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese army", [], ["المثلث الحدودي"]),
  mv("airlift", "denied", "Egyptian army", ["أسوان"], ["مطار دنقلا"]),
 ],
 "qkf3": [
  mv("mobilise", "reported", "Sudanese armed groups", [], ["وادي هور"]),
  mv("shipment", "denied", "Sudanese armed groups", ["قاعدة الخادم"], ["المالحة"], ["مطار الكفرة"]),
  mv("advance", "planned", "Sudanese armed groups", ["وادي هور"], ["الدبة"]),
  mv("deploy", "conditional", "Sudanese army", ["دنقلا"], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", "Chadian army", ["أم جرس"], ["الطينة"]),
 ],
 "qkf4": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["كرب التوم"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["سيدي براني"]),
 ],
 "qkf5": [
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["كوري بوقودي"]),
  mv("advance", "denied", "Chadian army", ["تيبستي"], ["ربيانة"]),
  mv("mobilise", "planned", "Sudanese armed groups", [], ["مليط"]),
  mv("naval_landing", "denied", "Egyptian army", ["قاعدة برنيس العسكرية"], ["بورتسودان"]),
 ],
}

NOTES = {
 "qkf1": "CBC talk show «مساء القاهرة» (the programme's name contains Cairo; the guest's name contains Aswan): Egyptian "
         "reinforcements Aswan→East Owainat via Abu Simbel, an RSF pull-back from the border triangle to Al-Malha, a "
         "planned reconnaissance company Farafra→the Great Sand Sea (the Kufra–Siwa smuggling corridor is not a move), "
         "a denied Egyptian airlift Almaza air base→Kufra airport, and a conditional advance East Owainat→the border "
         "with Sudan; El Fasher, Aswan governorate and the refugees crossing at Argeen are background.",
 "qkf2": "Sudan TV: SAF spokesman (name contains Dongola) in Port Sudan: the «الصياد» task force Ad Dabbah→Karb al-Tom, "
         "a planned joint-force move Merowe→Ad Dabbah ('الأراضي المروية' trap), an RSF fuel-and-ammunition convoy "
         "Kufra→Al-Malha via the border triangle ('المياه المالحة' trap), a conditional advance to the triangle (the "
         "border with Libya is only the condition), and a denied Egyptian airlift Aswan→Dongola airport; Cairo and "
         "Heglig are background.",
 "qkf3": "Blue Nile TV talk show (channel named after a Sudanese state; guests named after El Fasher and Kordofan, one "
         "called Idris): an expert reports RSF massing in Wadi Howar and an arms pipeline Al-Khadim→Al-Malha via Kufra "
         "airport that the RSF adviser (on the phone from Nairobi) denies, the adviser announces an advance Wadi "
         "Howar→Ad Dabbah, the expert's conditional SAF brigade Dongola→the border with Libya, and a Chadian battalion "
         "reported Amdjarass→Tiné; Port Sudan as a metonym, Kordofan and El Fasher are background.",
 "qkf4": "ON talk show from Cairo with an LNA field commander (name contains Tobruk) and an Egyptian expert (name "
         "contains Matruh): LNA reinforcements Tobruk→Jaghbub, a planned company Kufra→Maaten al-Sarra base, a "
         "conditional reinforcement Tazirbu→Rebiana, a denied deployment of fighters Kufra→Karb al-Tom (claimed by SUNA, "
         "whose full name contains Sudan; the repeated «من كفرة» adds nothing), and Egyptian marines landed Alexandria→"
         "Sidi Barrani (exercise name contains Sallum); Amsaad crossing, Sarir field, Tunis, Tripoli are background.",
 "qkf5": "Sudan Bukra talk show with a Chadian journalist in N'Djamena (spelled انجمينا) and a correspondent in Kufra: "
         "Chadian troops Faya-Largeau→Kouri Bougoudi, Chadian rebels' conditional withdrawal from Kouri Bougoudi, a "
         "denied Chadian incursion Tibesti→near Rebiana, the joint force's planned massing around Mellit, and Cairo's "
         "denial of a marine landing Berenice base→Port Sudan; refugees El Fasher/Mellit→Kufra and gold miners from "
         "Niger and Sudan are not military moves; Djibouti (IGAD seat) is the city.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkf1", "qkf2", "qkf3", "qkf4", "qkf5")
