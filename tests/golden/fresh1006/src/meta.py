# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "yemen": ("country", "YE", 15.80226, 47.48567, "Yemen"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # outside Libya
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "newyork": ("city", "US", 40.71427, -74.00597, "New York City"),                       # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 # Libya: west and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, point near Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Libya: east
 "east_libya": ("region", "LY", 31.20, 21.40, "Eastern Libya"),                          # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 # Libya: south-east
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row, written بلدية سبها)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qlt1": ["نداء سوريا", "الجيش الوطني السوري", "المرصد السوري لحقوق الإنسان", "بركان الغضب", "خسرت", "السوريين",
          "التركية", "تركية"],
 "qlt2": ["قناة الرشيد", "مصراتية", "انحسرت", "الفيلق الأفريقي", "الروسي", "عماد الطرابلسي", "الليبيين"],
 "qlt3": ["سوث24", "قوات الدعم السريع", "كتيبة سبل السلام", "الجيش الوطني الليبي", "السودانية", "الجيش السوداني",
          "كامل إدريس"],
 "qlt4": ["المشهد اليمني", "الفيلق الأفريقي", "كالينينغراد", "الجيش المالي", "الليبية", "الروسية"],
 "qlt5": ["الحقيقة الدولية", "طارق بن زياد", "علي السبهاوي", "هيومن رايتس ووتش"],
}

PHEN = {
 "qlt1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "countries"],
 "qlt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_oil", "countries"],
 "qlt3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "nisba",
          "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qlt4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlt1": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار مصراتة"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["مصراتة"], ["قاعدة الوطية"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["شمال سوريا"]),
  mv("airlift", "planned", "Syrian mercenaries", ["عفرين"], ["ليبيا"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["الوطية"], ["أبوقرين"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["الوطية"], ["سوريا"]),
 ],
 "qlt2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("withdraw", "planned", "Foreign fighters", ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("redeploy", "denied", "Russian forces", ["الجفرة"], ["قاعدة القرضابية"]),
 ],
 "qlt3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["المالحة"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "qlt4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "reported", "Russian forces", ["طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة براك الجوية"], ["النيجر", "مالي"], ["سبها"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "denied", "Russian forces", ["الجفرة"], ["مطار سبها"]),
 ],
 "qlt5": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سبها", "مطار سبها"], ["الجفرة"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["منفذ التوم"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"]),
  mv("advance", "denied", "Libyan National Army", ["سبها"], ["تراغن"]),
 ],
}

NOTES = {
 "qlt1": "Syrian opposition site (Nedaa Syria, whose name holds Syria) from Istanbul (dateline only) on the UN Panel "
         "of Experts' final report: Syrian fighters flown Gaziantep airport→Misrata airport in three batches of 2025, "
         "moved overland Misrata→Al-Watiya base, about 700 flown home Mitiga airport→northern Syria, a fourth batch "
         "planned from Afrin to Libya, a Watiya→Abu Qurayn move put forward by the report and denied by the Turkish "
         "defence ministry (one denied move; Sirte only a distance reference), and a commander's conditional return "
         "Watiya→Syria; «خسرت» holds Sirte, Tripoli and Turkey are background, the headline repeats body moves.",
 "qlt2": "Iraqi TV (Al-Rasheed) from New York on the UNSMIL chief's Security Council briefing: 60 LNA vehicles "
         "Benghazi→Sirte and an air-defence unit Al Khadim base→Jufra air base (January, reported), Misratan formations "
         "massing at Abu Qurayn, the 5+5 plan to start pulling foreign fighters out of Jufra air base (planned; Sirte "
         "is the meeting venue), Misrata's conditional advance Abu Qurayn→Sirte (Misrata only locates the military "
         "council) and an unverified Africa Corps move Jufra→Gardabiya base denied by Russia's envoy; Geneva, the "
         "shooting west of Sirte, Tripoli/Benghazi governments and the Oil Crescent are not movement places.",
 "qlt3": "Yemeni (Aden) news centre South24 on an Amnesty International report about Kufra: 400 RSF fighters "
         "withdrawn Al Malha (North Darfur)→Kufra via the Libya–Chad–Sudan border triangle, Il-76 cargo flights Al "
         "Khadim base→Kufra airport (actor null, sender unknown), escorted fuel and ammunition convoys Kufra→Darfur "
         "denied by the LNA (one denied shipment), a planned RSF camp move Kufra→Maaten al-Sarra base and Subul "
         "al-Salam's conditional move Kufra→the border triangle; Kamil Idris holds إدري, Port Sudan, Libya and Chad "
         "as supply routes and Aden (dateline) are no movement places.",
 "qlt4": "Yemeni site Al-Mashhad Al-Yemeni (its name holds اليمن inside اليمني) on a Panel of Experts report: 40 "
         "Il-76 flights Hmeimim base→Al Khadim base, a landing ship («كالينينغراد») putting 200 troops and armour "
         "ashore at Tobruk port from Tartus, part of them moved overland Tobruk→Jufra air base, a planned Africa "
         "Corps move Brak air base→Niger and Mali via Sabha, the embassy's conditional stay at Jufra air base and its "
         "denial of an air-defence move Jufra→Sabha airport; the lede and headline summarise the Syria→eastern Libya "
         "transfers (not counted again); Tripoli (embassy) and Yemen are background.",
 "qlt5": "Jordanian weekly Al-Haqeqa al-Dawlia from Amman (written عمّان; Oman/Amman) on a Human Rights Watch report: "
         "Tariq bin Ziyad brigade columns Benghazi→Sabha and Sabha airport via Al Jufra (August 2025), a company "
         "Sabha→Ubari, a planned battalion Brak→Toummo crossing (told by the Sabha municipality's mayor), the "
         "commander's conditional stay in Ubari and his denial of a raid Sabha→Traghan; the relative «السبهاوي» holds "
         "Sabha, the border with Algeria is a distance reference, Tripoli and Benghazi are addressees.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlt1", "qlt2", "qlt3", "qlt4", "qlt5")
