# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                               # G
 "usa": ("country", "US", 37.24635, -99.69832, "United States"),                         # G
 # Niger (Niamey, Agadez region, Kawar, Djado)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani Airport"),  # G (row مطار نيامي)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (also written أغاديز)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                  # G* (row district:NE-1, written إقليم/ولاية أغاديس)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),    # G (row مطار أغاديس)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),              # G (row مطار ديركو)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G (row بيلما; also written بلما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                            # G (row ماداما; written قاعدة ماداما or ماداما)
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                 # G (row كوار; also written كاوار)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                         # G (row cur:djado; written هضبة جادو or جادو)
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),        # K (point as in fresh1002)
 # Libya (Fezzan and the Niger border)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم; also معبر تومو)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G (row قاعدة الويغ; bare الويغ same key)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),               # G (row مطار الويغ)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G (also written قطرون after لل)
 "qatrun_dist": ("district", "LY", 24.95139, 14.64861, "Al Qatrun Municipality"),        # K (seat of the municipality)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G (row تجرهي, written التجرهي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # Chad (Tibesti, Borkou)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row نجامينا, written أنجمينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),             # G* (row district:TD-TI تبستي, written إقليم تيبستي)
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "border_td_ne": ("region", "TD", 18.29873, 15.71166, "Chad-Niger border (Chad side)"),  # G* (row الحدود التشادية النيجرية, written الحدود مع النيجر)
 "border_td_ly": ("region", "TD", 22.0, 17.6, "Chad-Libya border (Chad side)"),          # K (point as in fresh1002)
}

TRAPS = {
 "qnu1": ["تال تي في", "القوات المسلحة النيجرية", "الفيلق الإفريقي", "الجيش النيجري", "الجانب الليبي",
          "القوات الفرنسية", "كوارث", "عسكريين روس"],
 "qnu2": ["بلدي نيوز", "تشادية", "الجيش الوطني التشادي", "الجيش النيجري", "جادون", "مواقع ليبية",
          "جبهة الوفاق من أجل التغيير في تشاد", "التشاديين", "محمد إدريس ديبي إتنو"],
 "qnu3": ["المكتب الإعلامي لبلدية القطرون", "القطروني", "منطقة سبها العسكرية", "النيجري"],
 "qnu4": ["الفيلق الإفريقي", "نبض أفريقيا", "الجيش النيجري", "سوماير", "الليبية", "السفارة الروسية",
          "السلطات النيجرية", "تشاديين", "روسيتان", "مدربون روس", "المدربين الروس",
          "الروسي"],
 "qnu5": ["أفروبوليسي", "الجانب النيجري", "الجيش النيجري", "دوريات نيجرية", "تقارير نيجرية", "الجانب الليبي",
          "دوريات ليبية", "الانتشار الليبي", "لواء طارق بن زياد", "القوات الفرنسية",
          "الأمريكية"],
}

