# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # shared Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air-base row: README point near Hun/Waddan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # ze1 the UN plan and the first flight (Al-Quds Al-Arabi)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # ze2 Syrian fighters home via Turkey (Syria TV)
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                    # G (written اعزاز)
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),      # G
 "babsalama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 # ze3 Sudanese fighters home via Jebel Uweinat (Al-Sudani)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ndarfur_state": ("district", "SD", 15.89580, 25.49583, "North Darfur State"),         # G* (row شمال دارفور)
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "portsudan_airport": ("airport", "SD", 19.4336, 37.2341, "Port Sudan New International Airport"),  # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "border_sd_ly": ("region", "SD", 20.6, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "tripoint_lsd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # ze4 Chadian fighters home to Borkou and N'Djamena (France 24)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (written انجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                   # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ndj_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena Hassan Djamous International Airport"),  # G* (row مطار إنجامينا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # ze5 the Turkish side (Yeni Safak Arabic)
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "west_ly": ("region", "LY", 28.69793, 14.30438, "Western Libya"),                      # G* (row شمال غرب ليبيا)
 "adana_prov": ("district", "TR", 36.98615, 35.32531, "Adana Province"),                # G* (Adana city row)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata_port": ("crossing", "LY", 32.365, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
}

TRAPS = {
 "ze1": ["القدس العربي", "عماد الطرابلسي", "السلطات السودانية", "تعويض مالي", "الفيلق الأفريقي", "القوات الروسية",
         "عبد الله الزنتاني", "تشادياً", "تشاديون"],
 "ze2": ["الجيش الوطني", "تلفزيون سوريا", "فرقة الحمزة", "فرقة السلطان مراد", "الليبي", "الجيش التركي",
         "محمود الحلبي", "وزارة الدفاع السورية", "فاغنر"],
 "ze3": ["السوداني", "الليبية", "القيادة العامة", "دعم مالي", "حركة تحرير السودان", "آدم إدريس", "قوات الدعم السريع",
         "المقاتلين السودانيين"],
 "ze4": ["فاكت", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادية", "الجيش الوطني الليبي", "فرانس 24",
         "محمد إدريس ديبي إتنو", "جبهة التناوب والوفاق", "زلة لسان", "إدريس ديبي"],
 "ze5": ["يني شفق", "وزارة الدفاع التركية", "الأيام الخمسة", "الفيلق الأفريقي", "وكالة الأناضول", "هاكان فيدان"],
}

