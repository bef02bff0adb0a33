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
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qfa1 the GC spokesman's weekly summary (Quryna, Benghazi)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qfa2 bulletin No. 9 on the south-east (Sada El Balad, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (airport row مطار طبرق, HLGN)
 "tri_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"), # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 # qfa3 the south-west operations room's weekly bulletin (Al-Anba, Sabha)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qfa4 the GC statement on the Derj-Ghadames area (Jawhara FM, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tri_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj (Daraj)"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row غدامس)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 # qfa5 statement No. 42 and the Tripoli (Lebanon) ship (Lebanon 24, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
}

TRAPS = {
 "qfa1": ["القوات المسلحة العربية الليبية", "الطرابلسي", "قورينا", "ليبيا الحدث", "زلة مهنية", "مرهون", "أسرت",
          "كتيبة شهداء الزاوية"],
 "qfa2": ["الليبية", "صدى البلد", "الجيش الوطني الليبي", "الدعم السريع", "السودانية", "كتيبة سبل السلام",
          "إدريس البنغازي", "المصرية", "الجيش السوداني"],
 "qfa3": ["الأنباء", "غرفة عمليات الجنوب الغربي", "إدريس المقرحي", "اللواء طارق بن زياد المعزز", "التشادية"],
 "qfa4": ["الليبية", "جوهرة أف أم", "التونسية", "الجيش التونسي", "أدرجت", "درجة التأهب", "عبد الحكيم الغدامسي"],
 "qfa5": ["الجيش الليبي", "لبنان 24", "القوات المسلحة العربية الليبية", "اللبنانية", "درع الهلال", "الجيش اللبناني"],
}

PHEN = {
 "qfa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qfa2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qfa3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qfa4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfa5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qfa1": [
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["قاعدة الجفرة الجوية"], ["مرادة", "زلة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["الجفرة"]),
  mv("advance", "conditional", LNA, ["الوشكة"], ["أبوقرين"]),
 ],
 "qfa2": [
  mv("airlift", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["ربيانة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "qfa3": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("redeploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("withdraw", "conditional", LNA, ["مرزق"], ["براك"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
 ],
 "qfa4": [
  mv("deploy", "reported", LNA, ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("redeploy", "planned", LNA, ["درج"], ["مطار غدامس"]),
  mv("withdraw", "conditional", LNA, ["درج"], ["الشويرف"]),
  mv("mobilise", "denied", LNA, [], ["نالوت"]),
  mv("advance", "denied", LNA, [], ["منفذ وازن", "الحدود مع تونس"]),
 ],
 "qfa5": [
  mv("shipment", "denied", LNA, ["مرفأ طرابلس"], ["ميناء طبرق"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء راس لانوف"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", LNA, ["درنة"]),
 ],
}

NOTES = {
 "qfa1": "The GC spokesman's weekly summary in five numbered items: battalion 166 Ajdabiya→Jufra air base via Maradah "
         "and Zillah (reinforce, reported); a planned landing of a marine company at Zueitina port sailing from Benghazi "
         "port (naval_landing; the Oil Crescent only locates the export ports); a denied pull-out of Brigade 128 from Sirte towards Al-Jufra; a conditional "
         "advance Al-Washka→Abu Qurayn ('لن تتقدم ... إلا إذا'). Item five (smugglers captured south of Harawa) is no "
         "movement; Benghazi (dateline/venue), Geneva (ceasefire), Sirte as the 5+5 venue and 'west of Sirte', and "
         "Tripoli (the rival government) are not movement places.",
 "qfa2": "Bulletin No. 9 as carried by an Egyptian site: an airlift Gamal Abdel Nasser air base→Kufra airport (Tobruk only "
         "locates the base); a planned move of Subul al-Salam units Kufra→the border triangle (Libya, Egypt and Sudan only "
         "locate it); a conditional company Tazirbu→Rebiana 'في حال' movements near the border with Chad (a condition, "
         "not a destination); a denied RSF massing around Kufra (mobilise, Sudanese armed groups). The Kufra zone commander's inspection and the Egyptian chief "
         "of staff's visit to Benghazi are not movements.",
 "qfa3": "The south-west operations room's weekly bulletin: a Tariq bin Ziyad column Sabha→Murzuq via Ghuddwa (deploy, "
         "reported); a planned company Tamanhint air base→Ghat airport; battalion 116 will not leave Murzuq for Brak "
         "until the checkpoints of Murzuq district are handed over (withdraw, conditional; the district is only the "
         "condition); a denied entry of Chadian gunmen into Al-Qatrun from the border with Niger; an 18-truck fuel and "
         "ammunition convoy Sabha→Al-Qatrun (shipment, reported). Patrols on the Idri–Brak road, the south-west, Fezzan and the border with Chad are not movement places.",
 "qfa4": "A GC statement as carried by a Tunisian radio: battalion 101 Ash Shwayrif→Derj across the Hamada al-Hamra "
         "(deploy, reported); a planned company Derj→Ghadames airport (redeploy); a return Derj→Ash Shwayrif 'بمجرد' the mission "
         "ends (withdraw, conditional; Ghadames municipality only receives the checkpoints); a denied massing around "
         "Nalut and a denied intention to advance to the Wazin crossing or the border with Tunisia. The border "
         "triangle, Dehiba (Tunisian alert, no move), Ghadames in 2024 background and Tripoli are not movement places.",
 "qfa5": "Statement No. 42 as carried by a Lebanese site: a denied arms shipment for the GC's forces Tripoli (Lebanon) "
         "port→Tobruk port (northern Lebanon only locates the port); marines landed at Ras Lanuf port from Tobruk naval "
         "base (naval_landing, reported); a planned airlift of a Saiqa battalion Benina air base→Brak air base; units "
         "securing Derna will not leave until reconstruction ends (withdraw, conditional). Beirut, Tripoli (Lebanon) as "
         "an MP's constituency, Tripoli (Libya) as the rival government, Lebanon, Libya and eastern Libya are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfa1", "qfa2", "qfa3", "qfa4", "qfa5")
