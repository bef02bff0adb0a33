# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # oe1 LNA spokesman, Benghazi (Fezzan)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 # oe2 GNU chief of staff, Tripoli (Tunisian and Algerian borders)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.12, "Zuwara port"),                       # K
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex (port)"),  # G* (row مجمع مليتة)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # oe3 Algerian 4th Military Region commander, Ouargla
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_side": ("region", "DZ", 27.5, 9.6, "Algeria-Libya border (Algerian side)"),  # K
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),          # G* (row الجنوب الغربي)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                             # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),      # K
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 # oe4 Chadian defence minister, N'Djamena
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                      # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_side": ("region", "TD", 21.6, 18.5, "Chad-Libya border (Chadian side)"),    # K
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G (row قاعدة معطن السارة)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G* (row شمال تشاد)
 # oe5 Sudanese army spokesman, Port Sudan
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "border_sd_side": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),  # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),             # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                     # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
}

TRAPS = {
 "oe1": ["المرزوقي", "سبوتنيك", "فندق تيبستي", "للجيش الوطني الليبي", "التشادية"],
 "oe2": ["بي بي سي", "النالوتي", "شارع الزاوية", "الصحراء الغربية", "الجيش التونسي", "الجانب الجزائري",
         "الأراضي التونسية", "الليبية", "كتيبة ثوار طرابلس"],
 "oe3": ["النهار", "الجيش الوطني الشعبي", "الجيش الجزائري", "التراب الليبي", "الأراضي الليبية",
         "للسلطات الجزائرية"],
 "oe4": ["يورونيوز", "وزير الدفاع التشادي", "جبهة الوفاق من أجل التغيير", "فاكت", "إدريس ديبي",
         "السلطات الليبية", "للجيش الليبي", "دعم مالي"],
 "oe5": ["راديو دبنقا", "الدنقلاوي", "الجيش السوداني", "القوات المسلحة السودانية", "الدعم السريع"],
}

PHEN = {
 "oe1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "oe2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "oe3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "oe4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "oe5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, DZA = "Libyan National Army", "GNA forces", "Algerian army"
MOVES = {
 "oe1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سبها"]),
  mv("withdraw", "denied", LNA, ["أوباري", "حقل الشرارة"], []),
  mv("deploy", "planned", LNA, [], ["القطرون", "تجرهي"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
 ],
 "oe2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["منفذ وازن"], ["نالوت"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", GNA, [], ["ميناء مليتة"]),
  mv("deploy", "planned", GNA, ["قاعدة الوطية"], ["غدامس", "درج", "حقل الوفاء"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("reinforce", "conditional", GNA, [], ["الحدود مع الجزائر"]),
  mv("redeploy", "reported", GNA, ["معبر رأس اجدير"], ["زوارة"]),
 ],
 "oe3": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["برج عمر إدريس"]),
  mv("redeploy", "planned", DZA, ["عين أمناس"], ["الدبداب", "جانت"]),
  mv("advance", "denied", DZA, [], ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", DZA, [], ["جانت"]),
  mv("airlift", "reported", DZA, ["بوفاريك"], ["مطار إليزي"]),
 ],
 "oe4": [
  mv("reinforce", "reported", None, ["أبشي"], ["فادا"]),
  mv("deploy", "planned", None, [], ["أوزو", "برداي"]),
  mv("withdraw", "denied", None, ["كوري بوقدي"], []),
  mv("mobilise", "reported", "Chadian armed groups", [], ["القطرون"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["معطن السارة"]),
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["انجامينا"]),
 ],
 "oe5": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["الحدود مع ليبيا", "المثلث الحدودي"]),
  mv("airlift", "reported", None, [], ["مطار دنقلا"]),
  mv("withdraw", "denied", None, ["الدبة"], ["مروي"]),
  mv("advance", "planned", None, ["الدبة"], ["جبل العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["وادي هور"]),
  mv("deploy", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "oe1": "LNA spokesman's press conference in Benghazi (Sputnik style): reported Benina->Tamanhint airlift, "
        "Sabha->Murzuq deployment and an ammunition convoy Benghazi->Sabha (shipment), a withdrawal from "
        "Ubari/Sharara denied in answer to a question, a planned deployment to Al Qatrun and Tajarhi (the Niger border "
        "phrase is a locator), a conditional advance on Umm al-Aranib (إذا); the venue, «حكومة طرابلس», the "
        "parliament delegation's visit and «فندق تيبستي» are not moves.",
 "oe2": "GNU chief of staff's press conference in Tripoli (BBC Arabic style): reported Tripoli->Wazin crossing via "
        "Nalut, a reported naval landing Abu Sitta->Zuwara port and a planned one at Mellitah port, a planned "
        "Al-Watiya->Ghadames->Daraj/Al Wafa company, the Tunisian army's entry into Wazin denied, a conditional "
        "reinforcement of the Algerian border (إذا), a reported Ras Ajdir->Zuwara redeploy whose «نافياً» denies only "
        "a motive; a Tunisian drill near Dehiba, infiltration south of Ghadames and a meeting in Tunis are not moves.",
 "oe3": "Algerian 4th Military Region commander's press conference in Illizi (Ennahar style): reported Ouargla->Bordj "
        "Omar Driss reinforcement, planned detachments In Amenas->Debdeb-Djanet (redeploy), a rumoured column into Ghat "
        "via Isayen denied, a conditional reinforcement of Djanet (في حال), a reported Boufarik->Illizi airport "
        "equipment airlift; «على الحدود مع ليبيا» after Bordj Omar Driss is a purpose/locator, not a destination.",
 "oe4": "Chadian defence minister's press conference in N'Djamena (Euronews style): reported Abeche->Fada "
        "reinforcement, planned units for Aozou and Bardai, FACT's claim of a pull-out from Kouri Bougoudi denied, "
        "rebels massing near Al Qatrun (mobilise), a conditional pursuit to the Libyan border (إذا), an LNA company "
        "Kufra->Maaten al-Sarra reported second-hand, and the 2021 FACT offensive from southern Libya towards "
        "N'Djamena as a reported flashback; «منع عودة الجماعات المتمردة إلى جبال تيبستي» is not a move.",
 "oe5": "Sudanese army spokesman's press conference in Port Sudan (Radio Dabanga style): an RSF fuel-and-ammunition "
        "convoy Kufra->Al Malha via the Libyan border and the triangle (shipment), an army airlift to Dongola airport, "
        "a withdrawal Al Debba->Merowe denied, a planned advance Al Debba->Jebel Uweinat, RSF massing in Wadi Howar, "
        "a conditional deployment along the Libyan border (إذا); the RSF's control of the triangle is presence.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oe1", "oe2", "oe3", "oe4", "oe5")
