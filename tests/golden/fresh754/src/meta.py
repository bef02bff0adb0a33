# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README rule: point near Hun)
 # qcb1 the oil crescent, 2011 / 2014 / this week (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qcb2 the two Tripolis (Nidaa al-Watan)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "North Lebanon"),                     # G* (row شمال لبنان)
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (row kind town)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "souqjumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, which lists ورشفانة)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qcb3 the 2019-2020 Tripoli war (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "qasrbenghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # qcb4 Egypt's western and southern borders (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "eastoweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 # qcb5 the Fezzan through three wars (Ammon)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "qcb1": ["القدس العربي", "فجر ليبيا", "عملية الشروق", "حرس المنشآت النفطية", "الجيش الوطني الليبي",
          "الفيلق الإفريقي", "الروسي", "جمال السرتاوي", "أسرت"],
 "qcb2": ["نداء الوطن", "فجر ليبيا", "الكتائب الزنتانية", "الجيش اللبناني", "وزارة الدفاع التركية", "عماد الطرابلسي",
          "اللبنانية"],
 "qcb3": ["الجريدة", "طوفان الكرامة", "بركان الغضب", "الكانيات", "الجيش الوطني الليبي", "السنوات الخمس",
          "التركية", "المقاتلين السوريين"],
 "qcb4": ["الوفد", "عملية الكرامة", "كتيبة سبل السلام", "الدعم السريع", "الصحراء السودانية", "الجيش المصري",
          "الملك إدريس السنوسي", "الصحراء الغربية"],
 "qcb5": ["عمون", "القوة الثالثة", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي",
          "الدعم المالي", "الجيش الجزائري", "عبد السلام الإدريسي"],
}

PHEN = {
 "qcb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qcb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases"],
 "qcb3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "town_vs_district", "countries"],
 "qcb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qcb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcb1": [
  mv("advance", "reported", None, ["اجدابيا"], ["راس لانوف", "بن جواد"], ["البريقة"]),
  mv("advance", "reported", None, [], ["بنغازي"]),
  mv("advance", "reported", "Misrata forces", ["سرت"], ["ميناء السدرة"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ميناء الزويتينة"], ["مرادة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار البريقة"]),
  mv("deploy", "denied", "Russian forces", [], ["ميناء السدرة"]),
  mv("reinforce", "conditional", "Misrata forces", [], ["أبوقرين"]),
 ],
 "qcb2": [
  mv("advance", "reported", "Zintan forces", ["الجبل الغربي"], ["طرابلس"], ["الزاوية"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("withdraw", "reported", "Zintan forces", ["مطار طرابلس الدولي"], ["الزنتان"]),
  mv("deploy", "reported", None, [], ["باب التبانة", "جبل محسن"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["عين زارة"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["العزيزية"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
 "qcb3": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["طرابلس", "قصر بن غشير"]),
  mv("advance", "reported", "GNA forces", [], ["غريان"]),
  mv("airlift", "reported", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["بني وليد"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "planned", "GNA forces", [], ["ترهونة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت", "الجفرة"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["مطار مصراتة"]),
 ],
 "qcb4": [
  mv("reinforce", "reported", "Egyptian army", [], ["السلوم"]),
  mv("advance", "reported", "Libyan National Army", ["الرجمة"], ["بنغازي"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", ["أسوان"], ["الحدود مع السودان"]),
 ],
 "qcb5": [
  mv("advance", "reported", None, [], ["سبها"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["سبها", "قاعدة تمنهنت"]),
  mv("withdraw", "reported", "Misrata forces", ["قاعدة تمنهنت"], ["مصراتة"]),
  mv("advance", "reported", "Libyan National Army", [], ["سبها", "حقل الشرارة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"], ["مرزق"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("reinforce", "planned", "Algerian army", [], ["جانت"]),
 ],
}

NOTES = {
 "qcb1": "Op-ed on the oil crescent: dated 2011 moves (rebels Ajdabiya→Ras Lanuf and Bin Jawad via Brega, no canonical "
         "actor; Gaddafi's brigades to Benghazi's outskirts, actor null), the Dec 2014 'Operation Sunrise' advance of "
         "Libya Dawn (Misrata-led) Sirte→Es Sider; this week an LNA redeploy Al-Jufra air base→Zueitina port via Marada "
         "(reported), a planned airlift Benina→Brega airport, a denied Russian 'Africa Corps' arrival at Es Sider (Syria "
         "only where the photos were taken) and a conditional Misrata reinforcement of Abu Qurayn (Sirte only the "
         "condition). The headline and the closing Ajdabiya–Ras Lanuf distance are not separate moves.",
 "qcb2": "Lebanese column on the two Tripolis: Aug 2011 Zintan fighters Western Mountain→Tripoli via Zawiya and a "
         "Misratan landing at Tripoli port, Aug 2014 Zintani withdrawal Tripoli airport→Zintan, the Lebanese army's "
         "2014 deployment in Bab al-Tabbaneh and Jabal Mohsen (actor null); this week Misrata reinforcements→Tajoura "
         "(Souq al-Juma only where clashes were), a planned GNA move Mitiga base→Ain Zara, Zintan's conditional massing "
         "at Al-Aziziyah (Warshefana the condition) and a Turkish denial (Ankara = speaker) of troops to Al-Watiya.",
 "qcb3": "Analysis of the 2019-2020 war: LNA Gharyan→Tripoli/Qasr bin Ghashir (Apr 2019), GNA retakes Gharyan (Jun "
         "2019), Syrian fighters flown Turkey→Mitiga airport, LNA withdrawal Tarhuna→Bani Walid (Jun 2020); now a "
         "Turkish naval landing Mersin→Khoms port (reported), a planned GNA battalion to Tarhuna (Tripoli only seat of "
         "the staff, Tarhuna municipality the requester), the LNA's conditional withdrawal from Sirte and Al-Jufra, and "
         "a denied airlift of Syrians to Misrata airport. The headline question is not a movement.",
 "qcb4": "Egyptian op-ed: Feb 2011 Egyptian reinforcements to Sallum (the land port only for returning workers), May "
         "2014 Haftar's forces Al-Rajma→Benghazi, Sidi Barrani/Sirte/Al-Jufra only the 2020 'red line' speech; now an "
         "LNA brigade Kufra→the Uweinat border triangle (reported), a denied arms shipment Kufra→Darfur, a planned "
         "airlift Mohamed Naguib base→East Oweinat airport and a conditional reinforcement Aswan→the border with Sudan "
         "(Dongola only the condition).",
 "qcb5": "Fezzan analysis: Sept 2011 rebels into Sabha (actor null), 2014 Misrata's Third Force Misrata→Sabha and "
         "Tamanhint base and its 2017 withdrawal base→Misrata, the LNA into Sabha and Sharara (2019); now an LNA fuel "
         "and ammunition convoy Sabha→El Feel field via Murzuq (reported), a conditional advance on Ghat (the Ubari "
         "axis only names the commander, Isayen crossing the condition), a denied Chadian massing near Al-Qatrun (the "
         "border with Niger only a road reference) and a planned Algerian reinforcement of Djanet (Algiers = speaker).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcb1", "qcb2", "qcb3", "qcb4", "qcb5")
