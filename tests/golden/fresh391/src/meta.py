# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 # oc1 Ben Gardane / Ras Jedir
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "rasjedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G (row منفذ رأس جدير)
 "choucha": ("village", "TN", 33.14, 11.49, "Choucha"),                                     # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                           # G
 "border_tnside": ("region", "TN", 33.12, 11.50, "Tunisia-Libya border (Tunisian side, Ras Jedir)"),  # K
 # oc2 Dhehiba / Remada / Tataouine
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "dhehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "dhehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),      # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),           # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                        # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                      # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "borma": ("oilfield", "TN", 31.68, 9.23, "El Borma oil field"),                            # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 # oc3 Sallum / Marsa Matruh
 "sallum_plateau": ("region", "EG", 31.50, 25.10, "Sallum plateau"),                        # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "sallum_port": ("crossing", "EG", 31.55371, 25.15793, "Port of Sallum"),                   # G* (town row السلوم)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "sidibarrani_ab": ("base", "EG", 31.4666, 25.8780, "Sidi Barrani Air Base"),               # K
 "inshas": ("base", "EG", 30.3275, 31.4486, "Inshas Air Base"),                             # K
 "border_egside": ("region", "EG", 31.40, 25.10, "Egypt-Libya border (Egyptian side, Sallum)"),  # K
 "musaid": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                    # G
 # oc4 Siwa
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "siwa_airport": ("airport", "EG", 29.3456, 25.5064, "Siwa Oasis North Airport"),           # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                     # K
 "sandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                         # G
 "border_egside_siwa": ("region", "EG", 29.50, 25.05, "Egypt-Libya border (Egyptian side, west of Siwa)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 # oc5 Jaghbub / Musaid / Ras Ajdir from the Libyan side
 "border_lyside_eg": ("region", "LY", 29.90, 24.90, "Libya-Egypt border (Libyan side, Jaghbub)"),  # K
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),             # G* (row مطار طبرق)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G (row قاعدة أبوستة البحرية)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
}

TRAPS = {
 "oc1": ["الشروق", "الهادي الزواري", "الليبي", "ليبية", "سوق ليبيا", "صالح الطرابلسي"],
 "oc2": ["ديوان أف أم", "منية الطرابلسي", "الليبي", "المنطقة العسكرية الغربية", "علي الرمادي"],
 "oc3": ["الوطن", "الليبية", "المنطقة الغربية العسكرية", "المصرية", "القيادة العامة للجيش الوطني الليبي", "مفتاح الطبرقي",
         "شارع الإسكندرية"],
 "oc4": ["القاهرة الإخبارية", "الليبية", "الليبي", "المصري", "عمر الجغبوبي", "ما ادري", "الزوار"],
 "oc5": ["إرم نيوز", "القيادة العامة للجيش الوطني الليبي", "المصري", "ليبية", "التونسي", "سرايا الدفاع عن بنغازي", "محمد الإدريسي"],
}

PHEN = {
 "oc1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "oc2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "oc3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "oc4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "border_phrase", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "oc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "oc1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("reinforce", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الشوشة"]),
  mv("withdraw", "denied", "GNA forces", ["راس جدير"], ["زوارة"]),
  mv("redeploy", "reported", "GNA forces", ["الزاوية"], ["أبو كماش"]),
 ],
 "oc2": [
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("shipment", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("advance", "conditional", "Tunisian army", ["برج الخضراء"], ["المثلث الحدودي"]),
  mv("mobilise", "denied", "GNA forces", [], ["وازن"]),
 ],
 "oc3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["هضبة السلوم", "منفذ السلوم البري"], ["سيدي براني"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  mv("airlift", "conditional", "Egyptian army", ["قاعدة أنشاص الجوية"], ["قاعدة سيدي براني الجوية"]),
  mv("withdraw", "denied", "Libyan National Army", ["امساعد"], ["طبرق"]),
 ],
 "oc4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("deploy", "reported", "Egyptian army", ["سيوة"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار سيوة"]),
  mv("shipment", "denied", None, ["الجغبوب"], ["سيوة"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["الجغبوب"]),
 ],
 "oc5": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["امساعد"]),
  mv("advance", "denied", "Egyptian army", ["السلوم"], ["امساعد"]),
  mv("deploy", "planned", "GNA forces", [], ["راس اجدير", "زلطن", "مجمع مليتة"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبو ستة البحرية"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["صفاقس"], ["بن قردان"]),
 ],
}

