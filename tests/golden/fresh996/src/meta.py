# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qlj1 Al-Markazia, Beirut: a ship from Lebanon's Tripoli diverted to Souda Bay (Crete)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda Bay"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 # qlj2 Al-Youm Al-Gedid, Cairo: a Turkish-escorted ship unloads at Misrata
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qlj3 Tawary, Niamey: the Nigerien army intercepts a weapons convoy from southern Libya
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "border_td_ne": ("region", "TD", 18.29873, 15.71166, "Chad-Niger border (Chadian side)"),  # G* (row الحدود التشادية النيجرية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "agadez_prov": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                # G* (district row أغاديس)
 # qlj4 Tasamuh News, Port Sudan: the Sudanese army seizes a convoy from Kufra bound for the RSF
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "border_sd_ly": ("region", "SD", 20.40, 24.60, "Sudan-Libya border (Sudanese side)"),  # K
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G (row أبشي)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qlj5 Al-Bawsala, Amman: a ship from Jebel Ali diverted to Valletta, Jordan denies an Aqaba shipment
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان)
 "aqaba": ("city", "JO", 29.52667, 35.00778, "Aqaba"),                                  # K
 "aqaba_port": ("crossing", "JO", 29.48000, 34.98000, "Port of Aqaba"),                 # K
 "valletta_port": ("crossing", "MT", 35.89200, 14.51800, "Port of Valletta (Grand Harbour)"),  # K
 "jebel_ali": ("crossing", "AE", 25.01130, 55.06120, "Port of Jebel Ali"),              # G
 "suez": ("region", "EG", 30.57780, 32.28890, "Suez Canal"),                            # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
}

TRAPS = {
 "qlj1": ["الجيش الوطني", "المركزية", "أميرة صور", "صور التقطتها", "سامر الطرطوسي", "صوفيا", "لبناني",
          "يونانية", "التركية", "الليبي", "سوري"],
 "qlj2": ["اليوم الجديد", "نجمة إزمير", "أورهان إزميرلي", "وكالة الأناضول", "القيادة العامة للجيش الوطني الليبي", "التركية",
          "ليبية", "الإيطالي", "الليبي"],
 "qlj3": ["الطواري", "إدريس السبهاوي", "مبالغ مالية", "النيجري", "تشادية", "ليبية", "التشادي", "الليبية"],
 "qlj4": ["تسامح نيوز", "الطاهر الفاشري", "الفاشري", "الدعم السريع", "متحرك الصحراء", "القيادة العامة للجيش الوطني الليبي", "السودانية",
          "التشادية", "ليبية", "سوداني"],
 "qlj5": ["البوصلة", "بترا", "فالنسيا إكسبرس", "فابيو باليرمو", "إدريس المسماري", "الأردنية", "أردني",
          "الجيش الوطني", "التركية"],
}

