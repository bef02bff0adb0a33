# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 # Saudi Arabia
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "kaia": ("airport", "SA", 21.6796, 39.1565, "King Abdulaziz International Airport"),   # K
 "makkah": ("city", "SA", 21.42664, 39.82563, "Mecca"),                                 # G (row مكة, written مكة المكرمة)
 "mina": ("district", "SA", 21.4133, 39.8933, "Mina"),                                  # K
 "arafat": ("region", "SA", 21.3549, 39.9842, "Arafat"),                                # K
 # Libya: Fezzan and the south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),              # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G (row جبل أكاكوس)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),          # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata Airport"),           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                          # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 # Libya: east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tukrah": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
}

TRAPS = {
 "qrn1": ["مجلة العربي", "مهرجان غات السياحي الدولي", "الجزائريتين", "الجزائرية", "جزائرية", "الجزائري",
          "طارق بن زياد", "المبالغات", "لغات", "أحمد الغاتي"],
 "qrn2": ["مهرجان غدامس", "جوهرة الصحراء", "مجلة الدوحة", "المدرجة", "التونسيين", "اللواء 111 مجحفل", "زنتانية",
          "جزائرية", "الجزائري", "ليبية", "إبراهيم الغدامسي", "درجات الحرارة"],
 "qrn3": ["شهداء بنينا", "دبي الرياضية", "الأهلي بنغازي", "الدوري الليبي", "اللواء 106 مجحفل", "مصري",
          "الاتحاد الليبي لكرة القدم", "الصاعقة", "النيجيري", "التونسي", "المدرجات"],
 "qrn4": ["جامعة الزيتونة", "الفنار للإعلام", "اللبنانية", "اللبناني", "الكانيات", "اللواء 444 قتال"],
 "qrn5": ["الحج والعمرة", "سبل السلام", "يوم عرفة", "الليبيون", "سالم الكفراوي"],
}

PHEN = {
 "qrn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qrn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qrn3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_neighbours"],
 "qrn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli"],
 "qrn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrn1": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["أكاكوس"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "qrn2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس", "مطار غدامس"], ["نالوت", "درج"]),
  mv("deploy", "reported", "GNA forces", ["غدامس"], ["الحدود مع الجزائر"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["غدامس"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
 ],
 "qrn3": [
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["بنغازي"]),
  mv("deploy", "planned", "Libyan National Army", ["الأبيار"], ["مطار بنينا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أجدابيا"], []),
  mv("redeploy", "denied", "Libyan National Army", ["درنة"], ["بنغازي"]),
 ],
 "qrn4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", ["مطار معيتيقة"], ["ترهونة"]),
  mv("reinforce", "conditional", "GNA forces", ["القره بوللي"], []),
  mv("advance", "denied", None, ["بني وليد"], ["ترهونة"]),
 ],
 "qrn5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["اجدابيا"], ["جالو"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("deploy", "planned", "Libyan National Army", [], ["بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["جالو"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["تازربو"], ["الكفرة"]),
 ],
}

NOTES = {
 "qrn1": "Kuwaiti cultural monthly (Al-Arabi) from Ghat on the Ghat tourism festival: an LNA military-police airlift "
         "Tamanhint air base→Ghat airport, a planned Tariq bin Ziyad patrol Ghat→Akakus escorting tourists, a "
         "conditional reinforcement Sabha→Ghat (the border with Algeria only inside the condition), a denied border-guard "
         "pull-out Isayen crossing→Ghat and an Algerian army reinforcement Illizi→Djanet; the tourists' charter flight "
         "from Mitiga, the Algerian troupes crossing at Isayen, the troupes from Djanet/Tamanrasset/Niger/Mali, the road "
         "closure towards Al-Awaynat and Tripoli's unpaid funds are not movements; the festival name, «المبالغات», "
         "«بلغات» and «أحمد الغاتي» hold غات.",
 "qrn2": "Qatari cultural monthly (Al-Doha) from Ghadames on the Ghadames festival: a GNU 111 Brigade column "
         "Tripoli→Ghadames and around Ghadames airport via Nalut and Derj, border-guard patrols Ghadames→the border "
         "with Algeria, a planned military airlift Mitiga base→Ghadames airport, a Zintani battalion's conditional move "
         "Zintan→Ghadames and Algeria's denied massing in Debdeb; Tunisian visitors' buses via the Wazin crossing and "
         "Nalut, the civilian flight Mitiga→Ghadames airport, a folk troupe from Doha, the Hamada al-Hamra road "
         "closure and Ghadames as a distance reference («قبالة غدامس») are not movement places; «مجلة الدوحة» holds "
         "الدوحة, «المدرجة» and «درجات الحرارة» hold درج, «الغدامسي» holds غدامس.",
 "qrn3": "Emirati sports channel site (Dubai Sports) from Benghazi on the Al-Ahly–Al-Nasr derby: LNA military police "
         "and the 106 Brigade Al-Marj→Benghazi, a planned Saiqa company Al-Abyar→Benina airport, a conditional "
         "reinforcement from Ajdabiya (no destination written) and a denied battalion Derna→Benghazi; fans' buses from "
         "Tocra and Al-Abyar, the Egyptian referees' flight Cairo→Benina airport, the road closure and a player back "
         "from a camp in Dubai are not movements; «شهداء بنينا» (stadium), «الأهلي بنغازي» (club) and «دبي الرياضية» "
         "(outlet) hold place names.",
 "qrn4": "Higher-education site (Al-Fanar Media) from Tarhuna on Az-Zaytuna University's graduation: a 444 Brigade "
         "company Tripoli→Tarhuna, a planned escort of guest delegations Mitiga airport→Tarhuna, a conditional "
         "reinforcement from Garabulli (Msallata only in the condition) and a denied armed column Bani Walid→Tarhuna "
         "(owner not named, actor null); the Kaniyat's 2020 withdrawal from Tarhuna is past background, the student's "
         "commute Misrata↔Tarhuna and graduates' home towns are civilian; Tripoli (Libya) and Tripoli (Lebanon) both "
         "occur.",
 "qrn5": "Saudi Hajj ministry monthly (Hajj and Umrah) from Jeddah on Libyan pilgrims: a Subul al-Salam company "
         "escorting the Kufra pilgrims' buses Kufra→Ajdabiya via Jalu, a planned Eid company Tobruk→Amsaad crossing, "
         "planned Eid patrols in Benghazi, a conditional reinforcement Kufra→Jalu, an LNA ammunition-and-spares "
         "shipment Benghazi→Kufra by truck and a denied patrol pull-back Tazirbu→Kufra; the pilgrims' flights (Benina, Mitiga, Misrata→King Abdulaziz airport), the buses to Mecca, "
         "Kufra→Benghazi, travellers to Egypt and the rites Mecca→Mina→Arafat are civilian; «يوم عرفة» is a date.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrn1", "qrn2", "qrn3", "qrn4", "qrn5")
