# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # eastern Libya: Benghazi and its air bases
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "abraq_town": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                          # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 # the south-east and the triangle
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "nyala_airport": ("airport", "SD", 12.0535, 24.9562, "Nyala Airport"),                 # K
 "s_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "darfur_region": ("region", "SD", 13.50000, 24.50000, "Darfur Region"),                # G* (row دارفور)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "border_sd_ly": ("region", "SD", 20.8, 25.4, "Sudan-Libya border (Sudanese side)"),    # K
 # Chad
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),       # G* (town row)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "cairo_airport": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "borg_arab": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab International Airport"),  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 # UAE
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # Russia / Syria
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
}

TRAPS = {
 "qk1": ["سبوتنيك", "الروسية", "الفيلق الأفريقي", "مالي", "السودانية", "السودانيين", "يونس بك يفكوروف",
         "خليفة حفتر", "حكومة الوحدة الوطنية", "روسيا اليوم", "أجنحة ليبيا"],
 "qk2": ["راديو دبنقا", "دبنقا", "قوات الدعم السريع", "الدعم السريع", "سوق ليبيا", "الجيش الوطني الليبي",
         "أحمد المسماري", "السودانية", "الجيش السوداني", "نبيل عبد الله", "بدر للطيران", "السودانيين"],
 "qk3": ["الإمارات اليوم", "فلاي دبي", "قوات الدعم السريع", "هيئة الهلال الأحمر الإماراتي", "السودانيين",
         "شارع دبي", "الجيش الوطني الليبي", "اللواء طارق بن زياد"],
 "qk4": ["مصر للطيران", "القاهرة 24", "الليبية", "الخادم الرئيسي", "سالم الإدريسي", "المصرية",
         "درع الصحراء", "الجيش الليبي", "مصلحة الطيران المدني الليبية", "فندق تيبستي"],
 "qk5": ["الدعم السريع", "ألترا سودان", "ما ادري", "القوة المشتركة لحركات الكفاح المسلح", "حركة تحرير السودان",
         "مني أركو مناوي", "القيادة العامة الليبية", "تاركو للطيران", "سودانياً"],
}

