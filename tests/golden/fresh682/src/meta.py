# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # zh1 the Sirte line, a Misrata commander (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.205, 16.575, "Port of Sirte"),                     # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, point at Hun)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 # zh2 the south, an LNA regional commander (Al-Jarida)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 # zh3 Zuwara and the Ras Ajdir crossing, the mayor (Al-Modon)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # zh4 Kufra and the Sudanese war, the mayor (Akhbar Al-Khaleej)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality / district"),  # G (district row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 # zh5 the Wazin crossing and Ghadames, a GNA commander (Al-Chourouk)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa (Western Mountain)"),     # G* (row الجبل الغربي)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
}

TRAPS = {
 "zh1": ["مصراتية", "القدس العربي", "الزليتني", "سوريين", "السنوات الخمس", "البنيان المرصوص", "لواء المحجوب"],
 "zh2": ["الجريدة", "إدريس القطروني", "القطروني", "الجيش الوطني الليبي", "تشادية", "التشادية"],
 "zh3": ["المدن", "الأمازيغية", "غرفة عمليات الساحل الغربي", "الليبية", "التونسي"],
 "zh4": ["أخبار الخليج", "سوداني", "السوداني", "سبل السلام", "أخبار سارة", "الأخبار السارة"],
 "zh5": ["الشروق", "إدريس الزغلامي", "الغدامسي", "الجزائري", "الجيش التونسي", "التونسي"],
}

PHEN = {
 "zh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "zh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zh3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "zh4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zh5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zh1": [
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["مطار مصراتة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "planned", "Misrata forces", ["زليتن", "الخمس"], ["أبو قرين"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"]),
 ],
 "zh2": [
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["إدري"]),
  mv("deploy", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
 ],
 "zh3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["الزاوية", "صبراتة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الجميل"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس جدير"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مليتة"]),
 ],
 "zh4": [
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["تازربو"]),
  mv("shipment", "planned", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["جبل العوينات"]),
 ],
 "zh5": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["وازن"], ["نالوت"]),
  mv("shipment", "reported", "GNA forces", ["الزنتان"], ["وازن"]),
  mv("advance", "denied", "Foreign fighters", [], ["غدامس"], ["الحدود مع الجزائر"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "zh1": "Q&A with a Misrata commander (Al-Quds Al-Arabi, London): 'we moved' Abu Qurayn→Al-Washka (reported advance); the "
        "rumoured Syrian airlift into Misrata airport is denied; LNA reinforcements Jufra→Sirte and an LNA landing ship "
        "Benghazi→Sirte port, both reported by the interviewee; a planned reinforcement Zliten + Khoms→Abu Qurayn (spelled "
        "'أبو قرين' there; the question's 'كتائب من زليتن' is the same planned move); 'we will not withdraw from Al-Washka "
        "unless Wagner leaves Jufra and Gardabya' = conditional withdraw (Wagner's leaving is the condition, not a move). "
        "London and Misrata (HQ) are only dateline/speaker; the wounded flown to Turkey and the 2016/2019 fighting are no moves.",
 "zh2": "Q&A with an LNA southern commander (Al-Jarida, Sabha): denied withdrawal from the Sharara field (claim in the "
        "question, 'لم ننسحب' in the answer); reported 50 vehicles Sabha→Al-Qatrun via Murzuq; planned company Tamanhint "
        "base→Idri (Wadi al-Shati in the question, Brak–Ubari road only the purpose); conditional battalion Al-Qatrun→Toummo "
        "crossing; reported massing of Chadian groups near Tajarhi. Idri sits beside the person trap 'إدريس القطروني', "
        "whose nisba also contains Al-Qatrun. 'من براك حتى الحدود مع النيجر' is control, not movement.",
 "zh3": "Interview with the mayor of Zuwara (Al-Modon, Beirut): a GNA force Tripoli→Ras Ajdir crossing via Zawiya and "
        "Sabratha (reported); a rumoured Zintan column to Al-Jumayl denied; the force 'will not leave Ras Ajdir unless' "
        "customs take over (conditional withdraw); a planned sea transfer Tripoli port→Mellitah. Tripoli (Lebanon) in "
        "northern Lebanon is the mayor's past; Ben Gardane, Tunis and the border only background.",
 "zh4": "Interview with the mayor of Kufra (Akhbar Al-Khaleej, Manama): a rumoured RSF entry into Kufra via the border "
        "triangle denied, while their massing at Karb al-Tom is reported; Subul al-Salam Kufra→Maaten al-Sarra base "
        "(reported deploy) and LNA cargo planes Benina→Kufra airport (reported airlift); planned company Jalu→Tazirbu and a "
        "planned fuel-and-ammunition convoy Ajdabiya→Kufra; conditional advance Maaten al-Sarra→Jebel Uweinat. Refugees from "
        "Darfur and Chad are no moves; patrols along the border add no movement.",
 "zh5": "Interview with the GNA commander at the Wazin crossing (Al-Chourouk, Tunis): 'we arrived' Al-Watiya base→Wazin via "
        "Nalut and six ammunition trucks from Zintan followed (reported); rumoured foreign gunmen into Ghadames across the "
        "border with Algeria denied; a planned flight Mitiga→Ghadames airport; a conditional company Nalut→Ghadames; "
        "Tunisian army units Tataouine→Dehiba (reported). Ras Ajdir, Wazin and Medenine in the closing trade paragraph are "
        "no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zh1", "zh2", "zh3", "zh4", "zh5")
