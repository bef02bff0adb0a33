# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                       # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                               # G
 # capitals and other cities outside the border belt
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row نجامينا, written أنجمينا)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                        # G
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                       # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 # Niger: Niamey, Agadez, Air, Kawar, Djado
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G (row مطار نيامي)
 "base101": ("base", "NE", 13.48150, 2.18361, "Niamey Air Base 101"),                    # K
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس; also أغاديز, أجاديز)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),               # G (row district:NE-1, written إقليم أغاديس)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G (row مطار أغاديس)
 "base201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                     # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                        # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                 # G (row كوار)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),              # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G (row بيلما; also بلما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row ماداما, kind base; also قاعدة ماداما)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                 # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                              # G
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),        # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Niger side)"),  # G* (row الحدود النيجرية التشادية)
 # Chad: Borkou, Tibesti, Ennedi-Ouest
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G (row فايا لارجو; also فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),          # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),                    # G (row بوركو, written إقليم بوركو)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G (row أونيانقا كبير)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                            # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                                # G (row مسكي)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row كوري بوقودي, written كوري بوغودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "tibesti_dist": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),             # G (row تبستي, written إقليم تبستي)
 "north_chad": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                    # G* (row شمال تشاد, written الشمال التشادي)
 # Libya and Syria (Russian route, southern border)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                            # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم; also معبر التوم)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qpw1": ["أنيامي", "تحالف دول الساحل", "المالية"],
 "qpw2": ["لو تان", "الجيش الوطني التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "ليبيون", "سودانيون"],
 "qpw3": ["أخبار الناس", "الفيلق الأفريقي", "روسيا اليوم", "تحالف دول الساحل", "فاغنر", "خليفة حفتر", "النيجري",
          "النيجرية", "الليبيتين", "الليبية", "موريتانيون", "مالياً"],
 "qpw4": ["تاق برس", "قوات الدعم السريع", "الدعم السريع", "الجيش التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
          "السودانيين", "السودانية", "سوداني", "التشادية", "الليبية", "الليبي"],
 "qpw5": ["أفريكا فور برس", "النيجري", "النيجرية", "نيجرية", "تشادي", "ليبية", "محمد إدريس ديبي", "عبد الرحمن تياني",
          "الفيلق الأفريقي"],
}

