# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G (row قاعدة معطن السارة)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.95, "Jebel Uweinat"),                              # K
 "border_lytd": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                    # G* (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 # Libya: the coast
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Port of Benghazi"),                   # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.98, "Port of Tobruk"),                      # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                      # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                             # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                  # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                             # G
 "tina_sd": ("town", "SD", 15.03, 22.82, "Tina (Sudan)"),                                 # K
 "border_sdtd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),# G* (row الحدود السودانية التشادية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G (row نجامينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                              # G* (row فايا لارجو)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),           # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                              # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                   # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G (row كوري بوقودي)
 "border_tdly": ("region", "TD", 22.2, 16.5, "Chad-Libya border (Chadian side)"),         # K
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                      # G (row تيني)
 "border_tdsd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"), # G* (row الحدود التشادية السودانية)
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),                  # G* (town row أدري)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                                # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                       # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                               # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (airport row مطار شرق العوينات)
 # Algeria, Niger
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row جانت, kind village there)
 "border_dzly": ("region", "DZ", 24.9, 9.95, "Algeria-Libya border (Algerian side)"),     # K
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
}

LNA, SUD, CHD, EGY, ALG, FOR = ("Libyan National Army", "Sudanese armed groups", "Chadian armed groups",
                                "Egyptian army", "Algerian army", "Foreign fighters")


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nb1": ["راديو دبنقا", "من الطينة نفسها", "الهادي إدريس", "حركة تحرير السودان", "وكالة السودان للأنباء", "الليبي"],
 "nb2": ["الشرق الأوسط", "التشادي", "محمد إدريس ديبي", "إدريس ديبي", "الليبية", "التشادية",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "إذاعة فرنسا الدولية", "جبهة الوفاق من أجل التغيير في تشاد"],
 "nb3": ["طارق بن زياد", "الجيش الوطني الليبي", "تشاديين", "مفتاح القطروني", "تشادية", "الواحات",
         "محمد إدريس ديبي", "بوابة إفريقيا الإخبارية", "الجزائري", "عماد الطرابلسي"],
 "nb4": ["الشروق", "الليبي", "السودانية", "السوداني", "الليبية", "مصري"],
 "nb5": ["الراي", "الجيش الوطني الليبي", "قناة ليبيا الحدث", "السودانية", "شارع طرابلس",
         "جبهة الوفاق من أجل التغيير في تشاد", "النيجري"],
}

PHEN = {
 "nb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "nb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "nb4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "nb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "nb1": [
  mv("reinforce", "reported", SUD, ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("withdraw", "reported", SUD, ["كرب التوم"], ["الطينة"]),
  mv("advance", "conditional", SUD, ["وادي هور"], ["الطينة"]),
  mv("mobilise", "planned", SUD, [], ["مليط"]),
  mv("shipment", "denied", None, ["الكفرة"], [], ["جبل العوينات"]),
 ],
 "nb2": [
  mv("airlift", "reported", None, ["انجمينا"], ["مطار فايا لارجو"]),
  mv("reinforce", "reported", None, ["فايا"], ["زوار"]),
  mv("advance", "conditional", None, ["زوار"], ["وور", "الحدود مع ليبيا"]),
  mv("deploy", "planned", None, [], ["تيني"]),
  mv("withdraw", "denied", CHD, ["كوري بوغودي"], ["أم الأرانب"]),
  mv("advance", "reported", CHD, ["الجنوب الليبي"], ["كانم"]),
 ],
 "nb3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["غدوة", "ام الارانب"]),
  mv("mobilise", "reported", CHD, ["الحدود مع تشاد"], ["تمسه"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["براك"]),
  mv("deploy", "conditional", ALG, ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "nb4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكُفرة"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("naval_landing", "denied", FOR, [], ["ميناء بنغازي"]),
  mv("shipment", "planned", LNA, ["جالو"], ["الكفرة"]),
  mv("reinforce", "conditional", EGY, ["الخارجة"], ["شرق العوينات"]),
 ],
 "nb5": [
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("reinforce", "planned", LNA, [], ["الكفرة"], ["أجدابيا", "جالو"]),
  mv("redeploy", "reported", LNA, ["حقل السرير"], ["تازربو"]),
  mv("advance", "denied", SUD, ["المثلث الحدودي"], ["الكفرة"]),
  mv("withdraw", "conditional", CHD, ["القطرون", "ام الارانب"], ["تيبستي"]),
  mv("deploy", "reported", None, [], ["ماداما"]),
 ],
}

NOTES = {
 "nb1": "Radio Dabanga (Sudanese) from Tina: an RSF reinforcement Al Malha→the Libya-Egypt-Sudan triangle via Wadi "
        "Howar, the joint force's pull-out Karb al-Tom→Tina, the RSF's conditional advance Wadi Howar→Tina, a planned "
        "RSF massing in Mellit and a Kufra official's denied fuel-and-ammunition run from Kufra via Jebel Uweinat; "
        "traps: the idiom «من الطينة نفسها», Al-Hadi Idris, SUNA, the SLM; refugees heading to the Adré crossing are "
        "not a movement.",
 "nb2": "Asharq Al-Awsat from N'Djamena: a Chadian army airlift N'Djamena→Faya-Largeau airport, a Faya→Zouar "
        "reinforcement, a conditional advance Zouar→Wour/the border with Libya, a planned battalion for Tiné, the "
        "CCMSR's denied pull-out Kouri Bougoudi→Umm al-Aranib and the 2021 FACT offensive from southern Libya to Kanem "
        "(a flashback); RFI's retelling of the landing is the same airlift.",
 "nb3": "Afrigate News (بوابة إفريقيا الإخبارية) from Sabha: a Tariq bin Ziyad reinforcement Sabha→Al Qatrun via "
        "Ghuddwa and Umm al-Aranib, Chadian rebels massing near Tmassah, a planned Benina→Tamanhint air bridge, Brigade "
        "128's denied pull-out Idri→Brak and an Algerian conditional deployment from Djanet to the Libyan border; "
        "traps: Emad Trabelsi, Col. Miftah al-Qatruni, Idriss Déby, «الواحات».",
 "nb4": "Al-Shorouk (Cairo): an LNA air bridge Benina→Kufra airport, Subul al-Salam redeploying Kufra→Maaten al-Sarra "
        "air base, the LNA's denial of foreign mercenaries landed at Benghazi port, a planned fuel-and-ammunition convoy "
        "Jalu→Kufra and Egypt's conditional reinforcement Kharga→East Oweinat; refugees arriving in Kufra are not a "
        "movement.",
 "nb5": "Al-Rai (Kuwait) week round-up: an LNA landing at Benghazi port from Tobruk port, the same force's planned move "
        "to Kufra via Ajdabiya and Jalu, a company Sarir field→Tazirbu, the RSF's denied advance triangle→Kufra, FACT's "
        "conditional pull-out Al Qatrun/Umm al-Aranib→Tibesti and Niger's deployment at Madama; trap: شارع طرابلس in "
        "Kufra.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nb1", "nb2", "nb3", "nb4", "nb5")
