# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G (country row, not Kuwait City)
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.365, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 # qdu1 the Karama parade in Benghazi (Al-Quds Al-Arabi)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base row: README 'point near Hun/Waddan')
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # qdu2 the cadets' graduation in Janzour (Al-Jarida)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qdu3 the «درع البحر 2026» exercise at Misrata (Sada El Balad)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # qdu4 the southern graduation parade in Sabha (Monte Carlo Doualiya)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qahira": ("district", "LY", 27.035, 14.430, "Al-Qahira neighbourhood, Sabha"),        # K
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (written براك الشاطئ)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qdu5 the Navy Day parade off Tripoli (Akhbar Al Khaleej)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G (row أبو كماش)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
}

TRAPS = {
 "qdu1": ["القدس العربي", "الجيش الوطني الليبي", "عملية الكرامة", "الجديد", "فرج الزنتاني", "لواء طارق بن زياد",
          "إدريس المغربي"],
 "qdu2": ["الجريدة", "محمد الطرابلسي"],
 "qdu3": ["درع البحر 2026", "صدى البلد", "الكتائب المصراتية", "الشاطئ", "السواحل الليبية", "البنيان المرصوص",
          "القوات المسلحة التركية"],
 "qdu4": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "عبد الله إدريس", "اللواء 128", "المعارضة التشادية",
          "الفيلق الأفريقي الروسي"],
 "qdu5": ["أخبار الخليج", "البحرية الليبية", "قوة حماية طرابلس", "علي الخمسي", "ابن عوف"],
}

PHEN = {
 "qdu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdu2": ["clitics", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "ambiguity_country_capital",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qdu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "countries"],
 "qdu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdu1": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة بنينا"]),
  mv("redeploy", "reported", "Libyan National Army", ["اجدابيا"], ["بنغازي"], ["قمينس"]),
  mv("shipment", "reported", "Libyan National Army", [], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["سرت", "راس لانوف"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["الكفرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"]),
 ],
 "qdu2": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("airlift", "planned", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Zintan forces", ["العزيزية"]),
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء طرابلس"]),
 ],
 "qdu3": [
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["مطار مصراتة"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["تاورغاء"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["بويرات الحسون"]),
  mv("mobilise", "denied", "Syrian mercenaries", [], ["مطار مصراتة"]),
 ],
 "qdu4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم الجوية"], ["مطار سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["أم الأرانب", "القطرون"]),
  mv("deploy", "planned", "Libyan National Army", [], ["حقل الشرارة", "حقل الفيل"]),
  mv("advance", "conditional", "Libyan National Army", ["براك الشاطئ"], ["مرزق"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "qdu5": [
  mv("redeploy", "reported", "GNA forces", ["ميناء مصراتة"], ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["تاجوراء"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["مصراتة"]),
  mv("mobilise", "conditional", "GNA forces", [], ["أبوكماش"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "qdu1": "Karama-anniversary parade in Benghazi: an LNA airlift of tanks Jufra air base→Benina base (the headline's "
         "'from Jufra' repeats it), a 70-vehicle column Ajdabiya→Benghazi via Qaminis, the Tariq bin Ziyad brigade's "
         "planned return Benghazi→Sirte, a conditional reinforcement of Kufra (Sudan and the border triangle only the "
         "condition; Benghazi only the distance reference) and a denied pull-out from Derna. Tripoli is only the seat "
         "of the Presidential Council; Benghazi as dateline and venue is not a movement place.",
 "qdu2": "Cadets' graduation at the Military Academy in Janzour: a GNA battalion of new graduates Tripoli→Ghadames via "
         "Nalut, a planned Turkish training flight to Al-Watiya base (Tripoli and Ankara only the two signatories), "
         "Zintan's conditional pull-out from Al-Aziziyah (Gharyan only on the road in the condition), and a denied "
         "ammunition shipment from the port of Tripoli in northern Lebanon to the port of Tripoli (Libya); "
         "northern Lebanon only locates the Lebanese port.",
 "qdu3": "Turkish-Libyan exercise at Misrata: Turkish cargo planes Konya→Misrata airport, Misrata brigades' 60 "
         "vehicles Misrata→a range at Tawergha ('40 km' adds no place), a planned Turkish marine landing at Misrata "
         "port, a conditional advance Tawergha→Buwairat al-Hassoun (Sirte only in the condition), and a denied "
         "airlift of Syrian mercenaries from northern Syria to Misrata airport. Sirte (2016 operation), Tripoli "
         "(minister's visit), Cairo and western Libya are background.",
 "qdu4": "Southern graduation parade in Sabha's Al-Qahira district (not Cairo): an LNA airlift Al-Khadim air base→"
         "Sabha airport, a company of graduates Sabha→the Tummo crossing via Umm al-Aranib and Al-Qatrun (Niger only "
         "names the crossing's border), 200 graduates planned for the Sharara and El Feel fields, a conditional "
         "reinforcement Brak (written براك الشاطئ)→Murzuq (the Chad border is the condition), and a denied Russian "
         "Africa Corps move Brak air base→Sabha. The graduates' home towns (Idri, Brak, Ubari, Murzuq) and migrants "
         "crossing Fezzan are not movements.",
 "qdu5": "Navy Day parade off Tripoli: six GNA patrol boats Misrata port→Abu Sitta naval base via Khoms port, a "
         "demonstration landing of 90 marines Abu Sitta→Tajoura beach, the boats' planned return Tripoli→Misrata, a "
         "conditional deployment to Abu Kammash (Zuwara only locates it; the Tunisian border is in the condition), "
         "and a denied Turkish frigate landing special forces at Tripoli port. Tunisia, Malta and Bahrain send "
         "delegations; Italy supplied boats; the western coast is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdu1", "qdu2", "qdu3", "qdu4", "qdu5")
