# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # datelines and capitals
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row with a garbled Arabic name)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # jm1 west, centre, Fezzan, Niger
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne_ly": ("region", "NE", 22.50, 13.80, "Niger-Libya border (Niger side)"),     # K
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 # jm2 Egypt's western border, Tobruk, the triangle
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G (row الجزائر, city)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "gamal_ab": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                   # G
 "tobruk_port": ("crossing", "LY", 32.07, 23.98, "Tobruk port"),                      # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "border_eg_ly": ("region", "EG", 30.80, 25.15, "Egypt-Libya border (Egyptian side)"),  # K
 # jm3 Darfur, Kufra, Chad
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "tina_sd": ("town", "SD", 15.03, 22.84, "Tina (Sudan)"),                               # K
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),          # G* (town row)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (city row نجامينا, written إنجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "ouaddai": ("district", "TD", 13.60, 21.00, "Ouaddai province"),                       # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # jm4 Fezzan, Tibesti, Kawar
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),    # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G (row سيغيدين)
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # jm5 west coast, Misrata, the south, Toummo
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                     # K
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo crossing"),                   # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
}

TRAPS = {
 "jm1": ["الدستور", "العقيد عبد السلام الغرياني", "حكومة الوحدة الوطنية", "القيادة العامة للجيش الوطني الليبي", "وزارة الدفاع النيجرية",
         "وزير الخارجية الليبي", "نظيره المصري", "العمالة المصرية", "شارع طرابلس"],
 "jm2": ["المصري اليوم", "محمد السلومي", "غرفة عمليات المنطقة الشرقية", "قوات الدعم السريع", "الليبية",
         "مساعدات طبية مصرية", "العمالة المصرية", "الواحات الصغيرة"],
 "jm3": ["سودان تربيون", "قوات الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "الهادي إدريس", "كتيبة سبل السلام",
         "وزارة الخارجية السودانية", "لاجئ سوداني"],
 "jm4": ["إيلاف", "اللواء طارق بن زياد", "الشيخ موسى الأوباري", "جبهة الوفاق من أجل التغيير في تشاد", "الشمال التشادي",
         "الفيلق الأفريقي", "المنطقة العسكرية سبها", "طائرة شحن روسية", "تعويض مالي"],
 "jm5": ["الراية", "حكومة الوحدة الوطنية", "المجلس العسكري مصراتة", "وزارة الدفاع التركية", "وسائل إعلام ليبية",
         "مسلحين تشاديين", "المجلس الرئاسي", "العقيد خالد الطرابلسي"],
}

PHEN = {
 "jm1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "jm2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jm3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "border_phrase", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "jm4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "jm5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "jm1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["ماداما"]),
  mv("shipment", "reported", None, ["أغاديس"], ["ديركو"]),
 ],
 "jm2": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم", "الحدود مع ليبيا"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
 ],
 "jm3": [
  mv("mobilise", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["وادي هور"], ["المالحة"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["كرب التوم"], ["الطينة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["أبشي"]),
 ],
 "jm4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوقدي"]),
  mv("redeploy", "planned", None, ["بلما"], ["سيقدين"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "conditional", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
 ],
 "jm5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("advance", "conditional", "GNA forces", [], ["صبراتة"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تمسة"], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "jm1": "Al-Dustour-style (Amman) Libya-and-neighbours page: a GNA deployment Tripoli→Gharyan via Al-Aziziyah (reported), "
        "an LNA battalion Jufra air base→Sirte via Waddan (planned, «تعتزم»), an LNA pull-out Ubari→Sabha (denied), Niger's "
        "two companies Dirkou→Madama «إذا» (conditional, Nigerien army = null) and a military supply convoy Agadez→Dirkou "
        "(reported shipment). Datelines Amman/Niamey, the Niger border phrase after «القريب من» and the minister's trip "
        "Algiers→Cairo are not movement places; «شارع طرابلس» (a street in Gharyan) and «الغرياني» (a person) are traps.",
 "jm2": "Al-Masry Al-Youm-style (Cairo) Libya file: Egyptian border guards Marsa Matruh→Siwa (reported; Jaghbub is a "
        "locator), an LNA special-forces airlift Benina air base→Gamal Abdel Nasser air base (planned; the Amsaad crossing is "
        "the purpose), an RSF entry into Jebel Uweinat (denied; the triangle locates it), Egyptian reinforcements to Sallum "
        "and the border with Libya «إذا» (conditional), an LNA landing ship Benghazi→Tobruk port (reported, «كانت قد أنزلت»). "
        "«محمد السلومي» (byline) holds the first «السلوم». Aid trucks to Benghazi and the Alexandria trade meeting are not moves.",
 "jm3": "Sudan Tribune-style (Port Sudan) Darfur page: RSF massing at Al Malha from Mellit (reported mobilise) and a fuel-and-ammunition convoy Wadi Howar→Al Malha "
        "(reported shipment), the Joint "
        "Force's pull-out Karb al-Tom→Tina (denied), a Subul al-Salam company Kufra→Jebel Uweinat (reported; the border phrase "
        "after «قرب» locates it), more units to Maaten al-Sarra «إذا» (conditional, no origin written), a Chadian airlift "
        "N'Djamena→Abeche (planned, Chadian army = null). Refugees and a Sudanese delegation to Tripoli are not moves.",
 "jm4": "Elaph-style (London) Fezzan page: a Tariq bin Ziyad reinforcement Sabha→Al Qatrun via Umm al-Aranib (reported), "
        "FACT massing at Kouri Bougoudi (denied), a Nigerien company Bilma→Seguedine (planned, null actor), a Russian Il-76 "
        "Jufra air base→Brak air base (reported airlift), an LNA force Ubari→the Sharara field «إذا» (conditional). Protesters from Ubari and Idri, «تعويض مالي» and the "
        "person «الأوباري» are not moves or places.",
 "jm5": "Al-Raya-style (Doha) Libya round-up: a GNA force Tripoli→Zawiya via Janzour (reported) and its advance on Sabratha "
        "«إذا» (conditional, no origin written), a Misrata military council move Misrata→Abu Qurayn (planned), a Turkish "
        "landing at Al-Khums port (denied by Ankara), Chadian gunmen pulling back Tmassah→the border with Niger (reported). "
        "The Toummo trade road, the Presidential Council delegation (Tunis→Zawiya) and Mitiga flights are not force moves; "
        "«الطرابلسي» is a person; Tunis (city) and Tunisia (country) both occur.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jm1", "jm2", "jm3", "jm4", "jm5")
BAR_IN_TEXT = True  # headlines have a literal "|" («ملف ليبيا |»): no "|" residue test
