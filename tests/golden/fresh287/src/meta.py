# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # datelines and capitals
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "lyon": ("city", "FR", 45.74846, 4.84671, "Lyon"),                                     # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # vague areas and border phrases
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "southeast_ly": ("region", "LY", 23.30855, 22.08059, "South-eastern Libya"),           # G* (Kufra district row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "tripoint_ne": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "tripoint_uw": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "border_tn_side": ("region", "TN", 31.0, 9.85, "Tunisia-Libya border (Tunisian side)"),  # K
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # kc1 Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # kc2 Sirte, Jufra, the oil crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base point, near Hun/Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "sirte_port": ("crossing", "LY", 31.210, 16.570, "Port of Sirte"),                     # K
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # kc3 Kufra and the Sudanese border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "Sharq El Oweinat"),                # G* (airport row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 # kc4 the south-west borders seen from the Maghreb
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row spelled عين أميناس)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (Debdeb town row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 # kc5 foreign forces in the centre
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata_port": ("crossing", "LY", 32.376, 15.216, "Port of Misrata (Qasr Ahmad)"),    # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "kc1": ["الوسط", "المعارضة التشادية", "بي بي سي عربي", "الليبية", "فواصل", "ما ادري",
         "الشرق الأوسط", "اللندنية", "ليبيا الأحرار", "جبهة الوفاق من أجل التغيير في تشاد", "الخبر",
         "الجيش الجزائري", "سالم الغاتي"],
 "kc2": ["الإعلام الليبي", "المصري اليوم", "الليبية", "زلة لسان", "ليبيا الحدث", "218", "الجيش الوطني الليبي",
         "التناصح", "الأيام", "أحمد الطرابلسي", "غرفة عمليات سرت الجفرة", "فبراير"],
 "kc3": ["إيلاف", "الحرب السودانية", "سكاي نيوز عربية", "قوات الدعم السريع", "الحدث",
         "الجزيرة مباشر", "كتيبة سبل السلام", "الجانب المصري", "القاهرة الإخبارية", "المسار"],
 "kc4": ["هسبريس", "الوطن", "الجيش الجزائري", "صلاة المغرب", "عين ليبيا",
         "الجانب الجزائري", "الشروق", "التونسية", "المغاربية"],
 "kc5": ["يورونيوز", "التايمز", "الفيلق الأفريقي", "الروسي", "كورييري ديلا سيرا", "شارع طرابلس", "لوموند",
         "التركية", "دي فيلت", "السيادة الليبية", "مؤتمر برلين", "الغارديان"],
}

PHEN = {
 "kc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "kc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "kc3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "kc4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "kc5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "countries"],
}

MOVES = {
 "kc1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("shipment", "reported", LNA, ["براك"], ["إدري"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["أم الأرانب"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "kc2": [
  mv("mobilise", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("redeploy", "reported", LNA, ["هون"], ["قاعدة القرضابية"], ["ودان"]),
  mv("withdraw", "denied", LNA, ["راس لانوف"], ["البريقة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("advance", "conditional", GNA, ["الوشكة"], ["سرت"]),
 ],
 "kc3": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["ربيانة"], ["الكفرة"]),
  mv("deploy", "planned", "Egyptian army", [], ["شرق العوينات"]),
  mv("mobilise", "conditional", LNA, [], ["تازربو"]),
 ],
 "kc4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["برج عمر إدريس"]),
  mv("shipment", "reported", "Algerian army", ["عين أمناس"], ["معبر الدبداب"]),
  mv("deploy", "planned", LNA, ["إدري"], ["الحمادة الحمراء"]),
  mv("withdraw", "denied", "Tunisian army", ["رمادة"], ["تطاوين"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
 ],
 "kc5": [
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار مصراتة"]),
  mv("redeploy", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", LNA, ["سرت"], ["بويرات الحسون"]),
 ],
}

NOTES = {
 "kc1": "BBC Arabic-style press review (London) on the Fezzan: each move attributed to a paper or channel - Al-Wasat's "
        "LNA reinforcement Sabha->Murzuq via Ghuddwa (reported), Fawasel's LNA fuel-and-ammunition convoy Brak->Idri "
        "(reported), Asharq Al-Awsat's planned company Qatrun->Toummo crossing, Libya Al-Ahrar's Chadian infiltration "
        "Chad->Umm al-Aranib denied by FACT, El Khabar's Algerian reinforcement Illizi->Djanet «في حال». Ghat, the Niger "
        "border and the triangle are locators; London, Algiers are datelines/venues; Idri vs «ما ادري».",
 "kc2": "Al-Masry Al-Youm-style roundup (Cairo) of Libyan channels on Sirte/Jufra: Libya Al-Hadath's Misrata build-up "
        "Misrata->Abu Qurayn (reported, no denial), 218's LNA redeploy Hun->Gardabiya base via Waddan (reported), "
        "Al-Tanasuh's LNA pull-back Ras Lanuf->Brega denied by the LNA spokesman, Al-Ayam's planned marine landing "
        "Benghazi port->Sirte port, and the Sirte-Jufra operations room's conditional advance Al-Washka->Sirte «إذا». "
        "Tripoli (venue) vs the spokesman Ahmed al-Trabelsi; «زلة لسان» vs Zillah; the oil crescent only in a denial.",
 "kc3": "Elaph-style TV roundup (Riyadh) on Kufra and the Sudan border: Sky News Arabia's RSF advance Al Malha->the "
        "border triangle (reported), Al-Hadath's LNA airlift Benina->Kufra airport (reported), Al Jazeera Mubasher's "
        "Subul al-Salam pull-out Rebiana->Kufra denied by its commander, Al-Qahera News' planned Egyptian deployment "
        "at Sharq El Oweinat, and the Kufra mayor's conditional LNA build-up in Tazirbu «إذا». North Darfur locates "
        "Al Malha; Cairo (metonymy) vs the channel «القاهرة الإخبارية».",
 "kc4": "Hespress-style Maghreb press review (Rabat): El Watan's Algerian reinforcement Ouargla->Bordj Omar Driss and "
        "fuel-and-ammunition trucks In Amenas->the Debdeb crossing (reported), Ean Libya's planned LNA force "
        "Idri->Hamada al-Hamra, Tunisia's MoD denial of a pull-out Remada->Tataouine, Echorouk's conditional "
        "Tunisian reinforcement Tataouine->Borj El Khadra «إذا». Idri inside «برج عمر إدريس»; Tunis city vs "
        "Tunisia; Morocco vs «صلاة المغرب»; the Sharara field is background.",
 "kc5": "Euronews-style European press review (Lyon) on foreign forces in central Libya: The Times' Africa Corps "
        "pull-back Gardabiya base->Jufra air base (reported), Corriere della Sera's Turkish landing Mersin->Misrata "
        "port (reported), Le Monde's Syrian-fighter flights Turkey->Misrata airport denied by Ankara, Die Welt's "
        "conditional Russian move Jufra->Brak air base «إذا» and planned LNA battalion Sirte->Buwairat al-Hassoun. "
        "«شارع طرابلس» (a Misrata street) vs Tripoli; «مؤتمر برلين» is an event name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kc1", "kc2", "kc3", "kc4", "kc5")
