# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # places used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air-base row, near Hun/Waddan)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # cl1 Benghazi parade (Al-Ain News)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.045, "Port of Benghazi"),               # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 # cl2 Egyptian exercise, Marsa Matruh (Al Qahera News)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "north_coast": ("region", "EG", 30.95, 28.80, "Egypt's North Coast"),                  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alex": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                              # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk naval base row)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_egside": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),   # K
 # cl3 Turkish-Libyan naval exercise off Al-Khums (TRT Arabi)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.658, 14.275, "Port of Al Khums"),                  # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 # cl4 Algerian exercise in Illizi (El Khabar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dzside": ("region", "DZ", 27.5, 9.75, "Algeria-Libya border (Algerian side)"), # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row spelled عين أميناس)
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                 # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # cl5 LNA manoeuvres in Wadi al-Shati (Al Mayadeen)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row spelled قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "cl1": ["الكرامة", "العين الإخبارية", "الجيش الوطني الليبي", "الجديد", "الإدريسي", "السودانية"],
 "cl2": ["حسم", "القاهرة الإخبارية", "المصرية", "قوات مصرية", "المنطقة الغربية العسكرية", "الجيش الليبي"],
 "cl3": ["نسيم المتوسط", "السنوات الخمس", "غازي عنتاب", "الشاطئ", "الأناضول", "شارع طرابلس", "التركية", "الليبية",
         "الجانب الليبي"],
 "cl4": ["حصن الجنوب", "الخبر", "الجزائري", "جزائرية", "صفحات ليبية", "المجلس الرئاسي الليبي",
         "الناحية العسكرية الرابعة"],
 "cl5": ["درع فزان", "الميادين", "السبهاوي", "طارق بن زياد", "تشادية", "الجيش الليبي", "الفيلق الأفريقي", "روسية"],
}

PHEN = {
 "cl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "countries"],
 "cl2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "cl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "cl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "cl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TAF, EA, AA = ("Libyan National Army", "GNA forces", "Turkish armed forces", "Egyptian army",
                         "Algerian army")

MOVES = {
 "cl1": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية", "سبها"], ["قاعدة بنينا"]),
  mv("redeploy", "reported", LNA, ["اجدابيا", "المرج"], ["بنغازي"]),
  mv("withdraw", "denied", LNA, ["سرت", "الجفرة"]),
  mv("shipment", "denied", None, [], ["ميناء بنغازي"]),
  mv("deploy", "planned", LNA, [], ["الكفرة", "الحدود مع السودان"]),
  mv("reinforce", "conditional", LNA, [], ["حقل السرير"]),
 ],
 "cl2": [
  mv("deploy", "reported", EA, ["القاهرة", "الإسكندرية"], ["مرسى مطروح"]),
  mv("airlift", "reported", EA, [], ["قاعدة محمد نجيب العسكرية"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["مرسى مطروح"], ["منفذ امساعد"]),
  mv("withdraw", "planned", LNA, [], ["طبرق"]),
  mv("reinforce", "planned", EA, [], ["السلوم"]),
  mv("naval_landing", "denied", EA, [], ["ميناء طبرق"]),
  mv("advance", "conditional", EA, [], ["سرت", "الجفرة"]),
 ],
 "cl3": [
  mv("naval_landing", "reported", TAF, ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "reported", TAF, ["أنقرة"], ["قاعدة الوطية"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["الخمس"], ["زليتن"]),
  mv("shipment", "planned", None, [], ["ميناء مصراته"]),
  mv("withdraw", "denied", TAF, ["قاعدة الوطية"]),
  mv("reinforce", "conditional", TAF, [], ["ليبيا"]),
 ],
 "cl4": [
  mv("redeploy", "reported", AA, ["ورقلة"], ["عين أمناس"]),
  mv("airlift", "reported", AA, ["بسكرة"], ["مطار جانت"]),
  mv("reinforce", "planned", AA, [], ["الدبداب"]),
  mv("advance", "denied", AA, [], ["غات"], ["منفذ إيسين"]),
  mv("mobilise", "conditional", AA, [], ["جانت", "إليزي"]),
 ],
 "cl5": [
  mv("deploy", "reported", LNA, ["الجفرة"], ["قاعدة تمنهنط الجوية", "إدري"], ["سبها"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب", "القطرون"]),
  mv("advance", "planned", LNA, [], ["أم الأرانب"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "cl1": "LNA anniversary parade in Benghazi (not a movement) beside the travel to it: a reported airlift Jufra air "
        "base/Sabha→Benina and columns Ajdabiya/Al-Marj→Benghazi («إلى المدينة»), a denied pull-out from the Sirte/Jufra "
        "fronts, a denied armour shipment to Benghazi port, a planned move to Kufra and the Sudan border, a conditional "
        "reinforcement of the Sarir field; GNA live-fire drills near Tripoli International Airport are not a movement.",
 "cl2": "Egypt's «حسم 2026» exercise in Matruh: the live-fire drills and the simulated commando landing at Sidi Barrani "
        "are not movements; units that travelled Cairo/Alexandria→Marsa Matruh, paratroopers flown to Mohamed Naguib "
        "base and an LNA company Tobruk→Marsa Matruh via the Amsaad crossing are reported; its return to Tobruk and an "
        "armoured battalion to Sallum are planned; a landing at Tobruk port is denied; a push towards Sirte and Jufra "
        "is conditional («إلا إذا»).",
 "cl3": "Turkish–GNU naval exercise off Al-Khums: a frigate Mersin→Al-Khums port landing marines and A400Ms "
        "Ankara→Al-Watiya (reported), Misrata battalions to Al-Khums via Zliten (reported), a Turkish cargo ship with "
        "armour due at Misrata port (planned), a pull-out from Al-Watiya denied and more troops to Libya only «بطلب رسمي» "
        "(conditional); beach-landing drills, second-phase firing off Zliten and a graduation parade in Misrata are not "
        "movements.",
 "cl4": "Algerian live-fire exercise in Illizi province: units Ouargla→In Amenas and paratroopers Biskra→Djanet airport "
        "(reported), units to Debdeb after the exercise (planned), an incursion into Ghat via the Isayen crossing "
        "(denied), massing in Djanet and Illizi «إذا تدهور» (conditional); the simulated attack on the border strip, "
        "the border as a distance reference and Menfi's visit to Algiers are not movements.",
 "cl5": "LNA «درع فزان» manoeuvres near Idri: columns Jufra→Tamanhint air base via Sabha and on to the range near "
        "Idri, Russian cargo planes Al Khadim→Brak air base, Chadian groups massing at Umm al-Aranib/Al Qatrun "
        "(reported), a push to Umm al-Aranib (planned), a pull-out from Sharara (denied), a deployment to the Chad "
        "border «إذا ثبت» (conditional); the live-fire drills, the 5+5 talks in Tunis and Moscow's influence in Fezzan "
        "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cl1", "cl2", "cl3", "cl4", "cl5")
