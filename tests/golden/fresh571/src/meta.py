# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # va1 oil crescent and the Sirte line (Al-Rai)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # va2 Gharyan, the Nafusa and the Tunisian border (Addustour)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # va3 the Egyptian western border (Cairo 24)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_port": ("crossing", "EG", 31.565, 25.160, "Port of Sallum"),                   # K
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo_west": ("base", "EG", 30.1164, 30.9156, "Cairo West Air Base"),                 # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # va4 Djanet, Tin Alkoum and Debdeb (APS)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # va5 Wadi al-Shati and the Fezzan (Emarat Al Youm)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "va1": ["الجيش الوطني الليبي", "الساعات الخمس", "غرفة عمليات سرت والجفرة", "المصراتية", "ليبيا الحدث", "شارع طرابلس"],
 "va2": ["مختار الغرياني", "بوابة طرابلس", "ليبيا الأحرار", "الجميل", "الجيش التونسي"],
 "va3": ["القاهرة 24", "الجيش المصري", "الجيش الوطني الليبي", "الليبية"],
 "va4": ["وكالة الأنباء الجزائرية", "الجيش الوطني الشعبي", "الجيش الجزائري", "الليبية"],
 "va5": ["الإمارات اليوم", "الجيش الوطني الليبي", "الأوباري", "سالم الإدريسي", "جبهة التناوب والوفاق في تشاد"],
}

PHEN = {
 "va1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_oil"],
 "va2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "va3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "va4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "va5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "va1": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["ميناء راس لانوف"], ["البريقة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["بن جواد"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
 ],
 "va2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["الأصابعة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرجبان"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "va3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", "Egyptian army", [], ["امساعد"]),
  mv("withdraw", "denied", "Libyan National Army", ["الجغبوب"]),
 ],
 "va4": [
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["الدبداب"], ["عين أمناس"]),
  mv("withdraw", "conditional", "Algerian army", ["تين الكوم"], ["جانت"]),
  mv("shipment", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
 ],
 "va5": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
}

NOTES = {
 "va1": "Numbers and distances beside destinations: LNA column Ajdabiya→Ras Lanuf port via Brega (the '18 km west of "
        "Brega' stop and the '3 km from the loading quay' position add no place), a planned landing Benghazi port→Es "
        "Sider (Bin Jawad only a distance reference), a denied pull-out from Bin Jawad, Misrata brigades' conditional "
        "advance Abu Qurayn→Al-Washka (Sirte only in 'the kilometre-50 gate west of Sirte'), and a reported Misrata "
        "massing in Tripoli Street (trap) of Misrata; Tripoli is only the seat of the government.",
 "va2": "A GNA force Tripoli→Gharyan via Al-Aziziyah with checkpoints '12 km south of the city' and at the Tripoli gate "
        "(trap); a planned company Al-Watiya base→Al-Asabaa ('20 km south-west of Gharyan' is a distance reference); "
        "Zintan denies massing 80 vehicles in Al-Rujban ('12 km west of the city' = Zintan, not a movement place); the "
        "Tunisian army's conditional reinforcement Medenine→Ben Gardane (Ras Ajdir and the border only distance "
        "reference and condition; Tunis the speaker's city).",
 "va3": "Egyptian reinforcements Marsa Matruh→Sallum via Sidi Barrani, positioned '6 km from the Sallum land port and "
        "11 km from the border' (locators, not destinations); marines landed at Sallum port from Ras el-Tin base "
        "(Alexandria only locates the base); a planned C-130 airlift Cairo West→Marsa Matruh airport; a conditional "
        "advance to Emsaed; the LNA's denied pull-out from Jaghbub (Tobruk = speaker's city and distance reference).",
 "va4": "APS: an Il-76 airlift Tamanrasset→Djanet airport, a 30-vehicle convoy Djanet→the Tin Alkoum crossing ('100 km "
        "east', '40 km of the border strip'), a planned battalion Bordj Omar Driss→Debdeb via In Amenas (Ghadames "
        "'18 km' only a distance reference there), a conditional return Tin Alkoum→Djanet barracks (Ghat only the "
        "condition), and a denied ammunition shipment Debdeb→Ghadames.",
 "va5": "An LNA column Tamanhint air base→Idri via Brak ('120 km'), a fuel-and-ammunition convoy Sabha→Sharara field "
        "via Ubari ('250 km'), a planned company from the field to Ubari ('55 km east of it'), a conditional airlift "
        "Benina→Sabha airport if fighting resumes in Idri (Idri not a movement place there), and FACT's denied massing "
        "in Umm al-Aranib ('300 km from the border with Chad' is a distance reference).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("va1", "va2", "va3", "va4", "va5")
