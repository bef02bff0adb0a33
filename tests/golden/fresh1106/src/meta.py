# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                                 # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                              # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                # G
 # Libya, west and Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية, written قاعدة الوطية الجوية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                 # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                      # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                        # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),   # G* (row منفذ وازن)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 "border_ly_dz_gh": ("region", "LY", 29.9, 10.1, "Libya-Algeria border near Ghadames (Libya side)"),  # K
 # Libya, Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "wadi_atba": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                            # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                    # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                              # G (row البركات, written البركت)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                       # G* (row جبل أكاكوس, written أكاكوس)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G (row تونس, written تونس العاصمة)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G (also written بنقردان)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "border_tn_ly": ("region", "TN", 33.0, 11.3, "Tunisia-Libya border (Tunisia side)"),       # K
}

TRAPS = {
 "qpq1": ["كما درج", "درجات الحرارة", "سالم الغدامسي", "الشمالية"],
 "qpq2": ["الكرامة ميديا", "السبهاوي", "كتيبة طارق بن زياد", "الكتيبة 128 مشاة", "ثانوية شهداء تمنهنت", "مبالغات"],
 "qpq3": ["مهرجان غدامس السياحي الدولي", "جوهرة الصحراء", "البيت الغدامسي", "الجزائري", "المدرجة"],
 "qpq4": ["الليبيين", "ليبياً", "ليبي", "ليبية", "التوازن", "تجربة"],
 "qpq5": ["مرآة البحرين", "مهرجان غات السياحي الدولي", "مهرجان سبها الثقافي", "لغات", "المبالغات",
          "اللواء طارق بن زياد", "الجزائري"],
}

PHEN = {
 "qpq1": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qpq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases"],
 "qpq3": ["clitics", "multiword", "common_word_trap", "nisba", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qpq4": ["clitics", "spelling", "multiword", "common_word_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpq1": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["درج"]),
  mv("redeploy", "planned", "GNA forces", ["غدامس"], ["سيناون"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["درج"]),
  mv("deploy", "denied", "Zintan forces", [], ["درج"]),
 ],
 "qpq2": [
  mv("deploy", "reported", "Libyan National Army", ["مطار سبها"], ["أوباري", "غات", "مرزق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["تراغن", "القطرون"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"]),
  mv("withdraw", "denied", "Libyan National Army", ["مرزق"], ["سبها"]),
 ],
 "qpq3": [
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", [], ["الحدود مع الجزائر"]),
  mv("reinforce", "conditional", "GNA forces", ["درج"], ["غدامس"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
 ],
 "qpq4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("reinforce", "planned", None, ["تطاوين"], ["الذهيبة", "معبر الذهيبة وازن"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["رأس جدير"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["رمادة"]),
 ],
 "qpq5": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
 ],
}

NOTES = {
 "qpq1": "Derj municipal council's media-office post on the Eid al-Fitr security plan: a GNU police patrol from the "
         "Nalut security directorate arrived in Derj (reported), a border-guard company to move Ghadames→Sinawen "
         "(planned), GNU reinforcements Tripoli→Derj only if the Hamada al-Hamra road sees breaches (conditional), "
         "and a denied Zintani column stationed at Derj's northern gate (actor Zintan forces; Zintan is the owner, not "
         "the origin); the Misrata Ramadan aid convoy, school buses, Umrah returnees via Mitiga, travellers to Algeria "
         "via Debdeb and to the Tunisian border, Tripoli as a promising government, «كما درج» (as is customary) and "
         "«درجات الحرارة» (temperatures) are not movements or movement places.",
 "qpq2": "Libyan news site (Al-Karama Media) from Sabha on the secondary-certificate exams: the exam papers flown "
         "Mitiga→Sabha airport on a civilian plane (not a movement), a Tariq bin Ziyad company escorting the trucks "
         "from the airport to Ubari, Ghat and Murzuq (the escort = deploy reported), the 128th to deploy in Traghen and "
         "Al-Qatrun (planned), LNA reinforcements Tamanhint base→Ubari if the centres are attacked (conditional) and a "
         "denied pull-out of the 128th Murzuq→Sabha; Brak's unescorted share, school buses from Wadi Utbah, Tripoli's "
         "ministry and the Benghazi government are not movement places; السبهاوي holds سبها, «مبالغات» holds غات, the "
         "school «ثانوية شهداء تمنهنت» holds Tamanhint.",
 "qpq3": "Libya's General Authority for Tourism on the Ghadames international festival: a tourists' convoy Tripoli→"
         "Ghadames via Nalut and Derj and a charter flight Mitiga→Ghadames airport (civilian, no moves), a military "
         "plane carrying a General Staff support force Al-Watiya air base→Ghadames airport (airlift reported), joint "
         "army/border-guard patrols along the border with Algeria (planned), border-guard reinforcements Derj→Ghadames "
         "if visitors exceed capacity (conditional) and a denied Algerian army crossing Debdeb→Ghadames; the festival "
         "name, «البيت الغدامسي», «الجزائري» and «المدرجة» (holds درج) are traps.",
 "qpq4": "Tunisian daily-style report (Zoom Tunisia) from Ben Gardane before Eid al-Adha: 11,000 Libyan travellers via "
         "Ras Ajdir to Djerba, Zarzis and Sfax and pilgrims' buses to Djerba-Zarzis airport (civilian), Tunisian army "
         "reinforcements Medenine→Ben Gardane and the border buffer zone (reported), a National Guard unit "
         "Tataouine→Dehiba and the Dehiba-Wazin crossing (planned, actor null), a GNU Interior force Zuwara→Ras Ajdir "
         "if smuggling recurs (conditional) and a denied army pull-back Dehiba→Remada; sheep trucks from Libya, last "
         "year's closure, Tunis as central administration, «تجربة» (holds جربة), «التوازن» (holds وازن) and «ليبياً» are "
         "not movements or movement places.",
 "qpq5": "Bahrain Mirror special report from Ghat on the Ghat international festival: Gulf tourists flown Mitiga→Ghat "
         "airport and a camel caravan from Al-Barakat (civilian), a Tariq bin Ziyad column Ubari→Ghat via Al-Awaynat "
         "(reported), a border-guard company Ghat→Isayen crossing (planned), an airlift Brak air base→Ghat airport if "
         "the municipal council asks (conditional) and a denied Algerian army approach Djanet→Ghat; the festival names "
         "(Ghat, Sabha), «لغات» and «المبالغات» (hold غات), the outlet name (holds البحرين) and the overland road from "
         "Sabha are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpq1", "qpq2", "qpq3", "qpq4", "qpq5")
