# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G (row تركيا)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "minya": ("district", "EG", 28.18109, 30.10272, "Minya Governorate"),                  # G (district row المنيا)
 "samalut": ("city", "EG", 28.31214, 30.71007, "Samalut"),                              # G
 "asyut": ("district", "EG", 27.23432, 31.11334, "Asyut Governorate"),                  # G (district row أسيوط)
 "fayoum": ("district", "EG", 29.33158, 30.57173, "Faiyum Governorate"),                # G (district row الفيوم)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G* (row مطروح, written محافظة مطروح)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.58, 25.12, "Sallum land port"),                   # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "border_eg_ly": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egypt side)"),       # K
 # Libya (Cyrenaica, Butnan, the oases)
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G (row امساعد, written إمساعد)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G (row منفذ امساعد)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G (row ميناء طبرق)
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G (row ميناء الحريقة)
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk Municipality"),         # G* (city row طبرق, written بلدية طبرق)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, written شرق ليبيا)
 "bomba": ("town", "LY", 32.33000, 23.12000, "Bomba"),                                  # G
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan District"),                # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                   # G
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Jabal al Akhdar"),             # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا, written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat District"),                  # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),         # G* (row جنوب شرق ليبيا, written الجنوب الشرقي)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
}

TRAPS = {
 "qrz1": ["شرق ترند", "الجيش الوطني الليبي", "مجلس النواب الليبي", "البرلمان الليبي", "حرس الحدود", "مطروحاً",
          "الليبية", "المصري", "مصرية", "مصري"],
 "qrz2": ["الأقباط متحدون", "القيادة العامة للجيش الوطني الليبي", "عسكري ليبي", "اللواء 106 مجحفل", "شهداء ليبيا", "كنيسة شهداء الإيمان والوطن",
          "إعصار دانيال", "صندوق التنمية", "ليبية", "الليبية", "مصري", "مصريتين", "المصري", "المصريين"],
 "qrz3": ["العمال", "المنطقة الغربية العسكرية", "الاتحاد العام لنقابات عمال مصر", "مطروحة", "مصري", "المصريين",
          "الليبي"],
 "qrz4": ["الشارع نيوز", "اللواء طارق بن زياد", "كتيبة سبل السلام", "سي 130", "المصري الليبي", "مصري", "مصرية"],
 "qrz5": ["صحافة بلادي", "الإنزال «طبرق»", "البحرية الليبية", "اللواء 106", "حرس الحدود", "مجلس النواب",
          "القوات البحرية المصرية", "مصري", "المصري", "ليبية", "الأوروبية"],
}

PHEN = {
 "qrz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qrz2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours"],
 "qrz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrz5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrz1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "منفذ السلوم"], ["سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["إمساعد"]),
  mv("deploy", "denied", "Egyptian army", [], ["طبرق", "مطار طبرق"]),
  mv("advance", "conditional", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qrz2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنة"]),
  mv("redeploy", "planned", "Libyan National Army", ["درنة"], ["القبة", "عين الغزالة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درنة"], ["المرج"]),
  mv("airlift", "denied", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار الأبرق"]),
 ],
 "qrz3": [
  mv("redeploy", "reported", "Egyptian army", ["العلمين"], ["سيدي براني"]),
  mv("withdraw", "conditional", "Egyptian army", ["السلوم"], ["مرسى مطروح"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["إمساعد"]),
  mv("shipment", "denied", None, [], ["بنغازي"], ["منفذ السلوم"]),
 ],
 "qrz4": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["جالو", "الواحات"], ["أوجلة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["الجغبوب"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مثلث العوينات"]),
  mv("airlift", "denied", "Egyptian army", ["مطار مرسى مطروح"], ["قاعدة الخادم"]),
 ],
 "qrz5": [
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
  mv("withdraw", "reported", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["كمبوت"]),
  mv("shipment", "denied", None, ["الإسكندرية"], ["ميناء طبرق"]),
  mv("deploy", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
}

NOTES = {
 "qrz1": "Egyptian news site (Sharq Trend) from Sallum: Egyptian reinforcements Marsa Matruh→Sallum and the Sallum land "
         "port via Sidi Barrani, a planned border-guard deployment along the border with Libya (Egypt side; Siwa only "
         "a distance reference), an LNA column Tobruk→Emsaed (written إمساعد), Egypt's denied entry into Tobruk and "
         "Tobruk airport, and a conditional Egyptian crossing towards Jaghbub («لن تعبر ... إلا إذا», Siwa only in the "
         "condition); the trucks queuing for Benghazi and Ajdabiya, the Benghazi delegation to Cairo, Cairo as "
         "government and «مطروحاً» (common word) are not movements or movement places.",
 "qrz2": "Coptic news site (Copts United) from Cairo on Coptic workers in Derna: LNA reinforcements Benghazi→Derna, "
         "two companies planned Derna→Al Qubbah and Ain al-Ghazala, a conditional return Derna→Al Marj barracks "
         "(«لن تعود ... ما لم»), and denied Egyptian special-forces flights Mohamed Naguib base→Al Abraq airport; "
         "workers' buses towards the Amsaad crossing, evacuation flights, the 2015 killings near Sirte, Minya and Asyut "
         "(governorates, district rows), Samalut and the Jabal Akhdar towns are not movement places; «شهداء ليبيا» "
         "holds ليبيا.",
 "qrz3": "Egyptian labour paper (Al-Ommal) from Marsa Matruh on workers returning via Sallum: units of the Western "
         "Military Region moved El Alamein→Sidi Barrani (redeploy), reinforcements in Sallum will not return to Marsa "
         "Matruh until the season ends (conditional withdraw), a planned LNA battalion Tobruk→Emsaed, and a denied "
         "arms shipment via the Sallum land port towards Benghazi (actor null); returning workers from Tobruk, "
         "Benghazi and Ajdabiya, Faiyum (a worker's home), Matruh Governorate (district) and «مطروحة» are not moves.",
 "qrz4": "News site (Al-Sharea News) from Benghazi: an LNA column Ajdabiya→Jalu via Awjila to guard the Al Wahat "
         "oilfield roads, a C-130 Al Khadim base→Kufra airport with military police, a planned company Kufra→Jaghbub, "
         "a conditional advance on the Uweinat triangle (Sudan only in the condition) and denied Egyptian ammunition "
         "flights Marsa Matruh airport→Al Khadim; the 2019 attack on Jalu, the civilian fuel convoy Brega→Kufra and "
         "Cairo as denier are not movements.",
 "qrz5": "News site (Sahafat Bladi) from Tobruk: an LNA landing ship Benghazi→Tobruk port (naval_landing), a company "
         "withdrawn Jaghbub→Tobruk, a planned massing at Kambut, a denied arms shipment Alexandria→Tobruk port (actor "
         "null), and a conditional Egyptian deployment of patrol boats off Sallum (Bomba and Bardia only in the "
         "condition); the ship named «طبرق», the Hariga terminal (pipeline goal), Tobruk as parliament seat, Derna and "
         "Benghazi coastguards, ships from Turkey and Egypt are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrz1", "qrz2", "qrz3", "qrz4", "qrz5")