PHEN = {
 "ze1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ze2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "ze3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ze4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_neighbours", "countries"],
 "ze5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ze1": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار امعيتيقة"], ["إسطنبول"]),
  mv("deploy", "reported", "GNA forces", [], ["مطار امعيتيقة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["قاعدة القرضابية"], ["الكفرة"], ["أجدابيا"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["سرت"], ["الجفرة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع تشاد"]),
 ],
 "ze2": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["مطار غازي عنتاب"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["اعزاز", "عفرين"], ["معبر باب السلامة"]),
  mv("deploy", "reported", "Turkish armed forces", [], ["معبر باب السلامة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["طرابلس"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["طبرق"], ["طرابلس"]),
 ],
 "ze3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الكفره"], ["المالحة"], ["جبل العوينات"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة بنينا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["ربيانة"]),
  mv("airlift", "planned", "Sudanese armed groups", ["مطار الكفرة"], ["مطار بورتسودان"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["قاعدة معطن السارة"], ["كرب التوم"]),
  mv("reinforce", "denied", "Sudanese armed groups", [], ["شمال دارفور"], ["الحدود مع ليبيا"]),
 ],
 "ze4": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["فايا لارجو"], ["كوري بوغودي"]),
  mv("advance", "reported", "Libyan National Army", [], ["أم الأرانب"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تراغن"]),
  mv("airlift", "planned", "Chadian armed groups", ["مطار سبها"], ["مطار حسن جاموس"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["الجفرة"], ["تشاد"]),
  mv("advance", "denied", "Chadian armed groups", ["مرزق"], ["الحدود مع النيجر"]),
 ],
 "ze5": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["قاعدة إنجرليك"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء الخمس"], ["مرسين"]),
  mv("naval_landing", "planned", "Syrian mercenaries", ["ميناء مصراتة"], ["ميناء مرسين"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة معيتيقة"]),
  mv("reinforce", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["غازي عنتاب"], ["طرابلس"]),
 ],
}

NOTES = {
 "ze1": "UN-backed exit plan: 240 Syrian fighters flown Mitiga airport (written امعيتيقة in the body)→Istanbul after "
        "military police were deployed around 'the airport' (= Mitiga); a planned Sudanese transfer Gardabya base→Kufra via "
        "Ajdabiya (Sirte only locates the base); Turkish forces will not leave Al-Watiya unless the Africa Corps leaves "
        "(conditional, no place in the condition); the LNA denies moving Sudanese fighters Sirte→Jufra (Benghazi = "
        "speaker); 150 Chadian fighters left Al-Qatrun for the border with Chad. Tunis = venue, Ankara = speaker, "
        "Sharara only a past guard post; the minister Trabelsi and spokesman al-Zintani are person traps.",
 "ze2": "Syria TV: 180 SNA fighters airlifted Misrata airport→Gaziantep airport, then bused from 'the airport' via Bab "
        "al-Salama to Azaz and on to Afrin; the Turkish army deployed armour at Bab al-Salama; a planned second flight "
        "Al-Watiya→Turkey (Tripoli only locates the base); 700 fighters will leave their camps in Tripoli only if paid "
        "(conditional); a denied boat landing Tobruk→Tripoli in northern Lebanon (Lebanese Tripoli; North Lebanon only "
        "locates it). Istanbul is the dateline; Libya (headline, weapons left behind) and Northern Syria are not movement "
        "places.",
 "ze3": "Al-Sudani: a 70-vehicle convoy Kufra (written الكفره)→Al-Malha via Jebel Uweinat; the LNA trucked their heavy "
        "weapons Kufra→Benina base; 200 more gathered at Rebiana (mobilise) for a planned airlift Kufra airport→Port "
        "Sudan airport; RSF-aligned groups near Maaten al-Sarra will return to Karb al-Tom only with guarantees "
        "(conditional); RSF denies 300 fighters crossed the border with Libya towards North Darfur. Port Sudan dateline, "
        "Sarir (past guard duty), Kufra district, Sudan ('outside Sudan'), the border triangle, Egypt and Darfur are not "
        "movement places.",
 "ze4": "France 24: 320 CCMSR fighters Umm al-Aranib→Faya-Largeau via Kouri Bougoudi, LNA units then advanced into Umm "
        "al-Aranib; 250 gathering at Traghen (mobilise) for a planned airlift Sabha airport→N'Djamena's Hassan Djamous "
        "airport; FACT will return from Jufra to Chad only if prisoners are freed (N'Djamena only the condition); FACT "
        "denies a column Murzuq→the border with Niger. N'Djamena dateline/metonymy, Borkou, Sabha (IOM office) and "
        "Libya are not movement places; Déby names are Idri traps.",
 "ze5": "Yeni Safak: 210 Syrian fighters flown Al-Watiya→Incirlik base (Adana province and western Libya only locate "
        "the bases); a Turkish supply ship left Khoms port for Mersin with the factions' vehicles and ammunition; a "
        "planned sea passage Misrata port→Mersin port; Turkish troops will not leave Mitiga base unless the Africa Corps "
        "leaves (conditional); Russian reinforcements Jufra air base→Brak air base; a denied airlift Gaziantep→Tripoli. "
        "Ankara (dateline, metonymy), Moscow, Turkey, Libya and eastern Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ze1", "ze2", "ze3", "ze4", "ze5")