PHEN = {
 "qpw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_neighbours", "countries"],
 "qpw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qpw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qpw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpw1": [
  mv("redeploy", "reported", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("airlift", "planned", "Nigerien army", ["مطار أغاديس"], ["مطار ديركو"]),
  mv("withdraw", "conditional", "Nigerien army", ["بلما"], ["ديركو"]),
  mv("withdraw", "denied", "Nigerien army", ["أرليت"], ["أغاديز"]),
 ],
 "qpw2": [
  mv("redeploy", "reported", "Chadian army", ["فايا"], ["زوار"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["وور"]),
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["مطار فايا لارجو"]),
  mv("deploy", "conditional", "Chadian army", [], ["كوري بوغودي"]),
  mv("withdraw", "denied", "Chadian army", ["برداي"], ["زوار"]),
  mv("mobilise", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["مسكي"]),
 ],
 "qpw3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["مطار نيامي"], ["قاعدة الخادم", "قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Russian forces", ["نيامي"], ["واغادوغو"]),
  mv("deploy", "conditional", "Russian forces", [], ["القاعدة الجوية 201"]),
  mv("deploy", "denied", "Russian forces", [], ["أرليت"]),
  mv("redeploy", "reported", "Nigerien army", ["نيامي"], ["أغاديز", "أرليت"]),
 ],
 "qpw4": [
  mv("advance", "reported", "Chadian army", ["زوار"], ["كوري بوغودي"]),
  mv("shipment", "reported", "Chadian army", ["فايا"], ["زوار"]),
  mv("deploy", "denied", "Sudanese armed groups", ["كوري بوغودي"], ["دارفور"], ["الكفرة"]),
  mv("deploy", "planned", "Chadian army", [], ["مسكي", "أوزو"]),
  mv("reinforce", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع تشاد"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
 ],
 "qpw5": [
  mv("deploy", "reported", "Nigerien army", ["بيلما"], ["الحدود مع تشاد"]),
  mv("reinforce", "reported", "Chadian army", ["زوار"], ["وور"]),
  mv("redeploy", "planned", "Nigerien army", ["أجاديز"], ["شيرفا"]),
  mv("advance", "conditional", "Chadian army", [], ["جادو"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["القاعدة الجوية 101"]),
 ],
}

NOTES = {
 "qpw1": "Nigerien news site's Arabic page (aNiamey) from Agadez on the army's redeployment in Kawar after it took over "
         "Air Base 201: a battalion Agadez (written أغاديس)→Dirkou (redeploy), two companies Dirkou→Madama base via "
         "Seguedine (reinforce), a planned special-forces airlift Agadez airport→Dirkou airport, a conditional pull-out "
         "Bilma (written بلما)→Dirkou (Madama only in the condition) and the government's denial of a pull-out "
         "Arlit→Agadez; the weekly trade convoy Agadez→Bilma/Dirkou «دون مرافقة عسكرية», gold miners from Chad and "
         "Sudan heading for Djado, the US and French departures (background), the headline and «نيامي تنفي» are not "
         "movements or movement places; «أنيامي» (outlet) holds نيامي.",
 "qpw2": "Chadian paper (Le Temps) from Faya-Largeau a year after the French left Faya: an armoured battalion Faya→Zouar "
         "(redeploy), a planned company Zouar→Wour, two air-force transport planes N'Djamena→Faya-Largeau airport "
         "(airlift), the governor's conditional deployment to the Kouri Bougoudi mines, the army's denial of a pull-out "
         "Bardai→Zouar and CCMSR rebels massing around Miski coming from southern Libya (mobilise); the humanitarian "
         "flight with wounded civilians from Ounianga Kebir, trade trucks to Zouarke, fuel smuggled from Libya, the "
         "ambush on the Aozou road and the headline (Faya→Tibesti) are not movements.",
 "qpw3": "Mauritanian site (Akhbar Nass) from Nouakchott on the Russian air bridge: Il-76 flights Hmeimim base→Niamey "
         "airport via Al-Khadim and Al-Jufra air bases (airlift), a Russian landing ship Tartus→Tobruk port "
         "(naval_landing), two planned flights with trainers Niamey→Ouagadougou, a conditional deployment to Air Base "
         "201, the embassy's denial of a deployment to Arlit, and the Nigerien army's units Niamey→Agadez/Arlit "
         "(redeploy); Syria (location of Hmeimim), Paris, Nouakchott, Mali (border mention), Bamako, Moscow and Niamey in "
         "the closing quote, «روسيا اليوم» and Wagner's announced exit are not movement places.",
 "qpw4": "Sudanese site (Tag Press, «متابعات» dateline) on the Kouri Bougoudi gold fields: Chadian armour Zouar→Kouri "
         "Bougoudi (advance), an army fuel-and-ammunition convoy Faya→Zouar (shipment), the RSF's denial of moving recruits Kouri Bougoudi→Darfur via Kufra, planned army "
         "observation posts in Miski and Aozou, the LNA's conditional reinforcement Al-Qatrun→the border with Chad "
         "(Libya side) and CCMSR rebels regrouping near Kouri Bougoudi (mobilise); miners fleeing to Al-Qatrun and "
         "Umm al-Aranib, gold smuggled through Libya and Niger, a miner back in El Fasher, Port Sudan and N'Djamena "
         "by metonymy and Sabha as the source's venue are not movements or movement places.",
 "qpw5": "Pan-African site (Africa4Press) from Niamey on the two juntas along the Niger-Chad border: Nigerien units "
         "Bilma→the border with Chad (Niger side), a Chadian company Zouar→Wour (reinforce), a planned Nigerien "
         "regiment Agadez (written أجاديز)→Chirfa, Chad's conditional crossing into Djado, the denied Nigerien patrol "
         "Madama→Al-Qatrun via the Toummo crossing and Russian cargo planes Brak air base→Niamey Air Base 101; the "
         "headline «من جادو إلى وور», N'Djamena and Niamey as governments, the Agadez region and France (area "
         "comparison) and Bilma's distance from the capital are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpw1", "qpw2", "qpw3", "qpw4", "qpw5")
