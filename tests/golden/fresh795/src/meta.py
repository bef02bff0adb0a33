# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا, alt. name الجنوب الليبي)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G* (row الجنوب الغربي)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # qdq1 Ubari clashes (Ammon News, Amman)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 # qdq2 Murzuq (Al-Sudani, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawila"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 # qdq3 the reconciliation (Al-Jarida)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 # qdq4 Ubari's eastern outskirts (Al-Liwaa, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (row kind town)
 # qdq5 Djanet and the Algerian border (Al-Fadjr, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G* (row DZ-33 إليزي, written ولاية إليزي)
 "border_dz": ("region", "DZ", 25.3, 9.8, "Algeria-Libya border (Algerian side)"),      # K
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
}

TRAPS = {
 "qdq1": ["عمون", "الشرارة الأولى", "الحياة الطبيعية", "طارق بن زياد", "الجيش الوطني الليبي", "حامد السبهاوي",
          "تشاديين", "مبالغات", "قطرية"],
 "qdq2": ["السوداني", "التباوية", "سوداني"],
 "qdq3": ["إدريس محمد", "ليبيا الأحرار", "الليبي", "قطرية"],
 "qdq4": ["اللواء", "الجيش الوطني الليبي", "الليبية", "ليبيا الحدث", "دعم مالي", "لبناني", "الشأن الليبي"],
 "qdq5": ["الفجر", "الناحية العسكرية الرابعة", "الجيش الوطني الليبي", "بوابة الوسط", "ليبية", "جزائرية",
          "الجيش الوطني الشعبي", "محمد إدريس"],
}

PHEN = {
 "qdq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qdq2": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qdq3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
          "vague_area", "coverage_bases", "coverage_oil"],
 "qdq4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qdq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdq1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("advance", "conditional", None, ["غات", "العوينات"], ["أوباري"]),
  mv("reinforce", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["أوباري"]),
 ],
 "qdq2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"], ["تراغن"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("mobilise", "reported", None, [], ["أم الأرانب"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"]),
  mv("withdraw", "conditional", None, ["مرزق"]),
  mv("reinforce", "denied", "Sudanese armed groups", ["الكفرة"], ["زويلة"]),
 ],
 "qdq3": [
  mv("withdraw", "reported", None, ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["أوباري"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["مطار سبها"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("advance", "denied", None, ["مرزق"], ["حقل الفيل"]),
 ],
 "qdq4": [
  mv("reinforce", "reported", "Libyan National Army", ["جرمة"], ["أوباري"]),
  mv("deploy", "planned", None, [], ["بلدية أوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["جرمة"]),
  mv("advance", "denied", "Foreign fighters", ["مالي", "النيجر"], ["أوباري"], ["منفذ إيسين"]),
 ],
 "qdq5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["العوينات"]),
  mv("mobilise", "reported", None, [], ["مرزوق"]),
  mv("advance", "conditional", None, ["مرزوق"], ["أوباري"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"], ["معبر تين الكوم"]),
 ],
}

NOTES = {
 "qdq1": "Ubari neighbourhood clashes: an LNA (Tariq bin Ziyad) separation force Sabha→Ubari via Al-Ghurayfa, fuel and "
         "ammunition trucks Tamanhint base→the force in Ubari, a planned company from the guard of the Sharara field to "
         "Ubari's western entrance, Tuareg fighters from Ghat and Al Awaynat who will move on Ubari only if the force "
         "fails (conditional, actor null), and a denied arrival of Chadian gunmen in Ubari from the Niger border. Amman "
         "is only the dateline (Amman/Oman spelling), Sabha's second mention a distance reference, Tripoli the seat of "
         "the government; 'الشرارة الأولى' and 'الحياة الطبيعية' are common words beside the Sharara field and Wadi al-Hayat.",
 "qdq2": "Murzuq: LNA reinforcements Tamanhint base→Murzuq via Traghen, a military-police cargo flight Benina→Sabha "
         "airport, Tuareg gunmen massing in Umm al-Aranib (reported by residents, actor null; its first mention is only "
         "the road where the killing happened), a planned company Al-Wigh base→Al Qatrun (the road 'leading to the "
         "border with Niger' is no destination), a Tebu force's conditional pull-out from Murzuq's northern entrances "
         "(actor null), and a denied arrival of 200 Sudanese fighters Kufra→Zawila. Port Sudan is the dateline, Ubari "
         "background, Darfur/southern Libya a UN finding about presence (no movement).",
 "qdq3": "Elders' reconciliation signed in Sabha (venue only): armed groups of both sides begin withdrawing from Ubari "
         "(reported, actor null), a neutral LNA force from Brak air base is to replace them in Ubari within 72 hours "
         "(planned), the GNU chief of staff in Tripoli offers a conditional airlift Mitiga→Sabha airport and denies a "
         "Turkish landing at Khoms port, an LNA source in Benghazi (speaker only) announces a battalion by sea Benghazi "
         "port→Ras Lanuf port if the truce collapses, and the Tebu council denies a column Murzuq→El Feel field. Doha, "
         "Idri, Wadi al-Shati and Ghat are background (the 2015 truce and displaced families, not armed forces); "
         "'إدريس محمد' contains Idri.",
 "qdq4": "Ubari's eastern outskirts: LNA battalion 173 reinforcements Germa→Ubari, a planned municipal-guard deployment "
         "inside Ubari municipality (actor null), the battalion's conditional return Ubari→Germa, and a denied crossing "
         "of Tuareg fighters from Mali and Niger via the Isayen crossing towards Ubari. Beirut is the dateline; Tripoli "
         "(Lebanon), North Lebanon, Bab al-Tabbaneh and Jabal Mohsen are a comparison; Libyan Tripoli is the seat of the "
         "government; Sabha only the road's direction; 'دعم مالي' is a common word beside the country Mali.",
 "qdq5": "Algerian view: Algerian special forces Illizi→Djanet (reported; Ouargla only locates the 4th military region "
         "command, the border with Libya only the infiltration they guard against), a planned LNA company Ubari→Al "
         "Awaynat (Ghat only the road's end) with a planned fuel-and-ammunition shipment Sabha→Al Awaynat, Tebu groups "
         "massing 40 armed cars in Murzuq (spelled مرزوق) and their conditional advance from 'the city' (= Murzuq) to "
         "Ubari, and a denied Algerian crossing Djanet→Ghat via Tin Alkoum. Algiers is the dateline, Algeria the country; "
         "Djanet's second mention is a distance reference; 'محمد إدريس' contains Idri.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdq1", "qdq2", "qdq3", "qdq4", "qdq5")
