# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbv1 Egyptian talk shows (Sada El Balad, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G* (row مطروح, district)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # qbv2 fact-check desk (Fatabyyano, Amman)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn": ("region", "TN", 32.05, 10.55, "Tunisia-Libya border (Tunisian side)"),   # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # qbv3 Lebanese talk show (LBCI, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "misrata_port": ("crossing", "LY", 32.360, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 # qbv4 Algerian state daily (Echaab, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, written عين أمناس)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "border_dz": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 # qbv5 Libyan talk show (Al-Masar TV, Sabha)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
}

TRAPS = {
 "qbv1": ["صدى البلد", "MBC مصر", "القاهرة والناس", "الجيش المصري", "القوات المصرية", "الجيش الوطني الليبي", "الليبية"],
 "qbv2": ["فتبيّنوا", "ليبيا بانوراما", "زوارة الآن", "اللبنانية", "الجيش اللبناني", "الجيش التونسي"],
 "qbv3": ["خالد الطرابلسي", "عشرين 30", "فيلق الشام", "الجيش اللبناني", "الجديد", "الليبي"],
 "qbv4": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "دعم مالي", "الليبية"],
 "qbv5": ["المسار", "لواء طارق بن زياد", "الجيش الوطني الليبي", "إدريس الطاهر", "التشادية"],
}

PHEN = {
 "qbv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbv2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbv3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qbv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbv5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbv1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("reinforce", "planned", "Egyptian army", ["الإسكندرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار مصراتة"], ["قاعدة معيتيقة"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["امساعد"]),
 ],
 "qbv2": [
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["الزاوية"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["صبراتة"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["منفذ رأس اجدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
 ],
 "qbv3": [
  mv("naval_landing", "denied", "Foreign fighters", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء طرابلس"]),
  mv("shipment", "planned", "Turkish armed forces", ["ميناء طرابلس"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["قاعدة معيتيقة"], ["سوريا"]),
 ],
 "qbv4": [
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"], ["منفذ إيسين"]),
  mv("shipment", "denied", "Algerian army", ["تمنراست"], ["مطار غات"]),
  mv("redeploy", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("airlift", "planned", "Algerian army", ["بسكرة"], ["إليزي"]),
  mv("deploy", "conditional", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
 "qbv5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تمسة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("withdraw", "reported", "Libyan National Army", ["إدري"], ["براك"]),
  mv("redeploy", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
 ],
}

NOTES = {
 "qbv1": "Egyptian talk-show round-up: a presenter's claim of reinforcements Marsa Matruh→Siwa confirmed by a military "
         "source (Jaghbub only the area faced), a planned air-defence battalion Alexandria→Siwa via Marsa Matruh, a clip "
         "of a Syrian-mercenary airlift Misrata airport→Mitiga base denied by the GNU ministry (Tripoli only its seat), "
         "a conditional advance towards Sirte or Al-Jufra, and the LNA's denied massing in Emsaed (Tobruk only the "
         "'140 km' reference); Matruh Governorate, the Sallum land port's civilian trucks and Cairo are no movement places.",
 "qbv2": "Fact-check desk: a viral 'Turkish column Al-Watiya base→Zawiya' denied by Ankara (the first clip was filmed "
         "in Tripoli, Lebanon, in 2019), the second clip a real GNA column Tripoli→Zuwara via Sabratha confirmed by "
         "the general staff, a planned company Zuwara→the Ras Ajdir crossing, and the Tunisian army's conditional "
         "reinforcement Gabes→the border with Libya (Tunis the speaker's city; Ankara the briefing venue).",
 "qbv3": "Lebanese talk show: a guest's claim of a ship with foreign fighters Tripoli (Lebanon) port→Misrata port denied "
         "by the Lebanese army (the cement carrier to Khums port is civilian), a Turkish landing ship Mersin→Tripoli "
         "(Libya) port confirmed by the GNU, its equipment planned by road to Al-Watiya base, and Syrian fighters' "
         "conditional return Mitiga base→Syria; Akkar, Beirut, Ankara and Damascus are no movement places.",
 "qbv4": "Algerian ministry rebuts a foreign talk show: a denied Algerian column Djanet→Ghat via the Isayen crossing, a "
         "denied arms flight Tamanrasset→Ghat airport, a reported rotation Ouargla→In Amenas via Hassi Messaoud, a "
         "planned airlift Biskra→Illizi, and the LNA's conditional move Ubari→Ghat (Al-Rajma only the command's seat; "
         "'the border with Libya' only the area watched; Tiguentourine only the 2013 memory).",
 "qbv5": "Libyan talk show in Sabha: an LNA column Sabha→Al-Qatrun reported by the presenter and confirmed (the border "
         "with Niger is only the road it will guard), a denied Chadian massing in Tmassah, a planned airlift Brak air "
         "base→Ghat airport, the units' past pull-out Idri→Brak and their conditional return Brak→Idri; Murzuq, its "
         "district, Traghen and the El Feel field are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbv1", "qbv2", "qbv3", "qbv4", "qbv5")
