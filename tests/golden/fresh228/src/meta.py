# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # vague areas and border regions
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "border_dz": ("region", "LY", 25.10, 10.30, "Libya-Algeria border (Libyan side, Ghat)"),  # K
 "border_dzside": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side, Djanet)"),  # K
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G* (row الحدود الليبية الجزائرية)
 "border_td": ("region", "LY", 22.80, 17.00, "Libya-Chad border (Libyan side)"),         # K
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_nigerside": ("region", "NE", 22.30, 13.90, "Niger-Libya border (Nigerien side)"),  # K
 "border_tdside": ("region", "TD", 22.00, 17.50, "Chad-Libya border (Chadian side)"),    # K
 # Libyan cities, towns, districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (city row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G (row براك)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 # Libyan bases, airports, ports, fields, crossings
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.050, "Port of Benghazi"),                # K
 "tobruk_port": ("crossing", "LY", 32.074, 23.975, "Port of Tobruk"),                    # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 # elsewhere
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G* (town row spelled تمنراست)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين)
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 # Chad
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                      # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
}

TRAPS = {
 "hv1": ["اللواء طارق بن زياد", "إذاعة سبها المحلية", "السبهاوي", "محمد الطرابلسي", "لا أدري"],
 "hv2": ["الجيش الوطني الليبي", "عمر الإدريسي", "أخبار أوباري", "الجزائريين", "باللغات"],
 "hv3": ["الجيش الجزائري", "وكالة الأنباء الجزائرية", "الليبية", "صفحات ليبية"],
 "hv4": ["الجيش الوطني الليبي", "جبهة التناوب والوفاق في تشاد", "تشاديون", "التشاديين", "علي القطروني", "دعم مالي"],
 "hv5": ["تشادية", "الجيش التشادي", "الفيلق الأفريقي"],
}

PHEN = {
 "hv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "hv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "countries"],
 "hv3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "hv4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "hv5": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "hv1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "مطار سبها"]),
  mv("naval_landing", "reported", LNA, [], ["ميناء بنغازي"]),
  mv("deploy", "planned", LNA, [], ["براك الشاطئ", "إدري"]),
  mv("advance", "conditional", LNA, [], ["أوباري"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["قاعدة براك الجوية"]),
 ],
 "hv2": [
  mv("redeploy", "reported", LNA, ["اوباري"], ["العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("deploy", "conditional", LNA, [], ["منفذ إيسين"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "reported", None, [], ["غات"]),
 ],
 "hv3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("airlift", "reported", "Algerian army", ["تامنغست"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["معبر تين الكوم"]),
  mv("withdraw", "conditional", "Algerian army", ["جانت"], ["ورقلة"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
 "hv4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["تراغن"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم", "حقل الفيل"]),
  mv("shipment", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["تجرهي"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق", "قاعدة براك الجوية"]),
 ],
 "hv5": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو"]),
  mv("airlift", "planned", None, ["نيامي"], ["قاعدة ماداما"]),
  mv("redeploy", "reported", None, ["ديركو"], ["سيغيدين"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقدي"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["زوار", "برداي"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة الويغ"], ["ديركو"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "hv1": "Fawasel-style local report from Sabha: an LNA reinforcement Tamanhint air base→Sabha/Sabha airport (reported), "
        "armour landed at Benghazi port (reported naval landing), two companies planned for Brak al-Shati and Idri, a move "
        "on Ubari only «إلا إذا» (conditional), a denied pull-out Sabha airport→Brak air base; Sabha radio, a shopkeeper "
        "named al-Trabulsi, «لا أدري», the nisba السبهاوي and the Tripoli government are not movement places.",
 "hv2": "Al-Masar-style report from Ubari: an LNA company Ubari→Al Awaynat (reported redeploy), a planned Benina air "
        "base→Ghat airport cargo flight, a deployment at the Isayen crossing «في حال» it reopens (conditional), the oil "
        "guards' denied pull-out Sharara field→Ubari, Tuareg youth massing in Ghat (reported mobilise); the spokesman "
        "al-Idrisi, the «أخبار أوباري» page, «باللغات» and the Algerian border phrase (a locator) are not movement places.",
 "hv3": "El Khabar-style Algerian report from Illizi: an Algerian reinforcement Ouargla→Djanet via Illizi, an Il-76 "
        "Tamanrasset→Djanet airport (both reported), planned observation posts at the Tin Alkoum crossing, a return "
        "Djanet→Ouargla «لن…إلا بعد» (conditional) and a denied incursion towards Ghat; Algiers (the ministry), the "
        "Algeria–Libya border, the wali of Illizi and APS are not movement places.",
 "hv4": "Elaph-style London desk piece on Murzuq and Al Qatrun: an LNA reinforcement Sabha→Al Qatrun via Traghen and "
        "Chadian gunmen pulling back Umm al-Aranib→the Chad border (reported), planned patrols for the Toummo crossing "
        "and El Feel and a planned fuel-and-ammunition convoy Sabha→Al Qatrun, a conditional advance on Tajarhi, and a "
        "denied Russian landing at Tobruk port bound for Brak air base; FACT, the elder al-Qatruni and «دعم مالي» are traps.",
 "hv5": "BBC Arabic-style piece on Niger's north and Chad's Tibesti: a Nigerien reinforcement Agadez→Dirkou and a past "
        "redeploy Dirkou→Seguedine (reported), a planned Niamey→Madama base air bridge, Chadian rebels massing at Kouri "
        "Bougoudi (reported) and threatening Zouar and Bardai «إذا» (conditional), and the Russian embassy's denial of an "
        "Africa Corps arms transfer Al Wigh base→Dirkou via Toummo; the Algiers meeting and the Niamey embassy are venues.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hv1", "hv2", "hv3", "hv4", "hv5")