PHEN = {
 "qlj1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "qlj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "qlj3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qlj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlj1": [
  mv("shipment", "reported", "Libyan National Army", ["مرفأ طرابلس"], ["ميناء بنغازي"]),
  mv("shipment", "reported", None, [], ["خليج سودا"]),
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["بنغازي"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "conditional", None, [], ["طبرق"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["ميناء بنغازي"]),
 ],
 "qlj2": [
  mv("shipment", "reported", "GNA forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "reported", "Turkish armed forces", ["ميناء الخمس"], ["مصراتة"]),
  mv("shipment", "planned", "GNA forces", ["ميناء مصراتة"], ["قاعدة الوطية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qlj3": [
  mv("shipment", "reported", None, ["القطرون"], ["شمال مالي"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("airlift", "planned", "Nigerien army", ["مطار نيامي"], ["مطار ديركو"]),
  mv("advance", "denied", "Nigerien army", [], ["قاعدة الويغ"]),
  mv("mobilise", "conditional", "Chadian army", ["زوار"], ["الحدود مع النيجر"]),
 ],
 "qlj4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("withdraw", "reported", "Sudanese armed groups", [], ["وادي هور"]),
  mv("reinforce", "reported", "Sudanese army", ["الدبة"], ["المالحة"]),
  mv("redeploy", "planned", "Sudanese army", ["المالحة"], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", "Sudanese armed groups", [], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Chadian army", ["أبشة"], ["الطينة"]),
 ],
 "qlj5": [
  mv("shipment", "denied", None, ["ميناء العقبة"], ["ليبيا"]),
  mv("shipment", "reported", None, [], ["ميناء فاليتا"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء جبل علي"], ["ميناء طبرق"], ["قناة السويس"]),
  mv("shipment", "planned", "Libyan National Army", ["طبرق"], ["قاعدة الخادم"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة طبرق البحرية"]),
 ],
}

NOTES = {
 "qlj1": "Lebanese agency item (Beirut dateline): a Greek Irini frigate stops the Togo-flagged «أميرة صور» (ship name "
         "with Tyre/'pictures') 120 miles south of Crete (distance reference) after it sailed from the port of "
         "Tripoli in Lebanon for Benghazi port with armour for the LNA; the ship is taken to Souda Bay; the armour "
         "was to replace vehicles withdrawn Sirte→Benghazi and was planned to go on from 'the city' (Benghazi) to "
         "Al-Jufra air base; a conditional second frigate off Tobruk; the LNA in Al-Rajma (speaker only) denies "
         "massing units at Benghazi port. Lebanese Tripoli–Mersin is the ship's usual line (route, not a move); "
         "Rome, Lebanon, Togo (flag) are not movement places; 'صوفيا' is the earlier EU operation.",
 "qlj2": "Egyptian news site (Cairo dateline): a Turkish frigate blocks an Irini boarding of «نجمة إزمير» 60 miles "
         "north of Misrata (distance reference); the ship sailed Mersin→Misrata port and unloaded for the GNU "
         "forces; the frigate was redeployed from Khoms port to the waters off Misrata; the armour is planned to "
         "go 'from the port' to Al-Watiya; Ankara denies a marine landing at Zuwara port but confirms one at "
         "Tripoli port; a conditional LNA advance Sirte→Abu Qurayn. The Izmir–Misrata line is a route, not a "
         "move; Izmir also sits inside the ship and captain names; Cairo, Ankara, Tripoli as governments are "
         "background.",
 "qlj3": "Mauritanian site (Niamey dateline): the Nigerien army stops an armed smugglers' convoy Qatrun→northern Mali "
         "via the Toummo crossing 70 km north of Madama (distance reference); reinforcements Dirkou→Madama; a "
         "planned airlift Niamey airport→Dirkou airport; a denied pursuit into Libya up to Al-Wigh base; the "
         "Chadian army's conditional massing from Zouar on the border with Niger (N'Djamena only the speaker). "
         "The Sabha–Agadez smuggling road is a route, not a move; 'إدريس السبهاوي' hides Idri and Sabha; "
         "'مالية' looks like Mali; Algeria (country) beside Libya as Agadez region's borders.",
 "qlj4": "Sudanese site (Port Sudan dateline): the SAF seizes a truck convoy Kufra→Mellit via the border triangle "
         "meant for the RSF (90 km north-west of Al-Malha is a distance reference), RSF escorts withdraw to Wadi "
         "Howar, SAF/joint-force reinforcements Al-Dabba (spelled الدبة)→Al-Malha with a planned transfer of part "
         "of them (anaphora → Al-Malha) to the border with Libya, a denied airlift into Kufra airport (Sarir "
         "field and the Kufra municipality only in the denial), and the Chadian army's conditional reinforcement "
         "Abeche (spelled أبشة)→Tine. Kufra–Darfur is the UN experts' supply route (background); El Fasher also "
         "inside the spokesman's name.",
 "qlj5": "Jordanian site (Amman dateline, عمّان with shadda vs Oman): Jordan denies any military cargo Aqaba port→"
         "Libya after Irini diverted «فالنسيا إكسبرس» (ship name with Valencia) to Valletta port; Irini in Rome "
         "says the ship sailed Jebel Ali port→Tobruk port via the Suez Canal (Hariga oil terminal only the "
         "declared cargo purpose, Derna the boarding position), the armour was planned Tobruk→Al-Khadim base "
         "(east of Benghazi = position), and an LNA naval commander in Benghazi (speaker) threatens escorts out "
         "of Tobruk naval base if Irini goes on targeting eastern ports.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlj1", "qlj2", "qlj3", "qlj4", "qlj5")
