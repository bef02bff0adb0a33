# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا, written اجدابيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # yj1 the Ghat floods (Asharq Al-Awsat)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G* (district row غات)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G* (row البركات, written البركت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 # yj2 the Mizdah floods (Al-Quds Al-Arabi)
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "mizdah_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),           # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (point of the Hun row, README rule)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # yj3 Kufra and the Sudanese refugees (Akhbar Al-Khaleej)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 # yj4 Egyptian convoys to Jaghbub (Al-Wafd)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 29.40, 25.10, "Egypt-Libya border (Egyptian side, near Siwa)"),  # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.975, "Port of Tobruk"),                   # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 # yj5 Qatari aid to Murzuq (QNA)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G* (district row مرزق)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zuwaylah"),                            # G
}

TRAPS = {
 "yj1": ["الشرق الأوسط", "الجيش الوطني الليبي", "الخيام البيضاء", "عبد السلام إدريس", "طارق بن زياد",
         "الهلال الأحمر الجزائري"],
 "yj2": ["القدس العربي", "سالم المزداوي", "سرت حالة", "القوات البحرية التركية", "جمعيات أهلية لبنانية"],
 "yj3": ["أخبار الخليج", "سبل السلام", "الجيش الوطني الليبي", "السودانيين", "الدعم السريع", "الأراضي الليبية"],
 "yj4": ["الوفد", "مساعدات مصرية", "جمال عبد الناصر", "الهلال الأحمر المصري", "القوات المسلحة المصرية", "الجيش الوطني الليبي",
         "الليبية"],
 "yj5": ["قنا", "صندوق قطر للتنمية", "القطرية", "الجيش الوطني الليبي", "محمد إدريس ديبي", "تشادي", "الأراضي الليبية"],
}

PHEN = {
 "yj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_crossings", "countries"],
 "yj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "yj4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "yj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yj1": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار غات"]),
  mv("redeploy", "conditional", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"]),
 ],
 "yj2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("advance", "planned", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["القريات"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "yj3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["بنغازي"], ["مطار الكفرة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["السودان"], ["قاعدة معطن السارة"]),
 ],
 "yj4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجغبوب"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
 ],
 "yj5": [
  mv("deploy", "reported", "Libyan National Army", ["أم الأرانب"], ["مرزق"], ["تراغن"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["تجرهي"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["زويلة"]),
 ],
}

NOTES = {
 "yj1": "Ghat floods: the Red Crescent convoy Sabha→Al-Barakat via Ubari and Al-Awaynat, the Sharara bulldozers and "
        "the Algerian aid plane Algiers→Djanet are aid, not movements. Armed moves: battalion 87 Ubari→Ghat (reported), "
        "an engineering company Benina base→Ghat airport (planned airlift), Tariq bin Ziyad units Ubari→Al-Awaynat if "
        "the water rises (conditional), and a denied pull-out from the Isayen crossing (the border with Algeria only "
        "locates the crossing). Cairo is the dateline.",
 "yj2": "Mizdah floods: brigade 444 Tripoli→Mizdah via Gharyan (reported) and its planned advance Mizdah→Ash "
        "Shwayrif; Zintan's conditional reinforcement Zintan→Al-Qaryat; the LNA denies massing in Ash Shwayrif "
        "(its units 'in Al-Jufra did not move': no movement place; Benghazi the speaker's city); a Turkish navy ship "
        "landed engineers at Khoms port (reported). The Lebanese aid ship from Tripoli (Lebanon) to Tripoli port and "
        "on to Mizdah/Bani Walid is aid.",
 "yj3": "Kufra: the WFP convoy Benghazi→Kufra via Ajdabiya and Jalu, the Kuwaiti plane and the Bahraini aid are not "
        "movements. Armed moves: Subul al-Salam battalion Kufra→the Uweinat triangle (reported; Libya/Egypt/Sudan only "
        "describe the triangle), a planned military airlift Benghazi→Kufra airport, units Tazirbu→Rebiana if "
        "infiltration is seen across the border with Sudan or Chad (condition places not movement places), and a "
        "denied arms shipment Kufra→Sudan via Maaten al-Sarra base.",
 "yj4": "Egyptian aid convoy through the Sallum land port to Jaghbub, Jalu and Awjila, and a fourth from Siwa, are aid. "
        "Armed moves: Egyptian reinforcements Marsa Matruh→Siwa (reported; the border with Libya only a distance "
        "reference), the helicopter carrier Gamal Abdel Nasser Alexandria→Tobruk port landing rescue units (planned), "
        "the LNA will not leave Jaghbub before the last convoy reaches Jalu (conditional withdraw; Jalu the "
        "condition), and a denied Egyptian entry into Emsaed. Tobruk is the speaker's city, Tripoli the government's "
        "seat, القاهرة (after لل) the Egyptian government.",
 "yj5": "QNA: Qatari aid flown Doha→Mitiga airport and trucked via Sabha to Murzuq is aid. Armed moves: LNA units Umm "
        "al-Aranib→Murzuq via Traghen (reported), a planned fuel-and-ammunition shipment Sabha→Al-Qatrun, a "
        "conditional advance Al-Qatrun→Tajarhi if armed groups move near the border with Niger (condition), and a "
        "Chadian opposition council denying massing near Zuwaylah.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yj1", "yj2", "yj3", "yj4", "yj5")
