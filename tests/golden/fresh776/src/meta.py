# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # datelines and capitals
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # shared Fezzan places
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # qcx1 Ubari (Al-Quds Al-Arabi)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qcx2 Ghat (Al-Liwaa)
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G* (district row غات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # qcx3 Murzuq (Al-Wafd)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qcx4 Al-Qatrun (Al-Seyassah)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.975, "Port of Tobruk"),                   # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # qcx5 Traghen (Akhbar Al-Khaleej)
 "traghen_mun": ("district", "LY", 25.92333, 14.42056, "Traghen municipality"),         # G* (town row)
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
}

TRAPS = {
 "qcx1": ["القدس العربي", "صالح المرزوقي", "الليبية", "لغات", "إدريس أبوبكر"],
 "qcx2": ["اللبنانية", "موسى الغاتي", "إذاعة فزان", "الجيش الجزائري"],
 "qcx3": ["مصطفى الفزاني", "ليبيا الأحرار", "تشادية", "مالياً"],
 "qcx4": ["كتيبة شهداء القطرون", "عيسى السبهاوي", "الفيلق الأفريقي", "النيجريين", "الليبيين", "زلة"],
 "qcx5": ["أخبار الخليج", "محمد التراغني", "إدريس عبد الله", "التشادية", "عملية فجر تيبستي"],
}

PHEN = {
 "qcx1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qcx2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qcx3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qcx4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qcx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcx1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["اوباري"], ["جرمة", "الغريفة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["حقل الفيل"]),
  mv("deploy", "conditional", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
 "qcx2": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات", "مطار غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["غات"]),
  mv("mobilise", "reported", "Algerian army", [], ["جانت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["أوباري"]),
 ],
 "qcx3": [
  mv("withdraw", "reported", "Libyan National Army", ["مرزق"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["زويلة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تراغن"], ["مرزوق"]),
 ],
 "qcx4": [
  mv("redeploy", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"], ["تجرهي"]),
  mv("deploy", "planned", "Libyan National Army", ["الويغ"], ["منفذ التوم"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء بنغازي"]),
  mv("airlift", "denied", "Russian forces", [], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["قطرون"]),
 ],
 "qcx5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["تراغن"], ["غدوة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["تراغن"]),
  mv("withdraw", "denied", "Libyan National Army", ["تراغن"], ["سبها"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["زويلة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الجفرة"], ["تراغن"]),
  mv("advance", "reported", "Chadian armed groups", ["أم الأرانب"], ["تراغن"]),
 ],
}

NOTES = {
 "qcx1": "Interview with an LNA brigade commander in Ubari: a battalion Brak air base→Ubari via Germa and Al-Ghurayfa "
         "(the headline 'from Brak' repeats it), a denied pull-out from the Sharara field towards Sabha, a planned "
         "engineer company Sabha→El Feel field, and a conditional move Ubari→Ghat only on the council's written "
         "request; Idri/Wadi al-Shati and Sabha as refuge of displaced families, Sabha as distance reference and "
         "London as dateline are not movement places.",
 "qcx2": "Interview with Ghat's mayor: an LNA company Ubari→Ghat via Al-Awaynat, stationed near Ghat airport; a "
         "planned border-guard force Ghat→Isayen crossing; a denied entry of foreign fighters from Niger into Ghat; "
         "the company's conditional return Ghat→Ubari. Tripoli (capital, distance), Tripoli of Lebanon (studies), "
         "the border with Algeria, Algiers (a delegation's visit) and Fezzan are not movement places.",
 "qcx3": "Interview with Murzuq's council head: battalion 87 left Murzuq for Tamanhint air base (reported), a "
         "company Sabha→Murzuq planned, Chadian opposition massing in Zuwaylah denied, and the support force in "
         "Traghen to move to Murzuq (spelled مرزوق) if fighting resumes; Qatrun, the border with Niger and the "
         "Libyan south are background only.",
 "qcx4": "Interview with the Al-Qatrun battalion commander: two companies Qatrun→Al-Wigh air base via Tajarhi "
         "(reported), a planned company Al-Wigh→Toummo crossing, a denied transfer of Russian 'Africa Corps' men to "
         "Al-Wigh (Qatrun in the denial is only where no Russians are), and a battalion Sabha→Qatrun if infiltration "
         "across the border with Chad is detected (the border is the condition); Kuwait is the dateline (city).",
 "qcx5": "Interview with Traghen's mayor: a company Sabha→Traghen via Ghuddwa (reported), its denied pull-out to "
         "Sabha, a planned platoon to Zuwaylah (origin only as 'منها', not written), and a conditional force "
         "Al-Jufra→Traghen if Chadian groups approach Umm al-Aranib (condition only); Murzuq is a comparison.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcx1", "qcx2", "qcx3", "qcx4", "qcx5")
