# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # zi1 Murzuq (Fasania)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت, written with الجوية)
 # zi2 Ubari and the Tuareg (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 # zi3 Wadi al-Shati (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),               # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # zi4 Al-Qatrun and the Niger border (Quryna)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # zi5 Ghat (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "zi1": ["فسانيا", "لواء طارق بن زياد", "الدعم المالي", "ما تحركوش غدوة", "الليبية"],
 "zi2": ["القدس العربي", "إدريس الطاهر"],
 "zi3": ["الشرق الأوسط", "عبد الرحمن الفزاني", "إدريس بوشناف", "الفيلق الإفريقي", "الروسي"],
 "zi4": ["قورينا", "الخمسة الأولى", "المعارضة التشادية", "الجيش النيجري"],
 "zi5": ["مونت كارلو الدولية", "الجيش الجزائري", "الفيلق الإفريقي", "الليبي", "الساحل والصحراء", "خالد الطرابلسي"],
}

PHEN = {
 "zi1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "zi2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "zi3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "zi4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "zi5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zi1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة", "تراغن"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القطرون"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق"]),
  mv("mobilise", "conditional", None, [], ["مرزق"]),
 ],
 "zi2": [
  mv("advance", "conditional", None, ["أوباري"], ["حقل الشرارة"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["حقل الشرارة"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"]),
 ],
 "zi3": [
  mv("redeploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("naval_landing", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["براك"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["وادي الشاطئ"]),
 ],
 "zi4": [
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الويغ"]),
  mv("mobilise", "conditional", None, [], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", [], ["تجرهي"]),
 ],
 "zi5": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["البركت"], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "zi1": "Murzuq municipal council's seven-point Facebook statement: an LNA (Tariq bin Ziyad, trap) column Sabha→Murzuq "
        "via Ghuddwa and Traghen, the column commander's conditional return Murzuq→Sabha 'as soon as' the police take "
        "the gates, a planned company to Al-Qatrun (the Niger border only its purpose), a denied ammunition shipment "
        "Tamanhint air base→Murzuq, and the Tebu council's conditional gathering of armed youth in Murzuq (actor null). "
        "The El Feel field is only a demand (jobs); 'غدوة' in the dialect quote means 'tomorrow', not the town.",
 "zi2": "Tuareg social council's ultimatum: a conditional move of the Maghawir battalion and tribal youth Ubari→Sharara "
        "field (actor null), a reported LNA column Sabha→Ubari via Germa, a planned GNA airlift of oil-facility guards "
        "Mitiga→the Sharara airstrip, and a denied LNA pull-out from Al-Awaynat (Ubari and Ghat there only locate the "
        "road). Tripoli is the GNA's seat; London the dateline; Ghat and Wadi al-Hayat are demands (road, fuel).",
 "zi3": "Joint statement of five Wadi al-Shati municipalities: a reported LNA battalion Brak→Idri, a reported Russian "
        "landing at Tobruk naval base (reports), a denied Russian cargo airlift Jufra air base→Brak base, a planned "
        "LNA company Sabha→Brak and a conditional reinforcement to Wadi al-Shati. The threatened road closure "
        "Brak–Sabha is a protest, not a movement; Qirah only the place of a killing; Cairo the dateline.",
 "zi4": "Al-Qatrun council and notables' statement: an LNA force Al-Qatrun→the Toummo crossing via Al-Wigh base, an "
        "ammunition/fuel shipment Sabha→Al-Qatrun, a planned cargo flight Benina air base→Al-Wigh base, the notables' "
        "conditional armed gathering at Al-Qatrun's entrances (actor null), and a denied entry of Chadian opposition "
        "fighters into Tajarhi. Niamey (Niger's government) and Madama (a Nigerien seizure) are not movement places.",
 "zi5": "Ghat municipal council's statement: a reported LNA force Ubari→Ghat via Al-Awaynat, its commander's conditional "
        "departure from Ghat, a planned company Al-Barakat→the Isayen crossing, an Algerian crossing Djanet→Ghat denied "
        "by Algiers, and a denied Russian landing at Benghazi port. Lebanese Tripoli is only the researcher's city; "
        "Tripoli and Benghazi (the two authorities), Djanet (trade) and the border (distance) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zi1", "zi2", "zi3", "zi4", "zi5")
