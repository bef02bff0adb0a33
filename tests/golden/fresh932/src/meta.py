# Gold metadata for fresh932 (qix1-qix5), written blind to the extractor.
# P: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (grep -F in data/gazetteer.csv),
# K = own knowledge (listed in the README), G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qix1 Sallum (Al-Musawwar)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 # qix2 Sabha (Al-Watan Al-Arabi)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tamanhint_airport": ("airport", "LY", 27.24010, 14.65630, "Tamanhint Airport"),       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك; written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G* (row قلعة سبها, written قلعة القاهرة)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qix3 Gharyan (Al-Hawadeth)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "nafusa": ("region", "LY", 31.95, 12.0, "Jabal Nafusa (Western Mountain)"),            # K
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # qix4 Ben Gardane (7iber)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان; written بنقردان)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_side": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),  # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 # qix5 Kufra (Assafir Al-Arabi)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
}

TRAPS = {
 "qix1": ["المصوّر", "شريف الإسكندراني", "عبد المنعم رياض", "المصري", "المنطقة الغربية العسكرية", "غير مطروح",
          "الجيش الوطني الليبي", "مصرية"],
 "qix2": ["الوطن العربي", "نادية المرزوقي", "إدريس", "الجيش الوطني الليبي", "تطهير الجنوب", "الإيطاليون",
          "طارق بن زياد", "التشادية", "الفيلق الأفريقي", "الروسي"],
 "qix3": ["الحوادث", "رامي الطرابلسي", "اللبنانية", "الجيش الوطني الليبي", "بركان الغضب", "على الأصابع",
          "الصادق الغرياني"],
 "qix4": ["حبر", "سلمى العقباوي", "المنصف باي", "مقهى طرابلس", "التونسي", "الصبر الجميل", "موزاييك أف أم",
          "تونسي", "الليبية", "فجر ليبيا", "الكرامة"],
 "qix5": ["السفير العربي", "عمر السوداني", "الأخبار السارة", "درع ليبيا", "سبل السلام", "الجيش الوطني الليبي",
          "الدعم السريع", "إدريس", "تشاديين", "المياه الجوفية", "سوداني"],
}

PHEN = {
 "qix1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qix2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qix3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district"],
 "qix4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qix5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qix1": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("reinforce", "reported", "Egyptian army", ["الإسكندرية"], ["السلوم"]),
  mv("naval_landing", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qix2": [
  mv("advance", "reported", "Libyan National Army", ["براك الشاطئ"], ["سبـها"]),
  mv("airlift", "reported", "Wagner Group", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
 ],
 "qix3": [
  mv("advance", "reported", "Libyan National Army", ["الجفرة"], ["غريان"], ["مزدة"]),
  mv("withdraw", "reported", "Libyan National Army", ["غريان"], ["ترهونة"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("reinforce", "planned", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["مزدة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
 ],
 "qix4": [
  mv("advance", "reported", None, ["صبراتة"], ["بنقردان"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  mv("redeploy", "conditional", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("shipment", "denied", None, ["بنقردان"], ["أبو كماش"]),
 ],
 "qix5": [
  mv("deploy", "reported", None, ["بنغازي"], ["الكفرة"]),
  mv("shipment", "reported", None, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], ["جبل العوينات"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["ربيانة"], ["تيبستي"]),
 ],
}

NOTES = {
 "qix1": "Magazine travelogue to Sallum: the reporter's own bus ride Cairo→El Alamein→Marsa Matruh→Sallum and the "
         "2011 flight of civilian workers from Benghazi and Tobruk are not movements; the 2020 flashback Egyptian "
         "columns Marsa Matruh→Sidi Barrani (anaphora «في محيطها»), a reported battalion Alexandria→Sallum, a "
         "conditional marine landing on «ساحل المدينة» (= Sallum; the border only in the condition), a planned LNA "
         "battalion Tobruk→«البلدة الحدودية» (= Emsaed, first named as the phoning official's town) and a denied "
         "Egyptian entry into Jaghbub (Jaghbub first only the purpose of the LNA move); 'غير مطروح' is a common word "
         "beside Marsa Matruh, the Western Desert is Egypt's.",
 "qix2": "Sabha feature: the reporter's flights Paris→Tunis→Benina airport→Tamanhint airport and drive to Sabha are "
         "civilian; flashbacks of the LNA's January 2019 entry into Sabha (written سبـها with tatweel) from Brak "
         "al-Shati and Wagner flown from Al-Jufra to Brak air base in 2020; this week's Tariq bin Ziyad column "
         "Sabha→Ubari (Sharara only the purpose), a planned airlift Benina base→Tamanhint base, a conditional advance "
         "Sabha→Al-Qatrun and a denied Africa Corps pull-out Brak air base→Niger; the castle «قلعة القاهرة» is a "
         "Sabha landmark, not Cairo; the driver Idris comes from Idri; Murzuq and Fezzan only background.",
 "qix3": "Gharyan feature by a reporter from Tripoli in Lebanon (his surname and a Libyan officer's joke name it): "
         "the drive Tripoli→Gharyan via the Aziziya checkpoint is civilian; flashbacks of the LNA's April 2019 entry "
         "Jufra→Gharyan via Mizda and its pull-out from «المدينة» to Tarhuna; this week a Zintan force Zintan→"
         "Al-Asabiah ('على الأصابع' is a common word), a planned GNU battalion Tripoli→Gharyan, Zintan's conditional "
         "massing in Mizda (Ash Shwayrif only in the condition) and the LNA's denied massing in Ash Shwayrif "
         "(Benghazi only the LNA media office).",
 "qix4": "Ben Gardane (written بنقردان) reportage: the reporter's louage Tunis→Sfax→Medenine→Ben Gardane is civilian "
         "and «مقهى طرابلس» is a café; the 2016 flashback of IS gunmen Sabratha→«المدينة» (actor null) and army "
         "reinforcements Medenine→«المدينة»; this week a GNU boat landing Tripoli→Zuwara port, a planned move "
         "Zuwara→the Ras Ajdir crossing, a conditional Tunisian redeploy Remada→Dehiba and a denied arms shipment "
         "Ben Gardane→Abu Kammash (Mellitah and the border with Libya only background); 'فجر ليبيا', 'الكرامة', "
         "'الصبر الجميل' are traps.",
 "qix5": "Kufra reportage: the reporter's truck ride Ajdabiya→Jalu→past the Sarir field→Kufra is civilian; the 2012 "
         "«درع ليبيا» deployment Benghazi→«المدينة» (actor null; Tripoli only the General Staff) and the fuel-and-arms "
         "trucks from the oasis to Darfur via the Libya–Chad–Sudan triangle (actor null); this week an LNA cargo "
         "flight Benina base→Kufra airport, a planned company Kufra→Maaten al-Sarra base (the Chad border only the "
         "purpose), a denied RSF entry North Darfur→Jebel Uweinat and Chadian gunmen near Rebiana who will not "
         "withdraw to Tibesti unless paid (conditional); Kufra municipality is the mayor's office.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qix1", "qix2", "qix3", "qix4", "qix5")
