# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # capitals and cities abroad
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "beqaa": ("region", "LB", 33.85, 35.95, "Beqaa Valley"),                               # K
 # east: Tobruk session (Al-Seyassah) and Benghazi session (Al-Wafd)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.975, "Port of Tobruk"),                   # K
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk Gamal Abdel Nasser Airport"),  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind base)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # centre: Sirte and Jufra
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "ghardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),       # G
 "ghardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 # west: Tripoli, the coast and the mountain
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                   # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # south: Fezzan municipal elections (Petra)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
}

TRAPS = {
 "wz1": ["السياسة", "الجيش الوطني الليبي", "تحت القبة", "سالم الطرابلسي", "بوابة الوسط"],
 "wz2": ["القدس العربي", "جهاز دعم الاستقرار", "السنوات الخمس", "الليبيون"],
 "wz3": ["قوات الشرق والغرب", "اللواء", "الجيش الوطني الليبي", "مجمع واغادوغو", "الفيلق الأفريقي", "روسيتين",
         "إدريس بوخطوة", "الجالية الليبية"],
 "wz4": ["مفوضية الانتخابات الليبية", "بترا", "وكالة الأنباء الأردنية", "الجيش الوطني الليبي", "المنطقة العسكرية الجنوبية",
         "الهادي الإدريسي", "تشاديين", "الهيئة المستقلة للانتخاب الأردنية"],
 "wz5": ["محمد الأسواني", "مجلس النواب الليبي", "الجيش الوطني الليبي", "غرفة عمليات الكرامة", "بوابة الوفد",
         "الجانب المصري", "الجيش المصري", "الجوار الليبي"],
}

PHEN = {
 "wz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings"],
 "wz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "countries"],
 "wz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "wz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wz1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["المرج", "القبة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["مطار القرضابية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["طبرق"], ["بنغازي"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["التميمي"]),
 ],
 "wz2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "صبراتة"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["زليتن", "الخمس"]),
  mv("advance", "conditional", "Zintan forces", [], ["يفرن"]),
  mv("withdraw", "denied", "GNA forces", ["معبر راس جدير"]),
 ],
 "wz3": [
  mv("deploy", "reported", "Libyan National Army", ["هون"], ["سرت"]),
  mv("reinforce", "reported", "GNA forces", ["مصراتة"], ["سرت"], ["أبو قرين"]),
  mv("withdraw", "planned", "Foreign fighters", ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", "GNA forces", ["سرت"], ["أبو قرين"]),
  mv("airlift", "denied", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
 ],
 "wz4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["الجفرة"], ["سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق", "أم الأرانب"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["تراغن"]),
 ],
 "wz5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["اجدابيا", "البريقة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("shipment", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم"]),
 ],
}

NOTES = {
 "wz1": "House session in Tobruk: an LNA military-police battalion Benghazi→Tobruk via Al-Marj and Al-Qubbah, marines "
        "landed at Tobruk port from Benghazi port, a planned airlift Gamal Abdel Nasser air base→Gardabya airport "
        "(Sirte only locates the airport), a conditional return Tobruk→Benghazi after the vote, and a denied massing at "
        "Al-Tamimi. Ghat, Murzuq, Kufra, Ubari (MPs' civilian flight to Tobruk airport), Derna, Al-Bayda, Cyrenaica "
        "and Fezzan are not movement places; 'تحت القبة' (parliament) and 'سالم الطرابلسي' are traps.",
 "wz2": "Electoral-commission offices in the west: an interior-ministry force Tripoli→Zawiya and Sabratha, a planned "
        "naval landing Abu Sitta naval base→Zuwara port, a planned Misrata company→Zliten and Al-Khums, Zintan's "
        "conditional advance to Yefren (no origin written; Zintan only seats the council) and a denied pull-out from "
        "the Ras Ajdir crossing. Gharyan, Tarhuna, Bani Walid, Msallata (offices reopened), the border with Tunisia "
        "(quote), London (dateline) and the out-of-country cities Tunis, Cairo, Istanbul, Rome are not movement places.",
 "wz3": "Joint session in Sirte (Lebanese paper): an LNA company Hun→Sirte, GNA reinforcements Misrata→Sirte via Abu "
        "Qurayn, a planned exit of foreign fighters from Gardabya base, a conditional GNA pull-back Sirte→Abu Qurayn and "
        "a denied Russian cargo airlift to Al-Jufra air base. 'طرابلس الغرب' (dateline) is Tripoli, Libya; 'طرابلس' in "
        "the Beirut paragraph is Tripoli, Lebanon. Harawa, Waddan, Sokna, Zillah (invited mayors), Sirte municipality, "
        "Beirut, Lebanon, Beqaa are not movement places.",
 "wz4": "Southern municipal elections (Petra): an LNA company Sabha→Ubari via Germa, an ammunition convoy Jufra→Sabha, "
        "a planned transfer Tamanhint air base→Murzuq and Umm al-Aranib ('300 km from the border with Niger' is a "
        "distance reference), a conditional reinforcement Brak→Idri and a denied advance of Chadian gunmen Al-Qatrun→"
        "Traghen. The list of 14 municipalities (Sabha, Brak, Ghat, Al-Qatrun, Traghen), the Sharara field, Wadi al-"
        "Shati, Idri municipality, Amman (observers' civilian trip), Tunisia, Egypt, Jordan and Tripoli (dateline, "
        "correspondent) are not movement places.",
 "wz5": "House session in Benghazi (Al-Wafd): an LNA airlift Benina air base→Kufra airport, a planned transfer of two "
        "battalions Benghazi→Ajdabiya and Brega (the Oil Crescent only the end of the road they secure), a conditional "
        "Egyptian massing in Sallum (eastern Libya only the condition, Marsa Matruh the source's city) and a denied "
        "Egyptian arms shipment via the Sallum crossing to Tobruk. Tobruk, Derna, Shahhat, Al-Marj (offices without "
        "reinforcement), Cairo, Algeria, Tunisia, Sudan are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wz1", "wz2", "wz3", "wz4", "wz5")