NOTES = {
 "oc1": "Tunisian daily (Al-Chourouk style) from Ben Gardane: a reported Tunisian reinforcement Medenine->Ben Gardane/"
        "the Ras Jedir crossing, a planned company Gabes->Ben Gardane («ستلتحق بها»), a conditional armoured deployment "
        "to Choucha («في حال»), a GNU pull-out Ras Jedir->Zuwara rumoured then denied («لا صحة»), and a GNU battalion "
        "Zawiya->Abu Kammash told by the same spokesman. Tripoli as speaker/metonymy, Tunis (city) vs Tunisia "
        "(country), «سوق ليبيا» and the surname «الطرابلسي» as traps, civilian trucks at the border are not movements.",
 "oc2": "Tunisian radio (Diwan FM style) from Tataouine: a reported redeploy Remada->Dhehiba, a reported supply "
        "shipment Tataouine->Dhehiba, a planned helicopter airlift El Aouina air base->Djerba-Zarzis airport "
        "(«تعتزم»), a conditional advance Borj El Khadra->the border triangle («إذا ثبت»), and a GNA massing in Wazin "
        "denied («مجرد شائعات»). Tataouine town (dateline, origin) vs governorate (after «والي»); Dhehiba a distance "
        "reference in the denial; Nalut only the speaker's place; El Borma only guarded, not a destination.",
 "oc3": "Egyptian daily (Al-Watan style) from Marsa Matruh: a reported reinforcement Marsa Matruh->the Sallum plateau "
        "and the Sallum land port via Sidi Barrani, a planned naval landing Alexandria->Sallum port («ستُنزل»), a "
        "conditional paratroop airlift Inshas air base->Sidi Barrani air base («في حال»), and an LNA pull-out "
        "Musaid->Tobruk denied. The border phrase is a purpose, Sallum and Marsa Matruh in the last paragraphs are "
        "locators of civilian life; «شارع الإسكندرية», «مفتاح الطبرقي» and «المنطقة الغربية العسكرية» are traps.",
 "oc4": "Egyptian TV news site (Al-Qahera News style) from Siwa: a reported border-guard battalion Mohamed Naguib "
        "base->Siwa, reported patrols Siwa->the border with Libya (Jaghbub only a locator «قبالة»), a planned "
        "airlift Cairo West air base->Siwa airport, an arms shipment Jaghbub->Siwa denied (no owner named), and a "
        "conditional LNA massing in Jaghbub («إذا طلب»). The outlet name contains القاهرة; «الجغبوبي», «ما ادري» and "
        "«الزوار» are traps; Cairo is only the venue of a statement.",
 "oc5": "Pan-Arab site (Erem News style) from Tobruk: an LNA reinforcement Tobruk->Jaghbub, an airlift Benina->Gamal "
        "Abdel Nasser air base chained to a road move on to Musaid, an Egyptian crossing Sallum->Musaid denied, a "
        "planned GNU deployment to Ras Ajdir/Zaltan/the Mellitah complex with a planned sea move Abu Sitta naval "
        "base->Zuwara port, and a conditional Tunisian reinforcement Sfax->Ben Gardane. Cairo and Tripoli are "
        "venues; «سرايا الدفاع عن بنغازي» is a force name; the flashback about it is presence, not movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oc1", "oc2", "oc3", "oc4", "oc5")
