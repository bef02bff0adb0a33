# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Fezzan towns
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # vg1 Murzuq (Fasanea)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # vg2 Qatrun and the Tummo road (Libya Press)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # vg3 Ubari, Sharara and El Feel (Quryna)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 # vg4 Ghat and the Algerian border (Al-Tadamun)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G (row قاعدة براك الجوية)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # vg5 Traghen, Umm al-Aranib and Wadi Ataba (Libya Alkhabar)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "traghen_mun": ("district", "LY", 25.92333, 14.42056, "Traghen municipality"),         # G* (town row)
 "zuwayla": ("town", "LY", 26.16188, 15.12522, "Zuwayla"),                              # G
 "ataba": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "vg1": ["فسانيا", "اللواء طارق بن زياد", "غرفة عمليات فزان", "محمد إدريس بركة", "مبالغات", "المعارضة التشادية",
         "أنسبها"],
 "vg2": ["ليبيا برس", "علي القطروني", "المالي", "سودانيين", "روسية"],
 "vg3": ["قورينا", "شركة مليتة", "إدريس الأنصاري", "الماليين", "النيجريين"],
 "vg4": ["التضامن", "تطهير الجنوب الغربي", "الجيش الجزائري", "مسوّغات", "الليبية", "ليبي", "جزائريين"],
 "vg5": ["ليبيا الخبر", "عمر المختار", "التشادية", "مالية", "عتبة موسم"],
}

PHEN = {
 "vg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "vg2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vg3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "vg4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "vg5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "vg1": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("redeploy", "planned", LNA, ["تراغن"], ["مرزق"]),
  mv("withdraw", "conditional", LNA, [], ["قاعدة تمنهنت"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["مرزق"]),
 ],
 "vg2": [
  mv("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", LNA, ["منفذ التوم"], ["القطرون"]),
  mv("advance", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["القطرون"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "denied", "Russian forces", ["ميناء طبرق"], ["قاعدة الويغ"]),
 ],
 "vg3": [
  mv("reinforce", "reported", LNA, ["أوباري"], ["حقل الفيل"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", LNA, ["حقل الفيل"], ["أوباري"]),
  mv("mobilise", "reported", None, [], ["اوباري"]),
  mv("advance", "denied", "Foreign fighters", ["مالي", "النيجر"], ["أوباري"]),
  mv("redeploy", "planned", LNA, ["براك"], ["أوباري"], ["سبها", "جرمة"]),
 ],
 "vg4": [
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("mobilise", "reported", None, [], ["غات"]),
  mv("airlift", "reported", LNA, ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("advance", "denied", "Algerian army", [], ["البركات"]),
 ],
 "vg5": [
  mv("deploy", "reported", LNA, ["سبها"], ["تراغن"], ["ام الارانب"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "reported", LNA, ["ميناء راس لانوف"], ["سبها"]),
  mv("redeploy", "planned", LNA, ["تراغن"], ["وادي عتبة"]),
  mv("redeploy", "denied", LNA, ["مرزق"], ["تراغن"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "vg1": "Murzuq council statement: the Tariq bin Ziyad brigade (LNA) Sabha→Murzuq via Ghuddwa, a planned company "
        "Traghen→Murzuq, the elders' condition that the force will not go back to Tamanhint base before the "
        "reconciliation is signed (no origin written), and a denied entry of Chadian opposition groups into Murzuq "
        "from the border with Niger. The Murzuq–Qatrun road (patrols), the Lebanese Tripoli charity, the Libyan "
        "Tripoli arrival of medicines, Sabha/Ubari as places of the displaced and Fezzan are not movement places.",
 "vg2": "Qatrun: the LNA 116th battalion Qatrun→Tummo crossing via Tajarhi (the fixed point at Tajarhi's entrance adds "
        "nothing), a planned airlift Tamanhint→Al-Wigh base ('90 km south of Qatrun' is a distance reference), the "
        "elders' conditional pull-back Tummo→Qatrun, a denied Sudanese column from the border triangle to Qatrun (Chad "
        "only the origin of gold traders), and a denied Russian landing at Tobruk port with arms moved on to Al-Wigh.",
 "vg3": "Ubari: PFG (LNA) reinforcements Ubari→El Feel via Sharara, their conditional return El Feel→Ubari, armed men "
        "massed in Ubari market (no force named: actor null), a denied arrival of foreign fighters from Mali and "
        "Niger in Ubari, and a planned LNA battalion Brak→Ubari via Sabha and Germa. Idri, Wadi al-Shati, Ghat, "
        "Al-Awaynat are only the venue/attendees of a meeting; Tripoli only the seat of the Presidential Council.",
 "vg4": "Ghat: LNA 173rd battalion Ubari→Ghat via Al-Awaynat, two armed groups massing in Ghat's southern quarters "
        "(actor null), the battalion officers flown Brak air base→Ghat airport, a planned company Ghat→Isayen "
        "crossing, an Algerian conditional reinforcement Djanet→Tin Alkoum crossing and a denied Algerian incursion "
        "near Al-Barakat. Algiers (visit), Sabha (prosecutor), Ghat airport in the last paragraph, the border with "
        "Algeria and El Feel ('180 km') are not movement places.",
 "vg5": "Traghen truce: LNA 128th brigade Sabha→Traghen via Umm al-Aranib, its tanks landed by ship Benghazi port→Ras "
        "Lanuf port and trucked Ras Lanuf→Sabha, a planned company Traghen→Wadi Ataba, a denied transfer Murzuq→"
        "Traghen, and Chadian groups' conditional withdrawal Umm al-Aranib→the border with Chad. Zuwayla and Murzuq as "
        "home of mediators, the south, Fezzan and the neighbours in the last paragraph are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vg1", "vg2", "vg3", "vg4", "vg5")
