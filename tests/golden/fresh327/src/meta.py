# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G (row روسيا; grep الاتحاد الروسي hits it)
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "panama": ("country", "PA", 8.41727, -81.46644, "Panama"),                             # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # lq1 Russian forces, Panel of Experts on Libya (Hespress, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Tobruk port"),                      # K
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G (row قاعدة حميميم)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.116, 15.944, "Al Jufra"),                               # K (Hun, per golden README convention)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G (row قاعدة معطن السارة)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # lq2 UNSMIL Secretary-General report (Al-Ghad, Amman)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, city)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),        # G* (town row)
 # lq3 Chadian armed groups (Elaph, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                              # G* (row مطار الويغ / قاعدة الويغ)
 # lq4 Panel of Experts on Sudan (Sudan Tribune, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),          # G* (district row الكفرة)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 # lq5 sea routes, Panel of Experts on Libya (Al-Jarida, Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.190, "Port of Tripoli"),                 # K
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "fujairah_port": ("crossing", "AE", 25.170, 56.360, "Port of Fujairah"),               # K
 "misrata_port": ("crossing", "LY", 32.350, 15.210, "Misrata port (Qasr Ahmed)"),       # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row قاعدة أبوستة البحرية)
 "brega_port": ("oilfield", "LY", 30.415, 19.580, "Marsa el Brega terminal"),           # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "lq1": ["هسبريس", "اتفاق الصخيرات", "القيادة العامة للقوات المسلحة العربية الليبية", "ألكسندر أوتراكوفسكي", "الروسية", "محمد الإدريسي"],
 "lq2": ["الغد", "شارع الزاوية", "المجلس العسكري الزنتان", "عماد الطرابلسي", "اللواء 444 قتال"],
 "lq3": ["إيلاف", "جبهة التناوب والوفاق في تشاد", "تشاديون", "التشادي", "علي القطروني", "القيادة العامة للقوات المسلحة العربية الليبية",
         "الأراضي الليبية"],
 "lq4": ["سودان تربيون", "الحكومة السودانية", "قوات الدعم السريع", "كتيبة سبل السلام",
         "القوة المشتركة لحركات الكفاح المسلح", "الأراضي الليبية"],
 "lq5": ["الجريدة", "إيريني", "التركية", "السواحل الليبية", "ماريا ك.", "القيادة العامة للقوات المسلحة العربية الليبية"],
}

PHEN = {
 "lq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "countries"],
 "lq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
 "lq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area",
         "coverage_neighbours", "countries"],
 "lq4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district",
         "coverage_neighbours", "countries"],
 "lq5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "lq1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم الجوية"], ["قاعدة الخادم الجوية"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"], ["الجفرة"]),
 ],
 "lq2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("withdraw", "reported", "GNA forces", ["عين زارة"], ["ترهونة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("airlift", "planned", "Turkish armed forces", [], ["قاعدة الوطية الجوية"]),
  mv("deploy", "conditional", "GNA forces", [], ["مصفاة الزاوية"]),
 ],
 "lq3": [
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["كوري بوغودي"], ["تجرهي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تيبستي"]),
  mv("advance", "denied", None, ["وور"], ["الويغ"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["القطرون"]),
  mv("withdraw", "conditional", "Chadian armed groups", [], ["تشاد"]),
 ],
 "lq4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["جبل العوينات", "وادي هور"]),
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["كرب التوم"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("reinforce", "planned", "Egyptian army", [], ["شرق العوينات"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "lq5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["إزمير"], ["ميناء طرابلس"]),
  mv("shipment", "denied", None, ["ميناء الفجيرة"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
 ],
}

NOTES = {
 "lq1": ("Hespress (Rabat) prints numbered paragraphs of a Panel of Experts report: a reported Russian Il-76 airlift "
         "Hmeimim air base→Al Khadim air base, a reported Russian air-defence unit Jufra air base→Brak air base via "
         "Sabha, an LNA battalion planned for Maaten al-Sarra (a member state's claim, unverified), a Russian landing at "
         "Tobruk port denied by the Russian Federation, and a Russian pull-out Gardabiya→Jufra conditional on a "
         "timetable («متى اتُّفق»). Headline retellings are not counted again; Syria, Benghazi, Sirte, the Chad border "
         "and Sudan are locators; Rabat is the dateline and the embassy's seat; «الجنوب الليبي» in the Moroccan expert's "
         "quote is a region, not a destination, and «محمد الإدريسي» is a person trap."),
 "lq2": ("Al-Ghad (Amman) summarises a Secretary-General report on UNSMIL: a reported Misrata reinforcement "
         "Misrata→Tripoli via Zliten and Al-Khums, a reported 444 Brigade pull-back Ain Zara→Tarhuna, a Zintan advance "
         "on Al-Aziziyah denied by the Zintan military council, a planned Turkish airlift of trainers to Al-Watiya, and a "
         "GNA separation force for the Zawiya refinery conditional on renewed clashes («فور تجدد»). Tripoli in para 16 is "
         "the seat of the General Staff and بلدية ترهونة a co-sponsor, not movement places; شارع الزاوية (a Tripoli "
         "street) and عماد الطرابلسي are traps."),
 "lq3": ("Elaph (London) quotes a Panel of Experts report on Chadian armed groups: a reported FACT pull-out Al "
         "Qatrun→Kouri Bougoudi via Tajarhi, a reported FACT massing in the Tibesti mountains, a Chadian army incursion "
         "Wour→Al Wigh denied by Chad (actor null: a state army, not a canonical actor), a planned LNA battalion "
         "Idri→Al Qatrun (redeploy between LNA positions), and the rebels' return to Chad conditional («لن يعودوا … إلا إذا»). "
         "N'Djamena is the seat of the hoped-for dialogue and a metonymic headline subject, not a movement place."),
 "lq4": ("Sudan Tribune (Port Sudan) quotes the Panel of Experts on Sudan: a reported RSF fuel-and-ammunition convoy "
         "Kufra→Mellit via Jebel Uweinat and Wadi Howar, a reported RSF advance Al Malha→the border triangle, the joint "
         "force's reported pull-back from the triangle towards Karb al-Tom («انسحبت منه» resolved to the triangle), a "
         "Subul al-Salam push Kufra→the triangle alleged by Sudan and denied by the LNA, a planned Egyptian reinforcement "
         "of East Oweinat and an LNA massing on the border with Sudan conditional on proof («إذا ثبت»). North Darfur, "
         "Libya, Egypt and Sudan in para 72 are locators; the headline Kufra→Darfur retells the convoy; بلدية الكفرة is "
         "only the speaker's office."),
 "lq5": ("Al-Jarida (Kuwait) on the maritime chapter of a Panel of Experts report: a reported Turkish landing at Tripoli "
         "port from Izmir, an arms shipment Fujairah port→Benghazi port denied by the UAE (no owner named: actor null), "
         "a planned GNA move of patrol boats Misrata port→Abu Sitta naval base and an LNA sea move Benghazi→Brega port "
         "conditional on an attack in the Oil Crescent. Panama is the flag state only; Tripoli after Abu Sitta and the "
         "Oil Crescent are locators; «إيريني» is an operation name."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lq1", "lq2", "lq3", "lq4", "lq5")