PHEN = {
 "qnu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qnu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qnu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnu4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnu1": [
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["سيغيدين"], ["كاوار"]),
  mv("airlift", "planned", "Russian forces", ["مطار نيامي"], ["مطار ديركو"]),
  mv("deploy", "denied", "Russian forces", ["ليبيا"], ["قاعدة ماداما"]),
  mv("advance", "conditional", "Nigerien army", [], ["منفذ التوم"]),
 ],
 "qnu2": [
  mv("deploy", "reported", "Chadian army", ["زوار"], ["وور"]),
  mv("deploy", "planned", "Chadian army", ["وور"], ["الحدود مع النيجر"]),
  mv("advance", "conditional", "Chadian army", [], ["النيجر"]),
  mv("advance", "denied", "Chadian armed groups", ["هضبة جادو"], ["كوري بوقودي"]),
  mv("withdraw", "reported", None, ["كوري بوقودي"], ["الحدود مع ليبيا"]),
 ],
 "qnu3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار الويغ"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ التوم"], ["قطرون"]),
  mv("advance", "denied", "Nigerien army", [], ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("shipment", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
 ],
 "qnu4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار أغاديس"]),
  mv("deploy", "reported", "Nigerien army", ["أغاديس"], ["أرليت"]),
  mv("deploy", "planned", "Russian forces", ["أغاديس"], ["ديركو", "بيلما"]),
  mv("advance", "conditional", "Nigerien army", [], ["جادو"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الويغ"], ["ماداما"], ["منفذ التوم"]),
 ],
 "qnu5": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["ديركو", "بلما"]),
  mv("deploy", "reported", "Libyan National Army", [], ["القطرون"]),
  mv("redeploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("deploy", "planned", "Nigerien army", ["قاعدة ماداما"], ["منفذ التوم"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("shipment", "denied", None, ["القطرون"], ["هضبة جادو"]),
  mv("airlift", "denied", "Nigerien army", [], ["التجرهي"]),
  mv("mobilise", "reported", None, [], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qnu1": "Nigerien state TV (Tal TV, ORTN's second channel) Arabic bulletin from Niamey reading a Defence Ministry "
         "statement: a battalion Dirkou→Seguedine across the Kawar oases (written كاوار) to reinforce the garrison, a "
         "planned Il-76 flight Niamey airport→Dirkou airport with Africa Corps trainers, a denied arrival of Russian "
         "soldiers from Libya at Madama base, and a conditional advance to the Toummo crossing (only after the Libyan "
         "side deploys); the tracks leading to the border with Libya (surveillance purpose), Bilma units (stationed), "
         "Niamey and Benghazi as governments, the Agadez→Dirkou/Bilma migrant and goods convoy (civilian) and «كوارث» "
         "(holds كوار) are not movements or movement places.",
 "qnu2": "Chadian bilingual news site (BaladiNews.td) from N'Djamena on Tibesti: a Chadian army company Zouar→Wour, "
         "a planned detachment Wour→the border with Niger (Chad side), a conditional entry into Niger, Niger's denial "
         "that FACT fighters crossed Djado plateau→Kouri Bougoudi, and an armed smugglers' column withdrawing Kouri "
         "Bougoudi→the border with Libya (Chad side, actor null); the clash near Kouri Bougoudi, the Nigerien army "
         "stationed at Madama, the patrol corridor Toummo crossing (written معبر تومو)–Zouarke, the command in Agadez "
         "(written أغاديز), miners leaving for Faya-Largeau (civilian) and N'Djamena as government are not movement "
         "places; «جادون» holds جادو and Déby's name holds إدري.",
 "qnu3": "Al Qatrun municipality's media office: the Sabha military zone commander arriving in Al Qatrun with "
         "LNA Brigade 128 reinforcements from Sabha, a planned military cargo flight Brak air base→Al Wigh airport, a "
         "conditional LNA pull-back Toummo crossing→Al Qatrun (written للقطرون), a denied Nigerien patrol entering Al "
         "Wigh base via the Toummo crossing and an LNA supply convoy (fuel, water, ammunition) Al Qatrun→Toummo; the "
         "Tajarhi gate closed to trucks, migrants arriving from Agadez (civilian) and the Qatrun municipality (district) "
         "are not movements; the outlet name holds بلدية القطرون and the dean's name القطروني holds القطرون.",
 "qnu4": "Pan-African channel Pulse of Africa (نبض أفريقيا), Arabic service, from Agadez on the Russian Africa "
         "Corps: two Russian transport planes Al Jufra air base→Agadez airport, a Nigerien army unit with Russian "
         "trainers Agadez→Arlit, a planned second batch of Africa Corps trainers Agadez→Dirkou and Bilma, a conditional "
         "Nigerien advance towards Djado and the Russian embassy's denial of a convoy Al Wigh base→Madama via the Toummo "
         "crossing; the uranium consignment Arlit→Niamey (cargo, not a force), Russia as its buyer, France and the "
         "United States (ended accords) and supply lines from Southern Libya are not movement places.",
 "qnu5": "Research brief («تقدير موقف») of the Africa policy centre Afropolicy on the Libya–Niger border after the "
         "coup: Nigerien reinforcements Agadez→Dirkou and Bilma (written بلما), an LNA battalion deployed in Al Qatrun "
         "and a company moved on to the Toummo crossing, planned Nigerien patrols Madama base→Toummo, a conditional LNA "
         "reinforcement Sabha→Al Wigh base, a denied arms shipment Al Qatrun→Djado plateau (actor null), a denied "
         "Nigerien helicopter airlift to Tajarhi and armed groups massing in the Libya–Niger–Chad border triangle; "
         "Benghazi (talks), the departed French and US forces, and the hypothetical smugglers in Southern Libya and "
         "Kawar are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnu1", "qnu2", "qnu3", "qnu4", "qnu5")
BAR_IN_TEXT = True  # qnu5 headline «تقدير موقف | …» has a literal bar
