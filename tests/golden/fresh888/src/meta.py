# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qhf1 Sirte, Jufra and the Misrata line (Al-Jarida, Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                          # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qhf2 Kufra and the south-east (Al-Fajr, Abu Dhabi)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle_lsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا, written اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # qhf3 Zawiya, Al-Watiya and Tripoli of Lebanon (Al-Watan, Doha)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),           # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "janzur": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 # qhf4 the Tunisian border (Al-Ayam, Manama)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.5, 10.9, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن; also written معبر وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written معبر راس جدير)
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),          # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # qhf5 Russians between Syria, Al-Khadim, Jufra and Brak (Oman, Muscat)
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان JO, written عمّان)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
}

TRAPS = {
 "qhf1": ["الكويتية", "غرفة عمليات سرت الكبرى", "سالم السرتي", "ليبيا روحها الوطن",
          "الروسية", "التراب الليبي"],
 "qhf2": ["ليبيين", "تشاديين", "الإماراتية", "مالياً", "منطقة الكفرة العسكرية", "إدريس الزوي", "السودانية", "سبل السلام"],
 "qhf3": ["قطرية", "تركيتان", "صندوق قطر للتنمية", "محمد الطرابلسي", "المنطقة العسكرية الغربية",
          "وزارة الدفاع التركية", "الجزيرة مباشر"],
 "qhf4": ["تونسية", "التونسي", "البحريني", "الجيش التونسي", "النالوتي", "سرت", "المنطقة العسكرية الغربية"],
 "qhf5": ["عُمان", "الليبيين", "روسي", "إدريس الحضيري", "الفيلق الأفريقي", "السفارة الروسية", "الروسي"],
}

PHEN = {
 "qhf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qhf2": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qhf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qhf4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhf1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["هراوة"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراتة"], ["بويرات الحسون"], ["تاورغاء"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("naval_landing", "denied", "Wagner Group", ["طرطوس"], ["ميناء سرت"]),
 ],
 "qhf2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["جبل العوينات"]),
 ],
 "qhf3": [
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("advance", "conditional", "Zintan forces", [], ["بئر الغنم"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
 ],
 "qhf4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("reinforce", "conditional", "GNA forces", ["صبراتة"], ["زلطن"]),
  mv("withdraw", "denied", "GNA forces", ["نالوت"], ["الزنتان"]),
 ],
 "qhf5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["مالي"]),
 ],
}

NOTES = {
 "qhf1": "Kuwaiti diplomacy beside the Sirte line (Kuwait's aid ship to the port of Tripoli in Lebanon is "
         "humanitarian, no movement; Tripoli of Libya only seats the government): an LNA column Al-Jufra air base→Gardabiya air base (Sirte only the "
         "'15 km south of Sirte' reference), the LNA's conditional pull-out from Harawa ('only after a security "
         "arrangements deal'), a planned Misrata transfer of two battalions Misrata ('from the city')→Buwairat "
         "al-Hassoun via Tawergha, 50 vehicles massing in Abu Qurayn (Misrata spelt مصراته there is only a distance "
         "reference), and a denied Wagner landing at Sirte port from Tartus. Kuwait = country in the headline and "
         "'دولة الكويت', Kuwait City in the dateline; Cairo, Moscow, Libya, Jufra (area) and the Oil Crescent are no "
         "movement places.",
 "qhf2": "Abu Dhabi meeting (no movement) beside the Kufra front (the commander إدريس الزوي is a trap; no Idri here): an Il-76 airlift Benina air base→Kufra airport, a "
         "supply convoy Ajdabiya (spelt اجدابيا)→Kufra via Jalu, a planned company Kufra→Maaten al-Sarra air base "
         "(the border with Chad only a distance reference), a conditional LNA reinforcement Tazirbu→Rebiana (Darfur "
         "only in the condition), and the RSF's denied massing at Jebel Uweinat; the Sarir field is only a distance "
         "reference from Kufra.",
 "qhf3": "Qatari mediation on Zawiya (the minister's trip from Tripoli in northern Lebanon is a diplomat's travel, "
         "no armed move): two Turkish A400Ms Konya→Al-Watiya air base (Ankara only the MoU partner), a planned GNA "
         "separation force Tripoli→Zawiya via Janzur, Zintan brigades' conditional advance toward Bir al-Ghanam (no "
         "origin written; Zawiya only in the condition), and a denied airlift of Syrian fighters Mitiga airport→"
         "Türkiye; a planned Turkish frigate landing marines at Tripoli port (no origin). The Zawiya refinery and 'the capital Tripoli' are only a locator and a distance reference.",
 "qhf4": "Bahrain–Tunisia talks on the border (no movement) beside moves on both sides: Tunisian reinforcements "
         "Tataouine→Dehiba via Remada (the Wazin crossing only the place of clashes), a GNA force Nalut→Wazin "
         "crossing (Nalut municipality only asked for it), a planned company Zuwara→Ras Ajdir crossing (spelt راس جدير), a conditional force Sabratha→Zaltan "
         "if fighting resumes in Al-Jumayl (condition only), and a denied pull-out Nalut→Zintan; 'سرت' is the verb "
         "'spread', not Sirte.",
 "qhf5": "Omani-hosted talks (Muscat; the next round in Amman, spelt عمّان; the newspaper «عُمان» is a trap) beside "
         "Russian moves: six Il-76 flights Khmeimim air base→Al-Khadim air base (Latakia and Al-Marj only locators), "
         "a Russian cargo ship with armour Tartus→Tobruk port, "
         "a planned transfer Al-Jufra air base→Brak air base (the south-west only the purpose), the LNA's conditional "
         "advance Brak→Idri (Wadi al-Shati's mediation is the condition), and the Russian embassy's denial of an "
         "Africa Corps pull-out from Jufra (area) toward Mali.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhf1", "qhf2", "qhf3", "qhf4", "qhf5")
