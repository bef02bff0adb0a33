# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row here is own knowledge only.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # foreign cities, bases and ports
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G (row قاعدة حميميم)
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (row Tartus, alias ميناء طرطوس)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G (also found as اسطنبول)
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "port_said": ("city", "EG", 31.26531, 32.30190, "Port Said"),                          # G (found as بورسعيد and بور سعيد)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row name_ar ربات, found by الرباط)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G (kind as in the gazetteer)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (row district:LY-JU)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "qqm1": ["صوت العاصمة", "الفيلق الأفريقي", "نجمة طرطوس", "أجنحة الشام", "توم براك", "إيريني", "S/2026/418",
          "الملحق 14", "الملحق 17", "الروسية", "روسية", "الروسيتين", "الليبيين"],
 "qqm2": ["نينار برس", "الجيش الوطني السوري", "فرقة السلطان سليمان شاه", "محمد الجاسم", "أبو عمشة",
          "السنوات الخمس", "سرت بينهم", "S/2026/418", "الملحق 19", "الملحق 20", "التركية", "تركية", "السوري", "سوري",
          "السورية", "الليبية"],
 "qqm3": ["العراق اليوم", "إيتاميل رادار", "اللواء 106 مجحفل", "بنينا هذا اللواء", "عبد الفتاح السيسي", "المصرية", "المصري", "مصري",
          "S/2026/418", "الملحق 24", "الملحق 31"],
 "qqm4": ["ناظورسيتي", "القوة المشتركة", "الجيش الوطني الليبي", "المنطقة العسكرية الوسطى", "اللواء 444 قتال",
          "الفيلق الأفريقي", "الروسي", "الليبي", "المغربي", "ناصر بوريطة", "هانا تيتيه", "اتفاق الصخيرات", "S/2026/418",
          "الملحق 22", "الفقرة 41"],
 "qqm5": ["وكالة أنباء براثا", "قوات الدعم السريع", "القيادة العامة للجيش الوطني الليبي", "كتيبة سبل السلام",
          "برنامج الأغذية العالمي", "السودانية", "السوداني", "كولومبي", "S/2026/97", "الملحق 9", "الملحق 12"],
}

PHEN = {
 "qqm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_crossings", "countries"],
 "qqm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "qqm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases", "countries"],
 "qqm5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqm1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طرطوس"], ["قاعدة الجفرة الجوية"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["براك"]),
  mv("airlift", "denied", "Russian forces", ["حميميم"], ["بنغازي"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الخادم"], []),
 ],
 "qqm2": [
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["مطار مصراتة"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["سوريا"], ["إسطنبول"]),
  mv("shipment", "denied", "Turkish armed forces", ["إسطنبول"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["الوطية"], []),
 ],
 "qqm3": [
  mv("airlift", "reported", None, ["أبوظبي"], ["قاعدة الخادم"]),
  mv("shipment", "reported", None, ["بور سعيد"], ["ميناء طبرق"]),
  mv("airlift", "denied", None, ["أبوظبي"], ["مطار بنينا"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("deploy", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "qqm4": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["مصراتة"]),
  mv("redeploy", "denied", "Russian forces", ["الجفرة"], ["سرت"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبو قرين"]),
 ],
 "qqm5": [
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "reported", None, ["مطار الكفرة"], ["دارفور"], ["مثلث العوينات"]),
  mv("airlift", "reported", "Foreign fighters", ["أبوظبي"], ["الكفرة"], ["بنغازي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مثلث العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["السودان"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "conditional", "Sudanese army", [], ["مثلث العوينات"]),
 ],
}

NOTES = {
 "qqm1": "Syrian independent site (Sowt al-Asima) from Damascus retelling the Libya Panel's final report S/2026/418: "
         "Russian Il-76 flights Hmeimim base→Al Khadim base carrying Africa Corps personnel, a chartered ship Tartus "
         "port→Jufra air base via Tobruk port, a planned Africa Corps move Jufra→Brak quoted in annex 17, Moscow's "
         "denied weapons flights Hmeimim→Benghazi and a conditional Russian exit from Al Khadim base; Cham Wings "
         "civilian flights Damascus→Benghazi, Moscow/Damascus/Tripoli/Benghazi as governments, the ship name «نجمة "
         "طرطوس» and Tom Barrack («توم براك», holds Brak) are not movements or movement places.",
 "qqm2": "Syrian opposition site (Ninar Press) on the same report: Turkish A400M flights Ankara→Misrata airport, "
         "Syrian fighters leaving Al-Watiya base for Syria via Istanbul, Ankara's denial of a ro-ro ship Istanbul→"
         "Misrata port, a planned Turkish marine landing at Khoms port and a conditional Turkish exit from Al-Watiya "
         "(Jufra and Sirte only in the condition); fighters still in camps south of Tripoli, the returnee from "
         "Aleppo's countryside, «السنوات الخمس» (holds الخمس) and «سرت بينهم» (rumours spread; holds سرت) are "
         "not movements or movement places.",
 "qqm3": "Iraqi news site (Iraq Today) from Baghdad on the same report: a documented air bridge Abu Dhabi→Al "
         "Khadim base (private cargo operator, actor null), a ro-ro ship Port Said (written بور سعيد)→Tobruk port, the "
         "UAE's denial of air-force flights Abu Dhabi→Benina airport, a planned LNA brigade Benghazi→Sirte quoted in "
         "annex 31 and Egypt's conditional deployment to Sirte and Jufra; the Benghazi parade, Egypt's reply on "
         "Port Said (written بورسعيد), the recommendation to inspect ships bound for Tobruk and Benghazi and the "
         "Iraq/Baghdad asides are not movements.",
 "qqm4": "Moroccan regional site (Nadorcity) on the same report: Joint Force reinforcements Misrata→Abu Qurayn "
         "(written أبوقرين), LNA reinforcements Benghazi→Gardabya base, two 444 Brigade battalions planned Al-Watiya "
         "base→Misrata (annex 22), the LNA's denial of an Africa Corps move Jufra→Sirte and the LNA's conditional "
         "advance on Abu Qurayn (written أبو قرين); Rabat, Morocco, the Skhirat agreement, air defences seen at "
         "Jufra air base and «تحركات مصراتة» are not movements or movement places.",
 "qqm5": "Iraqi news agency (Buratha) on the Sudan Panel's report S/2026/97: Il-76 flights Al Khadim base→Kufra "
         "airport, their munitions trucked Kufra airport→Darfur via the Uweinat triangle, Colombian fighters flown "
         "Abu Dhabi→Kufra via Benghazi, RSF massing near the Uweinat triangle, the LNA's denied fuel-and-ammunition "
         "convoys Kufra→Sudan, a planned Subul al-Salam company on the border with Sudan and the Sudanese army's "
         "conditional advance on the triangle (Libya only in the condition); WFP flights Benghazi→Kufra airport "
         "are civilian and Port Sudan is the speaker's place.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqm1", "qqm2", "qqm3", "qqm4", "qqm5")