PHEN = {
 "qk1": ["coverage_bases", "multiword", "countries", "vague_area", "media_trap", "person_trap", "operation_trap",
         "nisba", "clitics", "common_word_trap", "ambiguity_tripoli", "ambiguity_country_capital",
         "coverage_crossings"],
 "qk2": ["coverage_bases", "multiword", "countries", "border_phrase", "vague_area", "media_trap", "person_trap",
         "operation_trap", "nisba", "clitics", "coverage_neighbours", "spelling"],
 "qk3": ["coverage_bases", "multiword", "countries", "vague_area", "media_trap", "operation_trap", "nisba", "clitics",
         "coverage_neighbours", "ambiguity_tripoli"],
 "qk4": ["coverage_bases", "multiword", "countries", "media_trap", "person_trap", "operation_trap", "nisba", "clitics",
         "ambiguity_country_capital", "coverage_neighbours", "spelling", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "coverage_oil", "coverage_crossings"],
 "qk5": ["coverage_bases", "multiword", "countries", "vague_area", "media_trap", "person_trap", "operation_trap",
         "nisba", "clitics", "coverage_neighbours", "border_phrase", "ambiguity_idri", "common_word_trap",
         "town_vs_district", "coverage_oil"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qk1": [
  _m("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["بورتسودان"]),
  _m("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  _m("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  _m("redeploy", "planned", "Russian forces", ["قاعدة الجفرة"], ["مطار الأبرق"]),
  _m("deploy", "conditional", "Russian forces", [], ["بنغازي"]),
 ],
 "qk2": [
  _m("airlift", "reported", None, ["قاعدة الخادم"], ["مطار نيالا"]),
  _m("shipment", "reported", "Sudanese armed groups", ["مطار نيالا"], ["الفاشر"]),
  _m("airlift", "reported", "Foreign fighters", ["أبو ظبي"], ["الكفرة"], ["بنغازي"]),
  _m("airlift", "denied", "Libyan National Army", ["مطار بنينا"], ["السودان"]),
  _m("redeploy", "planned", "Sudanese armed groups", ["نيالا"], ["الجنينة"]),
  _m("reinforce", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
 "qk3": [
  _m("airlift", "denied", None, ["أبوظبي"], ["قاعدة الخادم"]),
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة معطن السارة"]),
  _m("mobilise", "reported", "Libyan National Army", [], ["الكفرة"]),
  _m("deploy", "planned", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  _m("withdraw", "conditional", "Libyan National Army", ["معطن السارة"], ["بنغازي"]),
 ],
 "qk4": [
  _m("airlift", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
  _m("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار الأبرق"]),
  _m("naval_landing", "planned", "Egyptian army", [], ["ميناء الحريقة"]),
  _m("deploy", "reported", "Libyan National Army", ["بنغازي"], ["الأبرق"], ["المرج", "البيضاء"]),
  _m("redeploy", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
 ],
 "qk5": [
  _m("airlift", "reported", None, ["مطار الكفرة"], ["مطار أم جرس"]),
  _m("shipment", "reported", None, ["مطار أم جرس"], ["دارفور"]),
  _m("withdraw", "reported", None, ["المثلث الحدودي"], []),
  _m("mobilise", "reported", "Sudanese armed groups", [], ["الدبة"]),
  _m("advance", "planned", "Sudanese armed groups", ["الدبة"], ["المثلث الحدودي"]),
  _m("airlift", "denied", "Sudanese armed groups", ["نيالا"], ["بنغازي"]),
  _m("advance", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  _m("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
 ],
}

NOTES = {
 "qk1": ("Sputnik-style Moscow copy: the MoD's denial of a Khadim->Port Sudan airlift (the headline repeats it), a "
         "reported Il-76 rotation Hmeimim->Khadim, a landing ship unloading at Tobruk port, a planned Jufra base->"
         "Al-Abraq airport move of Russian military experts and a conditional air-defence unit for Benghazi; not "
         "movements: an EMERCOM aid plane Moscow->Benina airport for refugees in Kufra, the deputy minister's visit, a "
         "planned civil Benghazi-Moscow flight and the 'civil charter' flights of the denial; 'دعم مالي' is financial."),
 "qk2": ("Radio Dabanga-style Darfur copy: unnamed cargo planes Khadim->Nyala airport (the headline 'from Libya' is "
         "the same move), the cargo trucked on by the RSF to El Fasher, Colombian fighters Abu Dhabi->Kufra via "
         "Benghazi, the LNA's denied Benina->Sudan flights, an RSF drone unit planned Nyala->Geneina and the Sudanese "
         "army's conditional reinforcement of the border with Libya (Sudanese side); not movements: the trader's "
         "displacement from Omdurman, Badr Airlines civil flights Port Sudan-Benghazi; 'قرب المرج' only locates "
         "Al-Khadim."),
 "qk3": ("Emarat Al Youm-style copy: the UAE's denied Abu Dhabi->Khadim cargo flights, an LNA battalion airlifted Benina "
         "base->Maaten al-Sarra, LNA units massing in Kufra, their planned deployment Kufra->the Libya-Sudan-Egypt "
         "triangle and the battalion's conditional return Maaten al-Sarra->Benghazi; not movements: the Red Crescent "
         "aid flight Abu Dhabi->Kufra airport via Benghazi, flydubai Dubai-Benina and Tripoli/Mitiga, a studied civil "
         "route to Al-Abraq, generic air traffic between eastern Libya and Darfur."),
 "qk4": ("Cairo 24-style copy: EgyptAir flights to Al-Abraq and Benghazi (civil; 'الخادم الرئيسي' is a booking "
         "server), an Egyptian source's denial of military planes at Al-Khadim, a planned Saiqa airlift Mohamed Naguib "
         "base->Al-Abraq airport with a planned marine landing at Marsa al-Hariga, an LNA military-police company "
         "Benghazi->Al-Abraq via Al-Marj and Al-Bayda and a conditional transfer of the LNA's transport planes Benina "
         "base->Al-Abraq airport; not movements: 160 workers flown Benghazi->Cairo, others by road via Amsaad, the "
         "Egyptian technical delegation."),
 "qk5": ("Ultra Sudan-style copy from Port Sudan: unnamed cargo planes Kufra airport->Amdjarass airport and the cargo "
         "on by road into Darfur (two moves), the Sudanese army's 2025 pull-out from the triangle (flashback), the "
         "joint force massing in Al-Dabbah and its planned advance Al-Dabbah->the triangle ('المنطقة'), the RSF's "
         "denied Nyala->Benghazi airlift, an LNA conditional advance to Jebel Uweinat and a reported company Kufra->"
         "the Sarir field; not movements: Tarco's evacuation flight Benina->Port Sudan and its conditional second "
         "flight from Kufra airport; the border with Sudan is only in the condition."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qk1", "qk2", "qk3", "qk4", "qk5")
