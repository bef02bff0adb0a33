# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (gazetteer kind town)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # the hills south-east of Tripoli and the coast (wa1, wa2, wa5)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),      # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "khoms_naval": ("base", "LY", 32.6770, 14.2450, "Khoms naval base"),                   # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.13, 15.95, "Al Jufra"),                                 # K (point near Hun, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "western_region": ("region", "LY", 32.40, 12.80, "Western region of Libya"),           # K
 # Gharyan, the Nafusa and the south road (wa1, wa3, wa4)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),            # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "hamada_hamra": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),               # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabaa municipality"),       # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "nafusa": ("region", "LY", 32.00, 12.10, "Nafusa Mountains"),                          # K
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "border_tn": ("region", "LY", 31.95, 10.75, "Libya-Tunisia border (Libyan side, Wazin)"),  # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # the Fezzan road (wa4)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "wafa_field": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),             # G
 "border_dz": ("region", "LY", 28.90, 10.20, "Libya-Algeria border (Libyan side, Hamada)"),  # K
}

TRAPS = {
 "wa1": ["اللواء 444", "القدس العربي", "ورفلة", "البوابات الخمس", "مجموعة فاغنر الروسية", "فرج الزليتني"],
 "wa2": ["مصراتية", "الجريدة", "الأيام الخمس", "خالد المصراتي", "الكانيات", "الجيش الوطني الليبي", "الليبية"],
 "wa3": ["اللواء", "قوة فض نزاع", "وزارة الدفاع التركية", "الغرياني", "اللبنانية"],
 "wa4": ["الأيام", "الجيش الوطني الليبي", "إدريس الحاسي", "الفيلق الأفريقي", "المنطقة العسكرية الغربية", "الإيطالية"],
 "wa5": ["عُمان", "الليبية", "السوريين", "ورفلة", "ليبيا الأحرار", "محمد الإدريسي"],
}

PHEN = {
 "wa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "wa2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "countries"],
 "wa3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wa4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "wa5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wa1": [
  mv("deploy", "reported", "GNA forces", ["ترهونة"], ["الشويرف"], ["غريان", "مزدة"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
  mv("redeploy", "planned", "GNA forces", ["الشويرف"], ["القريات"]),
  mv("withdraw", "conditional", "GNA forces", [], ["ترهونة"], ["بني وليد"]),
 ],
 "wa2": [
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء الخمس"]),
  mv("deploy", "reported", "Misrata forces", ["ميناء الخمس"], ["مسلاتة"]),
  mv("advance", "conditional", "Misrata forces", ["مسلاتة"], ["ترهونة"]),
  mv("deploy", "planned", "GNA forces", [], ["ترهونه"]),
  mv("reinforce", "denied", "Libyan National Army", ["الجفرة"], ["ترهونة"], ["بني وليد"]),
 ],
 "wa3": [
  mv("advance", "reported", "Zintan forces", [], ["الأصابعة"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["الأصابعة"], ["يفرن"]),
  mv("deploy", "planned", "GNA forces", ["العزيزية"], ["غريان"]),
  mv("withdraw", "conditional", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["غريان"]),
 ],
 "wa4": [
  mv("advance", "reported", "Libyan National Army", ["إدري"], ["الشويرف"], ["براك"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("reinforce", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("mobilise", "denied", "Russian forces", [], ["القريات"]),
 ],
 "wa5": [
  mv("redeploy", "reported", "GNA forces", ["ترهونة"], ["مسلاتة"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرفأ طرابلس"], ["قاعدة الخمس البحرية"]),
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بني وليد"]),
 ],
}

NOTES = {
 "wa1": "Bani Walid's social council keeps a 444 Brigade column out: the column goes Tarhuna→Ash-Shwayrif via "
        "Gharyan and Mizda (reported); Wagner's airlift Al-Jufra air base→Bani Walid airport is denied; a company is "
        "to move Ash-Shwayrif→Al-Qaryat (planned; the Hamada field is only the road's end, not a destination); the "
        "return to Tarhuna through Bani Walid only with the council's permission (conditional, no origin written). "
        "Tripoli is only the seat of the government and a distance reference, Sirte only a road end.",
 "wa2": "A Misrata ship lands fighters at Khoms port from Misrata ('ميناء المدينة'), who then take up positions at "
        "Msallata (reported deploy from the port); their advance Msallata→Tarhuna only if attacked (conditional); the "
        "GNU chief of staff will station 400 men in Tarhuna (planned, written ترهونه; Tripoli is the venue); the LNA "
        "denies reinforcements Al-Jufra→Tarhuna via Bani Walid. Kuwait City is the dateline, Kuwait the country of a "
        "statement; Al-Khums and Zliten are background, and الخمس also hides in «الأيام الخمس».",
 "wa3": "Zintan forces enter Al-Asabaa (reported advance; the Zintan council only says whose force it is, no origin "
        "written), six ammunition trucks Zintan→Al-Asabaa via Yafran (reported shipment); a GNU separation force "
        "Al-Aziziyah→Gharyan (planned; Wazin crossing and the Tunisian border only describe the road); Zintan's "
        "withdrawal Al-Asabaa→Zintan once the government force reaches Gharyan (conditional; Gharyan only in the "
        "condition); Turkey denies moving troops Al-Watiya→Gharyan (Ankara the venue). Lebanese Tripoli, Bab "
        "al-Tabbaneh and Jabal Mohsen are a comparison, Beirut the dateline, Lebanon a biography detail.",
 "wa4": "An LNA column Idri→Ash-Shwayrif via Brak (reported advance), special forces flown Al-Jufra air base→Brak "
        "air base (reported airlift), a further advance Ash-Shwayrif→Mizda only if attacked or invited "
        "(conditional), GNU reinforcements Gharyan→Mizda (planned), and a denied Russian Africa Corps massing in "
        "Al-Qaryat. Tripoli is the dateline; Fezzan, the Hamada, the Algerian border and Al-Wafa field are "
        "background; إدريس الحاسي contains إدري.",
 "wa5": "A GNU infantry company Tarhuna→Msallata (reported redeploy); the GNU defence ministry denies a landing of "
        "Syrian mercenaries at Khoms naval base by a ship from the port of Tripoli in Lebanon; a chief-of-staff convoy "
        "Tripoli→Bani Walid via Tarhuna (planned shipment); Misrata brigades massing in their city's southern suburbs "
        "(reported mobilise) and not moving towards Bani Walid unless the government asks (conditional, no origin "
        "written). Tunis is the dateline and Tunisia the country that raised its alert; the Misrata–Bani Walid "
        "distance sentence is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wa1", "wa2", "wa3", "wa4", "wa5")
