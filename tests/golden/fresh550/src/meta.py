# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 # uf1 Zawiya (UN News)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (Al Jafara district row)
 # uf2 Ras Ajdir / Ben Gardane (Jawhara FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "rasajdir_short": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"), # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (Tripolitania row)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                       # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tnside": ("region", "TN", 33.00, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
 # uf3 Derna (Mada Masr)
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba air base"),                # G* (town row)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),        # G
 "derna_port": ("crossing", "LY", 32.770, 22.650, "Derna port"),                        # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # uf4 Tarhuna (Al-Jarida)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 # uf5 Fezzan (Lusail)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
}

TRAPS = {
 "uf1": ["قناة ليبيا الأحرار", "الزاوية الإنسانية", "الليبية"],
 "uf2": ["الجوهرة أف أم", "أنيس الزواري", "منجي الطرابلسي", "الليبية", "التونسي"],
 "uf3": ["مدى مصر", "الجيش الوطني الليبي", "صندوق التنمية وإعادة إعمار ليبيا", "اللواء طارق بن زياد", "المصرية"],
 "uf4": ["قناة ليبيا الأحرار", "عبد السلام الترهوني", "اللواء 444 قتال", "منطقة طرابلس العسكرية", "مصراتية",
         "ما ادري"],
 "uf5": ["لوسيل", "لغات"],
}

PHEN = {
 "uf1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "coverage_oil", "vague_area", "countries"],
 "uf2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "town_vs_district", "vague_area", "countries"],
 "uf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "ambiguity_country_capital", "countries"],
 "uf4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "countries"],
 "uf5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "uf1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("deploy", "planned", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("withdraw", "conditional", "GNA forces", ["الحرشة"], ["الزاوية"]),
  mv("shipment", "reported", None, ["مصراته"], ["الزاوية"]),
  mv("mobilise", "denied", "Zintan forces", [], ["ورشفانة"]),
 ],
 "uf2": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "planned", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("naval_landing", "conditional", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
  mv("shipment", "denied", None, [], ["زوارة"], ["معبر رأس جدير"]),
 ],
 "uf3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["القبة"]),
  mv("withdraw", "planned", "Libyan National Army", ["الفتائح"], ["قاعدة مرتوبة"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"], ["طبرق"]),
  mv("airlift", "conditional", "Egyptian army", ["مطار مرسى مطروح"], ["مطار الأبرق"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء درنة"]),
 ],
 "uf4": [
  mv("redeploy", "reported", "GNA forces", ["بني وليد"], ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة", "مسلاتة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["زليتن"]),
  mv("deploy", "conditional", "Misrata forces", ["زليتن"], ["مسلاتة"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["بني وليد"]),
 ],
 "uf5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
  mv("deploy", "conditional", "Libyan National Army", ["إدري"], ["مرزق"]),
  mv("redeploy", "denied", "Libyan National Army", ["سبها"], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "uf1": "UN News Arabic on Zawiya: UNSMIL statement, IOM displacement to Surman/Al-Ajaylat/Janzour, an IOM truck convoy "
        "from Tripoli and a WHO medical evacuation (none movements) beside a GNA reinforcement Tripoli->Zawiya via "
        "Janzour and Al-Maya (destination written «المدينة»), a planned neutral force at the refinery, a conditional "
        "pull-back Al-Harsha->«مقارها داخل المدينة» (Zawiya) and Zintan's denied deployment to Warshefana.",
 "uf2": "Jawhara FM (Medenine) on Ras Ajdir: 212 Tunisians returning, IOM transfers of migrants to Zarzis and "
        "Djerba airport, Libyan families crossing to Ben Gardane (none movements) beside a Tunisian army "
        "reinforcement Gabes->Ben Gardane, planned border patrols, a conditional GNU Interior force Tripoli->Zuwara "
        "and a denied Tunisian entry into Abu Kammash.",
 "uf3": "Mada Masr on Derna: 140 displaced families returning by bus from Benghazi/Tobruk/Al-Bayda, a WFP convoy "
        "and UNICEF kits, Egyptian workers via Amsaad (none movements) beside an LNA company Benghazi->Derna via "
        "Al-Qubba, a planned pull-back Al-Fataih->Martuba base, the Tariq bin Ziyad brigade's denied Derna->Tobruk "
        "pull-out and a conditional Egyptian unit Marsa Matruh->Derna via the Amsaad crossing.",
 "uf4": "Al-Jarida (Kuwait) on Tarhuna: displaced families returning from Bani Walid and Sirte with UNSMIL/IOM "
        "(none movements) beside the 444 Brigade Bani Walid->Tarhuna, a planned Interior force Tripoli->Tarhuna/"
        "Msallata, a conditional Misrata move to Msallata and the LNA's denied Sirte->Bani Walid advance.",
 "uf5": "Lusail (Qatar) wire copy on Fezzan: an IOM return flight Sabha airport->Niamey and a WFP convoy "
        "Misrata->Sabha via Hun (none movements) beside an LNA reinforcement Sabha->Ghat via Ubari and Al-Awaynat, "
        "planned patrols Qatrun->the Niger border, a conditional Brak->Murzuq move and a denied Sabha->Jufra air "
        "base transfer.",
}

# Read by /work/main/tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uf1", "uf2", "uf3", "uf4", "uf5")
