# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: area point at Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 # qcr1 Tarhuna / Gharyan (Fatabyyano, Amman)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # qcr2 Sirte and the Egyptian western border (Matsada2sh, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.20, 25.10, "Egypt-Libya border (Egyptian side)"),     # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qcr3 Sabha, Kufra and Darfur (Sanad, Doha)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 # qcr4 Tajura, Tripoli (Lebanon), Khoms and Watiya (Falso, Tripoli)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # qcr5 Chad, Jufra and Wadi al-Shati (France 24 Observers, Paris)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tibesti": ("district", "TD", 20.30159, 16.62370, "Tibesti"),                          # G
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "border_td": ("region", "TD", 21.80, 17.60, "Chad-Libya border (Chadian side)"),       # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
}

TRAPS = {
 "qcr1": ["قوة حماية طرابلس", "غريان اليوم", "الجيش الوطني الليبي", "طوفان الكرامة", "الزاوية نفسها",
          "اللواء 444 قتال", "عبد السلام الترهوني", "الليبية"],
 "qcr2": ["مصري", "الجيش المصري", "حسم 2020", "جمال عبد الناصر", "الجيش الوطني الليبي", "القاهرة الإخبارية",
          "غرفة عمليات تحرير سرت - الجفرة", "المصراتية"],
 "qcr3": ["قوات سودانية", "شبكة الجزيرة", "الجيش الوطني الليبي", "قوات الدعم السريع", "إدريس الأنصاري"],
 "qcr4": ["مصراتي", "اللبنانية", "ليبيا الأحرار", "لبناني", "الليبية", "التركية", "تركياً", "عبد الله الزنتاني"],
 "qcr5": ["تشادي", "فرانس 24", "التشادية", "جبهة التناوب والوفاق في تشاد", "إدريس ديبي", "الجيش الوطني الليبي",
          "ربح مالي"],
}

PHEN = {
 "qcr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district"],
 "qcr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcr3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qcr4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qcr5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcr1": [
  mv("advance", "denied", "Libyan National Army", ["ترهونه"], ["طرابلس"]),
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["غريان"], ["مزدة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("redeploy", "planned", "GNA forces", ["تاجوراء"], ["القره بوللي"]),
  mv("reinforce", "conditional", "GNA forces", [], ["بني وليد"]),
 ],
 "qcr2": [
  mv("naval_landing", "denied", "Egyptian army", [], ["سرت"]),
  mv("naval_landing", "reported", "Egyptian army", [], ["سيدي براني"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("withdraw", "planned", "Misrata forces", ["الوشكة"], ["مصراته"]),
 ],
 "qcr3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("advance", "denied", "Sudanese armed groups", ["الحدود مع السودان"], ["الكفرة"]),
  mv("advance", "reported", "Sudanese armed groups", [], ["الجنينة"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["مطار الكفرة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["حقل الفيل"]),
 ],
 "qcr4": [
  mv("mobilise", "denied", "Misrata forces", ["مصراته"], ["تاجوراء"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("advance", "conditional", "Zintan forces", [], ["العزيزية"]),
 ],
 "qcr5": [
  mv("advance", "denied", "Chadian armed groups", ["الجفرة"], ["سرت"]),
  mv("advance", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["كانم"], ["تبستي"]),
  mv("mobilise", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار القرضابية"]),
 ],
}

NOTES = {
 "qcr1": "Fatabyyano debunks a clip captioned 'the army column leaving Tarhuna (spelled ترهونه) for Tripoli': denied "
         "LNA advance Tarhuna→Tripoli (the LNA says it has had no presence in Tarhuna municipality since 2020); the "
         "footage is the LNA's entry into Gharyan from Ash Shwayrif via Mizdah on 4 April 2019 (reported, historical). "
         "A real clip shows a GNA-aligned brigade Tripoli→Tarhuna (reported); a planned company Tajura→Garabulli; a "
         "conditional reinforcement of Bani Walid. Amman is only the dateline; 'Tripoli Protection Force' and the page "
         "'Gharyan Today' are traps; the Gharyan in the headline is where the footage was filmed.",
 "qcr2": "Matsada2sh debunks 'Egyptian landing in Sirte' (denied naval landing): the footage is a Hasm 2020 landing "
         "near Sidi Barrani on 16 July 2020 (reported, historical); the Sirte–Jufra 'red line' and the Libyan border "
         "are not movement places; Egyptian units in Marsa Matruh would move to Sallum only if the border is threatened "
         "(conditional; the Sallum land port only a normal-traffic remark); an LNA transfer Jufra air base→Gardabiya "
         "base ('20 km south of Sirte' a distance reference) is confirmed; Misrata brigades plan to pull 15 vehicles "
         "from Al-Washka back to Misrata (spelled مصراته). Cairo is the dateline.",
 "qcr3": "Sanad confirms a 'heading to Sabha' clip: an LNA column Brak air base→Sabha (geolocated on the Brak–Sabha "
         "road at the Tamanhint turn-off: Brak town and Tamanhint base are only footage locators); debunks 'Sudanese "
         "forces advancing from the border with Sudan to Kufra' (denied) as RSF entering Geneina, West Darfur, in June "
         "2023 (reported, historical); a planned airlift Sabha airport→Kufra airport; a conditional deployment to the "
         "El Feel field (Murzuq only locates it); Murzuq district and Niger only in a background remark. Doha is the "
         "dateline.",
 "qcr4": "Falso debunks 'Misrata brigades massing in Tajura' (denied mobilise; the spokesman adds that nothing left "
         "Misrata, so Misrata is its origin; Tripoli in the caption is only the object of worry): the footage is from "
         "Bab al-Tabbaneh in Tripoli, Lebanon, March 2013 (no canonical force, no movement). A Turkish shipment "
         "Mersin→Khoms port is confirmed (Ankara only where the ministry spoke); 150 Turkish soldiers are to leave "
         "Al-Watiya base (planned, no destination; the border with Tunisia a distance reference); Zintan forces would "
         "move on Al-Aziziyah only if approached (conditional). Tunis is where the first poster lives.",
 "qcr5": "France 24 Observers debunk 'Chadian rebels moving from Jufra to Sirte' (denied advance; Algeria, Tunisia and "
         "Egypt are only where accounts reposted it): the footage is FACT's April 2021 offensive from southern Libya "
         "through Tibesti towards Kanem (reported, historical; the border with Libya, seen from Chad, only a distance "
         "reference). A recent clip shows ~50 LNA vehicles massing in Idri, Wadi al-Shati, coming from Brak "
         "(reported; Sharara field only a distance reference); a planned fuel-and-ammunition shipment Sabha→Idri; a "
         "conditional airlift Jufra air base→Gardabiya airport if Sirte is threatened. Paris is the dateline; "
         "'Idris Deby' contains Idri.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcr1", "qcr2", "qcr3", "qcr4", "qcr5")
