# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # the Sirte-Jufra line (shared)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # qhq1 prisoner exchange at the km-50 gate (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 # qhq2 Egypt's line, Wagner out of Jufra, deminers to Hun (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.30, 25.10, "Egypt-Libya border (Egyptian side)"),     # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # qhq3 a Lebanese deminer in Sirte (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar), kind district)
 # qhq4 Sudanese fighters leave Zalla (Al-Sudani)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "zalla": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "zalla_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),         # G* (town row)
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qhq5 Syrian fighters leave the line (Syria TV)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "babsalama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "mabruk": ("oilfield", "LY", 29.73320, 17.31830, "Mabruk oil field"),                  # G
 "homs": ("city", "SY", 34.72405, 36.72559, "Homs"),                                    # G
 "deirezzor": ("city", "SY", 35.33588, 40.14084, "Deir ez-Zor"),                        # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
}

TRAPS = {
 "qhq1": ["القدس العربي", "الجيش الوطني الليبي", "جمعية الهلال الأحمر الليبي", "السرتي",
          "غرفة عمليات تحرير سرت والجفرة", "إدريس القماطي"],
 "qhq2": ["الجيش المصري", "بوابة الوفد", "الروسية", "الجيش الوطني الليبي", "قنوات تركية", "زلة",
          "القاهرة الإخبارية", "فريقاً مصرياً", "مهندساً ليبياً", "عسكري مصري", "ألوية مصرية", "للجيش المصري"],
 "qhq3": ["اللواء", "أحمد الطرابلسي", "الليبية", "الجيش اللبناني", "الجيش الوطني الليبي", "القوة المشتركة مصراتة",
          "الفيلق الأفريقي الروسي", "السفارة اللبنانية", "السورية"],
 "qhq4": ["السوداني", "الفقهاء والأعيان", "الليبية", "دارفورية", "الجيش الوطني الليبي", "التشادي",
          "محمد إدريس ديبي", "اللواء 128 مشاة"],
 "qhq5": ["سورياً", "تلفزيون سوريا", "الجيش الوطني السوري", "الفيلق الأفريقي", "الروسي", "أبو خالد الإدلبي",
          "المرصد السوري لحقوق الإنسان"],
}

PHEN = {
 "qhq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings"],
 "qhq2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qhq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qhq4": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qhq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhq1": [
  mv("withdraw", "reported", "GNA forces", ["الوشكة"], ["مصراتة"], ["أبوقرين"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["حقل المبروك"]),
  mv("withdraw", "conditional", "Wagner Group", ["مطار القرضابية"], ["الجفرة"]),
  mv("reinforce", "denied", "GNA forces", ["أبوقرين"], ["بونجيم"]),
 ],
 "qhq2": [
  mv("withdraw", "reported", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["هون", "ودان"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار هون"]),
  mv("advance", "conditional", "Egyptian army", ["سيدي براني"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Egyptian army", [], ["السلوم"]),
  mv("shipment", "reported", "Egyptian army", ["مرسى مطروح"], ["طبرق"], ["منفذ امساعد"]),
 ],
 "qhq3": [
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", "Misrata forces", ["الوشكة"], ["تاورغاء"]),
  mv("deploy", "planned", "GNA forces", ["مصراتة"], ["الوشكة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["سرت"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء سرت"]),
 ],
 "qhq4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["زلة"], ["الكفرة"], ["تازربو"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["الحدود مع السودان"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["سوكنة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الفقهاء"]),
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["زلة"]),
 ],
 "qhq5": [
  mv("withdraw", "reported", "Syrian mercenaries", ["ابوقرين"], ["معسكر اليرموك"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("redeploy", "planned", "Syrian mercenaries", [], ["عفرين"], ["معبر باب السلامة"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["الوشكه"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["حقل المبروك"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "qhq1": "Prisoner exchange at the km-50 gate west of Sirte (prisoners bussed from Misrata and Benghazi through the Oil "
         "Crescent are not a force movement; Tunis only hosts the next meeting); GNA infantry Al-Washka→Misrata via Abu "
         "Qurayn; an LNA engineer team landed Benghazi port→Sirte port (Buwairat al-Hassoun only ends the road to be "
         "cleared); its planned move Sirte→Mabruk field; Wagner's conditional exit Gardabya airport→Jufra; denied GNA "
         "reinforcements Abu Qurayn→Bu Njem (the GNA operations room and its spokesman Idris are traps). London = "
         "dateline, Geneva = ceasefire venue, Sirte/Jufra also in the background line.",
 "qhq2": "Al-Wafd: 200 Wagner men Jufra air base→Brak air base (Wadi al-Shati only locates it); LNA engineers "
         "Sabha→Hun and Waddan (Sokna only on the mined road); a planned Egyptian demining airlift Mohamed Naguib "
         "base→Hun airport; a conditional Egyptian advance Sidi Barrani→the border with Libya (the Sirte–Jufra line is "
         "the condition); a denied massing of three Egyptian brigades in Sallum; Egyptian army trucks carried mine "
         "clearers Marsa Matruh→Tobruk via the Amsaad crossing. Cairo dateline, Algiers venue, the countries of the "
         "tripartite mechanism and Central Libya are not movement places.",
 "qhq3": "Al-Liwaa: a Lebanese deminer from Tripoli (Lebanon) hurt in Sirte (no movement); two LNA battalions "
         "Sirte→Jufra air base; Joint Force Misrata (trap) companies Al-Washka→Tawergha; a planned GNA engineering "
         "company Misrata→Al-Washka; the battalions' conditional advance back to Sirte (no origin written); a denied "
         "landing of Russian Africa Corps men from Tartus at Sirte port. Tripoli (Libya) is only the seat of the chief "
         "of staff; Akkar and Tripoli (Lebanon) are where the deminers come from.",
 "qhq4": "Al-Sudani: Sudanese prisoners from Misrata in the Sirte exchange (not a force movement); 300 Darfuri fighters "
         "Zalla→Kufra via Tazirbu; planned Kufra→the border with Sudan; 120 left in Sokna will not leave unless "
         "prisoners in Misrata are freed (conditional, Misrata only the condition); a denied massing in Al-Fuqaha "
         "(the common word 'الفقهاء' earlier sits in a trap); LNA reinforcements Hun→Zalla. Jufra, Chad, N'Djamena, "
         "Darfur are context only; Idriss Deby's name is a trap.",
 "qhq5": "Syria TV: 150 Syrian fighters Abu Qurayn (spelled ابوقرين)→Yarmouk camp south of Tripoli (written طرابلس "
         "الغرب); 90 flown Mitiga airport→Gaziantep airport (Turkey only locates it); planned by land to Afrin via Bab "
         "al-Salama; 60 in Al-Washka (spelled الوشكه) will not be pulled out until paid (conditional); a denied move "
         "of Russia's Syrian recruits Jufra air base→Mabruk field; an Africa Corps ammunition convoy Brak air "
         "base→Jufra air base. Istanbul dateline, Homs, Deir ez-Zor, Ankara are context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhq1", "qhq2", "qhq3", "qhq4", "qhq5")
