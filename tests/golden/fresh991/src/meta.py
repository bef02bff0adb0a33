# Gold metadata for fresh991 (qle1-qle5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row found with grep -F in /work/main/data/gazetteer.csv; K = own knowledge or a representative
# point (see README "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة; qle3 spelled مصراته)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qle1 joint HoR-HCS committee in Bouznika (Al-Alam)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row name_ar ربات)
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G* (row Casablanca, name_ar أنفا)
 # qle2 HoR session in Benghazi (Madar Al-Saa)
 "southwest": ("region", "LY", 26.00000, 12.00000, "South-western Libya"),              # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت; spelled تمنهنط)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا; spelled اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 # qle3 HCS session in Tripoli (Anhaa)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qle4 HoR session in Sirte seen from Beirut (Sawt Beirut International)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qle5 HoR committees' report in Tobruk (INA)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G* (row درج; written الدرج)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
}

TRAPS = {
 "qle1": ["العلم", "المغربية", "الليبية", "السوريين", "السودانيين", "تشاديين", "روسية", "سالم الزليتني", "التركي",
          "الفيلق الإفريقي", "تحت القبة"],
 "qle2": ["مدار الساعة", "الليبي", "مخصصات مالية", "علي السبهاوي", "النيجري", "إدريس الطاهر",
          "عملية تأمين الجنوب الغربي", "ليبيا الحدث", "الملف المالي"],
 "qle3": ["أنحاء", "اللواء 444 قتال", "المجلس العسكري الزنتان", "قوة حماية طرابلس", "غرفة عمليات سرت الجفرة",
          "تركية", "ليبيا الأحرار", "السنوات الخمس", "هذه الزاوية"],
 "qle4": ["اللبنانية", "الليبي", "صوت بيروت إنترناشونال", "قاعة واغادوغو", "صالح الطرابلسي", "روسية",
          "جسر روسي", "السوري", "الفيلق الإفريقي", "الأوراق البيضاء", "الليبية"],
 "qle5": ["ليبية", "واع", "الليبي", "إدريس المغربي", "المنطقة العسكرية سبها", "الجزائري", "التونسية", "التونسي",
          "بوابة الوسط", "الباب الجديد"],
}

PHEN = {
 "qle1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qle2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qle3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "countries"],
 "qle4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "qle5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qle1": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية", "مصراتة"]),
  mv("shipment", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qle2": [
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون", "منفذ التوم"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنط"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
  mv("deploy", "reported", "Nigerien army", [], ["ماداما"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
 ],
 "qle3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["معبر رأس اجدير"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرياينة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["سرت"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
 "qle4": [
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة القرضابية"], ["نيامي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["سرت"]),
 ],
 "qle5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["الدرج"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
}

NOTES = {
 "qle1": "Closing statement of the joint HoR-HCS committee in Bouznika (venue, dateline and background only; Rabat "
         "and Casablanca only locate it): the JMC report's airlift of Syrian fighters from Al-Watiya to Turkey "
         "(reported), Sudanese fighters to leave the Kufra area towards the border with Sudan under the signed "
         "timetable (planned), Chadian gunmen massing near Umm al-Aranib (reported; 'الجنوب الليبي' only locates "
         "it), Turkish forces not leaving Al-Watiya and Misrata 'unless' the Russians leave Al-Jufra base (conditional; "
         "Jufra is the condition) and a denied Russian armour ship at Tobruk port; the demand to expel foreign forces, "
         "the MP's constituency Tobruk, the HCS member's Gharyan and 'تحت القبة' are not movements.",
 "qle2": "HoR session in Benghazi (seat, not a move) approving a budget: two LNA battalions Sabha→Al-Qatrun and the "
         "Toummo crossing (planned; Sabha also inside the rapporteur's name السبهاوي), reinforcements Jufra air base→"
         "Tamanhint base (spelled تمنهنط), a supply convoy Benghazi→Kufra via Ajdabiya and Jalu (reported), a "
         "conditional advance Al-Qatrun→the border with Niger, the Nigerien army's unit in Madama (reported; Niger "
         "also inside 'النيجري') and a denied pull-out Sharara→Ubari raised by Ubari's MP; the Murzuq MP's demand "
         "(Murzuq, Traghen), Fezzan/Kufra in the convoy's purpose, next session in Sirte are not movements.",
 "qle3": "HCS emergency session in Tripoli rejecting the HoR budget: the 444 Brigade Tripoli→Bani Walid via Tarhuna "
         "(reported; Ash-Shwayrif only the road's end), a planned GNA company Zawiya→Ras Ajdir crossing (Zawiya also "
         "in the common phrase 'هذه الزاوية'), Zintan-aligned massing in Ar-Rayayina (reported), Misrata formations "
         "not advancing on Sirte 'unless' the LNA reinforces Abu Qurayn (conditional; Misrata also the member's "
         "constituency) and a denied Turkish landing Mersin→Khoms port (Khoms also the member's seat and inside "
         "'السنوات الخمس'); Tunis the capital is background.",
 "qle4": "Beirut outlet on a HoR session in Sirte ('قاعة واغادوغو' venue trap): an MP's claim of a drone-and-ammunition "
         "ship from the port of Tripoli (Lebanon) to Misrata port for the GNU, denied by the port (cement to Misrata "
         "is not a force move), a reported Russian landing Tartus→Tobruk naval base, a planned Russian cargo airlift "
         "Gardabiya base→Niamey, and a conditional LNA reinforcement Benghazi→Sirte (Abu Qurayn and Al-Washka only "
         "the condition); Tripoli in Lebanon vs Tripoli in Libya vs the MP named الطرابلسي.",
 "qle5": "INA item on a HoR committees' report read in a closed session in Tobruk (seat only): an LNA airlift of two "
         "companies Benina air base→Ghat airport (reported; the border with Algeria is its purpose), a planned "
         "battalion Idri→Daraj (Ghadames only a distance reference; Idri also inside the chairman's name إدريس), a "
         "conditional Algerian reinforcement in Debdeb, and the Tunisian denial of an incursion Dehiba→Wazin; "
         "Algiers (city) vs Algeria (country), Nalut as the MP's town and the Sabha military zone are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qle1", "qle2", "qle3", "qle4", "qle5")
