# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qcj1 Egyptian papers (Al-Quds Al-Arabi, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row spelled أجدابيا)
 "triangle_sdtd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "july3": ("base", "EG", 31.43, 26.60, "3 July Naval Base (Gargoub)"),                  # K (±15 km)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # qcj2 Algerian papers (Asharq Al-Awsat, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G (district row إليزي)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 # qcj3 Tunisian papers (Jawhara FM, Sousse)
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "westly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "border_tnside": ("region", "TN", 32.5, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (district row تطاوين)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G* (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qcj4 Sudanese papers (Altaghyeer, Khartoum)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row spelled خرطوم)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle_egsd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                     # G* (row مثلث العوينات)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Kufra district"),                # G
 # qcj5 Gulf papers (Al-Ayam, Manama)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README convention)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row spelled قاعدة إنجيرليك)
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "nsyria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (written مصراته)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
}

TRAPS = {
 "qcj1": ["القدس العربي", "الأهرام", "المصري اليوم", "المنطقة العسكرية الغربية", "الجيش الوطني الليبي", "الشروق",
          "اليوم السابع", "الوطن", "جمال عبد الناصر", "المصرية", "مصرية", "المصري", "الليبية"],
 "qcj2": ["الشرق الأوسط", "الخبر", "الجيش الوطني الشعبي", "النهار", "حرس المنشآت النفطية", "المساء", "إدريس بلقاسمي",
          "الشروق", "الجيش الوطني الليبي", "الجزائرية", "الليبية"],
 "qcj3": ["الداخلية الليبية", "جوهرة أف أم", "الصباح", "الجيش التونسي", "المغرب", "الشروق", "الصحافة اليوم",
          "محمد الطرابلسي", "التونسية"],
 "qcj4": ["التغيير", "سبل السلام", "السوداني", "الدعم السريع", "التيار", "القوة المشتركة", "الجريدة", "الجيش الليبي",
          "الانتباهة", "الجيش الوطني الليبي", "السودانية", "التشادية", "إدريس السنوسي"],
 "qcj5": ["الأيام", "الخليجية", "عكاظ", "القبس", "الكويتية", "الخليج", "الإماراتية", "الجيش الوطني الليبي", "الاتحاد",
          "الجيش اللبناني", "الرياض", "خالد البغدادي", "الراية", "القطرية", "عُمان", "تركية", "لبناني", "البيان"],
}

PHEN = {
 "qcj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qcj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcj4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qcj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcj1": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["قاعدة 3 يوليو البحرية"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا"]),
  mv("deploy", "conditional", "Egyptian army", [], ["طبرق"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["منفذ امساعد"]),
 ],
 "qcj2": [
  mv("redeploy", "reported", "Algerian army", ["ورقلة"], ["إليزي"], ["حاسي مسعود"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["حقل الوفاء"], ["غدامس"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("deploy", "denied", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
 ],
 "qcj3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["معبر وازن"], ["نالوت"]),
  mv("deploy", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس جدير"], ["زوارة"]),
 ],
 "qcj4": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الدبة"]),
  mv("advance", "planned", "Sudanese armed groups", ["الدبة"], ["المثلث الحدودي"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["نيالا"]),
 ],
 "qcj5": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك الجوية"], ["مطار معيتيقة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الوطية"], ["شمال سوريا"], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["أبوقرين"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "qcj1": "Egyptian press round-up: Al-Ahram's Egyptian units Mohamed Naguib base→Siwa via Marsa Matruh (Jaghbub only "
         "the '120 km' reference there) and marines landed from Alexandria at the 3 July naval base ('west of Marsa "
         "Matruh' only locates it); Al-Masry Al-Youm's planned LNA battalion Benghazi ('the city', anaphora; Benghazi first as the "
         "source's city)→Kufra via Ajdabiya (the border triangle with Sudan and Chad is background); Al-Shorouk's "
         "conditional 'not one soldier to Tobruk unless...' (Cairo = the state speaking); a denied entry of Egyptian "
         "armour into Jaghbub via the Amsaad crossing ('did not cross the border with Libya' restates the denial); a "
         "delegation's visit to Cairo is not a movement. London = dateline.",
 "qcj2": "Algerian press round-up: El Khabar's mechanised battalion Ouargla→Illizi via Hassi Messaoud (Illizi province "
         "and In Amenas of 2013 are background); Ennahar's planned GNA oil-guard force Tripoli→Wafa field via "
         "Ghadames (the border with Algeria only locates the field); El Massa's conditional massing at Debdeb if the "
         "Ghadames clashes widen (Ghadames = condition); Echorouk's LNA column Sabha→Ghat via Ubari, denied by the "
         "General Command in Benghazi (speaker). Algiers = dateline, Algeria = the country; Idris Belkacemi a person.",
 "qcj3": "Tunisian press round-up: Assabah's Tunisian units Tataouine→Dehiba via Remada (the border with Libya in "
         "Tataouine governorate is background); Le Maghreb's planned Zintan company from 'the city' (Zintan)→the "
         "Wazin crossing via Nalut (Dehiba only locates the crossing); Achourouk's conditional deployment at the Ras "
         "Ajdir crossing if fighting in Zuwara resumes (Zuwara = condition); La Presse's GNA pull-out from the Libyan "
         "side of Ras Ajdir towards Zuwara, denied by the interior ministry in Tripoli (speaker). Sousse = dateline; "
         "Mohamed Trabelsi a columnist; Tunis (city) vs Tunisia (country).",
 "qcj4": "Sudanese press round-up: Al-Sudani's Subul al-Salam (LNA) column Kufra→Maaten al-Sarra base ('320 km' from "
         "the town) and the fuel/ammunition trucks that followed it Kufra→'the base' (anaphora); Al-Tayar's Darfur "
         "joint force massing in Al-Dabbah (Northern State locates it) and its planned advance from there to the "
         "border triangle; Al-Jarida's conditional LNA deployment on the border with Sudan if fighting reaches Jebel "
         "Uweinat (condition); Al-Intibaha's claimed airlift of RSF fighters Kufra airport→Nyala (Darfur only "
         "locates Nyala), denied by the LNA. Khartoum = dateline; Idris al-Senussi a council member.",
 "qcj5": "Gulf press round-up: Okaz's Turkish cargo flights Incirlik (Adana, Turkey locators)→Mitiga airport (Tripoli "
         "locator, also in the headline); Al-Bayan's Turkish marines landed at Khoms port (Ankara = speaker); "
         "Al-Qabas's planned departure of Syrian mercenaries Al-Watiya→northern Syria via Mitiga; Al-Khaleej's "
         "conditional LNA push Jufra air base→Abu Qurayn if Turkish reinforcements reach Misrata (condition); "
         "Al-Ittihad's arms ship from the port of Tripoli in Lebanon→Misrata port, denied by the Lebanese army (no "
         "force named: actor null; the last Tripoli is the Lebanese city). The Sirte-Jufra line and the Oil Crescent "
         "are background. Manama = dateline.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcj1", "qcj2", "qcj3", "qcj4", "qcj5")
