# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind/spelling (listed in the README). No K rows in this sample.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                   # G* (row عمان, written عُمان)
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                   # G
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                  # G (row تاجوراء, written تاجورا)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),       # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),   # G* (row الحدود الليبية الجزائرية)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 # Misrata and the centre
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G (row أبوقرين, written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # Benghazi and the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G (row مطار بنينا)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G (row أجدابيا, written اجدابيا)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                   # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                 # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),              # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                 # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                    # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                 # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),               # G* (town row, kind district)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (also written اوباري)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب الليبي)
 # neighbours and beyond
 "hammamet": ("city", "TN", 36.40000, 10.61667, "Hammamet"),                              # G (row حمامات, written الحمامات)
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                   # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                  # G
}

TRAPS = {
 "qqa1": ["الكأس", "الأهلي طرابلس", "أهلي بنغازي", "ملعب طرابلس الدولي", "ملعب شهداء بنينا", "مديرية أمن طرابلس",
          "الطرابلسي", "البنغازي", "التونسي", "الليبي"],
 "qqa2": ["ليبيا الرياضية", "الاتحاد المصراتي", "المصراتي", "النصر", "مديرية أمن مصراتة", "القوة المشتركة", "الزليتني",
          "الليبيين"],
 "qqa3": ["نزوى", "معرض بنغازي", "جامعة عمر المختار", "الليالي البيضاء", "الدرناوي", "عُماني", "الليبي"],
 "qqa4": ["الكورة والملاعب", "طواف غدامس", "طواف الجزائر", "جوهرة الصحراء", "الغدامسي", "متدرج", "المصري", "الجزائري", "جزائري",
          "تونسي", "ليبية", "الليبي"],
 "qqa5": ["الجميلة", "مهرجان سبها", "اللواء طارق بن زياد", "صفاقسي", "الفزاني", "التونسية", "الليبي"],
}

PHEN = {
 "qqa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_neighbours",
          "countries"],
 "qqa2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases"],
 "qqa3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qqa4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_neighbours", "countries"],
 "qqa5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqa1": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية", "ترهونة"], ["طرابلس"]),
  mv("withdraw", "planned", "GNA forces", ["طرابلس"], ["الزاوية", "ترهونة"]),
  mv("deploy", "planned", "GNA forces", [], ["تاجورا", "جنزور"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("reinforce", "conditional", "Libyan National Army", ["المرج"], ["بنغازي"]),
 ],
 "qqa2": [
  mv("deploy", "reported", "Misrata forces", [], ["الدافنية", "تاورغاء"]),
  mv("reinforce", "planned", "GNA forces", ["زليتن"], ["مصراتة"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الوشكة"]),
  mv("withdraw", "denied", "Misrata forces", ["أبو قرين"], ["مصراتة"]),
 ],
 "qqa3": [
  mv("deploy", "reported", "Libyan National Army", ["الأبيار"], ["بنغازي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الأبرق"]),
  mv("reinforce", "conditional", "Libyan National Army", ["توكرة"], ["بنغازي"]),
  mv("naval_landing", "denied", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
 ],
 "qqa4": [
  mv("redeploy", "reported", "GNA forces", ["درج"], ["غدامس", "الحدود مع الجزائر"]),
  mv("deploy", "planned", "GNA forces", [], ["سيناون", "نالوت"]),
  mv("shipment", "reported", "GNA forces", ["الزنتان"], ["غدامس"]),
  mv("reinforce", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
 ],
 "qqa5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["سبها"]),
  mv("redeploy", "denied", "Libyan National Army", ["اوباري", "حقل الشرارة"], ["سبها"]),
 ],
}

NOTES = {
 "qqa1": "Qatari sports site (Al-Kass) from Tripoli before Al-Ahly Tripoli v Al-Ahly Benghazi: two GNU battalions "
         "Zawiya/Tarhuna→Tripoli (reported) and their planned return Tripoli→Zawiya/Tarhuna, planned military-police "
         "deployment in Tajura and Janzour, a denied armed column Misrata→Tripoli and the LNA's conditional battalion "
         "Al-Marj→Benghazi (only if the return leg has a full crowd); the team's flight Benina→Mitiga, the fans' road "
         "via Sirte and Misrata, the dateline, the speaker in Benghazi, a friendly in Hammamet and clubs/stadiums "
         "(الأهلي طرابلس، ملعب طرابلس الدولي، ملعب شهداء بنينا) and nisbas (الطرابلسي، البنغازي) are not movements.",
 "qqa2": "Libya Sport TV's website from Misrata before Al-Ittihad Al-Misrati v Al-Nasr: the Joint Force deployed at the "
         "Dafniya and Tawergha gates (reported), a planned military-police company Zliten→Misrata (GNU staff in "
         "Tripoli), the LNA's conditional advance from Al-Jufra air base to Al-Washka (Abu Qurayn only in the "
         "condition) and a denied pull-back from the Abu Qurayn fronts to Misrata; Al-Nasr's flight Benina→Misrata "
         "airport, the fans' buses Benghazi→Abu Qurayn via Ajdabiya and Sirte and their return to Benghazi are civilian; "
         "الاتحاد المصراتي، المصراتي، الزليتني and «ليبيا الرياضية» are traps.",
 "qqa3": "Omani cultural magazine (Nizwa) on the Benghazi International Book Fair: LNA military police Al-Abyar→Benghazi "
         "(reported), a planned special-forces flight Al-Khadim base→Al-Abraq airport for a poetry evening in Shahhat, "
         "a conditional company Tocra→Benghazi (if the fair is extended) and a denied naval landing Tobruk naval base→"
         "Derna port; the Omani publishers' flight Muscat→Cairo→Benina, Derna as guest of honour, poets from Tunisia "
         "and Egypt, students from Al-Bayda and Tobruk's writers are not movements; «الليالي البيضاء» holds البيضاء, "
         "«جامعة عمر المختار» a person, «معرض بنغازي» the city.",
 "qqa4": "Egyptian sports paper (Al-Kora wal-Malaeb) from Ghadames on the Ghadames cycling tour: a GNU border-guard "
         "battalion Derj→Ghadames with patrols on the border with Algeria (reported), two companies planned for "
         "Sinawen and Nalut, ammunition and fuel trucks Zintan→Ghadames (shipment), a conditional Tunisian "
         "reinforcement Remada→Borj El Khadra (the border with Tunisia only in the condition) and a denied Algerian "
         "patrol Debdeb→Ghadames; the Egyptian team's flights Cairo→Mitiga→Ghadames airport, the bikes' lorry "
         "Tripoli→Nalut and the race route to Derj are civilian; «طواف غدامس», «طواف الجزائر», «متدرج» (holds درج) are traps.",
 "qqa5": "Pan-Arab women's and lifestyle magazine site (Al-Jamila) from Sabha before a concert: the Tariq bin Ziyad brigade massing in Sabha "
         "(mobilise) with a company from Tamanhint base (deploy), a planned special-forces flight Benina air base→Sabha "
         "airport, a conditional reinforcement Brak→Sabha and a denied transfer Ubari/Sharara field→Sabha; the singer's "
         "flight Tunis-Carthage→Sabha airport, the sound trucks Tripoli→Sabha via Ash Shwayrif, families from Ubari, "
         "Murzuq and Wadi al-Shati, Tripoli's past concert and the Sabha municipality's refusal are not movements; "
         "الصفاقسي and الفزاني are singers' nisbas.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqa1", "qqa2", "qqa3", "qqa4", "qqa5")
