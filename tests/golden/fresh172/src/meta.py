# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # fr1 Fezzan (Al-Mayadeen, Benghazi)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # fr2 Egypt's western border (Youm7)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "cairo_west": ("base", "EG", 30.1164, 30.9154, "Cairo West Air Base"),                 # K
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),         # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 # fr3 the west coast (Al-Nabaa, Tripoli)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # fr4 Algeria's eastern border (Echorouk, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G (row الدبداب)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "border_dz": ("region", "DZ", 28.5, 9.75, "Algeria-Libya border (Algerian side)"),     # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "boufarik": ("base", "DZ", 36.546, 2.876, "Boufarik Air Base"),                        # K
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),    # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # fr5 the 5+5 talks in Morocco (Hespress, Bouznika)
 "bouznika": ("town", "MA", 33.7894, -7.1597, "Bouznika"),                              # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "khums_port": ("crossing", "LY", 32.655, 14.280, "Port of Al Khums"),                  # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "fr1": ["الميادين نت", "السبهاوي", "الجيش الوطني الليبي", "الشرارة الأولى", "منطقة سبها العسكرية", "ما ادري",
         "عملية تأمين الجنوب"],
 "fr2": ["اليوم السابع", "المطروحي", "الجيش الوطني الليبي", "مصادر ليبية", "قوات مصرية"],
 "fr3": ["قناة النبأ", "الغرياني", "المنطقة العسكرية الساحل الغربي", "نوري الطرابلسي", "صالح الإدريسي", "ردّ الجميل",
         "المجلس العسكري الزنتان"],
 "fr4": ["الشروق", "وكالة الأنباء الجزائرية", "الدعم المالي", "صفحات ليبية", "وحدات جزائرية", "الليبية"],
 "fr5": ["هسبريس", "غرفة عمليات تأمين سرت والجفرة", "البنود الخمس", "الليبيين", "المرتزقة السوريين",
         "سفينة إنزال تركية", "مصادر ليبية"],
}

PHEN = {
 "fr1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
 "fr2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "fr3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings", "countries"],
 "fr4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fr5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, EGY, DZA = "Libyan National Army", "GNA forces", "Egyptian army", "Algerian army"

MOVES = {
 "fr1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("shipment", "reported", LNA, ["براك"], ["اوباري"]),
  mv("advance", "conditional", LNA, [], ["حقل الشرارة"]),
  mv("deploy", "planned", LNA, [], ["إدري", "وادي الشاطئ"]),
  mv("withdraw", "denied", LNA, ["مرزق"], ["سبها"]),
 ],
 "fr2": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("airlift", "planned", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", EGY, [], ["سرت", "الجفرة"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء طبرق"]),
  mv("mobilise", "denied", EGY, [], ["سيوة"]),
 ],
 "fr3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("withdraw", "reported", GNA, ["العجيلات"], ["صبراتة"]),
  mv("shipment", "planned", GNA, ["مصراته"], ["غريان"]),
  mv("redeploy", "conditional", GNA, ["قاعدة الوطية"], ["معبر رأس اجدير"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الزنتان"]),
 ],
 "fr4": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["دبداب"], ["عين أميناس"]),
  mv("airlift", "reported", DZA, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", DZA, [], ["معبر تين الكوم"]),
  mv("mobilise", "conditional", DZA, [], ["إليزي"]),
  mv("advance", "denied", DZA, [], ["غدامس"]),
 ],
 "fr5": [
  mv("withdraw", "reported", LNA, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("airlift", "conditional", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "fr1": "LNA ground-forces commander's speech quoted at length (Al-Mayadeen, Benghazi): «تحركوا نحو الجنوب» with no "
        "place is no movement; the order obeyed as a reported Benina→Tamanhint airlift and a Brak→Ubari (اوباري) "
        "ammunition convoy; a threatened advance on the Sharara field («على الوحدات أن تتقدم … إذا»); «أوعز … بنشر» "
        "to Idri and Wadi al-Shati not yet carried out (planned); last week's order to pull a battalion Murzuq→Sabha "
        "cancelled and negated (denied). Traps: the commander السبهاوي, منطقة سبها العسكرية, الشرارة الأولى, ما ادري.",
 "fr2": "Egyptian western-region commander's speech (Youm7): reinforcements Mohamed Naguib base→Sallum via Marsa Matruh "
        "and Sidi Barrani carried out; «كلّفت القوات الجوية بنقل» Cairo West→Marsa Matruh airport (planned); a "
        "threatened advance to the Sirte–Jufra line; an LNA landing Benghazi→Tobruk port; a denied build-up at Siwa. "
        "Sidi Barrani is also the speech venue, Al-Jaghbub only a locator; the commander المطروحي is a trap.",
 "fr3": "GNU chief of staff's written orders (Al-Nabaa, Tripoli): «أوعز … بتحريك قوة» and «تحركوا نحو الزاوية» obeyed "
        "(Tripoli→Zawiya via Janzour); a battalion's withdrawal Al-Ajaylat→Sabratha «امتثالاً لأمر»; «كلّف … بنقل "
        "شحنة» Misrata (مصراته)→Gharyan planned; a conditional Al-Watiya→Ras Ajdir move (Zuwara is only the condition); "
        "an order to mass in Zintan cancelled and denied. Person traps الغرياني, الطرابلسي, الإدريسي; «ردّ الجميل».",
 "fr4": "Algerian chief of staff's directives (Echorouk, Algiers): «تحركوا نحو مواقعكم المتقدمة» has no place; an "
        "armoured column Ouargla→Debdeb (الدبداب/دبداب) via In Amenas and an Il-76 airlift Boufarik→Djanet airport "
        "carried out; «كلّف … بنشر كتيبة» at the Tin Alkoum crossing planned (Ghat a locator); a conditional muster in "
        "Illizi town (Illizi province is the district); a denied entry into Ghadames. الجزائر = Algiers and Algeria.",
 "fr5": "Libyan officers at the 5+5 talks in Bouznika (Hespress): an LNA pull-back Sirte→Jufra air base carried out; "
        "«أوعز … بإعادة التموضع» Al-Washka→Abu Qurayn planned (Misrata's battalions); a Syrian airlift Al-Watiya→"
        "Turkey «شريطة»; a denied Russian departure Jufra air base→Mali; a Turkish landing at Al-Khums port from "
        "Mersin. Traps: the operations room named after Sirte and Jufra, «البنود الخمس»; Tunis (city) vs Tunisia.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fr1", "fr2", "fr3", "fr4", "fr5")
