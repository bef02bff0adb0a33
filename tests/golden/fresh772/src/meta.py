# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # qct1 Misrata buries a commander (Al-Quds Al-Arabi)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G (written تاورغا; row تاورغاء)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata_port": ("crossing", "LY", 32.365, 15.205, "Port of Misrata (Qasr Ahmed)"),    # K
 # qct2 Benghazi receives a commander's body (Al-Ayam)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 # qct3 Tobruk buries the southern-border commander (Al-Wafd)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind base)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "tripoint_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 30.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qct4 Zintan buries a commander who died in Sfax (Ammon)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border post (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (region row)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qct5 Al-Qatrun buries a Tebu commander (Al-Jarida)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G (written أم الارانب)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qct1": ["القدس العربي", "كتيبة شهداء الكراريم", "الزليتني", "البنيان المرصوص", "بركان الغضب", "علي المصراتي",
          "سرت في المدينة شائعات"],
 "qct2": ["الأيام", "الجيش الوطني الليبي", "المغربي", "الكرامة", "تطهير الجنوب", "اللواء طارق بن زياد",
          "إدريس العبيدي", "عقيلة صالح"],
 "qct3": ["الوفد", "السلومي", "الجيش الوطني الليبي", "الجيش المصري", "حركة تحرير السودان", "السودانية"],
 "qct4": ["عمون", "النالوتي", "تونسية", "الليبية", "فجر عروس البحر", "فجر ليبيا", "الجيش التونسي"],
 "qct5": ["الجريدة", "سرية التوم", "الجيش الوطني الليبي", "مالي", "إدريس أرامي",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي"],
}

PHEN = {
 "qct1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_crossings"],
 "qct2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "coverage_bases", "coverage_oil"],
 "qct3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qct4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qct5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qct1": [
  mv("redeploy", "reported", "Misrata forces", ["أبوقرين"], ["مصراتة"], ["تاورغا"]),
  mv("mobilise", "reported", "GNA forces", ["زليتن", "الخمس"], ["مصراتة"]),
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("naval_landing", "denied", "Misrata forces", ["ميناء مصراتة"], ["سرت"]),
 ],
 "qct2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار بنينا"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["المرج"], ["الأبيار"]),
  mv("advance", "reported", "Libyan National Army", ["بنغازي"], ["سبها"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("advance", "conditional", "Libyan National Army", [], ["القطرون"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"]),
 ],
 "qct3": [
  mv("airlift", "reported", "Libyan National Army", ["مطار الكفرة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("mobilise", "reported", "Libyan National Army", ["الجغبوب", "البردي"], ["طبرق"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "denied", "Sudanese armed groups", ["دارفور"], ["الكفرة"]),
 ],
 "qct4": [
  mv("redeploy", "reported", "Zintan forces", ["منفذ وازن"], ["الزنتان"], ["نالوت"]),
  mv("advance", "reported", "Zintan forces", ["الجبل الغربي"], ["الزاوية", "طرابلس"]),
  mv("withdraw", "reported", "Zintan forces", ["مطار طرابلس الدولي"]),
  mv("reinforce", "planned", "Zintan forces", ["الزنتان"], ["قاعدة الوطية"]),
  mv("advance", "conditional", "Zintan forces", [], ["بئر الغنم"]),
  mv("shipment", "denied", "Zintan forces", [], ["زنتان"], ["منفذ وازن"]),
 ],
 "qct5": [
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الارانب"]),
  mv("mobilise", "reported", "Libyan National Army", ["تجرهي", "مرزق"], ["القطرون"]),
  mv("advance", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["القطرون"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("deploy", "denied", "Chadian armed groups", ["تيبستي"], ["الجنوب الليبي"]),
 ],
}

NOTES = {
 "qct1": "Funeral in Misrata: a company escorted the body Abu Qurayn→Misrata via Tawergha (written تاورغا); Zliten and "
         "Khoms brigades (GNA chief of staff) travelled to Misrata for the funeral; the commander's dated 2016 advance "
         "Misrata→Sirte; a conditional advance to Al-Washka and a planned return Misrata→Abu Qurayn; a denied boat "
         "landing Misrata port→near Sirte. Ain Zara/Tripoli (2019 wound), the ambush south of Abu Qurayn and Zliten as "
         "birthplace are not movement places; سرت in «سرت في المدينة شائعات» is the verb 'spread' (trap).",
 "qct2": "Benghazi receives the body: an LNA airlift Tamanhint air base→Benina airport with 14 escorts; a planned "
         "funeral convoy Benghazi→Al-Marj via Al-Abyar; the dated 2019 advance Benghazi→Sabha; reinforcements "
         "Sabha→Murzuq after the killing; a conditional advance to Al-Qatrun and a denied pull-out from El Feel. Murzuq "
         "in '30 km north of Murzuq', Idri/Wadi al-Shati/Sharara (commands held), Al-Qubbah (speaker) and the second "
         "Benghazi/Al-Marj (mourning) are not movement places; إدريس العبيدي is a person (Idri inside).",
 "qct3": "Tobruk funeral: an LNA airlift Kufra airport→Gamal Abdel Nasser air base; fighters from Jaghbub and Bardia "
         "travel to Tobruk; the dated 2015 deployment Tobruk→Jaghbub; a planned marine landing Benghazi port→Tobruk "
         "port; the Egyptian army's conditional reinforcement Marsa Matruh→Sallum (the border only the condition, Cairo "
         "the source); the SLM's denied dispatch Darfur→Kufra. Jebel Uweinat/the border with Sudan (place of death), "
         "the 2020 personal transfer to Kufra and the tripoint patrols are not movements.",
 "qct4": "Zintan funeral: a Tunisian ambulance (no movement) to the Dehiba post, then a Zintan convoy Wazin crossing"
         "→Zintan via Nalut; the dated 2011 advance from the Western Mountain towards Zawiya and Tripoli and the 2014 "
         "withdrawal from Tripoli International Airport; a planned company Zintan→Al-Watiya base; a conditional advance "
         "to Bir al-Ghanam; a denied ammunition shipment to Zintan (للزنتان) through the Wazin crossing. Sfax, Tunis, "
         "the border with Tunisia (distance) are not movement places.",
 "qct5": "Al-Qatrun funeral of a Tebu LNA commander: a convoy escorted the body Sabha→Al-Qatrun via Umm al-Aranib "
         "(written أم الارانب); Tebu companies travel from Tajarhi and Murzuq; the dated 2017 advance Al-Qatrun→Al-Wigh "
         "base; a planned fuel-and-ammunition shipment Brak air base→Al-Qatrun; a conditional deployment towards the "
         "Tummo crossing (Niger only in the condition); the CCMSR's denied crossing Tibesti→southern Libya. El Feel "
         "(past job), the ambush near Umm al-Aranib, Chad, Fezzan and Algeria are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qct1", "qct2", "qct3", "qct4", "qct5")
