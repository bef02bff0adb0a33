# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # ru1 Syrian mercenaries (Daraj)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "gaziantep_apt": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # ru2 west coast and the Tunisian border (Inkyfada)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                       # K
 "tripoli_port": ("crossing", "LY", 32.898, 13.180, "Tripoli port"),                     # K
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 # ru3 an LNA brigade Benghazi-Sirte-Jufra (Mada Masr)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, as the area point)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك)
 "benghazi_port": ("crossing", "LY", 32.100, 20.055, "Benghazi port"),                   # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # ru4 Russian forces between air bases (Al Majalla)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benina_apt": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (row قاعدة طبرق البحرية)
 # ru5 Sudanese fighters around Kufra (Raseef22)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tripoint_uweinat": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "kufra_apt": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
}

TRAPS = {
 "ru1": ["درج", "فرقة الفاتحين", "أبو خالد الحلبي", "السوريين", "سورياً", "الأجنحة الليبية", "الليبية", "اللبنانية", "الشرارة"],
 "ru2": ["إنكفاضة", "تونسي", "سوق ليبيا", "نهج طرابلس", "الهادي الزواري", "عبد السلام الورفلي", "الليبي", "لا أدري"],
 "ru3": ["مدى مصر", "غرفة عمليات سرت الجفرة", "خط سرت الجفرة", "فندق تيبستي", "الجيش الوطني الليبي", "مصري",
         "ليبية"],
 "ru4": ["المجلة", "الفيلق الأفريقي", "محمد الترهوني", "دعم مالي", "الكرملين", "الليبية", "المحلل الليبي"],
 "ru5": ["رصيف22", "حركة تحرير السودان", "سودانيين", "السوداني", "عمر الجغبوبي", "سبل السلام"],
}

PHEN = {
 "ru1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_neighbours", "countries"],
 "ru2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ru3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "ru4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ru5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the README's field order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SM, GNA, LNA, RU = "Syrian mercenaries", "GNA forces", "Libyan National Army", "Russian forces"
MOVES = {
 "ru1": [
  mv("airlift", "reported", SM, ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("redeploy", "reported", SM, ["طرابلس"], ["قاعدة الوطية"]),
  mv("reinforce", "reported", SM, ["الوطية"], ["أبو قرين"]),
  mv("withdraw", "planned", SM, ["معيتيقة"], ["تركيا"]),
  mv("mobilise", "reported", SM, [], ["عفرين"]),
  mv("advance", "conditional", SM, [], ["سرت"]),
  mv("deploy", "denied", SM, [], ["النيجر"]),
 ],
 "ru2": [
  mv("redeploy", "reported", GNA, ["الزاوية"], ["زوارة"], ["صبراتة"]),
  mv("naval_landing", "reported", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["معبر رأس جدير"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("redeploy", "planned", GNA, [], ["الجميل"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الذهيبة"]),
  mv("withdraw", "denied", GNA, ["معبر رأس جدير"], ["الزاوية"]),
 ],
 "ru3": [
  mv("redeploy", "reported", LNA, ["بنغازي"], ["سرت"], ["اجدابيا", "البريقة"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["سرت"]),
  mv("reinforce", "reported", LNA, [], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", LNA, [], ["إدري"]),
  mv("withdraw", "conditional", LNA, ["سرت"], ["الجفرة"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجفرة"]),
 ],
 "ru4": [
  mv("withdraw", "reported", "Wagner Group", ["طرابلس"], ["الجفرة"], ["بني وليد"]),
  mv("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", RU, ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("deploy", "reported", RU, ["براك"], ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("shipment", "reported", RU, ["الجفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "planned", RU, [], ["معطن السارة"], ["مطار بنينا"]),
  mv("withdraw", "conditional", RU, ["براك"], []),
  mv("deploy", "denied", RU, [], ["السودان"]),
 ],
 "ru5": [
  mv("deploy", "reported", "Sudanese armed groups", ["شمال دارفور"], ["جبل العوينات"], ["الحدود مع السودان"]),
  mv("redeploy", "reported", "Sudanese armed groups", ["العوينات"], ["ربيانة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["ربيانة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", LNA, [], ["ربيانة"]),
  mv("withdraw", "planned", "Sudanese armed groups", [], ["دارفور"], ["المثلث الحدودي"]),
  mv("redeploy", "denied", "Sudanese armed groups", [], ["تازربو", "حقل السرير"]),
 ],
}

NOTES = {
 "ru1": "Daraj-style investigation following a Syrian mercenary company over seven months: airlift Gaziantep airport->"
        "Mitiga (flashback), Tripoli ('العاصمة الليبية')->Al-Watiya, two platoons Watiya->Abu Qurayn; planned return "
        "Mitiga->Turkey on charter flights; the replacement batch being mobilised near Afrin; conditional push toward "
        "Sirte (لن…إلا إذا); denied dispatch to Niger. Misrata is a locator; Tripoli (Lebanon) is a fighter's former "
        "workplace, not a movement place.",
 "ru2": "Inkyfada-style investigation of a GNA battalion on the Tunisian border: Zawiya->Zuwara via Sabratha, a sea "
        "landing Tripoli port->Zuwara port, then 'منها' (Zuwara)->Ras Ajdir crossing; Tunisian army Medenine->Ben "
        "Gardane; planned company move to Al-Jumayl (تعتزم); conditional Tunisian deployment near Dehiba (إذا); "
        "pull-out from the crossing back to Zawiya denied by its commander. Dateline Tunis is the city; the coastal road "
        "Tripoli–Ras Ajdir, the trucks on «نهج طرابلس» (same Tunisian reinforcement) are not extra movements.",
 "ru3": "Mada Masr-style investigation of an LNA brigade: Benghazi->Sirte via Ajdabiya and Brega and its tanks shipped "
        "Benghazi port->Sirte (flashback), two companies to Al-Jufra air base, planned move to Idri, conditional "
        "Sirte->Al-Jufra pull-back (في حال), denied Egyptian army dispatch to Al-Jufra. The 2020 halt at Sirte's "
        "outskirts, the activity south of Waddan, the Sharara field (a purpose) and the talks in Tunis are not movement "
        "places; 'سرت الجفرة' inside the operations room and the red line are traps.",
 "ru4": "Al Majalla-style investigation of Russia's Africa Corps: 2020 Wagner pull-back from around Tripoli to Al-Jufra "
        "via Bani Walid (flashback), Il-76 airlift Hmeimim->Al-Jufra air base, Al-Jufra->Brak air base, a landing ship "
        "at Tobruk port, convoy Brak->Maaten al-Sarra via Kufra and weekly fuel/ammunition trucks Al-Jufra->'القاعدة' "
        "(Maaten al-Sarra); planned trainers to Maaten al-Sarra via Benina airport; conditional exit from Brak (إذا); "
        "denied transfer to Sudan. Mali/Niger are a purpose, Moscow and Tripoli are speakers.",
 "ru5": "Raseef22-style investigation of a Sudanese armed faction around Kufra: North Darfur->Jebel Uweinat across "
        "the Sudan border, Uweinat->Rebiana and mobilising workers there, LNA airlift Benina air base->Kufra airport; "
        "conditional LNA advance on Rebiana (إذا); planned return to Darfur via the border triangle; denied move to "
        "Tazirbu or the Sarir field. Refugees from Sudan and the UN source's distribution (Kufra, Tazirbu, Uweinat) "
        "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ru1", "ru2", "ru3", "ru4", "ru5")
BAR_IN_TEXT = True  # the text has a literal "|" (headline «تحقيق |» and the date lines)
