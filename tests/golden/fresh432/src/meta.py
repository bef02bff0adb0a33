# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # pr1 Sabha
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "tamanhint": ("town", "LY", 27.25, 14.66, "Tamanhint"),                                # K (village beside the base)
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "jdid": ("city", "LY", 27.05000, 14.40000, "Al Jadid"),                                # G
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # pr2 Ubari
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),         # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G* (row الحدود الليبية النيجرية)
 # pr3 Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),        # G* (city row)
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),         # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G (row قاعدة أبوستة البحرية)
 # pr4 Benghazi
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                               # G
 "sidi_hussein": ("town", "LY", 32.11486, 20.06859, "Sidi Hussein (Benghazi)"),         # G
 "qaryunis": ("town", "LY", 32.11486, 20.06859, "Qar Yunis"),                           # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (airport row مطار طبرق)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Benghazi port"),               # K
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (town row البريقة)
 # pr5 round-up
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),        # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"

TRAPS = {
 "pr1": ["إرم نيوز", "اللواء طارق بن زياد", "البرلمان الجديد", "مسعود القطروني", "سالم الإدريسي"],
 "pr2": ["الاتحاد", "الجيش الوطني الليبي", "الشرارة الأولى", "ما ادري", "مسلحين تشاديين"],
 "pr3": ["ليبيا بانوراما", "عماد الطرابلسي", "الساعات الخمس", "شارع طرابلس", "المجلس العسكري مصراتة"],
 "pr4": ["الحدث", "الجيش الوطني الليبي", "شارع جمال عبد الناصر", "ملعب شهداء بنينا", "الواحات المجاورة",
         "صدام حفتر", "عملية الكرامة"],
 "pr5": ["هسبريس", "مصادر ليبية", "الجيش الوطني الليبي", "قبائل ورفلة", "عملية بركان الغضب"],
}

PHEN = {
 "pr1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_bases"],
 "pr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "pr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "pr5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "pr1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "المنشية", "الجديد", "الطيوري"]),
  mv("mobilise", "reported", LNA, [], ["قاعدة تمنهنت الجوية"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["مرزق", "القطرون"]),
  mv("reinforce", "conditional", LNA, ["تمنهنت"], ["سبها"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["إدري"]),
 ],
 "pr2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["اوباري"]),
  mv("deploy", "planned", LNA, [], ["غات", "منفذ إيسين"]),
  mv("reinforce", "conditional", LNA, ["جرمة"], ["أوباري"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["أوباري"]),
 ],
 "pr3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصراتة"], ["الخمس"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء مصراتة"]),
  mv("withdraw", "reported", MIS, ["مصراتة"], ["أبوقرين"]),
  mv("deploy", "planned", GNA, [], ["تاورغاء", "الدافنية"]),
  mv("reinforce", "conditional", GNA, ["زليتن"], ["مصراته"]),
  mv("mobilise", "denied", MIS, [], ["الوشكة"]),
 ],
 "pr4": [
  mv("deploy", "reported", LNA, [], ["الصابري", "سيدي حسين", "قاريونس"]),
  mv("reinforce", "reported", LNA, ["المرج"], ["بنغازي"], ["الأبيار"]),
  mv("shipment", "reported", None, ["الإمارات"], ["ميناء بنغازي"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", LNA, ["بنغازي"], ["اجدابيا", "ميناء البريقة"]),
  mv("redeploy", "denied", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["بنغازي"]),
 ],
 "pr5": [
  mv("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("withdraw", "reported", GNA, ["ترهونة"], ["معسكر التكبالي"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("advance", "conditional", LNA, [], ["بني وليد"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "pr1": "Erem News, Sabha: LNA units Tamanhint air base→Sabha polling centres (Al-Manshiya, Al-Jadid, Al-Tayuri) after "
        "1,500 men were massed at the base («في القاعدة ذاتها»), a military-police airlift Benina air base→Sabha "
        "airport, a planned Sabha→Murzuq/Al Qatrun deployment, a reserve that moves from Tamanhint only «إلا إذا» and "
        "a denied pull-out Sabha airport→Idri. The electoral commission's ballot flight from Tripoli is civilian (not "
        "a movement); Benghazi after Benina and Tunis (where the ballots were printed) are not movement places.",
 "pr2": "Al-Ittihad (Cairo dateline), Ubari: an LNA reinforcement Sabha→Ubari via Al-Ghurayfa, a Sharara field→Ubari "
        "(اوباري) redeploy, a planned company for Ghat and the Isayen crossing (no origin written), a conditional move "
        "Germa→Ubari («في حال») and the Ubari mayor's denial of Chadian gunmen coming from the Niger border. Cairo is "
        "only the dateline; «الشرارة الأولى» and «ما ادري» are common-word traps.",
 "pr3": "Libya Panorama, Misrata: a GNU interior force Tripoli→Misrata via Al-Khums and a second batch by sea Abu Sitta "
        "naval base→Misrata port, the Misrata military council's heavy weapons pulled back to Abu Qurayn, planned "
        "patrols for Tawergha/Dafniya, a conditional Zliten→Misrata (مصراته) reserve («إذا») and a denied build-up "
        "at Al-Washka; traps شارع طرابلس, عماد الطرابلسي, المجلس العسكري مصراتة, الساعات الخمس.",
 "pr4": "Al-Hadath, Benghazi: LNA units deployed in Al-Sabri/Sidi Hussein/Qar Yunis, a reinforcement Al-Marj→Benghazi "
        "via Al-Abyar, armoured cars shipped from the UAE to Benghazi port (no force named), a planned Benina air "
        "base→Kufra airport airlift, a conditional Benghazi→Ajdabiya (اجدابيا)/Brega port battalion («في حال») and a "
        "denied tank move Gamal Abdel Nasser air base→Benghazi (Tobruk is a locator, repeated in the denial).",
 "pr5": "Hespress, round-up: an LNA deployment Jufra air base→Sirte, a planned LNA sea move Benghazi→Ras Lanuf port, "
        "the 444 Brigade pulled back Tarhuna→Tekbali camp, a planned GNU interior airlift Mitiga airport→Ghadames "
        "airport, a conditional LNA entry into Bani Walid («لن … إلا إذا») and a denied Turkish arms shipment to "
        "Al-Watiya; Bouznika/Morocco/Algiers are the talks' venues, Tripoli a locator, «كسرت» the clitic ك on Sirte.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pr1", "pr2", "pr3", "pr4", "pr5")
