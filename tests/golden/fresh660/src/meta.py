# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Sabha and the road from the coast
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # Ubari and Wadi al-Hayat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # Ghat and the Algerian side
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 # Murzuq
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G* (row قاعدة الويغ)
 "tripoint_nt": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 # Wadi al-Shati and the coast
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.925, 12.100, "Port of Zuwara"),                   # K
}

TRAPS = {
 "yl1": ["طارق بن زياد", "القدس العربي", "إدريس الفزاني", "الفزاني", "الجيش الوطني الليبي", "مصطفى الطرابلسي"],
 "yl2": ["الجريدة", "إذاعة أوباري المحلية", "التشادية", "المالي"],
 "yl3": ["بوابة الوفد", "الليبية", "لغات", "إبراهيم الغاتي", "الجيش الجزائري", "الجيش الوطني الليبي"],
 "yl4": ["رؤيا", "تشادياً", "حسن القطروني", "الجيش الوطني الليبي", "التشادية", "شمالي", "اللبناني"],
 "yl5": ["أخبار الخليج", "إدريس المقرحي", "الجيش الوطني الليبي"],
}

PHEN = {
 "yl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "yl2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "yl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yl5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yl1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["سبها"], ["الشويرف"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار سبها"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", "GNA forces", ["براك"], ["سبها"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها"]),
 ],
 "yl2": [
  mv("withdraw", "reported", "GNA forces", ["الغريفة"], ["اوباري"]),
  mv("reinforce", "reported", "GNA forces", ["سبها"], ["أوباري"]),
  mv("deploy", "planned", "GNA forces", ["جرمة"], ["حقل الشرارة"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("advance", "denied", "Chadian armed groups", [], ["أوباري"], ["الحدود مع النيجر"]),
 ],
 "yl3": [
  mv("airlift", "reported", "GNA forces", ["مطار سبها"], ["مطار غات"]),
  mv("deploy", "reported", "GNA forces", ["غات"], ["منفذ إيسين"]),
  mv("shipment", "planned", "GNA forces", ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"]),
 ],
 "yl4": [
  mv("deploy", "reported", "GNA forces", ["سبها"], ["مرزق"], ["تراغن"]),
  mv("deploy", "planned", "GNA forces", [], ["قطرون", "أم الأرانب"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["المثلث الحدودي مع النيجر وتشاد"]),
 ],
 "yl5": [
  mv("redeploy", "reported", "GNA forces", ["أوباري"], ["سبها"]),
  mv("mobilise", "planned", "GNA forces", [], ["براك"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("airlift", "denied", "Russian forces", [], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "yl1": "Sabha vote: an interior-ministry (GNU) convoy Tripoli→Sabha via Ash Shwayrif (Sabha district only the election "
        "venue); a planned airlift Mitiga airport→Sabha airport; a planned landing ship Misrata port→Tripoli port to fill "
        "the gap in the capital; a conditional company Brak→Sabha if the planes are delayed; the Tariq bin Ziyad brigade "
        "(LNA; force-name trap) denies an arms shipment Tamanhint air base→Sabha. Traps: Al-Quds Al-Arabi (Jerusalem), "
        "Idris al-Fazzani (Idri, Fezzan), Mustafa al-Trabelsi (Tripoli); Tripoli is also the dateline.",
 "yl2": "Ubari vote postponed: police withdraw Al-Ghurayfa→Ubari (spelled اوباري), central-support cars Sabha→Ubari "
        "(reported reinforce), a planned deploy Germa→Sharara field (Wadi al-Hayat only locates Germa), the LNA 116th "
        "infantry's conditional move Sabha→Ubari, and a denied Chadian infiltration into Ubari across the border with "
        "Niger (via). Ubari municipality and the Ghurayfa '25 km east of Ubari' distance are not movement places; "
        "«إذاعة أوباري المحلية» and «الدعم المالي» are traps.",
 "yl3": "Ghat vote: police airlifted Sabha airport→Ghat airport (headline repeats it), a 15-car deploy Ghat→Isayen "
        "crossing, a planned arms shipment Sabha→Ghat via Ubari and Al-Awaynat, an Algerian conditional reinforcement "
        "Tamanrasset→Djanet (Algiers = speaker's city), and the LNA's denied pull-out from Ghat airport. Ghat as election "
        "venue, Ghat municipality, the border with Algeria, Niger, Mali and El Feel (180 km) are not movement places; "
        "«بعدة لغات» and Ibrahim al-Ghati are traps.",
 "yl4": "Murzuq vote: GNU police Sabha→Murzuq via Traghen (reported deploy), a planned deploy to Qatrun and Umm "
        "al-Aranib, an LNA company's conditional move Al-Wigh base→Murzuq, and a denied Chadian massing in the "
        "Libya-Niger-Chad triangle. Murzuq district, Toummo crossing on the Niger border, the 2019 displacement to Sabha "
        "and Fezzan, and the Lebanese expert in Tripoli (Lebanon) are not movement places; Hassan al-Qatruni is a trap.",
 "yl5": "Postponement in Murzuq and Ubari: 400 police moved Ubari→Sabha (headline repeats it), a planned massing of 600 "
        "in Brak (Wadi al-Shati and Idri municipality only context), a naval landing Tripoli port→Zuwara port, the LNA's "
        "conditional reinforcement Jufra air base→Sabha ('ما لم'), and a denied Russian cargo flight to Brak air base. "
        "Tunis (city) hosted the meeting; Tunisia, Algeria, Niger, Chad and Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yl1", "yl2", "yl3", "yl4", "yl5")
